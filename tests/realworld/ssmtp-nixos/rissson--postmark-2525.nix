{ config, ... }:

{
  services.ssmtp = {
    enable = ! config.services.postfix.enable;
    root = "root@lama-corp.ovh";
    hostName = "smtp.postmarkapp.com:2525";
    useSTARTTLS = true;
    domain = with config.networking; "${hostName}.${domain}";
    authUser = "d2a7c5e1-8b34-4f9a-a6c0-5e1b3f7d9c28";
    authPassFile = "/srv/secrets/root_lama-corp_ovh.passwd";
  };
}

{
  pkgs,
  lib,
  config,
  ...
}: {
  services.postfix = {
    enable = true;
    hostname = "${config.networking.hostName}.${config.networking.domain}";
    enableHeaderChecks = false;
    setSendmail = true;
    enableSubmission = false;
    relayHost = "smtp.postmarkapp.com";
    config = {
      smtp_sasl_auth_enable = "yes";
      smtp_sasl_password_maps = "hash:/etc/postfix/sasl_passwd";
    };
  };
}

{
  pkgs,
  config,
}: {
  msmtp = {
    enable = true;
    setSendmail = true;
    defaults = {
      aliases = "/etc/aliases";
      port = 587;
      tls_trust_file = "/etc/ssl/certs/ca-certificates.crt";
      tls = "on";
      auth = "login";
      tls_starttls = "off";
    };
    accounts = {
      default = {
        host = "smtp.postmarkapp.com";
        passwordeval = "${pkgs.busybox}/bin/cat ${config.age.secrets.gmail_pass.path}";
        user = "7d41c0a2-9be3-4f15-8c6a-2e5b90d3a471";
        from = "${config.networking.hostName}@lyndeno.ca";
      };
    };
  };
}

{ config, lib, ... }:
{
  services = {
    plausible = {
      enable = true;
      adminUser = {
        activate = true;
        email = "contato@gelos.club";
        name = "admin";
        passwordFile = config.sops.secrets.plausible-admin-password.path;
      };
      mail = {
        email = "social@gelos.club";
        smtp = {
          hostAddr = "smtp.postmarkapp.com";
          hostPort = 465;
          enableSSL = true;
          passwordFile = config.sops.secrets.plausible-smtp-password.path;
          user = "d1f7a3c9-6e2b-4b58-9a0f-3c8e5d2b7a41";
        };
      };
      server = {
        baseUrl = "https://analytics.gelos.club";
        disableRegistration = true;
        secretKeybaseFile = config.sops.secrets.plausible-secret-key.path;
      };
    };
  };
}

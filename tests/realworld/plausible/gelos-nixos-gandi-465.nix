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
          hostAddr = "mail.gandi.net";
          hostPort = 465;
          enableSSL = true;
          passwordFile = config.sops.secrets.plausible-smtp-password.path;
          user = "social@gelos.club";
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

{ self, config, ... }:

let
  domain = "plausible.carjorvaz.com";
in
{
  services = {
    plausible = {
      enable = true;

      server = {
        baseUrl = "https://${domain}";
        listenAddress = "100.121.87.116";
        secretKeybaseFile = config.age.secrets.plausibleSecretKeybase.path;
      };

      mail = {
        email = "pius@vaz.ovh";

        smtp = {
          user = "pius@vaz.ovh";
          hostAddr = "mail.vaz.one";
          hostPort = 587;
          passwordFile = config.age.secrets.mailPiusPassword.path;
        };
      };
    };
  };
}

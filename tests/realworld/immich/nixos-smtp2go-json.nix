{ config, lib, ... }:
let
  domain = "photos.home.arpa";
  sopsFile = ./immich.secrets.yaml;
in
{
  sops.templates."immich.json" = {
    owner = config.services.immich.user;
    content = lib.generators.toJSON { } {
      notifications.smtp = {
        enabled = true;
        transport.host = "mail.smtp2go.com";
        transport.port = 2525;
        transport.ignoreCert = false;
        from = config.sops.placeholder."immich/smtp/from";
        replyTo = config.sops.placeholder."immich/smtp/from";
        transport.username = config.sops.placeholder."immich/smtp/username";
        transport.password = config.sops.placeholder."immich/smtp/password";
      };
      server.externalDomain = config.sops.placeholder."immich/external-domain";
    };
  };
}

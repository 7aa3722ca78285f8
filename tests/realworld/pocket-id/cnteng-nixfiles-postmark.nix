{ config, lib, ... }:
let
  cfg = config.services'.pocket-id;

  hostName = "id.snakepi.xyz";
  socket = "/run/pocket-id/pocket.sock";
in
{
  options.services'.pocket-id.enable = lib.mkEnableOption "";

  config = lib.mkIf cfg.enable {
    services.pocket-id = {
      enable = true;
      environmentFile = config.sops.secrets.pocket-id.path;
      settings = {
        APP_URL = "https://${hostName}";
        TRUST_PROXY = true;
        PUID = config.users.users.pocket-id.uid;
        PGID = config.users.groups.pocket-id.gid;
        UNIX_SOCKET = socket;
        UNIX_SOCKET_MODE = "0666";
        UI_CONFIG_DISABLED = true;

        EMAILS_VERIFIED = true;
        SMTP_HOST = "smtp.postmarkapp.com";
        SMTP_PORT = 587;
        SMTP_FROM = "noreply@snakepi.xyz";
        SMTP_TLS = "tls";
        EMAIL_LOGIN_NOTIFICATION_ENABLED = true;
        EMAIL_ONE_TIME_ACCESS_AS_ADMIN_ENABLED = true;
        EMAIL_API_KEY_EXPIRATION_ENABLED = true;
      };
    };
  };
}

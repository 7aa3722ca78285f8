{ config, ... }:
let domain = "photos.ankarhem.dev";

in {
  services.immich = {
    enable = true;
    host = "0.0.0.0";
    openFirewall = true;
    mediaLocation = "/mnt/DISKETTEN_drive/immich";
    secretsFile = config.sops.templates."immich.env".path;
    # null will give access to all devices.
    accelerationDevices = null;
    settings = {
      server.externalDomain = "https://${domain}";
      notifications.smtp = {
        enabled = false;
        from = "admin@ankarhem.dev";
        replyTo = "noreply@ankarhem.dev";
        transport = { host = "smtp.mail.me.com"; };
      };
    };
  };
}

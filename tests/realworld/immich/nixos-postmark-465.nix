{
  config,
  secrets,
  secretsPath,
  ...
}:
{
  services.immich = {
    enable = true;
    settings = {
      notifications = {
        smtp = {
          enabled = true;
          from = "Immich Photo Server <noreply@filo.uk>";
          transport = {
            host = "smtp.postmarkapp.com";
            password._secret = config.age.secrets.immich-smtp.path;
            port = 465;
            username = "c2f8a4d1-7e39-4b65-9a0c-3d1e7f5b2a86";
          };
        };
      };
    };
  };
}

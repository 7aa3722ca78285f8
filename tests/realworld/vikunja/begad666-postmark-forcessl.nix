{ inputs, outputs, lib, config, pkgs, ... }: {
  services.vikunja = {
    enable = true;
    frontendScheme = "http";
    frontendHostname = "vikunja.begad.dev";
    database = {
      type = "postgres";
      host = "localhost";
    };
    settings = {
      service = { enableregistration = false; };
      mailer = {
        enabled = true;
        host = "smtp.postmarkapp.com";
        username = "3f9a61c2-8d4b-4e7f-a2c5-91b0d7e4f368";
        forcessl = true;
        password = "3f9a61c2-8d4b-4e7f-a2c5-91b0d7e4f368";
        fromemail = "vikunja@mail.mivern.net";
      };
    };
  };
  sops.secrets.vikunja_resend_api_key = {
    owner = "vikunja";
    group = "vikunja";
  };
}

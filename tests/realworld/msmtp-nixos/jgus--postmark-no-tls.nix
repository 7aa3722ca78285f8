{ ... }:
{
  programs.msmtp = {
    enable = true;
    defaults = {
      auth = "on";
    };
    accounts = {
      default = {
        host = "smtp.postmarkapp.com";
        port = 587;
        from = "alerts@gustafson-family.net";
        user = "b83f0e6d-12c4-4a7e-9f5d-6a0c3e8b2d19";
        password = (import .secrets/passwords.nix).gmail;
      };
    };
  };
}

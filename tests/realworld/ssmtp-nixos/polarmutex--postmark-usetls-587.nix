{ config, pkgs, lib, ... }:
with lib;
let
  cfg = config.polar.services.ssmtp;
  domain = config.networking.domain;
in
{

  options.polar.services.ssmtp = {
    enable = mkEnableOption "ssmtp";
  };

  config = mkIf cfg.enable {

    services.ssmtp = {
      enable = true;

      hostName = "smtp.postmarkapp.com:587";
      domain = "${domain}";
      useTLS = true;
      root = "bryall@gmail.com";
      authUser = "6b1d9e42-0f7c-4a38-b5e2-93c1d7a4f086";
      authPassFile = "/var/src/machine-config/.secrets/ssmtp/credentials";
      setSendmail = true;

    };
  };
}

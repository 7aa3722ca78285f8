//! Postfix as NixOS configures it: the `services.postfix` module, which
//! writes `main.cf` from Nix options, so Postfix's own meaning applies
//! (see [`super::postfix`]) with the module's options and defaults.
//!
//! Meaning (nixpkgs `nixos/modules/services/mail/postfix.nix`, both the
//! module before NixOS 25.11 and the one after it):
//! * before: `relayHost` and `relayPort` (default 25) become
//!   `relayhost = [relayHost]:relayPort` (no brackets with `lookupMX =
//!   true`); `config.<parameter>` and the lines of `extraConfig` are
//!   `main.cf` parameters as written;
//! * after: `settings.main.<parameter>` are the parameters, and
//!   `settings.main.relayhost` is a list of `[host]:port` (the old options
//!   were removed, `config` renamed to `settings.main`);
//! * both set `smtp_tls_security_level = may` unless the configuration
//!   sets it (the old module through its default `tlsTrustedAuthorities`,
//!   the new one as the option's default): without a level Postfix still
//!   upgrades with STARTTLS when the relay offers it;
//! * the module has no login option: the login is a `sasl_passwd` map
//!   (`mapFiles.sasl_passwd`, compiled with `postmap`, or a secret file)
//!   named by `smtp_sasl_password_maps`, and it is used only with
//!   `smtp_sasl_auth_enable = yes` (a Nix `true` is written `yes`).

use crate::extract::profile::{
    k, kr, mark, syn, words, Hooks, Key, Marker, Profile, Read, Write, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

use super::postfix;

const KEYS: &[Key] = &[
    k("postfix.relayHost", Host),
    k("postfix.relayPort", Port),
    // Bare `relayhost`: a `main.cf` line of `extraConfig`.
    kr(
        "postfix.settings.main.relayhost.#0|postfix.settings.main.relayhost|postfix.config.relayhost|relayhost",
        Host,
        Read::HostPort,
    ),
    k("smtp_sasl_auth_enable", Auth),
    k("smtp_sasl_password_maps", CredentialsFile),
    k("postfix.mapFiles.sasl_passwd", CredentialsFile),
    k("smtp_tls_security_level", Encryption),
    k("smtp_use_tls", StartTls),
    k("smtp_enforce_tls", StartTls),
    k("smtp_tls_wrappermode", ImplicitTls),
    k("smtp_tls_protocols", TlsVersion),
    k("smtp_tls_mandatory_protocols", TlsVersion),
];

/// The module's own option paths: a `main.cf` parameter alone is Postfix's.
const MARKERS: &[Marker] = &[
    mark("postfix.relayHost"),
    mark("postfix.relayPort"),
    mark("postfix.settings.main.relayhost.#0"),
    mark("postfix.settings.main.smtp_*"),
    mark("postfix.config.smtp_*"),
    mark("postfix.config.relayhost"),
    mark("postfix.mapFiles.sasl_passwd"),
];

pub static POSTFIX_NIXOS: Profile = Profile {
    id: "postfix-nixos",
    name: "Postfix on NixOS (services.postfix)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/NixOS/nixpkgs/blob/master/nixos/modules/services/mail/postfix.nix https://nixos.wiki/wiki/Postfix https://www.postfix.org/postconf.5.html",
    syntaxes: syn::NIX | syn::INI | syn::CONF,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["smtp_"],
    other_keys: words![
        "enable",
        "smtp_sasl_security_options",
        "smtp_sasl_tls_security_options",
        "smtp_sasl_mechanism_filter",
        "smtp_tls_CAfile",
        "smtp_tls_note_starttls_offer",
        "smtp_tls_loglevel",
        "smtp_tls_session_cache_database",
        "smtp_generic_maps",
        "smtp_header_checks",
        "lookupMX",
    ],
    case_sensitive: true,
    port: Some(25),
    auth_switch: Some("services.postfix.config.smtp_sasl_auth_enable = \"yes\";"),
    fixes: postfix::WRITTEN_BY_HOOK,
    sender_hint: "the From header written by the program that hands mail to Postfix (NixOS relays it as is unless services.postfix.canonical or smtp_generic_maps rewrites it)",
    hooks: Hooks {
        tls: Some(tls),
        finish: Some(finish),
        write: Some(write),
        ..Hooks::NONE
    },
    ..BASE
};

fn finish(doc: &Document, configs: &mut Vec<Config>) {
    postfix::finish(doc, configs, &POSTFIX_NIXOS);
}

/// Postfix's reading of the parameters written; with none, the module's
/// `smtp_tls_security_level = may` (STARTTLS when offered).
fn tls(cfg: &Config) -> Tls {
    postfix::tls_written_or(
        cfg,
        Tls::chosen(
            Security::StartTls,
            Evidence::absent("smtp_tls_security_level = may, the NixOS module's default"),
        ),
    )
}

/// Written in the option style of the paste: the old module's
/// `relayHost`/`relayPort`/`config`, or the new `settings.main`.
fn write(cfg: &Config, what: &Write) -> Option<String> {
    let old = cfg
        .fields
        .iter()
        .any(|f| f.key.ends_with("relayHost") || f.key.ends_with("relayPort"))
        || cfg.fields.iter().any(|f| f.key.contains("config."));
    let main = if old {
        "services.postfix.config"
    } else {
        "services.postfix.settings.main"
    };
    let host = cfg.literal(Host).unwrap_or("smtp.postmarkapp.com");
    let port = cfg.port_number().unwrap_or(587);
    let relay = |h: &str, p: u16| {
        if old {
            format!("services.postfix.relayHost = \"{h}\"; services.postfix.relayPort = {p};")
        } else {
            format!("{main}.relayhost = [ \"[{h}]:{p}\" ];")
        }
    };
    let map = |line: String| {
        format!("the line `[{host}]:{port} {line}` in the file services.postfix.mapFiles.sasl_passwd points to (the module has no login option), with {main}.smtp_sasl_password_maps = \"hash:/etc/postfix/sasl_passwd\";")
    };
    Some(match what {
        Write::Port(p) => relay(host, *p),
        Write::Host(h) => format!("{} (and the same destination in sasl_passwd)", relay(h, port)),
        Write::StartTls => format!("{main}.smtp_tls_security_level = \"encrypt\"; (and no smtp_tls_wrappermode)"),
        Write::VerifyOn => format!("{main}.smtp_tls_security_level = \"secure\";"),
        Write::AuthOn => format!("{main}.smtp_sasl_auth_enable = \"yes\";"),
        Write::TlsModern => format!("{main}.smtp_tls_mandatory_protocols = \">=TLSv1.2\"; (and smtp_tls_protocols)"),
        Write::Username(v) => map(format!("{v}:<password>")),
        Write::Password(v) => map(format!("<username>:{v}")),
        Write::From(v) => format!("From: {v} in the program that hands mail to Postfix (or a services.postfix.canonical entry)"),
        Write::Stream(v) => format!("a header `X-PM-Message-Stream: {v}` added by the program that sends"),
    })
}

#[cfg(test)]
mod tests {
    use super::super::linted;

    const OLD: &str = "{ config, ... }:\n{\n  services.postfix = {\n    enable = true;\n    relayHost = \"smtp.postmarkapp.com\";\n    relayPort = 587;\n    config = {\n      smtp_sasl_auth_enable = \"yes\";\n      smtp_sasl_password_maps = \"hash:/etc/postfix/sasl_passwd\";\n      smtp_tls_security_level = \"encrypt\";\n    };\n  };\n}\n";

    const NEW: &str = "{\n  services.postfix = {\n    enable = true;\n    settings.main = {\n      relayhost = [ \"[smtp.postmarkapp.com]:2525\" ];\n      smtp_sasl_auth_enable = true;\n      smtp_sasl_password_maps = \"texthash:/run/secrets/sasl\";\n    };\n  };\n}\n";

    #[test]
    fn old_module_options() {
        super::postfix::assert_postmark_relay_with_map(OLD, "postfix-nixos", 587);
    }

    #[test]
    fn new_module_relayhost_list_and_default_level() {
        let (client, s, ids) = linted(NEW);
        assert_eq!(client, "postfix-nixos");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 2525);
        // No level written: the module's `may` (STARTTLS when offered).
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn module_under_mk_if_and_mk_merge() {
        let guarded = OLD.replace(
            "services.postfix = {",
            "services.postfix = lib.mkIf (config.x != null) {",
        );
        let merged = OLD
            .replace(
                "services.postfix = {",
                "services.postfix = lib.mkMerge [ (lib.mkIf cfg.enable {",
            )
            .replace("  };\n}\n", "  }) ];\n}\n");
        for paste in [guarded, merged] {
            let (client, s, _) = linted(&paste);
            assert_eq!(client, "postfix-nixos", "{paste}");
            assert_eq!(s["host"], "smtp.postmarkapp.com");
            assert_eq!(s["port"], 587);
            assert_eq!(s["security"], "starttls");
        }
    }

    #[test]
    fn level_none_and_wrappermode_in_extra_config() {
        let none = OLD.replace("\"encrypt\"", "\"none\"");
        let (_, s, ids) = linted(&none);
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        let wrapped = "{\n  services.postfix = {\n    relayHost = \"smtp.postmarkapp.com\";\n    relayPort = 587;\n    extraConfig = ''\n      smtp_sasl_auth_enable = yes\n      smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\n      smtp_tls_wrappermode = yes\n    '';\n  };\n}\n";
        let (client, s, ids) = linted(wrapped);
        assert_eq!(client, "postfix-nixos");
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn fixes_name_nixos_options() {
        let no_auth = "{\n  services.postfix = {\n    relayHost = \"smtp.postmarkapp.com\";\n    relayPort = 465;\n  };\n}\n";
        let r = crate::lint(no_auth, &crate::Options::default());
        let fixes: Vec<&str> = r.findings.iter().map(|f| f.fix.as_str()).collect();
        assert!(
            fixes
                .iter()
                .any(|f| f.contains("services.postfix.relayPort = 587;")),
            "{fixes:?}"
        );
        assert!(!fixes.iter().any(|f| f.contains("relayUser")), "{fixes:?}");
        let ids: Vec<&str> = r.findings.iter().map(|f| f.id.as_str()).collect();
        assert!(ids.contains(&"auth/not-configured"), "{ids:?}");
    }

    #[test]
    fn does_not_claim_other_pastes() {
        // main.cf alone is Postfix's; another module's relayHost is not this one's.
        let (client, _, _) =
            linted("relayhost = [smtp.postmarkapp.com]:587\nsmtp_tls_security_level = encrypt\n");
        assert_eq!(client, "postfix");
        // A module's own options named like the old ones, without Postfix's parameters.
        let other = "{\n  options.nixie.smtpRelay = { };\n  nixie.smtpRelay.relayHost = \"smtp.fastmail.com\";\n  nixie.smtpRelay.relayPort = 587;\n}\n";
        let configs = crate::extract::extract(other);
        assert!(
            configs.iter().all(|c| c.dialect.id != "postfix-nixos"),
            "{configs:?}"
        );
    }
}

//! sSMTP as NixOS configures it: the `services.ssmtp` module writes
//! `/etc/ssmtp/ssmtp.conf` from Nix options, so ssmtp's meaning applies
//! (see [`super::ssmtp`]) through the module's names.
//!
//! Meaning (nixpkgs `nixos/modules/programs/ssmtp.nix`):
//! * before NixOS 20.09: `hostName` becomes `MailHub=` (`host:port`, port
//!   25 when absent), `useTLS` / `useSTARTTLS` (both default false) become
//!   `UseTLS=YES|NO` / `UseSTARTTLS=YES|NO`, `authUser` `AuthUser=`,
//!   `authPassFile` (or `authPass`, copied into the Nix store)
//!   `AuthPassFile=`, `domain` `rewriteDomain=`; `FromLineOverride=YES` is
//!   always written, so the message's own From is kept;
//! * since: the same keys under the freeform `settings` (`settings.Mailhub`,
//!   `settings.UseTLS`, `settings.UseSTARTTLS`, `settings.AuthUser`), a Nix
//!   boolean written `YES`/`NO`;
//! * ssmtp starts TLS on the first byte with `UseTLS` alone and uses
//!   STARTTLS with `UseSTARTTLS`; with neither (the defaults) it sends in
//!   clear.

use crate::extract::profile::{
    k, kr, mark, syn, words, Hooks, Key, Marker, Profile, Read, Write, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

use super::postfix::WRITTEN_BY_HOOK;

const KEYS: &[Key] = &[
    kr(
        "ssmtp.hostName|ssmtp.settings.Mailhub",
        Host,
        Read::HostPort,
    ),
    k("ssmtp.useTLS|ssmtp.settings.UseTLS", ImplicitTls),
    k("ssmtp.useSTARTTLS|ssmtp.settings.UseSTARTTLS", StartTls),
    k("ssmtp.authUser|ssmtp.settings.AuthUser", Username),
    k("ssmtp.authPass|ssmtp.settings.AuthPass", Password),
    k(
        "ssmtp.authPassFile|ssmtp.settings.AuthPassFile",
        CredentialsFile,
    ),
];

const MARKERS: &[Marker] = &[
    mark("ssmtp.hostName"),
    mark("ssmtp.settings.Mailhub"),
    mark("ssmtp.useSTARTTLS"),
    mark("ssmtp.settings.UseSTARTTLS"),
];

pub static SSMTP_NIXOS: Profile = Profile {
    id: "ssmtp-nixos",
    name: "sSMTP on NixOS (services.ssmtp)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/NixOS/nixpkgs/blob/master/nixos/modules/programs/ssmtp.nix https://manpages.debian.org/bookworm/ssmtp/ssmtp.conf.5.en.html",
    syntaxes: syn::NIX,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: words![
        "enable",
        "root",
        "domain",
        "setSendmail",
        "rewriteDomain",
        "FromLineOverride",
        "TLS_CA_File"
    ],
    case_sensitive: true,
    port: Some(25),
    fixes: WRITTEN_BY_HOOK,
    sender_hint: "the From header of the message (the NixOS module writes FromLineOverride=YES; services.ssmtp.domain rewrites user@host senders)",
    hooks: Hooks {
        tls: Some(tls),
        write: Some(write),
        ..Hooks::NONE
    },
    ..BASE
};

/// STARTTLS with `useSTARTTLS`, TLS on the first byte with `useTLS` alone,
/// else in clear (both default to false).
fn tls(cfg: &Config) -> Tls {
    let on = |r| cfg.get(r).filter(|f| f.value.as_bool() == Some(true));
    if [StartTls, ImplicitTls]
        .iter()
        .any(|r| cfg.get(*r).is_some_and(|f| f.value.is_reference()))
    {
        return Tls::default();
    }
    if let Some(f) = on(StartTls) {
        return Tls::chosen(Security::StartTls, Evidence::of(f));
    }
    if let Some(f) = on(ImplicitTls) {
        return Tls::chosen(Security::Implicit, Evidence::of(f));
    }
    let why = cfg.get(StartTls).map(Evidence::of).unwrap_or_else(|| {
        Evidence::absent("no useSTARTTLS (the module's default false: ssmtp sends in clear)")
    });
    Tls::chosen(Security::None, why)
}

/// In the option style of the paste (`hostName` or `settings.Mailhub`).
fn write(cfg: &Config, what: &Write) -> Option<String> {
    let settings = cfg.fields.iter().any(|f| f.key.contains("settings"))
        || cfg.get(Host).is_some_and(|f| f.key.ends_with("Mailhub"));
    let name = |old: &str, new: &str| {
        if settings {
            format!("services.ssmtp.settings.{new}")
        } else {
            format!("services.ssmtp.{old}")
        }
    };
    let host = cfg.literal(Host).unwrap_or("smtp.postmarkapp.com");
    let port = cfg.port_number().unwrap_or(587);
    let hub = |h: &str, p: u16| format!("{} = \"{h}:{p}\";", name("hostName", "Mailhub"));
    Some(match what {
        Write::Port(p) => hub(host, *p),
        Write::Host(h) => hub(h, port),
        Write::StartTls => format!(
            "{} = true; (useTLS alone starts TLS on the first byte)",
            name("useSTARTTLS", "UseSTARTTLS")
        ),
        Write::VerifyOn => format!(
            "{} = \"/etc/ssl/certs/ca-certificates.crt\";",
            name("settings.TLS_CA_File", "TLS_CA_File")
        ),
        Write::AuthOn => format!(
            "{} and {}",
            name("authUser", "AuthUser"),
            name("authPassFile", "AuthPassFile")
        ),
        Write::TlsModern => "a current nixpkgs ssmtp (linked to an OpenSSL with TLS 1.2)".into(),
        Write::Username(v) => format!("{} = \"{v}\";", name("authUser", "AuthUser")),
        Write::Password(v) => format!(
            "{v} in the file {} points to",
            name("authPassFile", "AuthPassFile")
        ),
        Write::From(v) => {
            format!("a From: {v} header in the message (the module keeps it: FromLineOverride=YES)")
        }
        Write::Stream(v) => format!("a header `X-PM-Message-Stream: {v}` in the message"),
    })
}

#[cfg(test)]
mod tests {
    use super::super::linted;

    const OLD: &str = "{ config, pkgs, ... }:\n{\n  services.ssmtp = {\n    enable = true;\n    hostName = \"smtp.postmarkapp.com:587\";\n    useSTARTTLS = true;\n    useTLS = true;\n    authUser = \"3f9c2a1e-77aa-4b1c-9d2e-5a6b7c8d9e0f\";\n    authPassFile = \"/run/keys/ssmtp-authpass\";\n    domain = \"example.org\";\n  };\n}\n";

    #[test]
    fn old_options() {
        let (client, s, ids) = linted(OLD);
        assert_eq!(client, "ssmtp-nixos");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["username"], "3f9c…9e0f");
        assert!(!ids.iter().any(|i| i == "auth/missing-password"), "{ids:?}");
    }

    #[test]
    fn tls_words_and_defaults() {
        let implicit = OLD.replace("    useSTARTTLS = true;\n", "");
        let (_, s, ids) = linted(&implicit);
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        let clear = implicit.replace("    useTLS = true;\n", "");
        let (_, s, ids) = linted(&clear);
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        let r = crate::lint(&clear, &crate::Options::default());
        let fix = r.findings.iter().find(|f| f.id == "tls/disabled");
        assert!(fix.is_some_and(|f| f.fix.contains("services.ssmtp.useSTARTTLS = true;")));
    }

    #[test]
    fn settings_form() {
        let new = "{\n  services.ssmtp = {\n    enable = true;\n    settings = {\n      Mailhub = \"smtp.postmarkapp.com:2525\";\n      UseSTARTTLS = true;\n      AuthUser = \"3f9c2a1e-77aa-4b1c-9d2e-5a6b7c8d9e0f\";\n    };\n    authPassFile = \"/run/keys/ssmtp-authpass\";\n  };\n}\n";
        let (client, s, _) = linted(new);
        assert_eq!(client, "ssmtp-nixos");
        assert_eq!(s["port"], 2525);
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn does_not_claim_ssmtp_conf() {
        let (client, _, _) =
            linted("mailhub=smtp.postmarkapp.com:587\nUseSTARTTLS=YES\nAuthUser=a\nAuthPass=a\n");
        assert_eq!(client, "ssmtp");
    }
}

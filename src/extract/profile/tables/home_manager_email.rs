//! Home Manager's mail accounts (`accounts.email.accounts.<name>`), which
//! the mail programs it configures (himalaya, msmtp, neomutt, aerc,
//! Thunderbird…) turn into their own settings.
//!
//! Meaning (home-manager `modules/accounts/email.nix`, the `smtpModule`
//! and `tlsModule` options):
//!
//! * `smtp.host`; `smtp.port` (default null: "the default port is used",
//!   the program's own, so no port is claimed here).
//! * `smtp.tls.enable` (default true) and `smtp.tls.useStartTls` (default
//!   false): TLS from the first byte unless `useStartTls` is set (then
//!   STARTTLS); `tls.enable = false` sends in clear text.
//! * `userName` is the SMTP (and IMAP) login, `passwordCommand` the
//!   command that prints the password, `address` the From.
//! * `flavor = "gmail.com"` fills in Gmail's host and port (465, or 587
//!   with `useStartTls`); a paste with only the flavor names no server
//!   of its own and is not read here.

use crate::extract::profile::WriteKind as W;
use crate::extract::profile::{fix_text, k, syn, words, Fix, Hooks, Key, Profile, Words, BASE};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

use super::himalaya::on;

const KEYS: &[Key] = &[
    k("accounts.email.accounts.*.smtp.host", Host),
    k("accounts.email.accounts.*.smtp.port", Port),
    k("accounts.email.accounts.*.smtp.tls.enable", ImplicitTls),
    k("accounts.email.accounts.*.smtp.tls.useStartTls", StartTls),
    k("accounts.email.accounts.*.userName", Username),
    k("accounts.email.accounts.*.passwordCommand", CredentialsFile),
    k("accounts.email.accounts.*.address", From),
];

const OTHER_KEYS: Words = words![
    "accounts.email.accounts.*.smtp.tls.certificatesFile",
    "accounts.email.accounts.*.flavor",
];

fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let (enable, starttls) = (cfg.get(ImplicitTls), cfg.get(StartTls));
    match (enable.map(|f| (f, on(f))), starttls.map(|f| (f, on(f)))) {
        (Some((_, None)), _) | (_, Some((_, None))) => {}
        (Some((f, Some(false))), _) => tls.choose(Security::None, Evidence::of(f)),
        (_, Some((f, Some(true)))) => tls.choose(Security::StartTls, Evidence::of(f)),
        (Some((f, Some(true))), _) => tls.choose(Security::Implicit, Evidence::of(f)),
        (None, s) => tls.choose(
            Security::Implicit,
            s.map_or(
                Evidence::absent(
                    "no smtp.tls setting: Home Manager's default is TLS from the first byte (tls.enable = true, useStartTls = false)",
                ),
                |(f, _)| Evidence::of(f),
            ),
        ),
    }
    tls
}

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "smtp.port = {port};"),
    fix_text(W::Host, &[], "smtp.host = \"{value}\";"),
    fix_text(
        W::StartTls,
        &[],
        "smtp.port = 587; with smtp.tls.useStartTls = true;",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "userName and passwordCommand in the account",
    ),
    fix_text(W::Username, &[], "userName = \"{value}\";"),
    fix_text(
        W::Password,
        &[],
        "passwordCommand = a command that prints {value} (e.g. \"pass show postmark\");",
    ),
    fix_text(W::From, &[], "address = \"{value}\";"),
];

pub static HOME_MANAGER_EMAIL: Profile = Profile {
    id: "home-manager-email",
    name: "Home Manager accounts.email.accounts",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/nix-community/home-manager/blob/master/modules/accounts/email.nix https://nix-community.github.io/home-manager/options.xhtml#opt-accounts.email.accounts._name_.smtp",
    syntaxes: syn::NIX,
    keys: KEYS,
    // `userName` and `passwordCommand` sit in the account, beside its
    // `smtp` block.
    credentials_apart: true,
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    fixes: FIXES,
    sender_hint: "address = \"…\"; in the account",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const NIX: &str = "{ config, pkgs, ... }:\n{\n  accounts.email.accounts.work = {\n    primary = true;\n    address = \"hello@acme-widgets.io\";\n    userName = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\";\n    passwordCommand = \"pass show postmark\";\n    smtp = {\n      host = \"smtp.postmarkapp.com\";\n      port = 587;\n      tls.useStartTls = true;\n    };\n  };\n}\n";

    #[test]
    fn an_account_is_read_with_home_managers_tls() {
        let (client, s, ids) = first(NIX);
        assert_eq!(client, "home-manager-email");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "hello@acme-widgets.io");
        assert_eq!(s["username"], "5c3e…5b6c");
        assert!(!has(&ids, "auth/missing-password"), "{ids:?}");
        // No TLS option: TLS from the first byte, which 587 does not speak.
        let (_, s, ids) = first(&NIX.replace("      tls.useStartTls = true;\n", ""));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&NIX.replace("tls.useStartTls = true", "tls.enable = false"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn another_apps_smtp_block_is_not_home_managers() {
        let (client, ..) = first("{\n  services.foo.smtp = {\n    host = \"smtp.postmarkapp.com\";\n    port = 587;\n  };\n}\n");
        assert_ne!(client, "home-manager-email");
    }
}

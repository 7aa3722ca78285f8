//! Postal (postalserver/postal): relaying its outgoing mail through
//! another SMTP server, `smtp_relays` in `postal.yml` (Postal 3:
//! `postal.smtp_relays` as `smtp://host:port?ssl_mode=…` strings, or the
//! `POSTAL_SMTP_RELAYS` variable; Postal 2: a list of `hostname`, `port`,
//! `ssl_mode`).
//!
//! Meaning (Postal's doc/config/yaml.yml and environment-variables.md; the
//! code: `lib/postal/config_schema.rb` `smtp_relays`,
//! `lib/postal/legacy_config_source.rb`, `app/senders/smtp_sender.rb` and
//! `app/lib/smtp_client/endpoint.rb`):
//!
//! * Each relay is a host and a port (25 when the URL has none). With any
//!   relay set, Postal sends every message to the relays instead of the
//!   recipients' MX hosts.
//! * `ssl_mode`: `Auto` (the default) upgrades with STARTTLS when the
//!   server offers it (without checking the certificate) and retries in
//!   clear when the handshake fails; `STARTTLS` requires it; `TLS` is TLS
//!   from the first byte; `None` never starts TLS.
//! * Postal never logs in to a relay: the endpoint opens `Net::SMTP` and
//!   starts the session without credentials, and the URL's user
//!   information is not read. A relay that requires a login (Postmark's
//!   SMTP does) refuses the mail.

use crate::extract::profile::{
    fix_text, k, kr, mark, syn, words, Fix, Hooks, Key, Profile, Read, Sec, TlsModel, UrlFlavor,
    WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    kr(
        "postal.smtp_relays.*|POSTAL_SMTP_RELAYS",
        Url,
        Read::Url(UrlFlavor::Nodemailer),
    ),
    // Postal 2's list.
    k("smtp_relays.*.hostname", Host),
    k("smtp_relays.*.port", Port),
    k("smtp_relays.*.ssl_mode", Encryption),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "smtp://{host}:{port} in postal.smtp_relays"),
    fix_text(W::Host, &[], "smtp://{value}:587 in postal.smtp_relays"),
    fix_text(
        W::StartTls,
        &[],
        "?ssl_mode=STARTTLS on the relay's URL (smtp://host:587?ssl_mode=STARTTLS)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "?ssl_mode=STARTTLS or TLS (Auto does not check the certificate)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "a relay that accepts Postal's IP without a login: Postal cannot log in to a relay, and Postmark's SMTP requires one",
    ),
    fix_text(W::TlsModern, &[], "a current Postal"),
    fix_text(
        W::Username,
        &[],
        "nothing in Postal: it cannot log in to a relay",
    ),
    fix_text(
        W::Password,
        &[],
        "nothing in Postal: it cannot log in to a relay",
    ),
    fix_text(W::From, &[], "the From of the messages Postal relays: {value}"),
    fix_text(
        W::Stream,
        &[],
        "Postal has no stream setting for its relays",
    ),
];

/// The URL's user information is not read: Postal never logs in.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn no_login(_doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        cfg.ignore_fields(|f| !matches!(f.role, Username | Password));
    }
}

pub static POSTAL: Profile = Profile {
    id: "postal",
    name: "Postal smtp_relays (postal.yml / POSTAL_SMTP_RELAYS)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.postalserver.io/getting-started/configuration https://github.com/postalserver/postal/blob/main/lib/postal/config_schema.rb https://github.com/postalserver/postal/blob/main/app/lib/smtp_client/endpoint.rb",
    syntaxes: syn::YAML | syn::ENV_LIKE,
    keys: KEYS,
    markers: &[
        mark("postal.smtp_relays"),
        mark("postal.smtp_relays.*"),
        mark("POSTAL_SMTP_RELAYS"),
        mark("smtp_relays.*.ssl_mode"),
    ],
    needs_marker: true,
    other_keys: words!["smtp_relays"],
    case_sensitive: true,
    url_params: &[("ssl_mode", Some(Encryption))],
    tls: TlsModel {
        words: &[
            ("smtp", Sec::Ignored),
            ("auto", Sec::Auto),
            ("starttls", Sec::StartTls),
            ("tls", Sec::Implicit),
            ("none", Sec::Plain),
        ],
        starttls_on: Sec::StartTls,
        starttls_off: Sec::Plain,
        implicit_ports: &[],
        default: Sec::Auto,
        both: crate::extract::profile::Both::Implicit,
        absent: "",
    },
    port: Some(25),
    fixes: FIXES,
    sender_hint: "the From of the messages Postal relays",
    hooks: Hooks {
        finish: Some(no_login),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    #[test]
    fn relay_url_and_its_ssl_mode() {
        let yml = "version: 2\npostal:\n  web_hostname: postal.acme-widgets.io\n  smtp_relays:\n    - smtp://smtp.postmarkapp.com:587?ssl_mode=STARTTLS\n";
        let (client, s, ids) = first(yml);
        assert_eq!(client, "postal");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        // Postal cannot log in: Postmark refuses it.
        assert!(ids.iter().any(|i| i.starts_with("auth/missing")), "{ids:?}");
        let (_, s, _) = first(&yml.replace("ssl_mode=STARTTLS", "ssl_mode=TLS"));
        assert_eq!(s["security"], "implicit");
        let (_, s, ids) = first(&yml.replace("ssl_mode=STARTTLS", "ssl_mode=None"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn credentials_in_the_url_are_not_read() {
        let yml = "postal:\n  smtp_relays:\n    - smtp://5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c:5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c@smtp.postmarkapp.com:587\n";
        let (_, s, ids) = first(yml);
        assert!(s["username"].is_null(), "{s}");
        assert!(ids.iter().any(|i| i.starts_with("auth/missing")), "{ids:?}");
    }

    #[test]
    fn legacy_list() {
        let yml = "smtp_relays:\n  - hostname: smtp.postmarkapp.com\n    port: 2525\n    ssl_mode: Auto\n";
        let (client, s, _) = first(yml);
        assert_eq!(client, "postal");
        assert_eq!(s["port"], 2525);
        assert_eq!(s["security"], "starttls");
    }
}

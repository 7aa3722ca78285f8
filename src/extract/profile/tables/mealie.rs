//! Mealie: the `SMTP_*` environment variables (`.env`,
//! `docker-compose.yml`), read by Mealie's own sender on Python's smtplib.
//!
//! Meaning (docs.mealie.io "Backend Configuration", section Email, and the
//! code: `mealie/core/settings/settings.py`,
//! `mealie/services/email/email_senders.py`):
//!
//! * `SMTP_AUTH_STRATEGY` is upper-cased and compared: `TLS` (the default)
//!   is `smtplib.SMTP` + `starttls()`, which fails when the server does not
//!   offer STARTTLS; `SSL` is `smtplib.SMTP_SSL`, TLS from the first byte;
//!   any other word, `NONE` included (and `STARTTLS`), sends in clear. The
//!   docs list only the three options.
//! * `SMTP_PORT` defaults to 587, whatever the strategy.
//! * Mail is on only when host, port, `SMTP_FROM_NAME`, `SMTP_FROM_EMAIL`
//!   and the strategy are set, and with `TLS`/`SSL` also `SMTP_USER` and
//!   `SMTP_PASSWORD` (`validate_smtp`). An empty strategy switches mail off
//!   and is read here as unknown.
//! * `SMTP_FROM_EMAIL` is the From (`SMTP_FROM_NAME` its display name,
//!   default `Mealie`).
//! * Before v1.0 a boolean `SMTP_TLS` stood where the strategy is; current
//!   releases ignore it.

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, syn, words, Fix, Hooks, Key, Marker, Pairs,
    Profile, SetVal, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("SMTP_HOST", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USER", Username),
    k("SMTP_PASSWORD", Password),
    k("SMTP_FROM_EMAIL", From),
    k("SMTP_AUTH_STRATEGY", Encryption),
];

/// `SMTP_HOST`, `SMTP_USER`… are everyone's names.
const MARKERS: &[Marker] = &[mark("SMTP_AUTH_STRATEGY"), mark_value("image", "mealie")];

const OTHER_KEYS: Words = words![
    "SMTP_FROM_NAME",
    "BASE_URL",
    "ALLOW_SIGNUP",
    "PUID",
    "PGID",
    "TZ",
    "DB_ENGINE",
    "MAX_WORKERS",
    "WEB_CONCURRENCY",
];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_TLS", "SMTP_AUTH_STRATEGY"),
    ("SMTP_SECURE", "SMTP_AUTH_STRATEGY"),
    ("SMTP_USERNAME", "SMTP_USER"),
    ("SMTP_PASS", "SMTP_PASSWORD"),
    ("SMTP_FROM", "SMTP_FROM_EMAIL"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(Encryption, "SMTP_AUTH_STRATEGY", SetVal::Word("TLS"))],
        "SMTP_AUTH_STRATEGY=TLS (STARTTLS)",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(W::AuthOn, &[], "SMTP_USER and SMTP_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current Mealie release"),
    fix_text(W::Username, &[], "SMTP_USER={value}"),
    fix_text(W::Password, &[], "SMTP_PASSWORD={value}"),
    fix_text(W::From, &[], "SMTP_FROM_EMAIL={value}"),
    fix_text(
        W::Stream,
        &[],
        "Mealie has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let Some(f) = cfg.get(Encryption) else {
        tls.choose(
            Security::StartTls,
            Evidence::absent("SMTP_AUTH_STRATEGY not set (Mealie's default: TLS, i.e. STARTTLS)"),
        );
        return tls;
    };
    if f.value.is_reference() {
        return tls;
    }
    let word = f.value.text.trim().to_ascii_uppercase();
    match word.as_str() {
        "" => {}
        "TLS" => {
            tls.choose(Security::StartTls, Evidence::of(f));
        }
        "SSL" => {
            tls.choose(Security::Implicit, Evidence::of(f));
        }
        // `NONE` and every other word: plain `smtplib.SMTP`.
        _ => {
            tls.choose(Security::None, Evidence::of(f));
        }
    }
    tls
}

pub static MEALIE: Profile = Profile {
    id: "mealie-env",
    name: "Mealie SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.mealie.io/documentation/getting-started/installation/backend-config/ https://github.com/mealie-recipes/mealie/blob/mealie-next/mealie/services/email/email_senders.py https://github.com/mealie-recipes/mealie/blob/mealie-next/mealie/core/settings/settings.py",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    port: Some(587),
    fixes: FIXES,
    sender_hint: "SMTP_FROM_EMAIL (required by Mealie)",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_FROM_NAME=Mealie\nSMTP_AUTH_STRATEGY=TLS\nSMTP_FROM_EMAIL=mealie@acme.io\nSMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn strategies() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "mealie-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "mealie@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("=TLS", "=ssl").replace("=587", "=465"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("=TLS", "=NONE"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn other_words_are_clear_text() {
        let (_, s, ids) = first(&ENV.replace("=TLS", "=STARTTLS"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn the_default_is_tls_on_587() {
        let (_, s, ids) = first(
            "services:\n  mealie:\n    image: ghcr.io/mealie-recipes/mealie:v2.8.0\n    environment:\n      SMTP_HOST: smtp.postmarkapp.com\n      SMTP_FROM_EMAIL: mealie@acme.io\n      SMTP_USER: u\n      SMTP_PASSWORD: u\n",
        );
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
        let (client, _, _) = first(&ENV.replace("SMTP_AUTH_STRATEGY=TLS\n", ""));
        assert_ne!(client, "mealie-env");
    }

    #[test]
    fn outline_keeps_its_pastes() {
        let (client, _, _) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=u\nSMTP_FROM_EMAIL=a@acme.io\nSMTP_REPLY_EMAIL=a@acme.io\nSMTP_SECURE=false\n",
        );
        assert_eq!(client, "outline");
    }
}

//! Joplin Server: the `MAILER_*` environment variables (`.env`,
//! `docker-compose.yml`), handed to nodemailer.
//!
//! Meaning (the server's `packages/server/src/env.ts`, `config.ts` and
//! `services/EmailService.ts`; the README only lists the names):
//!
//! * `MAILER_SECURITY` is compared as a string, case-sensitively, with the
//!   enum's values: `tls` sets nodemailer's `secure` (TLS from the first
//!   byte), `starttls` sets `requireTLS` (STARTTLS, required), `none` sets
//!   `ignoreTLS` (clear text). Any other word sets none of them, so
//!   nodemailer upgrades with STARTTLS when offered and, `secure` being
//!   given as false, never starts TLS on the first byte, even on 465. The
//!   enum's *names* (`MailerSecurity.Starttls`), which some guides write,
//!   are such other words.
//! * Current releases correct the word by the port
//!   (`mailerSecurityForPort`, with its tests in `config.test.ts`): `tls`
//!   on 587 becomes `starttls`, `starttls` on 465 becomes `tls`; other
//!   ports keep the word. Older releases (and the even older boolean
//!   `MAILER_SECURE`) do not; this table reads the current code.
//! * Defaults: `MAILER_ENABLED=false` (no mail at all), `MAILER_PORT=465`,
//!   `MAILER_SECURITY=tls`.
//! * Booleans are `true`/`1` and `false`/`0`; anything else stops the
//!   server at start-up.
//! * It logs in when `MAILER_AUTH_USER` or `MAILER_AUTH_PASSWORD` is set.
//! * `MAILER_NOREPLY_EMAIL` is the From (required; `MAILER_NOREPLY_NAME`
//!   its display name).

use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, syn, words, Fix, Hooks, Key, Marker, Pairs, Profile,
    SetVal, Switch, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("MAILER_HOST", Host),
    k("MAILER_PORT", Port),
    k("MAILER_AUTH_USER", Username),
    k("MAILER_AUTH_PASSWORD", Password),
    k("MAILER_NOREPLY_EMAIL", From),
    k("MAILER_SECURITY", Encryption),
    k("MAILER_ENABLED", Enabled),
];

const MARKERS: &[Marker] = &[
    mark("MAILER_NOREPLY_EMAIL"),
    mark("MAILER_NOREPLY_NAME"),
    mark("MAILER_SECURITY"),
    mark("MAILER_AUTH_USER"),
];

const OTHER_KEYS: Words = words![
    "MAILER_NOREPLY_NAME",
    "APP_BASE_URL",
    "APP_PORT",
    "SUPPORT_EMAIL",
    "SUPPORT_NAME",
    "BUSINESS_EMAIL",
];

const LEFTOVERS: Pairs = pairs![
    ("MAILER_SECURE", "MAILER_SECURITY"),
    ("MAILER_USER", "MAILER_AUTH_USER"),
    ("MAILER_PASSWORD", "MAILER_AUTH_PASSWORD"),
    ("MAILER_FROM", "MAILER_NOREPLY_EMAIL"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "MAILER_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "MAILER_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(Encryption, "MAILER_SECURITY", SetVal::Word("starttls"))],
        "MAILER_SECURITY=starttls",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(W::AuthOn, &[], "MAILER_AUTH_USER and MAILER_AUTH_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current Joplin Server release"),
    fix_text(W::Username, &[], "MAILER_AUTH_USER={value}"),
    fix_text(W::Password, &[], "MAILER_AUTH_PASSWORD={value}"),
    fix_text(W::From, &[], "MAILER_NOREPLY_EMAIL={value}"),
    fix_text(
        W::Stream,
        &[],
        "Joplin Server has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let Some(port) = cfg.effective_port() else {
        return tls;
    };
    let field = cfg.get(Encryption);
    let word = match field {
        Some(f) if f.value.is_reference() => return tls,
        Some(f) => f.value.text.trim(),
        None => "tls",
    };
    let ev = || match field {
        Some(f) => Evidence::of(f),
        None => Evidence::absent("MAILER_SECURITY not set (Joplin Server's default: tls)"),
    };
    // `mailerSecurityForPort` first, then the three options.
    let word = match (word, port) {
        ("tls", 587) => "starttls",
        ("starttls", 465) => "tls",
        (w, _) => w,
    };
    match word {
        "tls" => {
            tls.choose(Security::Implicit, ev());
        }
        "none" => {
            tls.choose(Security::None, ev());
        }
        // `starttls` requires it; any other word leaves nodemailer's
        // STARTTLS-when-offered with `secure: false`.
        _ => {
            tls.choose(Security::StartTls, ev());
        }
    }
    tls
}

pub static JOPLIN: Profile = Profile {
    id: "joplin-server-env",
    name: "Joplin Server MAILER_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/laurent22/joplin/blob/dev/packages/server/README.md https://github.com/laurent22/joplin/blob/dev/packages/server/src/env.ts https://github.com/laurent22/joplin/blob/dev/packages/server/src/services/EmailService.ts",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["MAILER_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Only(words!["true", "1"]),
    port: Some(465),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: Some("no mailer at all (MAILER_ENABLED defaults to false), so no mail leaves"),
        off: None,
        name: "MAILER_ENABLED",
    }),
    fixes: FIXES,
    sender_hint: "MAILER_NOREPLY_EMAIL (required by Joplin Server)",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "MAILER_ENABLED=true\nMAILER_HOST=smtp.postmarkapp.com\nMAILER_PORT=587\nMAILER_SECURITY=starttls\nMAILER_AUTH_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAILER_AUTH_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAILER_NOREPLY_NAME=Joplin\nMAILER_NOREPLY_EMAIL=noreply@acme.io\n";

    #[test]
    fn security_words() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "joplin-server-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "noreply@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("=starttls", "=none"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("=starttls", "=tls").replace("=587", "=2525"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn the_port_corrects_the_word() {
        // `tls` on 587 is STARTTLS in current releases.
        let (_, s, ids) = first(&ENV.replace("=starttls", "=tls"));
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, _) = first(&ENV.replace("=587", "=465"));
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn defaults_are_465_with_tls() {
        let (_, s, ids) = first(
            &ENV.replace("MAILER_PORT=587\n", "")
                .replace("MAILER_SECURITY=starttls\n", ""),
        );
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn enum_names_are_other_words() {
        // `MailerSecurity.Tls` is not `tls`: STARTTLS when offered.
        let (_, s, ids) = first(
            &ENV.replace("=starttls", "=MailerSecurity.Tls")
                .replace("=587", "=2525"),
        );
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, _) = first(&ENV.replace("=starttls", "=TLS").replace("=587", "=2525"));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn the_mail_switch() {
        let (_, _, ids) = first(&ENV.replace("MAILER_ENABLED=true\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("MAILER_ENABLED=true", "MAILER_ENABLED=0"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("MAILER_ENABLED=true", "MAILER_ENABLED=1"));
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn other_pastes_are_not_taken() {
        let (client, _, _) = first("MAILER_DSN=smtp://u:p@smtp.postmarkapp.com:587\n");
        assert_ne!(client, "joplin-server-env");
        let (client, _, _) = first(
            "MAILER_SENDER_EMAIL=a@acme.io\nSMTP_ADDRESS=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=p\n",
        );
        assert_ne!(client, "joplin-server-env");
    }
}

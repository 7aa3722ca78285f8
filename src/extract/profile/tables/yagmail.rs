//! Python's yagmail: `yagmail.SMTP(user, password, host=…, port=…,
//! smtp_starttls=…, smtp_ssl=…)` (`yagmail.Client` since 0.16, same
//! arguments and positions).
//!
//! Meaning (kootenpv/yagmail README and `yagmail/sender.py`, `Client.__init__`,
//! `starttls`, `login`):
//!
//! * `host` defaults to **`smtp.gmail.com`**.
//! * `smtp_ssl` defaults to **True**: the connection is `smtplib.SMTP_SSL`
//!   (TLS from the first byte) and the port defaults to **465**; with
//!   `smtp_ssl=False` it is `smtplib.SMTP` and the port defaults to 587.
//! * `smtp_starttls` defaults to `not smtp_ssl`: without TLS from the first
//!   byte yagmail calls `starttls()`, which raises when the server does not
//!   offer it (required). `smtp_starttls=True` together with `smtp_ssl=True`
//!   asks for STARTTLS inside the TLS session, which servers on 465 do not
//!   offer: `SMTPNotSupportedError`.
//! * Releases before 0.10 (2017) defaulted to port 587 with STARTTLS and had
//!   a separate `yagmail.SMTP_SSL` class; this table follows the current code.
//! * Booleans are Python's: any non-empty string is true.
//! * No `password` means yagmail reads it from the system keyring
//!   (`keyring.get_password("yagmail", user)`); `oauth2_file` replaces it.
//! * The user is the From (a dict `{address: alias}` gives an alias).

use super::kit::{password_elsewhere, synthetic, At, Source};
use crate::extract::profile::{
    fix_text, k, mark, syn, words, Both, Fix, Hooks, Key, Profile, Sec, TlsModel, WriteKind as W,
    BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Field, Role::*, Tls};

/// The two constructors (and the pre-0.10 SSL class) with one argument,
/// by position or name.
macro_rules! arg {
    ($n:literal, $name:literal) => {
        concat!(
            "yagmail.SMTP(#",
            $n,
            ")|yagmail.SMTP(",
            $name,
            ")|yagmail.Client(#",
            $n,
            ")|yagmail.Client(",
            $name,
            ")|yagmail.SMTP_SSL(#",
            $n,
            ")|yagmail.SMTP_SSL(",
            $name,
            ")"
        )
    };
}

const KEYS: &[Key] = &[
    k(arg!("0", "user"), Username),
    k(arg!("1", "password"), Password),
    k(arg!("2", "host"), Host),
    k(arg!("3", "port"), Port),
    k(arg!("4", "smtp_starttls"), StartTls),
    k(arg!("5", "smtp_ssl"), ImplicitTls),
    k(
        "yagmail.SMTP(oauth2_file)|yagmail.Client(oauth2_file)",
        CredentialsFile,
    ),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port={port} in yagmail.SMTP(…)"),
    fix_text(W::Host, &[], "host=\"{host}\" in yagmail.SMTP(…)"),
    fix_text(
        W::StartTls,
        &[],
        "smtp_ssl=False (yagmail then uses STARTTLS) in yagmail.SMTP(…)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "no custom SSL context that skips verification",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "the user and password arguments of yagmail.SMTP(…)",
    ),
    fix_text(W::TlsModern, &[], "a Python/OpenSSL build with TLS 1.2"),
    fix_text(W::Username, &[], "yagmail.SMTP(\"{value}\", …)"),
    fix_text(
        W::Password,
        &[],
        "the second argument of yagmail.SMTP(…): \"{value}\"",
    ),
    fix_text(
        W::From,
        &[],
        "the user argument (or {{\"{value}\": \"Name\"}}) of yagmail.SMTP(…)",
    ),
    fix_text(
        W::Stream,
        &[],
        "headers={{\"X-PM-Message-Stream\": \"{value}\"}} in yag.send(…)",
    ),
];

pub static YAGMAIL: Profile = Profile {
    id: "yagmail",
    name: "Python yagmail",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/kootenpv/yagmail#readme https://github.com/kootenpv/yagmail/blob/master/yagmail/sender.py",
    syntaxes: syn::PYTHON,
    keys: KEYS,
    markers: &[
        mark("yagmail.SMTP()"),
        mark("yagmail.Client()"),
        mark("yagmail.SMTP_SSL()"),
    ],
    needs_marker: true,
    other_keys: words![
        "smtp_set_debuglevel",
        "smtp_skip_login",
        "encoding",
        "soft_email_validation",
        "dkim",
    ],
    tls: TlsModel {
        words: &[],
        starttls_on: Sec::StartTls,
        starttls_off: Sec::Plain,
        implicit_ports: &[],
        default: Sec::Implicit,
        both: Both::Conflict,
        absent: "smtp_ssl is not given, and yagmail's default is True (SMTP_SSL)",
    },
    host: Some("smtp.gmail.com"),
    fixes: FIXES,
    sender_hint: "the user argument of yagmail.SMTP(…) (the From is the login)",
    hooks: Hooks {
        tls: Some(tls),
        default_port: Some(default_port),
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

/// The table's model, plus the conflict of the defaults: `smtp_starttls=True`
/// without `smtp_ssl` is STARTTLS inside the default SMTP_SSL session.
fn tls(cfg: &Config) -> Tls {
    use crate::extract::profile::tls::{evaluate, truth};
    let start_on = cfg
        .get(StartTls)
        .filter(|f| !f.value.is_reference() && truth(&YAGMAIL, f) == Some(true));
    match (start_on, cfg.get(ImplicitTls)) {
        (Some(f), None) => Tls {
            conflicting: true,
            implicit: Some(Evidence::absent(YAGMAIL.tls.absent)),
            starttls: Some(Evidence::of(f)),
            ..Tls::default()
        },
        _ => evaluate(cfg, &YAGMAIL),
    }
}

/// 465 unless `smtp_ssl` is false; unknown for a reference.
fn default_port(cfg: &Config) -> Option<u16> {
    match cfg.get(ImplicitTls) {
        Some(f) if f.value.is_reference() => None,
        Some(f) => match crate::extract::profile::tls::truth(&YAGMAIL, f) {
            Some(false) => Some(587),
            Some(true) => Some(465),
            None => None,
        },
        None => Some(465),
    }
}

/// The user is also the From. Without a password argument yagmail asks
/// the keyring: the password is elsewhere, not missing. The call is a
/// whole configuration even when it holds only the credentials (the host
/// and port have defaults): a `Transport` field says so.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(_doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        if let Some(first) = cfg.fields.first() {
            let f = synthetic(Transport, "yagmail.SMTP", "smtp", first, At::KeyStart);
            cfg.push(f);
        }
        if let Some(user) = cfg.get(Username).filter(|f| f.value.text.contains('@')) {
            let from = Field {
                role: From,
                ..user.clone()
            };
            cfg.push(from);
        }
        password_elsewhere(
            cfg,
            "password (not given: yagmail asks the keyring)",
            Source::Store("keyring.get_password(\"yagmail\", user)"),
            At::KeyStart,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    #[test]
    fn defaults_are_gmail_over_implicit_tls_on_465() {
        let (client, s, ids) =
            first("import yagmail\nyag = yagmail.SMTP(\"me@acme.io\", \"pw\")\n");
        assert_eq!(client, "yagmail");
        assert_eq!(s["security"], "implicit");
        assert_eq!(s["from"], "me@acme.io");
        // The default host is Gmail's: said, and Postmark's rules still run.
        assert!(ids.iter().any(|i| i == "host/missing"), "{ids:?}");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn smtp_ssl_false_is_starttls_on_587() {
        let (_, s, ids) = first(
            "import yagmail\nyag = yagmail.SMTP(\"a1b2c3d4-0000-4000-8000-1234567890ab\", \"a1b2c3d4-0000-4000-8000-1234567890ab\", host=\"smtp.postmarkapp.com\", smtp_ssl=False)\n",
        );
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn postmark_with_the_defaults_is_implicit_on_465() {
        let (_, s, ids) = first(
            "import yagmail\nyag = yagmail.SMTP(\"u\", \"p\", host=\"smtp.postmarkapp.com\")\n",
        );
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        // On 587 with the default smtp_ssl=True: TLS on a STARTTLS port.
        let (_, _, ids) = first(
            "import yagmail\nyag = yagmail.SMTP(\"u\", \"p\", \"smtp.postmarkapp.com\", 587)\n",
        );
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn both_switches_conflict_and_no_password_is_the_keyring() {
        let (_, _, ids) = first(
            "import yagmail\nyag = yagmail.SMTP(\"u\", \"p\", host=\"smtp.postmarkapp.com\", port=465, smtp_starttls=True)\n",
        );
        assert!(ids.iter().any(|i| i == "tls/conflicting"), "{ids:?}");
        let (_, _, ids) = first(
            "import yagmail\nyag = yagmail.SMTP(\"me@acme.io\", host=\"smtp.postmarkapp.com\", port=587, smtp_ssl=False)\n",
        );
        assert!(!ids.iter().any(|i| i == "auth/missing-password"), "{ids:?}");
        assert!(
            ids.iter().any(|i| i == "auth/external-credentials"),
            "{ids:?}"
        );
    }

    #[test]
    fn plain_smtplib_is_not_yagmail() {
        let (client, _, _) = first(
            "import smtplib\ns = smtplib.SMTP(\"smtp.postmarkapp.com\", 587)\ns.starttls()\n",
        );
        assert_ne!(client, "yagmail");
    }
}

//! Homebox (sysadminsmedia/homebox, formerly hay-kot/homebox): the
//! `HBOX_MAILER_*` environment of its container.
//!
//! Meaning (homebox.software "Configure" and the code:
//! `backend/internal/sys/config/conf_mailer.go` for the settings,
//! `backend/pkgs/mailer/mailer.go` for the client, Go's `net/smtp`):
//!
//! * Mail (password reset) is sent only when the mailer is "ready": host,
//!   port, username, password and From all non-empty. There is no
//!   default port.
//! * The client is `smtp.SendMail`: STARTTLS when the server offers it,
//!   then PLAIN authentication, which Go refuses over a connection that is
//!   not encrypted (except to localhost). There is no implicit-TLS
//!   setting: port 465 gets a plain session that waits for a greeting.
//!   (The docs' table says "465 for implicit TLS"; the code has no such
//!   mode.)
//! * `HBOX_MAILER_FROM` is the envelope sender and the From.

use crate::extract::profile::{
    fix, fix_text, k, pairs, set, syn, words, Fix, Key, Pairs, Profile, SetVal, TlsModel, Truth,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("HBOX_MAILER_HOST", Host),
    k("HBOX_MAILER_PORT", Port),
    k("HBOX_MAILER_USERNAME", Username),
    k("HBOX_MAILER_PASSWORD", Password),
    k("HBOX_MAILER_FROM", From),
];

const LEFTOVERS: Pairs = pairs![
    ("HBOX_MAILER_USER", "HBOX_MAILER_USERNAME"),
    ("HBOX_MAILER_SERVER", "HBOX_MAILER_HOST"),
    ("HBOX_MAILER_FROM_ADDRESS", "HBOX_MAILER_FROM"),
    ("HBOX_MAILER_TLS", "HBOX_MAILER_PORT"),
    ("HBOX_MAILER_SSL", "HBOX_MAILER_PORT"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "HBOX_MAILER_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "HBOX_MAILER_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[],
        "HBOX_MAILER_PORT=587 (Homebox upgrades with STARTTLS; it has no implicit TLS)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "Homebox always verifies certificates: remove what turns verification off",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "HBOX_MAILER_USERNAME and HBOX_MAILER_PASSWORD",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current Homebox release (Go's TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "HBOX_MAILER_USERNAME={value}"),
    fix_text(W::Password, &[], "HBOX_MAILER_PASSWORD={value}"),
    fix(W::From, &[set(From, "HBOX_MAILER_FROM", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Homebox has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static HOMEBOX: Profile = Profile {
    id: "homebox",
    name: "Homebox HBOX_MAILER_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://homebox.software/en/quick-start/configure/ https://github.com/sysadminsmedia/homebox/blob/main/backend/pkgs/mailer/mailer.go https://github.com/sysadminsmedia/homebox/blob/main/backend/internal/sys/config/conf_mailer.go",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    family: &["HBOX_MAILER_"],
    other_keys: words![],
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Go,
    // net/smtp's SendMail: STARTTLS when offered, nothing else.
    tls: TlsModel::OPPORTUNISTIC,
    fixes: FIXES,
    sender_hint: "HBOX_MAILER_FROM (required: without it Homebox sends nothing)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "HBOX_LOG_LEVEL=info\nHBOX_MAILER_HOST=smtp.postmarkapp.com\nHBOX_MAILER_PORT=587\nHBOX_MAILER_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nHBOX_MAILER_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nHBOX_MAILER_FROM=homebox@acme.io\n";

    #[test]
    fn starttls_when_offered() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "homebox");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["from"], "homebox@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn no_port_and_465() {
        let (_, s, ids) = first(&ENV.replace("HBOX_MAILER_PORT=587\n", ""));
        assert_eq!(s["port"], serde_json::Value::Null);
        assert!(has(&ids, "port/missing"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("PORT=587", "PORT=465"));
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }
}

//! Rocket.Chat: its SMTP settings set from the environment (`SMTP_Host`,
//! `SMTP_Port`, … as written in the admin panel, or
//! `OVERWRITE_SETTING_SMTP_Host` to force them on every start).
//!
//! Meaning (Rocket.Chat docs "Manage settings using environmental
//! variables", the SMTP section of `apps/meteor/server/settings/email.ts`,
//! and `apps/meteor/app/lib/server/startup/email.ts`, which turns the
//! settings into Meteor's `MAIL_URL`, read by nodemailer):
//!
//! * `SMTP_Protocol`: `smtp` (default) or `smtps` (TLS from the first
//!   byte). `SMTP_Host` (with it empty, `MAIL_URL` is removed and no mail is
//!   sent through SMTP), `SMTP_Port` (empty: nodemailer's 587, 465 for
//!   `smtps`), `SMTP_Username` / `SMTP_Password` (used only when both are
//!   set). `From_Email` is the From.
//! * `SMTP_IgnoreTLS` (only for `smtp`): `true` adds
//!   `secure=false&ignoreTLS=true` to the URL: no STARTTLS at all, the
//!   session stays in clear text. Its default is **true** in current
//!   releases (it was false before 4.x), so an unwritten `SMTP_IgnoreTLS`
//!   sends the login in clear. `false`: nodemailer's opportunistic
//!   STARTTLS, and on port 465 TLS from the first byte.
//! * Boolean settings from the environment are true only for `true`.
//! * A `MAIL_URL` written directly is a plain SMTP URL, left to the URL
//!   reader; the settings above overwrite it once `SMTP_Host` is set.

use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, set_if, syn, tls, words, Both, Fix, Hooks, Key, Marker,
    Pairs, Profile, Sec, SetVal, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Role::*, Tls};

const KEYS: &[Key] = &[
    k("SMTP_Host|OVERWRITE_SETTING_SMTP_Host", Host),
    k("SMTP_Port|OVERWRITE_SETTING_SMTP_Port", Port),
    k("SMTP_Username|OVERWRITE_SETTING_SMTP_Username", Username),
    k("SMTP_Password|OVERWRITE_SETTING_SMTP_Password", Password),
    k("From_Email|OVERWRITE_SETTING_From_Email", From),
    k("SMTP_Protocol|OVERWRITE_SETTING_SMTP_Protocol", Scheme),
    // `true` means no STARTTLS; read as a STARTTLS switch whose meaning
    // is inverted in the TLS model below.
    k("SMTP_IgnoreTLS|OVERWRITE_SETTING_SMTP_IgnoreTLS", StartTls),
];

/// Rocket.Chat's mixed-case setting ids (no other app spells them so).
const MARKERS: &[Marker] = &[
    mark("SMTP_Host|OVERWRITE_SETTING_SMTP_Host"),
    mark("SMTP_IgnoreTLS|OVERWRITE_SETTING_SMTP_IgnoreTLS"),
    mark("SMTP_Protocol|OVERWRITE_SETTING_SMTP_Protocol"),
    mark("SMTP_Username|OVERWRITE_SETTING_SMTP_Username"),
    mark("From_Email|OVERWRITE_SETTING_From_Email"),
    mark("SMTP_Pool|OVERWRITE_SETTING_SMTP_Pool"),
];

const OTHER_KEYS: Words = words!["SMTP_Pool", "OVERWRITE_SETTING_SMTP_Pool", "MAIL_URL"];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_User", "SMTP_Username"),
    ("SMTP_Pass", "SMTP_Password"),
    ("SMTP_From", "From_Email"),
    ("SMTP_From_Email", "From_Email"),
    ("SMTP_Secure", "SMTP_Protocol"),
    ("SMTP_SSL", "SMTP_Protocol"),
    ("SMTP_TLS", "SMTP_IgnoreTLS"),
    ("SMTP_Ignore_TLS", "SMTP_IgnoreTLS"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SMTP_Port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SMTP_Host", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set_if(Scheme, "SMTP_Protocol", SetVal::Word("smtp")),
            set(StartTls, "SMTP_IgnoreTLS", SetVal::Bool(false)),
        ],
        "SMTP_Protocol=smtp and SMTP_IgnoreTLS=false (Rocket.Chat then upgrades with STARTTLS)",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(W::AuthOn, &[], "SMTP_Username and SMTP_Password (both)"),
    fix_text(W::TlsModern, &[], "a current Rocket.Chat release"),
    fix_text(W::Username, &[], "SMTP_Username={value}"),
    fix_text(W::Password, &[], "SMTP_Password={value}"),
    fix_text(W::From, &[], "From_Email={value}"),
    fix_text(
        W::Stream,
        &[],
        "Rocket.Chat has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const MODEL: TlsModel = TlsModel {
    words: &[
        ("smtps", Sec::Implicit),
        ("smtp", Sec::Ignored),
        ("", Sec::Ignored),
    ],
    // `SMTP_IgnoreTLS=true`: clear text; `false`: STARTTLS when offered.
    starttls_on: Sec::Plain,
    starttls_off: Sec::Auto,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Implicit,
    absent: "SMTP_IgnoreTLS is not set, and Rocket.Chat's default is true (no STARTTLS)",
};

const ROCKETCHAT_BASE: Profile = Profile {
    id: "rocketchat",
    name: "Rocket.Chat SMTP settings (environment)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.rocket.chat/docs/manage-settings-using-environmental-variables https://github.com/RocketChat/Rocket.Chat/blob/develop/apps/meteor/app/lib/server/startup/email.ts https://github.com/RocketChat/Rocket.Chat/blob/develop/apps/meteor/server/settings/email.ts",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SMTP_", "OVERWRITE_SETTING_SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Only(words!["true"]),
    tls: MODEL,
    port: Some(587),
    implicit_port: Some(465),
    fixes: FIXES,
    sender_hint: "From_Email (Administration → Email → SMTP)",
    hooks: Hooks {
        tls: Some(reading),
        ..Hooks::NONE
    },
    ..BASE
};

pub static ROCKETCHAT: Profile = ROCKETCHAT_BASE;

/// With `SMTP_IgnoreTLS=false` nodemailer gets no `secure`, so port 465
/// turns TLS on from the first byte.
static STARTTLS_ALLOWED: Profile = Profile {
    tls: TlsModel {
        implicit_ports: &[465],
        ..MODEL
    },
    ..ROCKETCHAT_BASE
};

fn reading(cfg: &Config) -> Tls {
    let ignore_off = cfg
        .get(StartTls)
        .is_some_and(|f| tls::truth(&ROCKETCHAT, f) == Some(false));
    tls::evaluate(
        cfg,
        if ignore_off {
            &STARTTLS_ALLOWED
        } else {
            &ROCKETCHAT
        },
    )
}

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const ENV: &str = "ROOT_URL=https://chat.acme.io\nSMTP_Host=smtp.postmarkapp.com\nSMTP_Port=587\nSMTP_Username=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_Password=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nFrom_Email=chat@acme.io\n";

    #[test]
    fn ignore_tls_defaults_to_true_so_unwritten_is_clear_text() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "rocketchat");
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn ignore_tls_false_is_starttls_and_smtps_is_implicit() {
        let (_, s, ids) = first(&format!("{ENV}SMTP_IgnoreTLS=false\n"));
        assert_eq!(s["security"], "starttls");
        assert!(ids.iter().all(|i| !i.starts_with("tls/")), "{ids:?}");
        let (_, s, ids) = first(&format!("{ENV}SMTP_Protocol=smtps\n"));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn port_465_is_implicit_only_when_tls_is_not_ignored() {
        let env = ENV.replace("587", "465");
        let (_, s, _) = first(&format!("{env}SMTP_IgnoreTLS=false\n"));
        assert_eq!(s["security"], "implicit");
        let (_, s, _) = first(&env);
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn upper_case_smtp_keys_are_not_rocketchat() {
        let (client, _, _) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=u\n",
        );
        assert_ne!(client, "rocketchat");
    }
}

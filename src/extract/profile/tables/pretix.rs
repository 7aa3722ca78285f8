//! pretix and pretalx: the `[mail]` section of `pretix.cfg` / `pretalx.cfg`
//! (Python `configparser`), and the environment variables that override
//! it (`PRETIX_MAIL_*`, `PRETALX_MAIL_*`). Both hand the values to
//! Django's SMTP backend (see [`super::django`]).
//!
//! Meaning (pretix docs "Configuration file → Email", `settings.py`,
//! `helpers/config.py` `EnvOrParserConfig`; pretalx docs "Configuration",
//! `common/settings/config.py`):
//!
//! * `host` (default `localhost`), `port` (default 25), `user`,
//!   `password`, `from` (pretix: default `pretix@localhost`; pretalx:
//!   `admin@localhost`).
//! * `tls` = Django's `EMAIL_USE_TLS` (STARTTLS), `ssl` = `EMAIL_USE_SSL`
//!   (TLS from the first byte); both off by default, both on make Django
//!   refuse to send.
//! * Booleans are `configparser`'s: `1`/`yes`/`true`/`on` and
//!   `0`/`no`/`false`/`off` (any case); any other word stops the app at
//!   startup (`ValueError`): its meaning is then left unknown here.
//! * pretix reads `PRETIX_<SECTION>_<OPTION>` before the file
//!   (`PRETIX_MAIL_HOST`…); pretalx reads `PRETALX_MAIL_*` after it (the
//!   environment wins in both).
//! * `configparser` keeps quotes as part of the value; docker's env files
//!   do not. One table reads both, so quotes are not judged here.
//! * pretalx with `[site] debug` on prints mails to the console (not
//!   modelled: debug is not a mail setting).

use super::healthchecks::django_switches;
use crate::extract::profile::{
    beside, fix, fix_text, k, mark, mark_value, pairs, set, syn, words, Fix, Hooks, Key, Marker,
    Pairs, Profile, SetVal, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Field, Role::*, Tls};

const KEYS: &[Key] = &[
    k("mail.host|PRETIX_MAIL_HOST", Host),
    k("mail.port|PRETIX_MAIL_PORT", Port),
    k("mail.user|PRETIX_MAIL_USER", Username),
    k("mail.password|PRETIX_MAIL_PASSWORD", Password),
    k("mail.tls|PRETIX_MAIL_TLS", StartTls),
    k("mail.ssl|PRETIX_MAIL_SSL", ImplicitTls),
    k("mail.from|PRETIX_MAIL_FROM", From),
];

/// `tls`/`ssl` under `[mail]` are this family's (pretix, pretalx and the
/// apps built from them mean the same by them); pretalx's own names
/// outweigh them (see `PRETALX_MARKERS`). Other apps' `[mail]` sections
/// have a `tls` too (Roundup's `config.ini`: `host`, `username`,
/// `password`, `port`, `tls = yes`), so they count only beside the
/// family's `from` or `user`.
const MAIL_TLS: Marker = beside(mark("mail.tls"), "mail.from|mail.user");
const MAIL_SSL: Marker = beside(mark("mail.ssl"), "mail.from|mail.user");

const MARKERS: &[Marker] = &[
    MAIL_TLS,
    MAIL_SSL,
    mark("pretix.instance_name"),
    mark("pretix.url"),
    mark("pretix.datadir"),
    mark("pretix.currency"),
    mark("PRETIX_MAIL_HOST"),
    mark("PRETIX_MAIL_FROM"),
    mark("PRETIX_MAIL_TLS"),
    mark_value("image", "pretix/standalone"),
];

const OTHER_KEYS: Words = words![
    "admins",
    "from_notifications",
    "from_organizers",
    "custom_sender_verification_required",
    "custom_sender_spf_string",
    "custom_smtp_allow_private_networks",
    "PRETIX_MAIL_ADMINS",
];

const LEFTOVERS: Pairs = pairs![
    ("username", "user"),
    ("pass", "password"),
    ("server", "host"),
    ("starttls", "tls"),
    ("use_tls", "tls"),
    ("use_ssl", "ssl"),
    ("sender", "from"),
    ("PRETIX_MAIL_USERNAME", "PRETIX_MAIL_USER"),
    ("PRETIX_MAIL_PASS", "PRETIX_MAIL_PASSWORD"),
    ("PRETIX_MAIL_STARTTLS", "PRETIX_MAIL_TLS"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "host", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[],
        "port=587 with tls=on and ssl=off in [mail]",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "the [mail] settings as they are (Django's SMTP backend verifies the certificate)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "both user and password in [mail] (Django logs in only when both are non-empty)",
    ),
    fix_text(W::TlsModern, &[], "a current release"),
    fix(W::Username, &[set(Username, "user", SetVal::Given)]),
    fix(W::Password, &[set(Password, "password", SetVal::Given)]),
    fix(W::From, &[set(From, "from", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "there is no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// `configparser`'s booleans; `None` for a reference or another word.
fn cp_bool(f: &Field) -> Option<bool> {
    match f.value.literal()?.trim().to_ascii_lowercase().as_str() {
        "1" | "yes" | "true" | "on" => Some(true),
        "0" | "no" | "false" | "off" => Some(false),
        _ => None,
    }
}

fn tls(cfg: &Config) -> Tls {
    django_switches(
        cfg,
        cp_bool,
        false,
        "no tls = on in [mail] (off by default)",
    )
}

const PRETIX_BASE: Profile = Profile {
    id: "pretix-cfg",
    name: "pretix.cfg [mail] / PRETIX_MAIL_*",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.pretix.eu/self-hosting/config/#email https://github.com/pretix/pretix/blob/master/src/pretix/settings.py https://github.com/pretix/pretix/blob/master/src/pretix/helpers/config.py",
    syntaxes: syn::INI | syn::CONF | syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["PRETIX_MAIL_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    truth: Truth::Only(words!["1", "yes", "true", "on"]),
    tls: TlsModel {
        absent: "no tls = on in [mail]",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(25),
    host: Some("localhost"),
    fixes: FIXES,
    sender_hint: "from in [mail] (pretix falls back to pretix@localhost)",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

const PRETALX_KEYS: &[Key] = &[
    k("mail.host|PRETALX_MAIL_HOST", Host),
    k("mail.port|PRETALX_MAIL_PORT", Port),
    k("mail.user|PRETALX_MAIL_USER", Username),
    k("mail.password|PRETALX_MAIL_PASSWORD", Password),
    k("mail.tls|PRETALX_MAIL_TLS", StartTls),
    k("mail.ssl|PRETALX_MAIL_SSL", ImplicitTls),
    k("mail.from|PRETALX_MAIL_FROM", From),
];

/// pretalx's own names count twice (a plain and an any-value row), so
/// one of them outweighs the `[mail]` markers it shares with pretix.
const PRETALX_MARKERS: &[Marker] = &[
    MAIL_TLS,
    MAIL_SSL,
    mark("filesystem.data"),
    mark_value("filesystem.data", ""),
    mark("filesystem.media"),
    mark_value("filesystem.media", ""),
    mark("filesystem.logs"),
    mark_value("filesystem.logs", ""),
    mark("logging.email"),
    mark_value("logging.email", ""),
    mark("PRETALX_MAIL_HOST"),
    mark_value("PRETALX_MAIL_HOST", ""),
    mark("PRETALX_MAIL_FROM"),
    mark_value("PRETALX_MAIL_FROM", ""),
    mark("PRETALX_SITE_URL"),
    mark_value("PRETALX_SITE_URL", ""),
    mark_value("image", "pretalx"),
    mark_value("image", "pretalx/"),
];

const PRETALX_LEFTOVERS: Pairs = pairs![
    ("username", "user"),
    ("pass", "password"),
    ("server", "host"),
    ("starttls", "tls"),
    ("use_tls", "tls"),
    ("use_ssl", "ssl"),
    ("sender", "from"),
    ("PRETALX_MAIL_USERNAME", "PRETALX_MAIL_USER"),
    ("PRETALX_MAIL_PASS", "PRETALX_MAIL_PASSWORD"),
    ("PRETALX_MAIL_STARTTLS", "PRETALX_MAIL_TLS"),
];

pub static PRETIX: Profile = PRETIX_BASE;

pub static PRETALX: Profile = Profile {
    id: "pretalx-cfg",
    name: "pretalx.cfg [mail] / PRETALX_MAIL_*",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.pretalx.org/administrator/configure/#the-mail-section https://github.com/pretalx/pretalx/blob/main/src/pretalx/common/settings/config.py",
    keys: PRETALX_KEYS,
    markers: PRETALX_MARKERS,
    family: &["PRETALX_MAIL_"],
    other_keys: Words::NONE,
    leftovers: PRETALX_LEFTOVERS,
    sender_hint: "from in [mail] (pretalx falls back to admin@localhost)",
    ..PRETIX_BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    #[test]
    fn another_apps_mail_section_with_tls_is_not_pretixs() {
        // Roundup's `config.ini`: `[mail]` with `username` and `tls = yes`.
        let (client, s, ids) = first(
            "[mail]\ndomain = acme.io\nhost = smtp.postmarkapp.com\nusername = u\npassword = p\nport = 587\ntls = yes\n",
        );
        assert_ne!(client, "pretix-cfg");
        assert_ne!(client, "pretalx-cfg");
        assert!(!s["username"].is_null(), "{s}");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
    }

    const CFG: &str = "[pretix]\ninstance_name=Tickets\nurl=https://tickets.acme.io\n\n[mail]\nfrom=tickets@acme.io\nhost=smtp.postmarkapp.com\nuser=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\npassword=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nport=587\ntls=on\nssl=off\n";

    #[test]
    fn mail_section_is_read() {
        let (client, s, ids) = first(CFG);
        assert_eq!(client, "pretix-cfg");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "tickets@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn switches_and_defaults() {
        let (_, s, ids) = first(&CFG.replace("tls=on\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(
            &CFG.replace("tls=on", "tls=off")
                .replace("ssl=off", "ssl=yes"),
        );
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, _, ids) = first(&CFG.replace("ssl=off", "ssl=true"));
        assert!(has(&ids, "tls/conflicting"), "{ids:?}");
        // A word configparser refuses: unknown, not guessed.
        let (_, s, _) = first(&CFG.replace("tls=on", "tls=starttls"));
        assert!(s["security"].is_null(), "{s}");
    }

    #[test]
    fn environment_overrides_are_read() {
        let env = "PRETIX_MAIL_HOST=smtp.postmarkapp.com\nPRETIX_MAIL_PORT=587\nPRETIX_MAIL_USER=u\nPRETIX_MAIL_PASSWORD=u\nPRETIX_MAIL_TLS=true\nPRETIX_MAIL_FROM=t@acme.io\n";
        let (client, s, _) = first(env);
        assert_eq!(client, "pretix-cfg");
        assert_eq!(s["security"], "starttls");
        let (client, s, _) = first(&env.replace("PRETIX_", "PRETALX_"));
        assert_eq!(client, "pretalx-cfg");
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn pretalx_cfg_is_pretalx() {
        let cfg = "[filesystem]\ndata = /var/pretalx/data\nmedia = /var/pretalx/data/media\n\n[mail]\nfrom = cfp@acme.io\nhost = smtp.postmarkapp.com\nport = 587\nuser = u\npassword = u\ntls = True\n";
        let (client, s, _) = first(cfg);
        assert_eq!(client, "pretalx-cfg");
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn other_ini_mail_sections_are_not_taken() {
        let (client, _, _) =
            first("[mail]\nhost = smtp.postmarkapp.com\nport = 587\nuser = u\npassword = u\n");
        assert!(!client.starts_with("pret"), "{client}");
    }
}

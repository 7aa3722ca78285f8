//! Diun (crazy-max/diun): the `notif.mail` section of `diun.yml`, and the
//! same settings as `DIUN_NOTIF_MAIL_*` environment variables (compose,
//! Kubernetes).
//!
//! Meaning (crazy-max.github.io/diun "Mail notifications", `docs/notif/mail.md`;
//! the code: `internal/model/notif_mail.go` for the keys and defaults,
//! `internal/notif/mail/client.go` for the client — go-gomail/gomail's
//! `Dialer` up to v4.31, wneessen/go-mail since v4.32, read the same way):
//!
//! * `host` defaults to `localhost` and `port` to 25: leaving them out
//!   sends to a local relay on port 25.
//! * `ssl` (default false) is TLS from the first byte on the written port
//!   (gomail `Dialer.SSL`, go-mail `WithSSL()`: the port is not moved to
//!   465). Without it, STARTTLS whenever the server offers it and clear
//!   text otherwise (gomail's dialer; go-mail `TLSOpportunistic`); the
//!   docs' own advice is "false in most cases … STARTTLS".
//! * `insecureSkipVerify: true` turns certificate verification off.
//! * It logs in only when `username` (or `usernameFile`) is non-empty.
//! * `usernameFile` / `passwordFile` read the value from a file when the
//!   plain key is not set.
//! * `from` is required (a valid address); `to` is a list.
//! * Environment booleans go through Go's `strconv.ParseBool`.

use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, syn, words, Fix, Key, Marker, Pairs, Profile, SetVal,
    TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const FILE_KEYS: &[Key] = &[
    k("notif.mail.host", Host),
    k("notif.mail.port", Port),
    k("notif.mail.ssl", ImplicitTls),
    k("notif.mail.insecureSkipVerify", SkipVerify),
    k("notif.mail.username", Username),
    k("notif.mail.password", Password),
    k("notif.mail.usernameFile", CredentialsFile),
    k("notif.mail.passwordFile", CredentialsFile),
    k("notif.mail.from", From),
];

const ENV_KEYS: &[Key] = &[
    k("DIUN_NOTIF_MAIL_HOST", Host),
    k("DIUN_NOTIF_MAIL_PORT", Port),
    k("DIUN_NOTIF_MAIL_SSL", ImplicitTls),
    k("DIUN_NOTIF_MAIL_INSECURESKIPVERIFY", SkipVerify),
    k("DIUN_NOTIF_MAIL_USERNAME", Username),
    k("DIUN_NOTIF_MAIL_PASSWORD", Password),
    k("DIUN_NOTIF_MAIL_USERNAMEFILE", CredentialsFile),
    k("DIUN_NOTIF_MAIL_PASSWORDFILE", CredentialsFile),
    k("DIUN_NOTIF_MAIL_FROM", From),
];

/// `notif.mail` is Diun's section name; `host`/`port` alone are anyone's.
const FILE_MARKERS: &[Marker] = &[
    mark("notif.mail.host"),
    mark("notif.mail.from"),
    mark("notif.mail.ssl"),
    mark("notif.mail.insecureSkipVerify"),
    mark("notif.mail.localName"),
    mark("notif.mail.templateTitle"),
    mark("notif.mail.templateBody"),
];

const FILE_OTHER: Words = words!["to", "localName", "templateTitle", "templateBody"];
const ENV_OTHER: Words = words![
    "DIUN_NOTIF_MAIL_TO",
    "DIUN_NOTIF_MAIL_LOCALNAME",
    "DIUN_NOTIF_MAIL_TEMPLATETITLE",
    "DIUN_NOTIF_MAIL_TEMPLATEBODY",
];

const FILE_LEFTOVERS: Pairs = pairs![
    ("tls", "ssl"),
    ("starttls", "ssl"),
    ("secure", "ssl"),
    ("user", "username"),
    ("skipVerify", "insecureSkipVerify"),
    ("insecure_skip_verify", "insecureSkipVerify"),
];

const ENV_LEFTOVERS: Pairs = pairs![
    ("DIUN_NOTIF_MAIL_TLS", "DIUN_NOTIF_MAIL_SSL"),
    ("DIUN_NOTIF_MAIL_STARTTLS", "DIUN_NOTIF_MAIL_SSL"),
    ("DIUN_NOTIF_MAIL_USER", "DIUN_NOTIF_MAIL_USERNAME"),
    (
        "DIUN_NOTIF_MAIL_INSECURE_SKIP_VERIFY",
        "DIUN_NOTIF_MAIL_INSECURESKIPVERIFY"
    ),
    (
        "DIUN_NOTIF_MAIL_USERNAME_FILE",
        "DIUN_NOTIF_MAIL_USERNAMEFILE"
    ),
    (
        "DIUN_NOTIF_MAIL_PASSWORD_FILE",
        "DIUN_NOTIF_MAIL_PASSWORDFILE"
    ),
    ("DIUN_NOTIF_MAIL_LOCAL_NAME", "DIUN_NOTIF_MAIL_LOCALNAME"),
];

/// `ssl` or STARTTLS when offered (no STARTTLS switch to read).
const TLS: TlsModel = TlsModel::OPPORTUNISTIC;

const FILE_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port: {port} under notif.mail:"),
    fix_text(W::Host, &[], "host: {value} under notif.mail:"),
    fix_text(
        W::StartTls,
        &[],
        "ssl: false under notif.mail: (Diun then upgrades with STARTTLS)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "insecureSkipVerify: false under notif.mail:",
    ),
    fix_text(W::AuthOn, &[], "username and password under notif.mail:"),
    fix_text(W::TlsModern, &[], "a current Diun release (Go's TLS 1.2+)"),
    fix_text(W::Username, &[], "username: {value} under notif.mail:"),
    fix_text(W::Password, &[], "password: {value} under notif.mail:"),
    fix_text(W::From, &[], "from: {value} under notif.mail:"),
    fix_text(
        W::Stream,
        &[],
        "Diun has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const ENV_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "DIUN_NOTIF_MAIL_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "DIUN_NOTIF_MAIL_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(ImplicitTls, "DIUN_NOTIF_MAIL_SSL", SetVal::Bool(false))],
        "DIUN_NOTIF_MAIL_SSL=false (Diun then upgrades with STARTTLS)",
    ),
    fix_text(W::VerifyOn, &[], "DIUN_NOTIF_MAIL_INSECURESKIPVERIFY=false"),
    fix_text(
        W::AuthOn,
        &[],
        "DIUN_NOTIF_MAIL_USERNAME and DIUN_NOTIF_MAIL_PASSWORD",
    ),
    fix_text(W::TlsModern, &[], "a current Diun release (Go's TLS 1.2+)"),
    fix_text(W::Username, &[], "DIUN_NOTIF_MAIL_USERNAME={value}"),
    fix_text(W::Password, &[], "DIUN_NOTIF_MAIL_PASSWORD={value}"),
    fix_text(W::From, &[], "DIUN_NOTIF_MAIL_FROM={value}"),
    fix_text(
        W::Stream,
        &[],
        "Diun has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

#[cfg(not(target_arch = "wasm32"))]
const DOCS: &str = "https://crazy-max.github.io/diun/notif/mail/ https://github.com/crazy-max/diun/blob/master/internal/model/notif_mail.go https://github.com/crazy-max/diun/blob/master/internal/notif/mail/client.go";

pub static DIUN: Profile = Profile {
    id: "diun",
    name: "Diun diun.yml notif.mail",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::YAML | syn::JSON | syn::TOML,
    keys: FILE_KEYS,
    markers: FILE_MARKERS,
    needs_marker: true,
    other_keys: FILE_OTHER,
    leftovers: FILE_LEFTOVERS,
    tls: TLS,
    port: Some(25),
    host: Some("localhost"),
    default_host_used: true,
    fixes: FILE_FIXES,
    sender_hint: "from under notif.mail: (required)",
    ..BASE
};

pub static DIUN_ENV: Profile = Profile {
    id: "diun-env",
    name: "Diun DIUN_NOTIF_MAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    family: &["DIUN_NOTIF_MAIL_"],
    other_keys: ENV_OTHER,
    leftovers: ENV_LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Go,
    tls: TLS,
    port: Some(25),
    host: Some("localhost"),
    default_host_used: true,
    fixes: ENV_FIXES,
    sender_hint: "DIUN_NOTIF_MAIL_FROM (required)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const YML: &str = "notif:\n  mail:\n    host: smtp.postmarkapp.com\n    port: 587\n    ssl: false\n    insecureSkipVerify: false\n    username: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n    password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n    from: diun@acme.io\n    to:\n      - ops@acme.io\n";

    #[test]
    fn starttls_when_offered_unless_ssl() {
        let (client, s, ids) = first(YML);
        assert_eq!(client, "diun");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "diun@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        // `ssl` is implicit TLS on the written port, not moved to 465.
        let (_, s, ids) = first(&YML.replace("ssl: false", "ssl: true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn environment_and_defaults() {
        let (client, s, ids) = first(
            "DIUN_NOTIF_MAIL_HOST=smtp.postmarkapp.com\nDIUN_NOTIF_MAIL_USERNAME=u\nDIUN_NOTIF_MAIL_PASSWORD=u\nDIUN_NOTIF_MAIL_FROM=diun@acme.io\nDIUN_NOTIF_MAIL_TO=ops@acme.io\nDIUN_NOTIF_MAIL_INSECURESKIPVERIFY=true\n",
        );
        assert_eq!(client, "diun-env");
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
        assert!(
            has(&ids, "port/25-blocked") || has(&ids, "port/missing"),
            "{ids:?}"
        );
    }

    #[test]
    fn a_mail_section_of_another_app_is_not_diun() {
        let (client, _, _) = first(
            "mail:\n  host: smtp.postmarkapp.com\n  port: 587\n  username: u\n  password: p\n",
        );
        assert_ne!(client, "diun");
    }
}

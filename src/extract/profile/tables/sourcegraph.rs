//! Sourcegraph: the site configuration (JSONC, edited at
//! `/site-admin/configuration` or loaded from `SITE_CONFIG_FILE`), its
//! `email.address` and `email.smtp` object.
//!
//! Meaning (docs: "Configure email sending / SMTP server",
//! `doc/admin/config/email.md`; the code: `internal/txemail/txemail.go`
//! `Send`, schema `schema/site.schema.json` `SMTPServerConfig`):
//!
//! * `email.smtp.host` and `email.smtp.port` are both required by the
//!   schema; there is no default port.
//! * TLS: Go's `smtp.Dial` (a plain connection), `EHLO`, then
//!   `StartTLS` whenever the server offers the `STARTTLS` extension — and
//!   clear text when it does not. There is no TLS setting and no implicit
//!   TLS at all: a port that expects TLS from the first byte (465) never
//!   answers the greeting. Older releases (before the rewrite around
//!   3.2x) sent through jordan-wright/email's `Send`, which also upgraded
//!   with STARTTLS when offered.
//! * `email.smtp.noVerifyTLS: true` skips certificate verification
//!   (`InsecureSkipVerify`). (Releases of late 2020 also had `disableTLS`,
//!   which did the same and was then removed.)
//! * `email.smtp.authentication` is `PLAIN` (the docs' default), `CRAM-MD5`
//!   or `none`; any other word fails every send ("invalid SMTP
//!   authentication type"). With `none` it does not log in.
//! * `email.smtp.domain` is the name said in `HELO` (default `localhost`).
//! * `email.address` is the From (required: without it nothing is sent);
//!   `email.senderName` is the display name.
//!
//! The keys are JSON only, and `email.smtp` with `authentication` or
//! `noVerifyTLS` beside `email.address` is Sourcegraph's shape; the table
//! still needs one of its names (`email.smtp.authentication`,
//! `noVerifyTLS`, `email.senderName`, the site configuration's
//! `externalURL` or `auth.providers`).

use crate::extract::profile::{
    fix, fix_text, k, mark, set, syn, words, Fix, Key, Marker, Profile, SetVal, TlsModel, Truth,
    Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("email.smtp.host", Host),
    k("email.smtp.port", Port),
    k("email.smtp.username", Username),
    k("email.smtp.password", Password),
    k("email.smtp.authentication", AuthMethod),
    k("email.smtp.noVerifyTLS", SkipVerify),
    k("email.address", From),
];

const MARKERS: &[Marker] = &[
    mark("email.smtp.authentication"),
    mark("email.smtp.noVerifyTLS"),
    mark("email.senderName"),
    mark("externalURL"),
    mark("auth.providers"),
];

const OTHER_KEYS: Words = words!["domain", "additionalHeaders", "senderName"];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "host", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[],
        "\"port\": 587 (Sourcegraph upgrades with STARTTLS when the server offers it; it has no implicit TLS)",
    ),
    fix_text(W::VerifyOn, &[], "remove \"noVerifyTLS\": true from email.smtp"),
    fix_text(W::AuthOn, &[], "\"authentication\": \"PLAIN\" with the username and password in email.smtp"),
    fix_text(W::TlsModern, &[], "a current Sourcegraph release"),
    fix(W::Username, &[set(Username, "username", SetVal::Given)]),
    fix(W::Password, &[set(Password, "password", SetVal::Given)]),
    fix(W::From, &[set(From, "email.address", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Sourcegraph has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static SOURCEGRAPH: Profile = Profile {
    id: "sourcegraph",
    name: "Sourcegraph site configuration email.smtp",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://sourcegraph.com/docs/admin/config/email https://github.com/sourcegraph/sourcegraph-public-snapshot/blob/main/internal/txemail/txemail.go https://github.com/sourcegraph/sourcegraph-public-snapshot/blob/main/schema/site.schema.json",
    syntaxes: syn::JSON,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &[".email.smtp."],
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    truth: Truth::Usual,
    // `StartTLS` when the server offers it; nothing else is possible.
    tls: TlsModel::OPPORTUNISTIC,
    fixes: FIXES,
    sender_hint: "email.address",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted as first};

    const JSON: &str = "{\n  \"externalURL\": \"https://code.acme-widgets.io\",\n  \"email.address\": \"hello@acme-widgets.io\",\n  \"email.smtp\": {\n    \"authentication\": \"PLAIN\",\n    \"username\": \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\",\n    \"password\": \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\",\n    \"host\": \"smtp.postmarkapp.com\",\n    \"port\": 587\n  }\n}\n";

    #[test]
    fn site_config_is_starttls_when_offered() {
        let s = clean_starttls(JSON, "sourcegraph");
        assert_eq!(s["port"], 587);
    }

    #[test]
    fn no_verify_and_no_authentication() {
        let (_, _, ids) =
            first(&JSON.replace("\"port\": 587", "\"port\": 587,\n    \"noVerifyTLS\": true"));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
        let (_, _, ids) = first(&JSON.replace("\"PLAIN\"", "\"none\""));
        assert!(has(&ids, "auth/disabled"), "{ids:?}");
        // Port 465: Sourcegraph has no implicit TLS.
        let (_, _, ids) = first(&JSON.replace("587", "465"));
        assert!(ids.iter().any(|i| i.starts_with("port/465")), "{ids:?}");
    }

    #[test]
    fn the_docs_fragment_without_braces() {
        // The docs' fragments are pasted as they are: top-level members
        // with a trailing comma.
        let frag = "  \"email.address\": \"hello@acme-widgets.io\",\n  \"email.smtp\": {\n    \"authentication\": \"PLAIN\",\n    \"username\": \"u\",\n    \"password\": \"u\",\n    \"host\": \"smtp.postmarkapp.com\",\n    \"port\": 587\n  },\n";
        let (client, s, _) = first(frag);
        assert_eq!(client, "sourcegraph");
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn another_apps_email_smtp_yaml_is_not_taken() {
        let (client, _, _) = first(
            "email:\n  address: a@acme.io\n  smtp:\n    authentication: plain\n    host: smtp.postmarkapp.com\n    port: 587\n    username: u\n    password: u\n",
        );
        assert_ne!(client, "sourcegraph");
    }
}

//! TheHive 4.0: the e-mail notifier's SMTP settings in `application.conf`
//! (HOCON: `notification.emailer { host, port, ssl, tls, tlsRequired,
//! user, password, mock, from }`).
//!
//! Where TheHive 4 reads its SMTP settings changed (`thehive/conf/
//! reference.conf` history): 4.0 read them under `notification.emailer`
//! (`EmailerProvider`, `Emailer.scala`); the develop branch moved them to a
//! global `mailer { … }` block in May 2021 (#2023); the released 4.1 line
//! injects Play's own mailer, `play.mailer { … }`, which the `play-mailer`
//! table reads (its sender fallback takes `notification.emailer.from`).
//! TheHive 3 and Cortex use `play.mailer` too.
//!
//! Meaning: every setting is handed to play-mailer's `SMTPConfiguration`
//! and `SMTPMailer`, so they mean what they mean there (see
//! `play_mailer.rs`): `ssl = true` is TLS from the first byte, `tls = true`
//! upgrades with STARTTLS when the server offers it, `tlsRequired = true`
//! requires it; all default to false (clear text); it logs in only with
//! both `user` and `password`; `mock = true` only logs each message. The
//! defaults are `host: localhost`, `port: 25`; `from` (default
//! `notification@thehive.local`) is the sender of every notification.
//! These are `ApplicationConfig` items: the values in `application.conf`
//! are defaults an administrator may override from the UI.

use super::play_mailer;
use crate::extract::profile::{
    fix_text, k, mark, syn, weighs, words, Fix, Hooks, Key, Marker, Profile, Switch, Words,
    WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("notification.emailer.host", Host),
    k("notification.emailer.port", Port),
    k("notification.emailer.ssl", ImplicitTls),
    k("notification.emailer.tls", StartTls),
    k("notification.emailer.tlsRequired", Encryption),
    k("notification.emailer.user", Username),
    k("notification.emailer.password", Password),
    k("notification.emailer.mock", Transport),
    k("notification.emailer.from", From),
];

/// The notifier's own block; it outweighs a `play.mailer` block beside it
/// (the 4.0 `reference.conf` has both, and reads only this one).
const MARKERS: &[Marker] = &[
    weighs(mark("notification.emailer.host"), 2),
    weighs(mark("notification.emailer.tlsRequired"), 2),
];

const OTHER_KEYS: Words = words![
    "subject",
    "template",
    "debugMode",
    "timeout",
    "connectionTimeout",
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port = {port} in notification.emailer"),
    fix_text(W::Host, &[], "host = \"{value}\" in notification.emailer"),
    fix_text(
        W::StartTls,
        &[],
        "ssl = false and tlsRequired = true in notification.emailer",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "user and password (both) in notification.emailer",
    ),
    fix_text(W::TlsModern, &[], "a current JVM (TLS 1.2+)"),
    fix_text(
        W::Username,
        &[],
        "user = \"{value}\" in notification.emailer",
    ),
    fix_text(
        W::Password,
        &[],
        "password = \"{value}\" in notification.emailer",
    ),
    fix_text(W::From, &[], "from = \"{value}\" in notification.emailer"),
    fix_text(
        W::Stream,
        &[],
        "TheHive has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static THEHIVE: Profile = Profile {
    id: "thehive",
    name: "TheHive application.conf notification.emailer",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.strangebee.com/thehive/legacy/thehive4/ https://github.com/TheHive-Project/TheHive/blob/main/thehive/app/org/thp/thehive/services/notification/notifiers/Emailer.scala https://github.com/playframework/play-mailer#configuration",
    syntaxes: syn::DATA,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &[".notification.emailer."],
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    tls: play_mailer::TLS,
    port: Some(25),
    host: Some("localhost"),
    default_host_used: true,
    switch: Some(Switch {
        name: "notification.emailer.mock",
        ..play_mailer::SWITCH
    }),
    fixes: FIXES,
    sender_hint: "from in notification.emailer (application.conf, or the Emailer settings in the UI)",
    hooks: Hooks {
        tls: Some(play_mailer::tls),
        finish: Some(hocon_values),
        ..Hooks::NONE
    },
    ..BASE
};

#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn hocon_values(_doc: &Document, configs: &mut Vec<Config>) {
    play_mailer::hocon_values(configs);
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CONF: &str = "play.modules.enabled += org.thp.thehive.connector.cortex.CortexModule\n\nnotification.emailer {\n  host = \"smtp.postmarkapp.com\"\n  port = 587\n  ssl = false\n  tls = true\n  tlsRequired = true\n  user = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n  password = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n  from = \"thehive@acme.io\"\n}\n";

    #[test]
    fn emailer_block_is_play_mailer() {
        let (client, s, ids) = first(CONF);
        assert_eq!(client, "thehive");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "thehive@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        assert!(!has(&ids, "input/unresolved-reference"), "{ids:?}");
    }

    #[test]
    fn ssl_is_implicit_and_nothing_is_clear_text() {
        let (_, s, ids) = first(&CONF.replace("ssl = false", "ssl = true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(
            &CONF
                .replace("  tls = true\n", "")
                .replace("  tlsRequired = true\n", ""),
        );
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn a_play_mailer_block_alone_is_play_mailer() {
        // Beside notification.emailer it is not the one used: see
        // play_mailer's thehive_4_0_reads_its_notifier_block_instead.
        let (client, _, _) = first(
            "play.mailer {\n  host = \"smtp.postmarkapp.com\"\n  port = 587\n  tls = yes\n}\n",
        );
        assert_eq!(client, "play-mailer");
    }

    #[test]
    fn mock_sends_nothing() {
        let (_, _, ids) = first(&CONF.replace("  from =", "  mock = true\n  from ="));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}

//! Play Framework's mailer plugin (`play-mailer`): the `play.mailer`
//! block of `conf/application.conf` (HOCON: `play.mailer { host = … }` or
//! `play.mailer.host = …`).
//!
//! Meaning (play-mailer README; the code: `SMTPConfiguration.scala`,
//! `CommonsMailer.scala`, built on Apache Commons Email):
//!
//! * `host` is required unless `mock = yes`; `port` defaults to 25.
//! * `ssl = yes` is `setSSLOnConnect`: TLS from the first byte. `tls = yes`
//!   turns STARTTLS on when the server offers it; `tlsRequired = yes`
//!   turns it on and requires it. All three default to no.
//! * It logs in only when both `user` and `password` are set.
//! * `mock = yes` only logs each message: nothing is sent.
//! * HOCON booleans are `true/false`, `yes/no`, `on/off`; strings may be
//!   quoted or not (the quotes are not part of the value), and
//!   `${?VAR}` reads an environment variable.
//! * The From is set per message in code (`Email(from = …)`); many apps
//!   read it from a `from` key they add to the block themselves
//!   (`play.mailer.from`), which is read as the From here.

use crate::extract::profile::tls::evaluate;
use crate::extract::profile::{
    fix_text, k, mark, syn, words, Both, Fix, Hooks, Key, Profile, Sec, Switch, TlsModel, Words,
    WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Role::*, Tls};

use super::dotnet;

const KEYS: &[Key] = &[
    k("play.mailer.host", Host),
    k("play.mailer.port", Port),
    k("play.mailer.ssl", ImplicitTls),
    k("play.mailer.tls", StartTls),
    k("play.mailer.tlsRequired", Encryption),
    k("play.mailer.user", Username),
    k("play.mailer.password", Password),
    k("play.mailer.mock", Transport),
    // Not play-mailer's: apps read it for their `Email(from = …)`.
    k("play.mailer.from", From),
];

const OTHER_KEYS: Words = words![
    "play.mailer.debug",
    "play.mailer.timeout",
    "play.mailer.connectiontimeout",
];

/// HOCON's boolean words.
const TRUE: &[&str] = &["true", "yes", "on"];
const FALSE: &[&str] = &["false", "no", "off"];

pub(super) const TLS: TlsModel = TlsModel {
    // `tlsRequired = yes`; a false word is dropped by the hook.
    words: &[
        ("true", Sec::StartTls),
        ("yes", Sec::StartTls),
        ("on", Sec::StartTls),
    ],
    starttls_on: Sec::Auto,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Implicit,
    absent: "no ssl, tls or tlsRequired (play-mailer's defaults are no: clear text)",
};

/// `setStartTLSEnabled(tls || tlsRequired)`: `tlsRequired = no` adds
/// nothing to `tls`, and `tlsRequired = yes` makes `tls` moot.
pub(super) fn tls(cfg: &Config) -> Tls {
    let is = |f: &crate::model::Field, words: &[&str]| {
        words
            .iter()
            .any(|w| f.value.text.trim().eq_ignore_ascii_case(w))
    };
    let required = cfg.get(Encryption).is_some_and(|f| is(f, TRUE));
    let mut rest = cfg.clone();
    rest.fields.retain(|f| match f.role {
        Encryption => !is(f, FALSE),
        StartTls => !required,
        _ => true,
    });
    evaluate(&rest, rest.dialect)
}

/// HOCON values, then: TheHive 4.0 sends with its
/// `notification.emailer` block's own host, port and TLS (`thehive.rs`),
/// so a `play.mailer` block beside one (its `reference.conf` has both) is
/// not what it uses.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(doc: &Document, configs: &mut Vec<Config>) {
    hocon_values(configs);
    let thehive = doc.active().any(|e| {
        doc.key_of(e) == "host" && doc.path_string(e).ends_with("notification.emailer.host")
    });
    if thehive {
        for c in configs.iter_mut() {
            c.active = false;
        }
    }
}

/// An unquoted HOCON value (`yes`, `smtp.gmail.com`) is a string, not a
/// reference: only `${…}` substitutes; the quotes of a quoted string are
/// not part of it.
pub(super) fn hocon_values(configs: &mut [Config]) {
    for cfg in configs.iter_mut() {
        for f in cfg.fields.iter_mut() {
            let word = f.value.reference.as_deref().unwrap_or("").trim();
            if f.value.is_reference() && !word.is_empty() && !word.contains("${") {
                f.value = dotnet::derived(word, &f.value);
                continue;
            }
            let text = f.value.text.trim();
            if !f.value.is_reference()
                && text.len() >= 2
                && text.starts_with('"')
                && text.ends_with('"')
            {
                let inner = text[1..text.len() - 1].to_string();
                f.value = dotnet::derived(&inner, &f.value);
            }
        }
    }
}

pub(super) const SWITCH: Switch = Switch {
    smtp: words!["no", "false", "off"],
    no_mail: words!["yes", "true", "on"],
    local: words![],
    missing: None,
    off: None,
    name: "play.mailer.mock",
};

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "play.mailer.port = {port}"),
    fix_text(W::Host, &[], "play.mailer.host = \"{value}\""),
    fix_text(
        W::StartTls,
        &[],
        "play.mailer.ssl = no and play.mailer.tlsRequired = yes",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "play.mailer.user and play.mailer.password (both)",
    ),
    fix_text(W::TlsModern, &[], "a current JVM (TLS 1.2+)"),
    fix_text(W::Username, &[], "play.mailer.user = \"{value}\""),
    fix_text(W::Password, &[], "play.mailer.password = \"{value}\""),
    fix_text(
        W::From,
        &[],
        "from = \"{value}\" in the Email your code sends (play-mailer has no From setting)",
    ),
    fix_text(
        W::Stream,
        &[],
        "a header `X-PM-Message-Stream: {value}` on the Email your code sends",
    ),
];

pub static PLAY_MAILER: Profile = Profile {
    id: "play-mailer",
    name: "Play Framework play-mailer (application.conf play.mailer)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/playframework/play-mailer#configuration https://github.com/playframework/play-mailer/blob/HEAD/play-mailer/src/main/scala/play/api/libs/mailer/CommonsMailer.scala",
    syntaxes: syn::DATA,
    keys: KEYS,
    markers: &[mark("play.mailer.*")],
    needs_marker: true,
    family: &["play.mailer."],
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    tls: TLS,
    port: Some(25),
    switch: Some(SWITCH),
    fixes: FIXES,
    sender_hint: "the `from` of each Email in your code (play-mailer has no From setting)",
    hooks: Hooks {
        tls: Some(tls),
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const BLOCK: &str = "play.mailer {\n  host = \"smtp.postmarkapp.com\" // (mandatory)\n  port = 587 // (defaults to 25)\n  ssl = no // (defaults to no)\n  tls = yes // (defaults to no)\n  user = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n  password = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n  mock = no\n}\n";

    #[test]
    fn thehive_4_0_reads_its_notifier_block_instead() {
        let conf = format!("{BLOCK}\nnotification {{\n  emailer {{\n    host: \"smtp.postmarkapp.com\"\n    port: 587\n    tlsRequired: true\n    from: \"soc@acme.io\"\n  }}\n}}\n");
        let r = crate::lint(&conf, &crate::Options::default());
        let used: Vec<&str> = r
            .configs
            .iter()
            .filter(|c| c.active)
            .map(|c| c.client.as_str())
            .collect();
        assert_eq!(used, ["thehive"]);
    }

    #[test]
    fn hocon_words_are_booleans() {
        let (client, s, ids) = first(BLOCK);
        assert_eq!(client, "play-mailer");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "input/unresolved-reference"), "{ids:?}");
    }

    #[test]
    fn ssl_and_no_tls() {
        let (_, s, ids) = first(&BLOCK.replace("ssl = no", "ssl = yes"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&BLOCK.replace("tls = yes", "tls = no"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(
            &BLOCK
                .replace("tls = yes", "tls = no")
                .replace("mock = no", "tlsRequired = yes"),
        );
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn unquoted_strings_are_values() {
        // `host = smtp.gmail.com`: a HOCON unquoted string.
        let (_, s, ids) = first(&BLOCK.replace("\"smtp.postmarkapp.com\"", "smtp.postmarkapp.com"));
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert!(!has(&ids, "input/unresolved-reference"), "{ids:?}");
        let (_, s, ids) = first(&BLOCK.replace("\"smtp.postmarkapp.com\"", "${?SMTP_HOST}"));
        assert!(s["host"].is_null());
        assert!(has(&ids, "input/unresolved-reference"), "{ids:?}");
    }

    #[test]
    fn dotted_keys_quotes_and_mock() {
        let (client, s, ids) = first(
            "play.mailer.host=smtp.postmarkapp.com\nplay.mailer.port=2525\nplay.mailer.tlsRequired=true\nplay.mailer.user=\"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\nplay.mailer.password=${?SMTP_PASSWORD}\n",
        );
        assert_eq!(client, "play-mailer");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["username"], "5c3e…5b6c");
        assert!(!has(&ids, "auth/wrapped-quotes"), "{ids:?}");
        let (_, _, ids) = first(&BLOCK.replace("mock = no", "mock = yes"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}

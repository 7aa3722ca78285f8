//! Gerrit Code Review: the `[sendemail]` section of `etc/gerrit.config`
//! (git-config syntax, read by JGit: names are case-insensitive). Git's own
//! `git send-email` reads a `[sendemail]` section with the same names
//! (`git_send_email.rs`): a paste is Gerrit's when it has one of Gerrit's
//! own sections or keys (`[gerrit]`, `[sshd]`, `[httpd]`, `enable`,
//! `sslVerify`…), else git's.
//!
//! Meaning (gerrit-review.googlesource.com "Gerrit Code Review -
//! Configuration", section sendemail; the code: `SmtpEmailSender.java`):
//!
//! * `smtpServer` defaults to `127.0.0.1`.
//! * `smtpEncryption`: `none` (the default: clear text, STARTTLS never
//!   sent), `ssl` (TLS from the first byte), `tls` (STARTTLS, required: the
//!   send fails when the server does not offer it). JGit's enum reading
//!   ignores case.
//! * `smtpServerPort` defaults to 465 with `ssl`, else 25.
//! * It logs in when `smtpUser` is set, with `smtpPass` (which the docs
//!   advise keeping in `etc/secure.config`: a paste of gerrit.config alone
//!   then has no password).
//! * `sslVerify` (default true) = false accepts any server certificate.
//! * `enable` (default true) = false: Gerrit sends no mail at all.
//! * `from` is `MIXED` (the default), `SERVER`, `USER` or an address
//!   (`Code Review <review@example.com>`, where `${user}` is replaced by the
//!   user's name). `MIXED` and `SERVER` send from the server identity (the
//!   `[user] email` setting), `USER` from each user's own address: none of
//!   those three words is an address to check here.

use crate::extract::profile::{
    fix_text, k, mark, syn, weighs, words, Fix, Hooks, Key, Profile, Sec, Switch, TlsModel, Truth,
    Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

use super::dotnet;

const KEYS: &[Key] = &[
    k("sendemail.smtpServer", Host),
    k("sendemail.smtpServerPort", Port),
    k("sendemail.smtpEncryption", Encryption),
    k("sendemail.smtpUser", Username),
    k("sendemail.smtpPass", Password),
    k("sendemail.sslVerify", VerifyPeer),
    k("sendemail.enable", Enabled),
    k("sendemail.from", From),
];

const OTHER_KEYS: Words = words![
    "sendemail.connectTimeout",
    "sendemail.allowrcpt",
    "sendemail.denyrcpt",
    "sendemail.allowedDomain",
    "sendemail.importance",
    "sendemail.expiryDays",
    "sendemail.includeDiff",
    "sendemail.maximumDiffSize",
    "sendemail.threadPoolSize",
    "sendemail.html",
    "sendemail.addInstanceNameInSubject",
    "sendemail.replyToAddress",
    "sendemail.allowTLD",
    // git send-email's own keys.
    "sendemail.envelopeSender",
    "sendemail.smtpDomain",
    "sendemail.smtpAuth",
    "sendemail.confirm",
    "sendemail.suppresscc",
    "sendemail.chainReplyTo",
    "sendemail.to",
    "sendemail.cc",
    "sendemail.annotate",
    "sendemail.smtpSslCertPath",
];

const TLS: TlsModel = TlsModel {
    words: &[
        ("none", Sec::Plain),
        ("ssl", Sec::Implicit),
        ("tls", Sec::StartTls),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: crate::extract::profile::Both::Conflict,
    absent: "no smtpEncryption (Gerrit's default is none: clear text)",
};

const SWITCH: Switch = Switch {
    smtp: words![],
    no_mail: words![],
    local: words![],
    missing: None,
    off: None,
    name: "enable in [sendemail]",
};

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "smtpServerPort = {port} in [sendemail]"),
    fix_text(W::Host, &[], "smtpServer = {value} in [sendemail]"),
    fix_text(W::StartTls, &[], "smtpEncryption = tls in [sendemail]"),
    fix_text(W::VerifyOn, &[], "sslVerify = true in [sendemail]"),
    fix_text(
        W::AuthOn,
        &[],
        "smtpUser in [sendemail] (and smtpPass in etc/secure.config)",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current Gerrit release (Java's TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "smtpUser = {value}"),
    fix_text(
        W::Password,
        &[],
        "smtpPass = {value} (in etc/secure.config)",
    ),
    fix_text(W::From, &[], "from = {value} in [sendemail]"),
    fix_text(
        W::Stream,
        &[],
        "Gerrit has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// `from = MIXED|SERVER|USER` names no address; `${user} (Gerrit)
/// <gerrit@example.com>` has a literal address in its angle brackets.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(_doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        cfg.fields.retain_mut(|f| {
            if f.role != From {
                return true;
            }
            let raw = f.value.reference.as_deref().unwrap_or(&f.value.text);
            let word = raw.trim();
            if ["MIXED", "SERVER", "USER"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w))
            {
                return false;
            }
            if f.value.is_reference() {
                let inner = word
                    .rsplit_once('<')
                    .and_then(|(_, r)| r.split_once('>'))
                    .map(|(a, _)| a.trim());
                if let Some(addr) = inner.filter(|a| a.contains('@') && !a.contains('$')) {
                    f.value = dotnet::derived(addr, &f.value);
                }
            }
            true
        });
    }
}

pub static GERRIT: Profile = Profile {
    id: "gerrit",
    name: "Gerrit gerrit.config [sendemail]",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://gerrit-review.googlesource.com/Documentation/config-gerrit.html#sendemail https://gerrit.googlesource.com/gerrit/+/refs/heads/master/java/com/google/gerrit/server/mail/send/SmtpEmailSender.java",
    syntaxes: syn::INI,
    keys: KEYS,
    markers: &[
        mark("sendemail.smtpServer"),
        mark("sendemail.smtpEncryption"),
        mark("sendemail.smtpUser"),
        mark("sendemail.smtpServerPort"),
        // Gerrit's own sections and keys: they outweigh git send-email's
        // markers (the same `[sendemail]` names, weighing two each), so
        // a gerrit.config is Gerrit's and a bare `[sendemail]` is git's.
        weighs(mark("gerrit.basePath"), 9),
        weighs(mark("gerrit.canonicalWebUrl"), 9),
        weighs(mark("gerrit.serverId"), 9),
        weighs(mark("sshd.listenAddress"), 9),
        weighs(mark("httpd.listenUrl"), 9),
        weighs(mark("sendemail.enable"), 9),
        weighs(mark("sendemail.sslVerify"), 9),
        weighs(mark("sendemail.addInstanceNameInSubject"), 9),
        weighs(mark("sendemail.allowrcpt"), 9),
        weighs(mark("sendemail.includeDiff"), 9),
        weighs(mark("sendemail.html"), 9),
    ],
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: false,
    truth: Truth::Usual,
    tls: TLS,
    port: Some(25),
    implicit_port: Some(465),
    host: Some("127.0.0.1"),
    default_host_used: true,
    switch: Some(SWITCH),
    fixes: FIXES,
    sender_hint: "from in [sendemail] (default MIXED: the server identity, [user] email)",
    hooks: Hooks {
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CFG: &str = "[gerrit]\n\tbasePath = git\n[sendemail]\n\tsmtpServer = smtp.postmarkapp.com\n\tsmtpServerPort = 587\n\tsmtpEncryption = tls\n\tsmtpUser = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n\tsmtpPass = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n\tfrom = Code Review <review@acme-widgets.io>\n";

    #[test]
    fn tls_is_starttls() {
        let (client, s, ids) = first(CFG);
        assert_eq!(client, "gerrit");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "review@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn ssl_defaults_to_465_and_none_is_clear_text() {
        let (_, s, ids) = first(
            &CFG.replace("\tsmtpServerPort = 587\n", "")
                .replace("= tls", "= SSL"),
        );
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        let (_, s, ids) = first(&CFG.replace("\tsmtpEncryption = tls\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn from_words_and_user_placeholder() {
        let (_, s, _) = first(&CFG.replace("Code Review <review@acme-widgets.io>", "MIXED"));
        assert!(s["from"].is_null(), "{s}");
        let (_, s, _) = first(&CFG.replace(
            "Code Review <review@acme-widgets.io>",
            "${user} (Gerrit) <gerrit@acme-widgets.io>",
        ));
        assert_eq!(s["from"], "gerrit@acme-widgets.io");
    }

    #[test]
    fn disabled_and_unverified() {
        let (_, _, ids) = first(&format!("{CFG}\tenable = false\n"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&format!("{CFG}\tsslVerify = false\n"));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn other_ini_sections_are_not_gerrit() {
        let (client, _, _) = first(
            "[smtp]\nenabled = true\nhost = smtp.postmarkapp.com:587\nuser = u\npassword = p\nfrom_address = a@acme.io\n",
        );
        assert_eq!(client, "grafana");
    }
}

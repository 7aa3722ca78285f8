//! git send-email: the `[sendemail]` section of a git config file
//! (`~/.gitconfig`, `.git/config`, `$XDG_CONFIG_HOME/git/config`; section
//! and key names are case-insensitive). Gerrit's `gerrit.config` borrows
//! the same section and names (see `gerrit.rs`); a paste with Gerrit's own
//! sections or keys is Gerrit's, a bare `[sendemail]` section is git's.
//!
//! Meaning (git-send-email(1) and git-config(1) `sendemail.*`,
//! <https://git-scm.com/docs/git-send-email>; the code:
//! `git-send-email.perl`, `send_message` and `read_config`):
//!
//! * `smtpServer`: a host name or IP address, or the absolute path of a
//!   sendmail-like program (a value starting with `/`: then no SMTP is
//!   spoken). Without it git uses `sendemail.sendmailCmd`, else a
//!   `sendmail` it finds in `/usr/sbin`, `/usr/lib` or `$PATH`, and only
//!   then `localhost`: leaving it out does not send through a relay.
//! * `smtpEncryption`: `ssl` is TLS from the first byte (implicit),
//!   `tls` is STARTTLS and required (git dies with "Server does not
//!   support STARTTLS!"); anything else, and no value, is plain SMTP. The
//!   perl code compares with `eq`, so only the lowercase words count
//!   (`TLS` is plain text for git, unlike Gerrit, which ignores case).
//!   The deprecated `smtpssl = true` is an alias of `ssl`; it is listed
//!   as a known key here but not read as TLS (rare in pastes).
//! * `smtpServerPort` defaults to 465 with `ssl`, else 25; a service name
//!   (`submission`) is accepted.
//! * It logs in only when `smtpUser` is set; `smtpPass` is optional (git
//!   asks for it, or gets it from a credential helper since git 2.1).
//! * `smtpSSLCertPath` (default: the system store) checks the server's
//!   certificate; an empty value turns verification off.
//! * `from` is the sender (default: the committer identity, `user.name`
//!   and `user.email`); `envelopeSender` (`auto` = the From) is the
//!   envelope sender.
//! * `[sendemail "name"]` sections are identities, used with
//!   `--identity=name` or `sendemail.identity`; each one overrides the
//!   plain section, except `smtpEncryption`, which identities do not
//!   change. (Not modelled here: only the plain `[sendemail]` section is
//!   read; an identity section's settings are not.)

use super::kit;
use crate::extract::profile::{
    fields, fix_text, k, mark, pairs, syn, tls, weighs, words, Both, Fix, Hooks, Key, Marker,
    Profile, Sec, TlsModel, Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Syntax, Tls};

const KEYS: &[Key] = &[
    k("sendemail.smtpServer", Host),
    k("sendemail.smtpServerPort", Port),
    k("sendemail.smtpEncryption", Encryption),
    k("sendemail.smtpUser", Username),
    k("sendemail.smtpPass", Password),
    k("sendemail.from", From),
];

/// Every name here is one Gerrit reads too; they weigh two each so that a
/// bare `[sendemail]` section is git's. Gerrit's own sections and keys
/// outweigh them (`gerrit.rs`).
const MARKERS: &[Marker] = &[
    weighs(mark("sendemail.smtpServer"), 2),
    weighs(mark("sendemail.smtpEncryption"), 2),
    weighs(mark("sendemail.smtpUser"), 2),
    weighs(mark("sendemail.smtpServerPort"), 2),
    // git's own.
    weighs(mark("sendemail.suppressCc"), 2),
    weighs(mark("sendemail.chainReplyTo"), 2),
    weighs(mark("sendemail.smtpSslCertPath"), 2),
    weighs(mark("sendemail.confirm"), 2),
    weighs(mark("sendemail.annotate"), 2),
];

const OTHER_KEYS: Words = words![
    "sendemail.smtpDomain",
    "sendemail.smtpAuth",
    "sendemail.smtpSslCertPath",
    "sendemail.smtpServerOption",
    "sendemail.smtpBatchSize",
    "sendemail.smtpReloginDelay",
    "sendemail.envelopeSender",
    "sendemail.sendmailCmd",
    "sendemail.identity",
    "sendemail.to",
    "sendemail.cc",
    "sendemail.bcc",
    "sendemail.toCmd",
    "sendemail.ccCmd",
    "sendemail.headerCmd",
    "sendemail.toCover",
    "sendemail.ccCover",
    "sendemail.confirm",
    "sendemail.annotate",
    "sendemail.suppressCc",
    "sendemail.suppressFrom",
    "sendemail.signedOffByCc",
    "sendemail.chainReplyTo",
    "sendemail.thread",
    "sendemail.multiEdit",
    "sendemail.validate",
    "sendemail.xmailer",
    "sendemail.aliasesFile",
    "sendemail.aliasFileType",
    "sendemail.transferEncoding",
    "sendemail.forbidSendmailVariables",
    "sendemail.smtpSsl",
];

/// Only `ssl` and `tls` mean something; the rest is plain SMTP.
const TLS: TlsModel = TlsModel {
    words: &[("ssl", Sec::Implicit), ("tls", Sec::StartTls)],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Conflict,
    absent: "no smtpEncryption (git send-email then speaks plain SMTP)",
};

/// git compares the value with `eq`: `ssl` and `tls` as written, in
/// lowercase; any other word (`TLS`, `starttls`, `none`) is plain SMTP.
fn git_tls(cfg: &Config) -> Tls {
    if let Some(f) = cfg.get(Encryption) {
        let word = f.value.text.trim();
        if !f.value.is_reference() && word != "ssl" && word != "tls" {
            return Tls::chosen(Security::None, Evidence::of(f));
        }
    }
    tls::evaluate(cfg, cfg.dialect)
}

/// With `smtpUser` and no `smtpPass`, git asks for the password (or a
/// credential helper gives it): not a missing password. Without
/// `sendemail.from` the sender is the author identity: `user.email` of the
/// same file, when the paste has one.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(doc: &Document, configs: &mut Vec<Config>) {
    // The last `email` of the `[user]` section (git reads the last value).
    let user_email = || {
        doc.entries.iter().rev().find(|e| {
            !e.commented()
                && e.syntax == Syntax::Ini
                && doc.key_of(e).eq_ignore_ascii_case("email")
                && doc.scope_string(e.scope).eq_ignore_ascii_case("user")
        })
    };
    for cfg in configs.iter_mut() {
        kit::password_elsewhere(
            cfg,
            "password",
            kit::Source::Asked(
                "asked by git send-email at run time, or a git credential helper (no smtpPass)",
            ),
            kit::At::ValueEnd,
        );
        if cfg.get(From).is_none() {
            if let Some(e) = user_email() {
                let value = fields::value_of(doc, e, cfg.dialect);
                cfg.push(fields::field(doc, e, From, value));
            }
        }
    }
}

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "smtpServerPort = {port} in [sendemail]"),
    fix_text(W::Host, &[], "smtpServer = {value} in [sendemail]"),
    fix_text(W::StartTls, &[], "smtpEncryption = tls in [sendemail]"),
    fix_text(
        W::VerifyOn,
        &[],
        "remove the empty smtpSslCertPath in [sendemail] (git then checks the certificate against the system store)",
    ),
    fix_text(W::AuthOn, &[], "smtpUser = {value} in [sendemail]"),
    fix_text(
        W::TlsModern,
        &[],
        "a current git with a current IO::Socket::SSL (TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "smtpUser = {value} in [sendemail]"),
    fix_text(
        W::Password,
        &[],
        "smtpPass = {value} in [sendemail] (or let git ask, or a credential helper)",
    ),
    fix_text(W::From, &[], "from = {value} in [sendemail]"),
    fix_text(
        W::Stream,
        &[],
        "git send-email has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static GIT_SEND_EMAIL: Profile = Profile {
    id: "git-send-email",
    name: "git send-email [sendemail]",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://git-scm.com/docs/git-send-email https://github.com/git/git/blob/master/git-send-email.perl",
    syntaxes: syn::INI,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: pairs![
        ("sendemail.smtpHost", "smtpServer"),
        ("sendemail.smtpPort", "smtpServerPort"),
        ("sendemail.smtpPassword", "smtpPass"),
        ("sendemail.sslVerify", "smtpSslCertPath"),
    ],
    case_sensitive: false,
    tls: TLS,
    port: Some(25),
    implicit_port: Some(465),
    fixes: FIXES,
    sender_hint: "from in [sendemail] (default: your committer identity, user.name and user.email)",
    hooks: Hooks {
        tls: Some(git_tls),
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CFG: &str = "[user]\n\tname = Ada Lovelace\n\temail = ada@acme-widgets.io\n[sendemail]\n\tsmtpServer = smtp.postmarkapp.com\n\tsmtpServerPort = 587\n\tsmtpEncryption = tls\n\tsmtpUser = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n\tsmtpPass = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n\tfrom = Ada Lovelace <ada@acme-widgets.io>\n";

    #[test]
    fn gitconfig_is_git_send_email_with_starttls() {
        let (client, s, ids) = first(CFG);
        assert_eq!(client, "git-send-email");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "ada@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn lowercase_keys_as_most_pastes_write_them() {
        let (client, s, _) = first(
            "[sendemail]\n    smtpencryption = tls\n    smtpserver = smtp.gmail.com\n    smtpuser = yourname@gmail.com\n    smtpserverport = 587\n",
        );
        assert_eq!(client, "git-send-email");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["port"], 587);
    }

    #[test]
    fn ssl_defaults_to_465_and_nothing_is_plain() {
        let (_, s, ids) = first(
            &CFG.replace("\tsmtpServerPort = 587\n", "")
                .replace("= tls", "= ssl"),
        );
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        let (_, s, ids) = first(&CFG.replace("\tsmtpEncryption = tls\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn no_smtp_pass_is_asked_at_run_time() {
        let (_, _, ids) =
            first(&CFG.replace("\tsmtpPass = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n", ""));
        assert!(!has(&ids, "auth/missing-password"), "{ids:?}");
        assert!(has(&ids, "auth/external-credentials"), "{ids:?}");
    }

    #[test]
    fn only_lowercase_words_count() {
        // `$smtp_encryption eq 'tls'`: `TLS` and `starttls` are plain SMTP.
        for word in ["TLS", "starttls", "SSL"] {
            let (_, s, ids) = first(&CFG.replace("= tls", &format!("= {word}")));
            assert_eq!(s["security"], "none", "{word}");
            assert!(has(&ids, "tls/disabled"), "{word}: {ids:?}");
        }
    }

    #[test]
    fn gerrit_config_stays_gerrit() {
        let cfg = format!(
            "[gerrit]\n\tbasePath = git\n\tcanonicalWebUrl = https://review.acme-widgets.io/\n{}",
            &CFG[CFG.find("[sendemail]").unwrap_or(0)..]
        );
        let (client, _, _) = first(&cfg);
        assert_eq!(client, "gerrit");
    }
}

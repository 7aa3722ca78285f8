//! Claws Mail (and Sylpheed, whose format it kept): the sending side of
//! `~/.claws-mail/accountrc`, one `[Account: N]` section per account.
//!
//! Meaning (the code: `src/prefs_account.c`, the `param[]` table of keys
//! and defaults, and `src/send_message.c` `send_message_smtp_full`, read in
//! the claws-mail mirrors; the same in Sylpheed's `send_message.c`):
//!
//! * `smtp_server` is the host; `address` is the From and the envelope
//!   sender.
//! * `ssl_smtp` is the `SSLType` enum: `0` `SSL_NONE` (the default: clear
//!   text), `1` `SSL_TUNNEL` (TLS from the first byte), `2` `SSL_STARTTLS`
//!   (STARTTLS).
//! * The port is `smtp_port` only with `set_smtpport=1`; otherwise
//!   `ssl_smtp == SSL_TUNNEL ? 465 : 25`. The file keeps `smtp_port=25`
//!   beside `set_smtpport=0`: that value is not used.
//! * `use_smtp_auth=1` logs in as `smtp_user_id`, or when it is empty as
//!   the receiving `user_id`, with `smtp_password`. Since 3.14
//!   passwords live in `passwordstorerc`, or are asked when sending: a
//!   missing one is kept elsewhere, not missing.
//!
//! `address`, `name`, `smtp_server` are common words: the table needs
//! Claws' own (`account_name`, `receive_server`, `set_smtpport`,
//! `ssl_smtp`, `use_smtp_auth`, `smtp_user_id`).

use crate::extract::profile::{
    fix_text, k, mark, syn, words, Fix, Hooks, Key, Marker, Profile, Sec, TlsModel, Words,
    WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("smtp_server", Host),
    k("smtp_port", Port),
    k("ssl_smtp", Encryption),
    k("use_smtp_auth", Auth),
    k("smtp_user_id", Username),
    // The receiving login, used when smtp_user_id is empty (see `finish`).
    k("user_id", Username),
    k("smtp_password", Password),
    k("address", From),
];

const MARKERS: &[Marker] = &[
    mark("account_name"),
    mark("receive_server"),
    mark("set_smtpport"),
    mark("ssl_smtp"),
    mark("use_smtp_auth"),
    mark("smtp_user_id"),
];

const OTHER_KEYS: Words = words![
    "account_name",
    "is_default",
    "name",
    "organization",
    "protocol",
    "receive_server",
    "password",
    "nntp_server",
    "nntp_port",
    "set_nntpport",
    "use_nntp_auth",
    "use_nntp_auth_onconnect",
    "imap_auth_method",
    "use_apop_auth",
    "set_smtpport",
    "smtp_auth_method",
    "use_nonblocking_ssl",
    "ssl_pop",
    "ssl_imap",
    "ssl_nntp",
    "set_imapport",
    "imap_port",
    "set_popport",
    "pop_port",
    "use_mail_command",
    "mail_command",
    "pop_before_smtp",
    "pop_before_smtp_timeout",
];

/// The port when `smtp_port` is not used: 465 for `ssl_smtp=1`, else 25.
fn default_port(cfg: &Config) -> Option<u16> {
    let tunnel = cfg.literal(Encryption).is_some_and(|t| t.trim() == "1");
    Some(if tunnel { 465 } else { 25 })
}

/// `smtp_port` counts only beside `set_smtpport=1` in the same account;
/// the login is `smtp_user_id`, or `user_id` when that is empty; a missing
/// password is in `passwordstorerc` or asked for.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(doc: &Document, configs: &mut Vec<Config>) {
    // One pass: the scopes (accounts) whose `set_smtpport` is on.
    // (Sorted: each account then looks its own up, not through the list.)
    let mut port_set: Vec<u32> = doc
        .entries
        .iter()
        .filter(|e| doc.key_of(e) == "set_smtpport" && doc.text_of(&e.value).trim() == "1")
        .map(|e| e.scope)
        .collect();
    port_set.sort_unstable();
    for c in configs.iter_mut() {
        let own_user = c
            .all(Username)
            .any(|f| f.key == "smtp_user_id" && !f.value.text.trim().is_empty());
        c.ignore_fields(|f| f.role != Username || (f.key == "smtp_user_id") == own_user);
        if port_set.binary_search(&c.root).is_err() {
            c.ignore_fields(|f| f.role != Port);
        }
        super::kit::password_elsewhere(
            c,
            "smtp_password",
            super::kit::Source::Store("~/.claws-mail/passwordstorerc (or asked when sending)"),
            super::kit::At::ValueEnd,
        );
    }
}

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "set_smtpport=1 and smtp_port={port}"),
    fix_text(W::Host, &[], "smtp_server={value}"),
    fix_text(
        W::StartTls,
        &[],
        "ssl_smtp=2 (STARTTLS) with set_smtpport=1 and smtp_port=587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "accept no certificate exception for the server in Claws Mail",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "use_smtp_auth=1 with smtp_user_id set (Account › Send › SMTP Authentication)",
    ),
    fix_text(W::TlsModern, &[], "a current Claws Mail (GnuTLS, TLS 1.2+)"),
    fix_text(W::Username, &[], "smtp_user_id={value}"),
    fix_text(
        W::Password,
        &[],
        "the SMTP password {value} in Account › Send (kept in passwordstorerc)",
    ),
    fix_text(W::From, &[], "address={value}"),
    fix_text(
        W::Stream,
        &[],
        "add_custom_header=1 with the header X-PM-Message-Stream: {value} (Account › Send › Custom headers)",
    ),
];

pub static CLAWS_MAIL: Profile = Profile {
    id: "claws-mail",
    name: "Claws Mail / Sylpheed accountrc",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://git.claws-mail.org/?p=claws.git;a=blob;f=src/prefs_account.c https://git.claws-mail.org/?p=claws.git;a=blob;f=src/send_message.c",
    syntaxes: syn::INI,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    tls: TlsModel {
        words: &[("0", Sec::Plain), ("1", Sec::Implicit), ("2", Sec::StartTls)],
        default: Sec::Plain,
        absent: "no ssl_smtp (0: no TLS)",
        ..TlsModel::OPPORTUNISTIC
    },
    auth_switch: Some("use_smtp_auth"),
    fixes: FIXES,
    sender_hint: "address= in the [Account: N] section",
    hooks: Hooks {
        default_port: Some(default_port),
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const RC: &str = "[Account: 1]\naccount_name=Work\nis_default=1\nname=Ops\naddress=ops@acme-widgets.io\nprotocol=3\nreceive_server=imap.acme-widgets.io\nsmtp_server=smtp.postmarkapp.com\nuser_id=ops@acme-widgets.io\nuse_smtp_auth=1\nsmtp_user_id=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nssl_imap=1\nssl_smtp=2\nset_smtpport=1\nsmtp_port=587\n";

    #[test]
    fn the_account_is_read() {
        let (client, s, ids) = first(RC);
        assert_eq!(client, "claws-mail");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "ops@acme-widgets.io");
        // The password is in passwordstorerc.
        assert!(!has(&ids, "auth/missing-password"), "{ids:?}");
    }

    #[test]
    fn ssl_smtp_values() {
        let (_, s, ids) = first(&RC.replace("ssl_smtp=2", "ssl_smtp=1"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&RC.replace("ssl_smtp=2", "ssl_smtp=0"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn smtp_port_counts_only_with_set_smtpport() {
        // set_smtpport=0: the written 587 is not used (STARTTLS then
        // dials 25), so the report says no port is set.
        let (_, s, ids) = first(&RC.replace("set_smtpport=1", "set_smtpport=0"));
        assert_eq!(s["port"], serde_json::Value::Null);
        assert!(has(&ids, "port/missing"), "{ids:?}");
        let (_, s, _) = first(RC);
        assert_eq!(s["port"], 587);
    }

    #[test]
    fn an_empty_smtp_user_id_logs_in_as_user_id() {
        let (_, s, ids) = first(&RC.replace(
            "smtp_user_id=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c",
            "smtp_user_id=",
        ));
        assert_eq!(s["username"], "ops@…s.io");
        assert!(!has(&ids, "auth/missing-username"), "{ids:?}");
        let (_, s, _) = first(RC);
        assert_eq!(s["username"], "5c3e…5b6c");
    }

    #[test]
    fn a_plain_ini_with_smtp_server_is_not_claws() {
        let (client, _, _) = first("[mail]\nsmtp_server=smtp.postmarkapp.com\naddress=a@b.io\n");
        assert_ne!(client, "claws-mail");
    }
}

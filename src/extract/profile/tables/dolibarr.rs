//! Dolibarr ERP/CRM: its e-mail constants (`llx_const` rows, set in
//! Setup → Emails, by `dolibarr_set_const($db, 'MAIN_MAIL_…', …)` in setup
//! scripts, or as `$conf->global->MAIN_MAIL_… = …;` in code), read as
//! `NAME = value` pairs in any syntax.
//!
//! Meaning (`htdocs/core/class/CMailFile.class.php`, `sendfile()`, and the
//! `smtps.class.php` library it drives; Dolibarr's "EMails" setup page):
//!
//! * `MAIN_MAIL_SENDMODE` picks the sender: `mail` (the default: PHP's
//!   `mail()`, the SMTP constants are only `php.ini` hints for Windows),
//!   `smtps` (Dolibarr's SMTPs socket library) or `swiftmailer`. Both of
//!   the latter speak SMTP to `MAIN_MAIL_SMTP_SERVER`:`MAIN_MAIL_SMTP_PORT`
//!   (empty: PHP's `SMTP`/`smtp_port` ini values, `localhost`:25).
//! * `MAIN_MAIL_EMAIL_TLS` on is TLS from the first byte (`ssl://` host,
//!   Swift's `ssl`); `MAIN_MAIL_EMAIL_STARTTLS` on is STARTTLS, required
//!   (`tls://` for SMTPs, Swift's `tls`), and wins when both are on.
//!   Neither: clear text, with no upgrade by either library. A constant is
//!   on when non-empty and not `0` (PHP truthiness of
//!   `getDolGlobalString`).
//! * `MAIN_MAIL_SMTPS_ID` / `MAIN_MAIL_SMTPS_PW` are the login (sent only
//!   when set); `MAIN_MAIL_SMTPS_AUTH_TYPE` `XOAUTH2` uses a stored OAuth
//!   token instead of the password. The SMTPs library logs in only when
//!   both are set, and sends its STARTTLS inside that login step
//!   (`_server_authenticate()`): without a login it says HELO and stays
//!   in clear even with `MAIN_MAIL_EMAIL_STARTTLS` on (not modelled: a
//!   Postmark configuration always has both).
//! * `MAIN_MAIL_EMAIL_SMTP_ALLOW_SELF_SIGNED` turns certificate checks off.
//! * `MAIN_MAIL_EMAIL_FROM` is the sender of automatic e-mails (default
//!   `robot@domain.com`).
//! * Per-context copies (`MAIN_MAIL_SENDMODE_EMAILING`, `…_TICKET`,
//!   `…_PASSWORDRESET` with `MAIN_MAIL_SMTP_SERVER_EMAILING`…) replace the
//!   main ones for that context only; this table reads the main ones.
//! * `MAIN_DISABLE_ALL_MAILS` set to 1 stops every e-mail.

use crate::extract::profile::{
    fix, fix_text, k, pairs, set, syn, words, Both, Fix, Key, Profile, Sec, SetVal, Switch,
    TlsModel, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("MAIN_MAIL_SMTP_SERVER", Host),
    k("MAIN_MAIL_SMTP_PORT", Port),
    k("MAIN_MAIL_SMTPS_ID", Username),
    k("MAIN_MAIL_SMTPS_PW", Password),
    k("MAIN_MAIL_SMTPS_AUTH_TYPE", AuthMethod),
    k("MAIN_MAIL_EMAIL_TLS", ImplicitTls),
    k("MAIN_MAIL_EMAIL_STARTTLS", StartTls),
    k("MAIN_MAIL_EMAIL_SMTP_ALLOW_SELF_SIGNED", SkipVerify),
    k("MAIN_MAIL_EMAIL_FROM", From),
    k("MAIN_MAIL_SENDMODE", Transport),
];

/// STARTTLS (required) or implicit TLS by switch; clear text otherwise.
const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::StartTls,
    absent: "neither MAIN_MAIL_EMAIL_STARTTLS nor MAIN_MAIL_EMAIL_TLS is on (Dolibarr then sends in clear text)",
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "MAIN_MAIL_SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "MAIN_MAIL_SMTP_SERVER", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(StartTls, "MAIN_MAIL_EMAIL_STARTTLS", SetVal::Lit("1"))],
        "MAIN_MAIL_EMAIL_STARTTLS = 1 and MAIN_MAIL_EMAIL_TLS = 0 (Setup → Emails: Use TLS (STARTTLS) encryption)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "MAIN_MAIL_EMAIL_SMTP_ALLOW_SELF_SIGNED = 0",
    ),
    fix_text(W::AuthOn, &[], "MAIN_MAIL_SMTPS_ID and MAIN_MAIL_SMTPS_PW"),
    fix_text(W::TlsModern, &[], "a current PHP and OpenSSL (TLS 1.2+)"),
    fix_text(W::Username, &[], "MAIN_MAIL_SMTPS_ID = {value}"),
    fix_text(W::Password, &[], "MAIN_MAIL_SMTPS_PW = {value}"),
    fix_text(W::From, &[], "MAIN_MAIL_EMAIL_FROM = {value}"),
    fix_text(
        W::Stream,
        &[],
        "Dolibarr has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static DOLIBARR: Profile = Profile {
    id: "dolibarr",
    name: "Dolibarr MAIN_MAIL_* constants",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://wiki.dolibarr.org/index.php/Setup_EMails https://github.com/Dolibarr/dolibarr/blob/develop/htdocs/core/class/CMailFile.class.php",
    syntaxes: syn::DATA | syn::PHP | syn::PROSE,
    keys: KEYS,
    family: &["MAIN_MAIL_"],
    other_keys: words![
        "MAIN_MAIL_ERRORS_TO",
        "MAIN_MAIL_AUTOCOPY_TO",
        "MAIN_MAIL_DEBUG",
        "MAIN_MAIL_SMTPS_OAUTH_SERVICE",
        "MAIN_MAIL_DEFAULT_FROMTYPE",
        "MAIN_MAIL_ENABLED_USER_DEST_SELECT",
        "MAIN_MAIL_NO_WITH_TO_SELECTED",
        "MAIN_MAIL_EMAIL_DKIM_ENABLED",
        "MAIN_MAIL_EMAIL_DKIM_DOMAIN",
        "MAIN_MAIL_EMAIL_DKIM_SELECTOR",
        "MAIN_MAIL_EMAIL_DKIM_PRIVATE_KEY",
        "MAIN_MAIL_FORCE_SENDTO",
        "MAIN_MAIL_ALLOW_SENDMAIL_F",
        "MAIN_MAIL_SENDMAIL_FORCE_BA",
        "MAIN_DISABLE_ALL_MAILS",
        // The per-context copies, read for that context only.
        "MAIN_MAIL_SENDMODE_EMAILING",
        "MAIN_MAIL_SMTP_SERVER_EMAILING",
        "MAIN_MAIL_SMTP_PORT_EMAILING",
        "MAIN_MAIL_SMTPS_ID_EMAILING",
        "MAIN_MAIL_SMTPS_PW_EMAILING",
        "MAIN_MAIL_EMAIL_TLS_EMAILING",
        "MAIN_MAIL_EMAIL_STARTTLS_EMAILING",
        "MAIN_MAIL_SENDMODE_TICKET",
        "MAIN_MAIL_SMTP_SERVER_TICKET",
        "MAIN_MAIL_SMTP_PORT_TICKET",
        "MAIN_MAIL_SMTPS_ID_TICKET",
        "MAIN_MAIL_SMTPS_PW_TICKET",
        "MAIN_MAIL_EMAIL_TLS_TICKET",
        "MAIN_MAIL_EMAIL_STARTTLS_TICKET",
        "MAIN_MAIL_SENDMODE_PASSWORDRESET",
        "MAIN_MAIL_SMTP_SERVER_PASSWORDRESET",
        "MAIN_MAIL_SMTP_PORT_PASSWORDRESET",
        "MAIN_MAIL_SMTPS_ID_PASSWORDRESET",
        "MAIN_MAIL_SMTPS_PW_PASSWORDRESET",
        "MAIN_MAIL_EMAIL_TLS_PASSWORDRESET",
        "MAIN_MAIL_EMAIL_STARTTLS_PASSWORDRESET",
    ],
    leftovers: pairs![
        ("MAIN_MAIL_SMTP_HOST", "MAIN_MAIL_SMTP_SERVER"),
        ("MAIN_MAIL_SMTP_ID", "MAIN_MAIL_SMTPS_ID"),
        ("MAIN_MAIL_SMTP_PW", "MAIN_MAIL_SMTPS_PW"),
        ("MAIN_MAIL_SMTPS_LOGIN", "MAIN_MAIL_SMTPS_ID"),
        ("MAIN_MAIL_SMTPS_PASSWORD", "MAIN_MAIL_SMTPS_PW"),
        ("MAIN_MAIL_EMAIL_SSL", "MAIN_MAIL_EMAIL_TLS"),
        ("MAIN_MAIL_SMTP_STARTTLS", "MAIN_MAIL_EMAIL_STARTTLS"),
        ("MAIN_MAIL_FROM", "MAIN_MAIL_EMAIL_FROM"),
    ],
    case_sensitive: true,
    tls: TLS,
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words!["smtps", "swiftmailer"],
        no_mail: words![],
        local: words!["mail"],
        missing: Some("PHP's mail() (Dolibarr's MAIN_MAIL_SENDMODE defaults to `mail`)"),
        off: None,
        name: "MAIN_MAIL_SENDMODE",
    }),
    fixes: FIXES,
    sender_hint: "MAIN_MAIL_EMAIL_FROM (Setup → Emails: Sender email for automatic emails; default robot@domain.com)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const PHP: &str = "<?php\n$conf->global->MAIN_MAIL_SENDMODE = 'smtps';\n$conf->global->MAIN_MAIL_SMTP_SERVER = 'smtp.postmarkapp.com';\n$conf->global->MAIN_MAIL_SMTP_PORT = '587';\n$conf->global->MAIN_MAIL_SMTPS_ID = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n$conf->global->MAIN_MAIL_SMTPS_PW = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n$conf->global->MAIN_MAIL_EMAIL_STARTTLS = 1;\n$conf->global->MAIN_MAIL_EMAIL_FROM = 'erp@acme.io';\n";

    #[test]
    fn smtps_with_starttls() {
        let (client, s, ids) = first(PHP);
        assert_eq!(client, "dolibarr");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "erp@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn no_switch_is_clear_text_and_tls_is_implicit() {
        let (_, s, ids) = first(&PHP.replace("EMAIL_STARTTLS = 1", "EMAIL_STARTTLS = 0"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&PHP.replace("EMAIL_STARTTLS", "EMAIL_TLS"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // Both on: Dolibarr takes STARTTLS.
        let both = PHP.replace(
            "EMAIL_STARTTLS = 1;\n",
            "EMAIL_STARTTLS = 1;\n$conf->global->MAIN_MAIL_EMAIL_TLS = 1;\n",
        );
        let (_, s, _) = first(&both);
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn the_send_mode() {
        let (_, _, ids) = first(&PHP.replace("'smtps'", "'mail'"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&PHP.replace("$conf->global->MAIN_MAIL_SENDMODE = 'smtps';\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, s, ids) = first(&PHP.replace("'smtps'", "'swiftmailer'"));
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn constants_as_name_value_lines() {
        let (client, s, _) = first(
            "MAIN_MAIL_SENDMODE=smtps\nMAIN_MAIL_SMTP_SERVER=smtp.postmarkapp.com\nMAIN_MAIL_SMTP_PORT=2525\nMAIN_MAIL_EMAIL_STARTTLS=1\nMAIN_MAIL_SMTPS_ID=u\nMAIN_MAIL_SMTPS_PW=u\n",
        );
        assert_eq!(client, "dolibarr");
        assert_eq!(s["port"], 2525);
        assert_eq!(s["security"], "starttls");
    }
}

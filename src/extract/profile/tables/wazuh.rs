//! Wazuh's (and OSSEC's) alert mail: the `<global>` block of `ossec.conf`
//! (`/var/ossec/etc/ossec.conf`, in Docker images and Kubernetes ConfigMaps
//! as `wazuh_manager.conf` / `master.conf`).
//!
//! Wazuh meaning (documentation.wazuh.com "ossec.conf → global", versions
//! 3.0 to 4.x; the code: `src/os_maild/sendmail.c` and
//! `src/config/global-config.c` of wazuh/wazuh, v4.14.7):
//!
//! * `<email_notification>` (default `no`) is the mail switch.
//! * `<smtp_server>` is a host name or IP address, or the full path of a
//!   sendmail-like program (a value starting with `/` is run and handed
//!   the message instead of an SMTP connection).
//! * wazuh-maild speaks plain SMTP and nothing else: it connects to
//!   `SMTP_DEFAULT_PORT` (25), never starts TLS and never logs in, and
//!   there is no setting for any of these. Wazuh's documentation sends
//!   mail to a server that needs authentication (Gmail, any provider)
//!   through a local Postfix relay (`smtp_server` = `localhost`), which
//!   holds the credentials and the STARTTLS setting.
//! * `<email_from>` is the From; `<email_to>` the recipients.
//! * Wazuh 5.0 removed wazuh-maild (mail goes through the indexer's
//!   notifications plugin): this table is about 3.x and 4.x.
//!
//! OSSEC HIDS shares the file and its keys; OSSEC 4.1.0 added SMTP login
//! and TLS through libcurl (ossec.net "SMTP authentication and TLS"; the
//! code: `src/os_maild/curlmail.c` and `src/config/global-config.c` of
//! ossec/ossec-hids), with keys Wazuh does not have, so a file that writes
//! any of them is OSSEC's ([`OSSEC`]):
//!
//! * `<secure_smtp>yes` dials `smtps://`: TLS from the first byte, on
//!   port 465 unless `<smtp_port>` says otherwise.
//! * `<auth_smtp>yes` logs in with `<smtp_user>`/`<smtp_password>` (both
//!   required, or no mail is sent) and requires TLS
//!   (`CURLUSESSL_ALL`: STARTTLS on `smtp://`); its default port is 587.
//! * With neither, OSSEC sends in clear to port 25, as before.
//! * `<smtp_tls_verify>no` turns the certificate checks off.
//! * Only `yes` and `no` are accepted (anything else is a configuration
//!   error).

use crate::extract::profile::tls::{evaluate, truth};
use crate::extract::profile::{
    fix_text, k, mark, syn, weighs, words, Fix, Hooks, Key, Marker, Profile, Sec, Switch, TlsModel,
    Truth, Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("global.smtp_server", Host),
    k("global.email_from", From),
    k("global.email_notification", Enabled),
];

const OTHER_KEYS: Words = words![
    "email_to",
    "email_reply_to",
    "email_maxperhour",
    "email_log_source",
    "email_idsname",
    "helo_server",
];

const MARKERS: &[Marker] = &[
    mark("global.smtp_server"),
    mark("global.email_notification"),
];

/// A `<smtp_server>` that is a program's path is a local mail program,
/// not a host: it becomes the transport switch's value.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn program_path(_doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        for f in cfg.fields.iter_mut() {
            if f.role == Host && !f.value.is_reference() && f.value.text.trim().starts_with('/') {
                f.role = Transport;
            }
        }
    }
}

const SWITCH: Switch = Switch {
    smtp: words![],
    no_mail: words![],
    local: words!["/"],
    missing: Some("no mail at all (email_notification defaults to no)"),
    off: None,
    name: "<email_notification>yes</email_notification>",
};

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "nothing in Wazuh: it always dials port 25. Point <smtp_server> at a local Postfix relay (localhost) that sends to Postmark on port {port}",
    ),
    fix_text(W::Host, &[], "<smtp_server>{value}</smtp_server>"),
    fix_text(
        W::StartTls,
        &[],
        "nothing in Wazuh: it never starts TLS. Point <smtp_server> at a local Postfix relay (localhost) that sends to Postmark with STARTTLS (smtp_tls_security_level = encrypt)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "nothing in Wazuh: it never logs in. Point <smtp_server> at a local Postfix relay (localhost) that logs in to Postmark (smtp_sasl_auth_enable = yes)",
    ),
    fix_text(
        W::Username,
        &[],
        "Wazuh cannot log in: give {value} to a local Postfix relay (smtp_sasl_password_maps) and set <smtp_server>localhost</smtp_server>",
    ),
    fix_text(
        W::Password,
        &[],
        "Wazuh cannot log in: give {value} to a local Postfix relay (smtp_sasl_password_maps) and set <smtp_server>localhost</smtp_server>",
    ),
    fix_text(W::From, &[], "<email_from>{value}</email_from>"),
    fix_text(
        W::Stream,
        &[],
        "Wazuh has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static WAZUH: Profile = Profile {
    id: "wazuh",
    name: "Wazuh ossec.conf <global>",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://documentation.wazuh.com/current/user-manual/reference/ossec-conf/global.html https://documentation.wazuh.com/current/user-manual/manager/alert-management.html https://github.com/wazuh/wazuh/blob/v4.14.7/src/os_maild/sendmail.c",
    syntaxes: syn::XML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    // `yes`/`no` are compared with strcmp.
    case_sensitive: true,
    truth: Truth::Only(words!["yes"]),
    tls: TlsModel {
        words: &[],
        starttls_on: Sec::Plain,
        starttls_off: Sec::Plain,
        implicit_ports: &[],
        default: Sec::Plain,
        both: crate::extract::profile::Both::Conflict,
        absent: "Wazuh has no TLS setting: wazuh-maild always sends in clear",
    },
    // SMTP_DEFAULT_PORT: no setting changes it.
    port: Some(25),
    port_fixed: true,
    switch: Some(SWITCH),
    fixes: FIXES,
    sender_hint: "<email_from> in the <global> block of ossec.conf",
    hooks: Hooks {
        finish: Some(program_path),
        ..Hooks::NONE
    },
    ..BASE
};

const OSSEC_KEYS: &[Key] = &[
    k("global.smtp_server", Host),
    k("global.smtp_port", Port),
    k("global.secure_smtp", ImplicitTls),
    k("global.auth_smtp", Auth),
    k("global.smtp_user", Username),
    k("global.smtp_password", Password),
    k("global.smtp_tls_verify", VerifyPeer),
    k("global.email_from", From),
    k("global.email_notification", Enabled),
];

/// Only OSSEC 4.1's own keys recognise it (the rest are Wazuh's too); each
/// outweighs Wazuh's two markers.
const OSSEC_MARKERS: &[Marker] = &[
    weighs(mark("global.auth_smtp"), 3),
    weighs(mark("global.secure_smtp"), 3),
    weighs(mark("global.smtp_port"), 3),
    weighs(mark("global.smtp_user"), 3),
    weighs(mark("global.smtp_tls_verify"), 3),
];

/// `auth_smtp=yes` requires TLS (STARTTLS on `smtp://`); `secure_smtp=yes`
/// is SMTPS; with neither, clear text.
fn ossec_tls(cfg: &Config) -> Tls {
    let p = cfg.dialect;
    let on = |r| cfg.get(r).filter(|f| truth(p, f) == Some(true));
    if on(ImplicitTls).is_none() {
        if let Some(auth) = on(Auth) {
            return Tls::chosen(Security::StartTls, Evidence::of(auth));
        }
    }
    evaluate(cfg, p)
}

/// 465 with `secure_smtp`, 587 with `auth_smtp`, else 25.
fn ossec_port(cfg: &Config) -> Option<u16> {
    let p = cfg.dialect;
    let on = |r| cfg.get(r).is_some_and(|f| truth(p, f) == Some(true));
    Some(if on(ImplicitTls) {
        465
    } else if on(Auth) {
        587
    } else {
        25
    })
}

const OSSEC_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "<smtp_port>{port}</smtp_port>"),
    fix_text(W::Host, &[], "<smtp_server>{value}</smtp_server>"),
    fix_text(
        W::StartTls,
        &[],
        "<auth_smtp>yes</auth_smtp> and <secure_smtp>no</secure_smtp> (OSSEC then requires STARTTLS)",
    ),
    fix_text(W::VerifyOn, &[], "<smtp_tls_verify>yes</smtp_tls_verify>"),
    fix_text(
        W::AuthOn,
        &[],
        "<auth_smtp>yes</auth_smtp> with <smtp_user> and <smtp_password>",
    ),
    fix_text(W::Username, &[], "<smtp_user>{value}</smtp_user>"),
    fix_text(W::Password, &[], "<smtp_password>{value}</smtp_password>"),
    fix_text(W::From, &[], "<email_from>{value}</email_from>"),
    fix_text(
        W::Stream,
        &[],
        "OSSEC has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static OSSEC: Profile = Profile {
    id: "ossec",
    name: "OSSEC 4.1+ ossec.conf <global> (libcurl SMTP)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.ossec.net/docs/docs/manual/output/smtp-authenticated-email.html https://github.com/ossec/ossec-hids/blob/master/src/os_maild/curlmail.c",
    syntaxes: syn::XML,
    keys: OSSEC_KEYS,
    markers: OSSEC_MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    truth: Truth::Only(words!["yes"]),
    tls: TlsModel {
        absent: "no <auth_smtp>yes</auth_smtp> or <secure_smtp>yes</secure_smtp>",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(25),
    switch: Some(Switch {
        local: words![],
        ..SWITCH
    }),
    auth_switch: Some("<auth_smtp>yes</auth_smtp>"),
    fixes: OSSEC_FIXES,
    sender_hint: "<email_from> in the <global> block of ossec.conf",
    hooks: Hooks {
        tls: Some(ossec_tls),
        default_port: Some(ossec_port),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CONF: &str = "<ossec_config>\n  <global>\n    <jsonout_output>yes</jsonout_output>\n    <email_notification>yes</email_notification>\n    <smtp_server>smtp.postmarkapp.com</smtp_server>\n    <email_from>wazuh@acme-widgets.io</email_from>\n    <email_to>soc@acme-widgets.io</email_to>\n    <email_maxperhour>12</email_maxperhour>\n  </global>\n</ossec_config>\n";

    #[test]
    fn wazuh_speaks_plain_smtp_on_port_25() {
        let (client, s, ids) = first(CONF);
        assert_eq!(client, "wazuh");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        // No port setting: wazuh-maild dials 25 (not a missing port).
        assert_eq!(s["port"], serde_json::Value::Null);
        assert!(has(&ids, "port/25-blocked"), "{ids:?}");
        assert!(!has(&ids, "port/missing"), "{ids:?}");
        assert_eq!(s["security"], "none");
        assert_eq!(s["from"], "wazuh@acme-widgets.io");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        assert!(has(&ids, "auth/missing-username"), "{ids:?}");
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn a_local_relay_is_the_documented_way() {
        let (client, s, ids) = first(&CONF.replace("smtp.postmarkapp.com", "localhost"));
        assert_eq!(client, "wazuh");
        assert_eq!(s["host"], "localhost");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
        assert!(!has(&ids, "auth/missing-username"), "{ids:?}");
    }

    #[test]
    fn the_switch_and_a_program_path() {
        let (_, _, ids) = first(&CONF.replace(">yes</email_n", ">no</email_n"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) =
            first(&CONF.replace("    <email_notification>yes</email_notification>\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (client, _, ids) = first(&CONF.replace("smtp.postmarkapp.com", "/usr/sbin/sendmail"));
        assert_eq!(client, "wazuh");
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        assert!(!has(&ids, "host/invalid"), "{ids:?}");
    }

    const OSSEC41: &str = "<ossec_config>\n  <global>\n    <email_notification>yes</email_notification>\n    <email_to>soc@acme-widgets.io</email_to>\n    <email_from>ossec@acme-widgets.io</email_from>\n    <smtp_server>smtp.postmarkapp.com</smtp_server>\n    <auth_smtp>yes</auth_smtp>\n    <secure_smtp>no</secure_smtp>\n    <smtp_user>8d1c2e3f-4a5b-4c6d-9e7f-0a1b2c3d4e5f</smtp_user>\n    <smtp_password>8d1c2e3f-4a5b-4c6d-9e7f-0a1b2c3d4e5f</smtp_password>\n  </global>\n</ossec_config>\n";

    #[test]
    fn ossec_41_logs_in_with_starttls_on_587() {
        let (client, s, ids) = first(OSSEC41);
        assert_eq!(client, "ossec");
        assert_eq!(s["security"], "starttls");
        assert_eq!(ids, ["port/missing"]);
        let (_, s, ids) = first(&OSSEC41.replace(
            "<secure_smtp>no</secure_smtp>",
            "<smtp_port>587</smtp_port>",
        ));
        assert_eq!(s["port"], 587);
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&OSSEC41.replace(
            "<secure_smtp>no</secure_smtp>",
            "<secure_smtp>yes</secure_smtp>",
        ));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        let (_, s, ids) =
            first(&OSSEC41.replace("<auth_smtp>yes</auth_smtp>", "<auth_smtp>no</auth_smtp>"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "auth/disabled"), "{ids:?}");
    }
}

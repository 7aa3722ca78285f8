//! OpenSMTPD (`/etc/mail/smtpd.conf`): a relay action and its smarthost
//! (read by `read::smtpd`):
//! `action "relay" relay host smtp+tls://label@smtp.postmarkapp.com:587 auth <secrets>`.
//!
//! Meaning (smtpd.conf(5), "relay" options `host`, `auth`, `tls`,
//! `mail-from`, <https://man.openbsd.org/smtpd.conf>; the relay URL schemes
//! in `to.c` `text2relayhost`, where OpenSMTPD before 6.4 also took the
//! `accept … relay via URL` rules and the `tls://`, `secure://`, `+auth`
//! schemes):
//!
//! * the URL is `[proto://[label@]]host[:port]`; `smtp://` (and no scheme)
//!   uses STARTTLS when the server offers it, `smtp+tls://` (old:
//!   `tls://`, `tls+auth://`) requires it, `smtps://` starts TLS on the
//!   first byte, `smtp+notls://` and `lmtp://` stay in clear; the old
//!   `secure://` and `ssl://` try SMTPS, then STARTTLS;
//! * the port defaults to 25, or 465 for `smtps://`;
//! * the `label` is no username: it is the key of a line `label
//!   user:password` in the `auth <table>` (a file such as
//!   `/etc/mail/secrets`); without `auth` there is no login;
//! * the `tls` option requires TLS (STARTTLS unless `smtps://`), and
//!   `tls no-verify` accepts a certificate that fails verification;
//! * `mail-from` (old: `as`) rewrites the envelope sender; the From header
//!   is the message's own. A part left out keeps the sender's own
//!   (`mta.c`: `maddr.user[0] ? maddr.user : evp->sender.user`), so
//!   `mail-from "@acme.io"` only sets the domain: no whole address.

use super::mailx::standing_for;
use crate::extract::profile::fields::endpoint_fields;
use crate::extract::profile::{
    fix_text, k, kr, mark, syn, words, Fix, Hooks, Key, Marker, Profile, Read, UrlFlavor,
    WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Field, Role::*, Security, Syntax, Tls};

const KEYS: &[Key] = &[
    kr("host|via", Url, Read::Url(UrlFlavor::Nodemailer)),
    // A relay written without a scheme (`label@host:587`): see `finish`.
    k("host|via", Host),
    k("auth", CredentialsFile),
    k("tls", Encryption),
    k("mail-from|as", From),
];

/// The relay options, inside an `action … relay` or `accept … relay` rule
/// (the reader's syntax is shared with nullmailer's remotes, whose words
/// differ).
const MARKERS: &[Marker] = &[mark("host"), mark("via"), mark("auth"), mark("mail-from")];

/// The scheme of the relay URL, lower case, with the field that says it.
fn scheme(cfg: &Config) -> Option<(String, &Field)> {
    if let Some(s) = cfg.get(Scheme) {
        return Some((s.value.text.to_ascii_lowercase(), s));
    }
    let f = cfg.get(Url).or_else(|| cfg.get(Host))?;
    match f.value.text.split_once("://") {
        Some((w, _)) => Some((w.to_ascii_lowercase(), f)),
        None => Some(("smtp".into(), f)),
    }
}

fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let Some((scheme, at)) = scheme(cfg) else {
        return tls;
    };
    let base = scheme.trim_end_matches("+auth");
    let option = cfg.get(Encryption);
    let implicit = |tls: &mut Tls| {
        tls.choose(Security::Implicit, Evidence::of(at));
    };
    match base {
        "smtps" => implicit(&mut tls),
        "secure" | "ssl" if cfg.effective_port() == Some(465) => implicit(&mut tls),
        "smtp+notls" | "lmtp" => {
            tls.choose(Security::None, Evidence::of(at));
        }
        "smtp+tls" | "tls" | "secure" | "ssl" => {
            tls.choose(Security::StartTls, Evidence::of(at));
        }
        _ => {
            tls.choose(
                Security::StartTls,
                match option {
                    Some(o) => Evidence::of(o),
                    None => Evidence::of(at),
                },
            );
        }
    }
    tls
}

fn default_port(cfg: &Config) -> Option<u16> {
    match scheme(cfg) {
        Some((s, _)) if s.trim_end_matches("+auth") == "smtps" => Some(465),
        _ => Some(25),
    }
}

/// The URL's user is a label of the `auth` table, not a username: the
/// credentials are kept in that table. A relay without a scheme is
/// `[label@]host[:port]`. `tls no-verify` skips verification.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(_doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        let mut relay_label = None;
        // `mail-from "@acme.io"`: the domain alone, the user the sender's.
        cfg.fields
            .retain(|f| !(f.role == From && f.value.text.trim_start().starts_with('@')));
        if cfg.get(Url).is_some() {
            // The plain row read the URL too.
            cfg.fields
                .retain(|f| !(f.role == Host && f.syntax == Syntax::Words));
        } else if let Some(h) = cfg.get(Host).cloned() {
            // A scheme the URL reader does not take (`tls+auth://`,
            // `secure://`), the label, the host and the port.
            let (parts, label) = endpoint_fields(&h, |_| true);
            cfg.fields.retain(|f| f.role != Host);
            cfg.fields.extend(parts);
            relay_label = label.map(|l| l.text);
        }
        let label = cfg
            .all(Username)
            .find(|f| f.syntax == Syntax::Url)
            .map(|f| f.value.text.clone())
            .or(relay_label);
        cfg.fields
            .retain(|f| !(matches!(f.role, Username | Password) && f.syntax == Syntax::Url));
        if let Some(table) = cfg.get(CredentialsFile).cloned() {
            let name = table.value.text.clone();
            let line = match &label {
                Some(l) => format!("its `{l} user:password` line"),
                None => "no label in the relay URL, so no line of it is used".into(),
            };
            if let Some(f) = cfg.fields.iter_mut().find(|f| f.role == CredentialsFile) {
                f.value.reference = Some(format!("the <{name}> table ({line})"));
            }
            // `auth <table>` is also the switch that turns the login on.
            cfg.push(standing_for(&table, Auth, "on"));
        }
        let skip = cfg.get(Encryption).filter(|f| f.value.text == "no-verify");
        if let Some(f) = skip {
            let off = standing_for(f, SkipVerify, "true");
            cfg.push(off);
        }
    }
}

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "relay host smtp+tls://LABEL@smtp.postmarkapp.com:{port} (smtps:// for 465)",
    ),
    fix_text(W::Host, &[], "relay host smtp+tls://LABEL@{host}:587"),
    fix_text(
        W::StartTls,
        &[],
        "relay host smtp+tls://LABEL@smtp.postmarkapp.com:587 (STARTTLS required)",
    ),
    fix_text(W::VerifyOn, &[], "`tls` without `no-verify` on the relay action"),
    fix_text(
        W::AuthOn,
        &[],
        "`auth <secrets>` on the relay action, a LABEL@ in its URL, and a line `LABEL TOKEN:TOKEN` in the secrets table",
    ),
    fix_text(W::TlsModern, &[], "a current OpenSMTPD with a current LibreSSL/OpenSSL"),
    fix_text(
        W::Username,
        &[],
        "`LABEL {value}:…` in the auth table (the relay URL's label names the line)",
    ),
    fix_text(
        W::Password,
        &[],
        "`LABEL …:{value}` in the auth table (the relay URL's label names the line)",
    ),
    fix_text(
        W::From,
        &[],
        "a From: {value} header in the message (`mail-from {value}` only sets the envelope sender)",
    ),
    fix_text(
        W::Stream,
        &[],
        "a header `X-PM-Message-Stream: {value}` in the message",
    ),
];

pub static OPENSMTPD: Profile = Profile {
    id: "opensmtpd",
    name: "OpenSMTPD (smtpd.conf)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://man.openbsd.org/smtpd.conf",
    syntaxes: syn::WORDS,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: words!["helo", "src", "pki", "backup", "srs"],
    case_sensitive: true,
    port: Some(25),
    auth_switch: Some("auth <secrets>"),
    fixes: FIXES,
    sender_hint: "the From header of the message (`mail-from` on the relay action only sets the envelope sender)",
    hooks: Hooks {
        tls: Some(tls),
        default_port: Some(default_port),
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted};
    use crate::model::Role::{CredentialsFile, Host};

    const CONF: &str = "table aliases file:/etc/mail/aliases\ntable secrets file:/etc/mail/secrets\n\nlisten on lo0\n\naction \"local\" mbox alias <aliases>\naction \"relay\" relay host smtp+tls://postmark@smtp.postmarkapp.com:587 auth <secrets>\n\nmatch for local action \"local\"\nmatch for any action \"relay\"\n";

    /// `mail-from "@domain"` keeps the sender's user: not an invalid From.
    #[test]
    fn mail_from_a_domain_alone_is_no_invalid_address() {
        let conf = CONF.replace("auth <secrets>", "auth <secrets> mail-from \"@acme.io\"");
        let (_, s, ids) = linted(&conf);
        assert!(!has(&ids, "from/invalid"), "{ids:?}");
        assert_eq!(s["from"], serde_json::Value::Null);
        let conf = CONF.replace("auth <secrets>", "auth <secrets> mail-from \"a@@acme.io\"");
        let (_, _, ids) = linted(&conf);
        assert!(has(&ids, "from/invalid"), "{ids:?}");
    }

    #[test]
    fn smtp_tls_relay_with_a_secrets_table() {
        let (client, s, ids) = linted(CONF);
        assert_eq!(client, "opensmtpd");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        // The label is no username, and the login is in the table.
        assert!(s["username"].is_null(), "{s}");
        assert!(!has(&ids, "auth/missing-password"), "{ids:?}");
        assert!(!has(&ids, "auth/missing-username"), "{ids:?}");
    }

    #[test]
    fn schemes_and_options() {
        let (_, s, ids) = linted(&CONF.replace("smtp+tls://", "smtps://"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = linted(&CONF.replace("smtp+tls://", "smtp+notls://"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, _, ids) = linted(&CONF.replace("auth <secrets>", "auth <secrets> tls no-verify"));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
        let (_, s, _) = linted(&CONF.replace(
            "smtp+tls://postmark@smtp.postmarkapp.com:587",
            "postmark@smtp.postmarkapp.com:2525",
        ));
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 2525);
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn no_auth_no_login() {
        let (_, _, ids) = linted(&CONF.replace(" auth <secrets>", ""));
        assert!(has(&ids, "auth/not-configured"), "{ids:?}");
        let (_, _, ids) = linted(CONF);
        assert!(!has(&ids, "auth/not-configured"), "{ids:?}");
    }

    #[test]
    fn old_accept_rules() {
        let conf = "listen on localhost\ntable secrets file:/usr/local/etc/mail/secrets\naccept from local for any relay via tls+auth://dbc@smtp.postmarkapp.com:587 auth <secrets>\n";
        let (client, s, _) = linted(conf);
        assert_eq!(client, "opensmtpd");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["port"], 587);
        // The label before `@` in a scheme the URL reader does not take
        // names the secrets line too.
        let c = crate::extract::extract(conf);
        let table = c[0].get(CredentialsFile).expect("the secrets table");
        let named = table.value.reference.as_deref().unwrap_or_default();
        assert!(named.contains("`dbc user:password`"), "{named}");
        let host = c[0].get(Host).expect("a host");
        assert_eq!(&conf[host.value.span.clone()], "smtp.postmarkapp.com");
        let (_, s, _) = linted(
            &conf
                .replace("tls+auth://", "smtps+auth://")
                .replace(":587", ""),
        );
        assert_eq!(s["security"], "implicit");
    }
}

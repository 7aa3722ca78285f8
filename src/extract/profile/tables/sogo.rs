//! SOGo (Alinto's groupware webmail): the mail-sending defaults of
//! `/etc/sogo/sogo.conf` (a GNUstep property list, `Key = value;`), also
//! written in the NixOS module's `services.sogo.extraConfig` and in
//! container images' copies of that file.
//!
//! Meaning (SOGo Installation Guide, "SMTP Server Configuration";
//! `SoObjects/SOGo/SOGoDefaults.plist`, `SOGoDomainDefaults.m`
//! `smtpServer`, `SOGoMailer.m` `_smtpSendData:`; SOPE's
//! `sope-mime/NGMail/NGSmtpClient.m` `initWithURL:`):
//!
//! * `SOGoMailingMechanism`: `sendmail` (the default: the `WOSendMail`
//!   binary, none of the SMTP settings used) or `smtp`.
//! * `SOGoSMTPServer` (default `smtp://localhost`): `smtp://host:port`,
//!   `smtps://host[:port]`, `smtp://host:port/?tls=YES`, or a bare
//!   `host[:port]` (read as `smtp://…`, for older configurations).
//!   `smtp://` is clear text: SOGo sends no STARTTLS unless the query says
//!   `tls=YES` (exactly `YES`), which requires it (the send fails when the
//!   server does not offer it); `smtps://` is TLS from the first byte,
//!   unless `tls=YES` is added too, which then wins (a plain socket and
//!   STARTTLS). The port defaults to 465 for `smtps://` without `tls=YES`,
//!   25 otherwise. `tlsVerifyMode=none` (or `allowInsecureLocalhost`)
//!   loosens the certificate check.
//! * `SOGoSMTPAuthenticationType` (`PLAIN`, or `xoauth2` with OpenID; any
//!   case): without it SOGo sends without logging in. With it, SOGo logs in
//!   with the *webmail user's own* login and password (their IMAP
//!   credentials; the e-mail address with
//!   `SOGoForceExternalLoginWithEmail = YES`), not with credentials of its
//!   own. Since 5.8, `SOGoSMTPMasterUserEnabled = YES` with
//!   `SOGoSMTPMasterUserUsername` / `SOGoSMTPMasterUserPassword` logs in as
//!   that account for system mail (alarms, notifications) only. This table
//!   reads the master user as the login: a Postmark Server token only fits
//!   there, and users' own mail needs a relay that holds the token.
//! * The From is each user's identity; system mail uses the user's or
//!   `SOGoMailDomain`'s address.

use crate::extract::profile::fields::split_host_port;
use crate::extract::profile::{
    fix_text, k, mark, pairs, syn, words, Fix, Hooks, Key, Marker, Profile, Switch, Truth,
    WriteKind as W, BASE,
};
use crate::extract::read::{url, Document};
use crate::extract::Config;
use crate::model::{Evidence, Field, Quote, Role::*, Security, Syntax, Tls, Value};

const KEYS: &[Key] = &[
    k("SOGoSMTPServer", Host),
    k("SOGoMailingMechanism", Transport),
    k("SOGoSMTPAuthenticationType", Auth),
    k("SOGoSMTPMasterUserUsername", Username),
    k("SOGoSMTPMasterUserPassword", Password),
];

/// The scheme and the `tls=YES` query of `SOGoSMTPServer`
/// (NGSmtpClient's `useSSL` / `useStartTLS`).
fn tls_of(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let scheme = cfg.get(Scheme);
    let starttls = cfg.get(StartTls);
    if scheme.is_some_and(|f| f.value.is_reference())
        || starttls.is_some_and(|f| f.value.is_reference())
    {
        return tls;
    }
    // `tls=YES`, compared exactly (`isEqualToString: @"YES"`).
    if let Some(f) = starttls.filter(|f| f.value.text.trim() == "YES") {
        tls.choose(Security::StartTls, Evidence::of(f));
        return tls;
    }
    match scheme {
        Some(f) if f.value.text.trim() == "smtps" => {
            tls.choose(Security::Implicit, Evidence::of(f));
        }
        Some(f) => {
            tls.choose(Security::None, Evidence::of(f));
        }
        None => {
            tls.choose(Security::None, Evidence::absent(
                "SOGoSMTPServer has no smtps:// and no ?tls=YES (SOGo then sends in clear text)",
            ));
        }
    }
    tls
}

/// A property list's unquoted string (`smtp`, `PLAIN`, `localhost:25`):
/// letters, digits and `_$+/:.-`, as OpenStep plists allow. The readers
/// of code take such a word for a reference; in `sogo.conf` it is text.
fn plist_word(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with('$')
        && text.bytes().all(|c| {
            c.is_ascii_alphanumeric() || matches!(c, b'_' | b'$' | b'+' | b'/' | b':' | b'.' | b'-')
        })
}

/// The plist's unquoted words are literal text, and `SOGoSMTPServer` (a
/// URL, or the older bare `host[:port]`, quoted or not) is split here as
/// SOGo reads it (`smtpServer` prefixes `smtp://` to a bare host).
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn plist_values(_doc: &Document, configs: &mut Vec<Config>) {
    for c in configs.iter_mut() {
        for f in c.fields.iter_mut() {
            if f.value.reference.is_some() && plist_word(&f.value.text) {
                f.value.reference = None;
            }
        }
        // The server setting, read whole as the host: split it.
        let Some(at) = c
            .fields
            .iter()
            .position(|f| f.role == Host && f.value.reference.is_none())
        else {
            continue;
        };
        c.fields[at].role = Url;
        let parts = server_parts(&c.fields[at]);
        c.fields.extend(parts);
    }
}

/// Host, port, scheme and `tls` query of a `SOGoSMTPServer` value.
fn server_parts(server: &Field) -> Vec<Field> {
    let text = server.value.text.trim();
    let lead = server.value.text.len() - server.value.text.trim_start().len();
    let mut out = Vec::new();
    let mut part = |role, name: &str, raw: std::ops::Range<usize>, t: &str| {
        let span = if server.value.verbatim {
            let at = server.value.span.start + lead;
            at + raw.start..at + raw.end
        } else {
            server.value.span.clone()
        };
        out.push(Field {
            role,
            key: format!("{} {name}", server.key),
            key_span: span.clone(),
            value: Value {
                text: t.to_string(),
                span,
                quote: Quote::None,
                verbatim: server.value.verbatim,
                reference: None,
            },
            syntax: Syntax::Url,
        });
    };
    if let Some(u) = url::parse(text, 0..text.len()) {
        part(Scheme, "scheme", u.scheme.raw.clone(), &u.scheme.text);
        if let Some(h) = &u.host {
            part(Host, "host", h.raw.clone(), &h.text);
        }
        if let Some(p) = &u.port {
            part(Port, "port", p.raw.clone(), &p.text);
        }
        for prm in &u.query {
            if let (true, Some(v)) = (prm.key.text == "tls", &prm.value) {
                part(StartTls, "tls", v.raw.clone(), &v.text);
            }
        }
        return out;
    }
    // `host`, `host:port` or `[host]:port`.
    let (host, port) = split_host_port(text);
    if !host.is_empty() {
        part(Host, "host", host.clone(), &text[host]);
    }
    if let Some(p) = port {
        part(Port, "port", p.clone(), &text[p]);
    }
    out
}

/// 465 for `smtps://` without `tls=YES`, 25 otherwise.
fn default_port(cfg: &Config) -> Option<u16> {
    let implicit = cfg
        .get(Scheme)
        .is_some_and(|f| f.value.text.trim() == "smtps");
    let starttls = cfg
        .get(StartTls)
        .is_some_and(|f| f.value.text.trim() == "YES");
    Some(if implicit && !starttls { 465 } else { 25 })
}

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "SOGoSMTPServer = \"smtp://{host}:{port}/?tls=YES\";",
    ),
    fix_text(
        W::Host,
        &[],
        "SOGoSMTPServer = \"smtp://{value}:587/?tls=YES\";",
    ),
    fix_text(
        W::StartTls,
        &[],
        "SOGoSMTPServer = \"smtp://{host}:587/?tls=YES\"; (`tls=YES` exactly: SOGo sends STARTTLS only then)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove tlsVerifyMode from SOGoSMTPServer (the default checks the certificate)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "SOGoSMTPAuthenticationType = PLAIN; with SOGoSMTPMasterUserEnabled = YES; and the master user (system mail); users' own mail logs in with their own credentials, so relay it through an MTA that holds the Postmark token",
    ),
    fix_text(W::TlsModern, &[], "a current SOGo / SOPE build (TLS 1.2)"),
    fix_text(W::Username, &[], "SOGoSMTPMasterUserUsername = \"{value}\";"),
    fix_text(W::Password, &[], "SOGoSMTPMasterUserPassword = \"{value}\";"),
    fix_text(
        W::From,
        &[],
        "the users' identities (SOGo sends as each user; SOGoMailDomain for system mail)",
    ),
    fix_text(
        W::Stream,
        &[],
        "SOGo has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const MARKERS: &[Marker] = &[
    mark("SOGoSMTPServer"),
    mark("SOGoMailingMechanism"),
    mark("SOGoSMTPAuthenticationType"),
    mark("SOGoSMTPMasterUserEnabled"),
    mark("SOGoIMAPServer"),
    mark("SOGoMailDomain"),
];

pub static SOGO: Profile = Profile {
    id: "sogo",
    name: "SOGo sogo.conf",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.sogo.nu/files/docs/SOGoInstallationGuide.html https://github.com/Alinto/sogo/blob/master/SoObjects/SOGo/SOGoMailer.m https://github.com/Alinto/sope/blob/master/sope-mime/NGMail/NGSmtpClient.m",
    syntaxes: syn::ANY,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SOGoSMTP"],
    other_keys: words![
        "SOGoSMTPMasterUserEnabled",
        "SOGoForceExternalLoginWithEmail",
        "WOSendMail",
        "SOGoMailSpoolPath",
        "SOGoMailDomain",
    ],
    leftovers: pairs![
        ("SOGoSMTPHost", "SOGoSMTPServer"),
        ("SOGoSMTPPort", "SOGoSMTPServer"),
        ("SOGoSMTPUser", "SOGoSMTPMasterUserUsername"),
        ("SOGoSMTPPassword", "SOGoSMTPMasterUserPassword"),
        ("SOGoSMTPAuthType", "SOGoSMTPAuthenticationType"),
    ],
    case_sensitive: true,
    truth: Truth::Only(words!["PLAIN", "xoauth2", "YES"]),
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["sendmail"],
        missing: Some("the sendmail binary (SOGoMailingMechanism defaults to `sendmail`)"),
        off: None,
        name: "SOGoMailingMechanism = smtp;",
    }),
    auth_switch: Some("SOGoSMTPAuthenticationType = PLAIN;"),
    fixes: FIXES,
    sender_hint: "each user's own identity (SOGo sends as the logged-in user; SOGoMailDomain for system mail)",
    hooks: Hooks {
        tls: Some(tls_of),
        default_port: Some(default_port),
        finish: Some(plist_values),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CONF: &str = "{\n  SOGoProfileURL = \"postgresql://sogo@localhost:5432/sogo/sogo_user_profile\";\n  SOGoMailDomain = acme.io;\n  SOGoIMAPServer = \"imaps://mail.acme.io:993\";\n  SOGoMailingMechanism = smtp;\n  SOGoSMTPServer = \"smtp://smtp.postmarkapp.com:587/?tls=YES\";\n  SOGoSMTPAuthenticationType = PLAIN;\n  SOGoSMTPMasterUserEnabled = YES;\n  SOGoSMTPMasterUserUsername = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\";\n  SOGoSMTPMasterUserPassword = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\";\n}\n";

    #[test]
    fn smtp_url_with_starttls() {
        let (client, s, ids) = first(CONF);
        assert_eq!(client, "sogo");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn schemes_and_the_tls_query() {
        // smtp:// without tls=YES: clear text, no STARTTLS.
        let (_, s, ids) = first(&CONF.replace("/?tls=YES", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // Only `YES` turns it on.
        let (_, s, _) = first(&CONF.replace("tls=YES", "tls=true"));
        assert_eq!(s["security"], "none");
        // smtps://: implicit; with tls=YES too, STARTTLS wins.
        let (_, s, ids) = first(&CONF.replace(
            "\"smtp://smtp.postmarkapp.com:587/?tls=YES\"",
            "\"smtps://smtp.postmarkapp.com\"",
        ));
        assert_eq!(s["security"], "implicit");
        assert!(
            has(&ids, "tls/implicit-tls") || has(&ids, "port/465-unsupported"),
            "{ids:?}"
        );
        let (_, s, _) = first(&CONF.replace(
            "smtp://smtp.postmarkapp.com",
            "smtps://smtp.postmarkapp.com",
        ));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn sendmail_is_the_default_mechanism() {
        let (_, _, ids) = first(&CONF.replace(
            "SOGoMailingMechanism = smtp;",
            "SOGoMailingMechanism = sendmail;",
        ));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&CONF.replace("  SOGoMailingMechanism = smtp;\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn older_bare_server_and_unquoted_words() {
        let conf = "{\n  SOGoMailingMechanism = smtp;\n  SOGoSMTPServer = 127.0.0.1:2525;\n  SOGoMailDomain = acme.io;\n}\n";
        let (client, s, ids) = first(conf);
        assert_eq!(client, "sogo");
        assert_eq!(s["host"], "127.0.0.1");
        assert_eq!(s["port"], 2525);
        assert_eq!(s["security"], "none");
        assert!(!has(&ids, "input/unresolved-reference"), "{ids:?}");
        let (_, s, _) = first(&conf.replace("127.0.0.1:2525", "localhost"));
        assert_eq!(s["host"], "localhost");
    }

    #[test]
    fn no_authentication_type_sends_no_login() {
        let (_, _, ids) = first(&CONF.replace("  SOGoSMTPAuthenticationType = PLAIN;\n", ""));
        assert!(has(&ids, "auth/not-configured"), "{ids:?}");
    }
}

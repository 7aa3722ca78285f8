//! aerc (terminal mail client): the sending side of `accounts.conf`, one
//! INI section per account.
//!
//! Meaning (aerc-smtp(5) and aerc-accounts(5),
//! <https://man.sr.ht/~rjarry/aerc/>; the code: `lib/send/smtp.go`
//! `newSmtpSender`, `connectSmtp`, `connectSmtps`, read at
//! git.sr.ht/~rjarry/aerc through its GitHub mirror):
//!
//! * `outgoing` is `smtp[s][+insecure][+AUTH]://user[:password]@host[:port]`
//!   (all URL-encoded: `me%40acme.io`), or a command such as `msmtp` that
//!   gets the message on its standard input (not read here).
//! * `smtp://` requires STARTTLS (`smtp.NewClientStartTLS`: no STARTTLS, no
//!   mail); `smtp+insecure://` stays in clear text; both dial 587 when the
//!   URL has no port. `smtps://` is TLS from the first byte, 465 by
//!   default; `smtps+insecure://` skips the certificate check. Before
//!   aerc 0.15 `smtp://` was clear text unless `smtp-starttls = yes`; that
//!   key is gone, and this table reads today's meaning.
//! * `+plain`, `+login`, `+none`, `+oauthbearer`, `+xoauth2` pick the
//!   login; without one aerc logs in (PLAIN, else LOGIN) when the URL has
//!   a user.
//! * `outgoing-cred-cmd` is a command whose output is the password, used
//!   when the URL has none.
//! * `from` is the From (and the envelope sender).
//!
//! `outgoing`, `from`, `source` are common words: the table needs aerc's
//! own (`outgoing-cred-cmd`, `source-cred-cmd`, `copy-to`, `check-mail`…).

use crate::extract::profile::{
    fix_text, k, kr, mark, syn, words, Fix, Hooks, Key, Marker, Profile, Read, UrlFlavor, Words,
    WriteKind as W, BASE,
};
use crate::extract::read::url;
use crate::extract::{Config, Write};
use crate::model::{Evidence, Field, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    kr("outgoing", Url, Read::Url(UrlFlavor::Nodemailer)),
    k("outgoing-cred-cmd", CredentialsFile),
    k("from", From),
];

const MARKERS: &[Marker] = &[
    mark("outgoing-cred-cmd"),
    mark("source-cred-cmd"),
    mark("copy-to"),
    mark("check-mail"),
    mark("check-mail-cmd"),
    mark("signature-file"),
    mark("folders-sort"),
    mark("postpone"),
];

const OTHER_KEYS: Words = words![
    "source",
    "default",
    "archive",
    "postpone",
    "folders",
    "folders-exclude",
    "cache-headers",
    "smtp-starttls",
    "outgoing-cred-cmd-cache",
    "smtp-domain",
    "pgp-key-id",
    "address-book-cmd",
    "aliases",
];

/// The scheme's words: `smtps+insecure+plain` → (`smtps`, insecure).
fn scheme(cfg: &Config) -> Option<(bool, bool, &Field)> {
    let f = cfg.get(Url)?;
    let (word, _) = f.value.text.trim_start().split_once("://")?;
    let mut parts = word.split('+');
    let base = parts.next()?.to_ascii_lowercase();
    let insecure = parts.any(|p| p.eq_ignore_ascii_case("insecure"));
    match base.as_str() {
        "smtps" => Some((true, insecure, f)),
        "smtp" => Some((false, insecure, f)),
        _ => None,
    }
}

/// `smtps` is TLS from the first byte, `smtp` requires STARTTLS,
/// `smtp+insecure` never starts TLS.
fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    match scheme(cfg) {
        Some((true, _, f)) => tls.choose(Security::Implicit, Evidence::of(f)),
        Some((false, true, f)) => tls.choose(Security::None, Evidence::of(f)),
        Some((false, false, f)) => tls.choose(Security::StartTls, Evidence::of(f)),
        None => {}
    }
    tls
}

/// 465 for `smtps`, 587 for `smtp` with or without `+insecure`.
fn default_port(cfg: &Config) -> Option<u16> {
    scheme(cfg).map(|(smtps, _, _)| if smtps { 465 } else { 587 })
}

/// A change to the URL, written as the `outgoing = …` line.
fn write(cfg: &Config, what: &Write) -> Option<String> {
    let f = cfg.get(Url)?;
    let t = &f.value.text;
    let u = url::parse(t, 0..t.len())?;
    let set = |url: String| format!("outgoing = {url}");
    Some(match what {
        Write::Port(465) => set(url::display(t, &u, Some("smtps"), None, Some(465), &[])),
        Write::Port(p) => set(url::display(t, &u, Some("smtp"), None, Some(*p), &[])),
        Write::Host(h) => set(url::display(t, &u, None, Some(h), None, &[])),
        Write::StartTls => set(url::display(t, &u, Some("smtp"), None, Some(587), &[])),
        _ => return None,
    })
}

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "outgoing = smtp://…@smtp.postmarkapp.com:{port}",
    ),
    fix_text(W::Host, &[], "outgoing = smtp://…@{host}:587"),
    fix_text(
        W::StartTls,
        &[],
        "outgoing = smtp://…@smtp.postmarkapp.com:587 (smtp:// requires STARTTLS; not smtp+insecure://)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "smtps:// or smtp:// without +insecure (aerc then checks the certificate)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "a user in the URL: outgoing = smtp://TOKEN@smtp.postmarkapp.com:587",
    ),
    fix_text(W::TlsModern, &[], "a current aerc (Go's TLS 1.2+)"),
    fix_text(
        W::Username,
        &[],
        "outgoing = smtp://{value}@smtp.postmarkapp.com:587",
    ),
    fix_text(
        W::Password,
        &[],
        "outgoing-cred-cmd = a command that prints {value} (e.g. pass show postmark)",
    ),
    fix_text(W::From, &[], "from = {value}"),
    fix_text(
        W::Stream,
        &[],
        "aerc has no header setting for it: use a Server whose default stream is `{value}`",
    ),
];

pub static AERC: Profile = Profile {
    id: "aerc",
    name: "aerc accounts.conf (outgoing = smtp://…)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://man.sr.ht/~rjarry/aerc/aerc-smtp.5.md https://git.sr.ht/~rjarry/aerc/tree/master/item/lib/send/smtp.go",
    syntaxes: syn::INI,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    userinfo_to_last_at: true,
    fixes: FIXES,
    sender_hint: "from = Name <address> in the account's section",
    hooks: Hooks {
        tls: Some(tls),
        default_port: Some(default_port),
        write: Some(write),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CONF: &str = "[Work]\nsource            = imaps://ops%40acme-widgets.io@imap.acme-widgets.io:993\nsource-cred-cmd   = pass show mail/ops\noutgoing          = smtp://5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c@smtp.postmarkapp.com:587\noutgoing-cred-cmd = pass show postmark/token\ndefault           = INBOX\nfrom              = Ops <ops@acme-widgets.io>\ncopy-to           = Sent\n";

    #[test]
    fn the_account_is_read() {
        let (client, s, ids) = first(CONF);
        assert_eq!(client, "aerc");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "auth/missing-password"), "{ids:?}");
        assert!(has(&ids, "auth/external-credentials"), "{ids:?}");
    }

    #[test]
    fn the_from_is_read() {
        // Without the `source` URL, whose user (the same address) the
        // report masks wherever it appears.
        let conf: String = CONF
            .lines()
            .filter(|l| !l.starts_with("source "))
            .map(|l| format!("{l}\n"))
            .collect();
        let (client, s, _) = first(&conf);
        assert_eq!(client, "aerc");
        assert_eq!(s["from"], "ops@acme-widgets.io");
    }

    #[test]
    fn schemes_say_the_tls() {
        let smtps = CONF.replace("smtp://", "smtps+plain://");
        let (_, s, ids) = first(&smtps);
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let insecure = CONF.replace("smtp://", "smtp+insecure://");
        let (_, s, ids) = first(&insecure);
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // No port: smtp dials 587 (only the note that none is written),
        // smtps 465.
        let (_, s, ids) = first(&CONF.replace(":587", ""));
        assert_eq!(s["port"], serde_json::Value::Null);
        let port_ids: Vec<_> = ids.iter().filter(|i| i.starts_with("port/")).collect();
        assert_eq!(port_ids, ["port/missing"]);
        let (_, s, ids) = first(&smtps.replace(":587", ""));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn a_plain_ini_with_outgoing_is_not_aerc() {
        let (client, _, _) =
            first("[mail]\noutgoing = smtp://u@smtp.postmarkapp.com:587\nfrom = a@b.io\n");
        assert_ne!(client, "aerc");
    }
}

//! mailx: s-nail (`~/.mailrc`, `/etc/s-nail.rc`; Debian's `mail`/`mailx`)
//! and Heirloom mailx (RHEL's `mailx`): `set name=value` commands (read
//! by `read::commands`), `account NAME { … }` blocks; the same variables
//! given on the command line (`mailx -S smtp=… -S smtp-use-starttls -r
//! from@…`, read by `read::argv`).
//!
//! Meaning (s-nail(1), variables `mta`, `smtp`, `smtp-use-starttls`,
//! `smtp-auth`, `smtp-auth-user`, `smtp-auth-password`, `from`,
//! `ssl-verify`/`tls-verify`, <https://www.sdaoden.eu/code-nail.html>;
//! Heirloom mailx(1), `smtp`, `smtp-use-starttls`, `smtp-auth*`,
//! `ssl-verify`):
//!
//! * without `mta` (s-nail) or `smtp` (Heirloom, and s-nail's obsolete
//!   name for `mta`) mailx hands the message to `sendmail`; an `mta`
//!   that is a path (or `file://`) names another such program;
//! * an SMTP server is `smtp://[user[:password]@]host[:port]` (port 25),
//!   `smtps://…` (TLS from the first byte, port 465), s-nail's
//!   `submission://…` (port 587), or Heirloom's bare `host[:port]`;
//! * with `smtp://` (or a bare host) the session stays in clear unless
//!   `smtp-use-starttls` is set, which sends STARTTLS and gives up when
//!   the server refuses it;
//! * the login: `smtp-auth-user` / `smtp-auth-password` (or the URL's
//!   user and password); `smtp-auth` names the method (`login`, `plain`,
//!   `cram-md5`…; `none` logs in not at all);
//! * `ssl-verify` (s-nail: `tls-verify`) `ignore` or `warn` goes on with a
//!   certificate that fails verification (`strict` and the default `ask`
//!   stop or ask);
//! * `from` is the From address (and the envelope sender).

use crate::extract::profile::fields;
use crate::extract::profile::{
    fix_text, k, kr, mark, syn, words, Fix, Hooks, Key, Marker, Profile, Read, Switch, UrlFlavor,
    Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Field, Role, Role::*, Security, Syntax, Tls, Value};

const KEYS: &[Key] = &[
    kr("mta", Url, Read::Url(UrlFlavor::Nodemailer)),
    // An `mta` that is no SMTP URL names a program (see `finish`).
    k("mta", Transport),
    // Heirloom's `host[:port]`, or a URL (see `finish`).
    kr("smtp", Host, Read::HostPort),
    k("smtp-use-starttls", StartTls),
    k("smtp-auth-user", Username),
    k("smtp-auth-password", Password),
    k("smtp-auth", AuthMethod),
    k("from", From),
    // On a command line (`read::argv`): `-r address` is the From.
    k("mailx().r|mail().r|s-nail().r|nail().r", From),
    k("ssl-verify|tls-verify", VerifyMode),
];

/// Names no other client writes.
const MARKERS: &[Marker] = &[
    mark("smtp-use-starttls"),
    mark("smtp-auth-user"),
    mark("smtp-auth-password"),
    mark("smtp-auth"),
    mark("v15-compat"),
    mark("ssl-verify"),
    mark("tls-verify"),
    mark("nss-config-dir"),
    mark("mta"),
];

const OTHER_KEYS: Words = words![
    "v15-compat",
    "nss-config-dir",
    "smtp-hostname",
    "smtp-from",
    "ssl-ca-file",
    "ssl-ca-dir",
    "tls-ca-file",
    "tls-ca-dir",
    "sendwait",
    "hostname",
];

fn url_scheme(cfg: &Config) -> Option<(String, &Field)> {
    if let Some(s) = cfg.get(Scheme) {
        return Some((s.value.text.to_ascii_lowercase(), s));
    }
    let url = cfg.get(Url)?;
    let (word, _) = url.value.text.trim_start().split_once("://")?;
    (!word.is_empty() && word.bytes().all(|b| b.is_ascii_alphabetic()))
        .then(|| (word.to_ascii_lowercase(), url))
}

fn is_set(f: &Field) -> bool {
    !matches!(
        f.value.text.trim().to_ascii_lowercase().as_str(),
        "no" | "false" | "0" | "off"
    )
}

/// `smtps://` implicit; otherwise STARTTLS only with `smtp-use-starttls`.
fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    if cfg.get(Url).is_none() && cfg.get(Host).is_none() {
        return tls;
    }
    if let Some((scheme, at)) = url_scheme(cfg) {
        if scheme == "smtps" {
            tls.choose(Security::Implicit, Evidence::of(at));
            return tls;
        }
    }
    match cfg.get(StartTls) {
        Some(f) if f.value.is_reference() => {}
        Some(f) if is_set(f) => {
            tls.choose(Security::StartTls, Evidence::of(f));
        }
        f => {
            tls.choose(
                Security::None,
                f.map_or_else(
                    || Evidence::absent("no smtp-use-starttls (mailx then sends in clear)"),
                    Evidence::of,
                ),
            );
        }
    }
    tls
}

fn default_port(cfg: &Config) -> Option<u16> {
    match url_scheme(cfg) {
        Some((s, _)) if s == "smtps" => Some(465),
        Some((s, _)) if s == "submission" => Some(587),
        _ => Some(25),
    }
}

/// `smtp=` holding a URL is read as one; an `mta` that is no URL is a
/// sendmail-like program.
/// `ssl-verify=ignore|warn` goes on without a verified certificate.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        // `smtp=smtp://…` (s-nail's old name for `mta`): a URL after all.
        let url_in_smtp = cfg
            .all(Host)
            .filter(|f| f.key == "smtp" && f.value.text.contains("://"))
            .last()
            .map(|f| f.value.span.clone());
        if let Some(span) = url_in_smtp {
            let entry = doc.entries.iter().find(|e| {
                e.value.span() == span && matches!(e.syntax, Syntax::Commands | Syntax::Words)
            });
            if let Some(e) = entry {
                let (fields, _) =
                    fields::expand(doc, e, Url, Read::Url(UrlFlavor::Nodemailer), &MAILX);
                cfg.fields
                    .retain(|f| !(f.key == "smtp" && matches!(f.role, Host | Port)));
                cfg.fields.extend(fields);
            }
        }
        // The program row reads an SMTP URL too: that one is no program.
        cfg.fields
            .retain(|f| !(f.role == Transport && f.value.text.contains("://")));
        let skip = cfg.get(VerifyMode).filter(|f| {
            matches!(
                f.value.text.trim().to_ascii_lowercase().as_str(),
                "ignore" | "warn"
            )
        });
        if let Some(f) = skip {
            let on = standing_for(f, SkipVerify, "true");
            cfg.push(on);
        }
    }
}

/// A field that stands for what another one's value means (`ssl-verify
/// ignore` is verification off): its key and place, a decoded text.
pub(super) fn standing_for(f: &Field, role: Role, text: &str) -> Field {
    Field {
        role,
        value: Value {
            text: text.into(),
            verbatim: false,
            reference: None,
            ..f.value.clone()
        },
        ..f.clone()
    }
}

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "mta=smtp://…@smtp.postmarkapp.com:{port} (with smtp-use-starttls)",
    ),
    fix_text(W::Host, &[], "mta=smtp://…@{host}:587 (or smtp={host}:587)"),
    fix_text(
        W::StartTls,
        &[],
        "smtp-use-starttls, with an smtp:// server (not smtps://) on port 587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "ssl-verify=strict (tls-verify=strict in s-nail)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "smtp-auth=login with smtp-auth-user and smtp-auth-password",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a mailx built with a current OpenSSL or NSS",
    ),
    fix_text(W::Username, &[], "smtp-auth-user={value}"),
    fix_text(W::Password, &[], "smtp-auth-password={value}"),
    fix_text(W::From, &[], "from={value}"),
    fix_text(
        W::Stream,
        &[],
        "a header `X-PM-Message-Stream: {value}` in the message (s-nail: `customhdr`)",
    ),
];

pub static MAILX: Profile = Profile {
    id: "mailx",
    name: "mailx / s-nail (.mailrc)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.sdaoden.eu/code-nail.html https://linux.die.net/man/1/mailx",
    // `set` lines, and `-S name=value` on a mailx command line.
    syntaxes: syn::COMMANDS | syn::WORDS,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["smtp-", "ssl-", "tls-"],
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words!["/", "file:"],
        missing: None,
        off: None,
        name: "mta",
    }),
    fixes: FIXES,
    sender_hint: "`set from=…` (the From address and the envelope sender)",
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

    const RC: &str = "set v15-compat\nset mta=smtp://1f86a2b4-55c1-4a0e-9d1b-3c2d11115948:1f86a2b4-55c1-4a0e-9d1b-3c2d11115948@smtp.postmarkapp.com:587 smtp-use-starttls\nset smtp-auth=plain\nset from=\"ops@acme-widgets.io\"\n";

    #[test]
    fn s_nail_mta_with_starttls() {
        let (client, s, ids) = linted(RC);
        assert_eq!(client, "mailx");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "ops@acme-widgets.io");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn without_starttls_clear_and_smtps_implicit() {
        let (_, s, ids) = linted(&RC.replace(" smtp-use-starttls", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = linted(&RC.replace("mta=smtp://", "mta=smtps://"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn heirloom_host_and_port_and_ignored_verification() {
        let rc = "set smtp-use-starttls\nset ssl-verify=ignore\nset smtp=smtp.postmarkapp.com:2525\nset smtp-auth=login\nset smtp-auth-user=1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\nset smtp-auth-password=1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\nset from=ops@acme-widgets.io\n";
        let (client, s, ids) = linted(rc);
        assert_eq!(client, "mailx");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 2525);
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn an_mta_program_is_local() {
        let (_, _, ids) = linted("set mta=/usr/bin/msmtp\nset from=a@acme.io\nset v15-compat\n");
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}

//! mutt and NeoMutt (`~/.muttrc`, `~/.config/mutt/muttrc`, `neomuttrc`):
//! `set variable=value` commands (read by `read::commands`).
//!
//! Meaning (the Mutt manual, "Optional Features: SMTP Support" and the
//! variable reference for `$smtp_url`, `$smtp_pass`, `$ssl_starttls`,
//! `$ssl_force_tls`, <http://www.mutt.org/doc/manual/>; muttrc(5); the
//! code: `smtp.c` `mutt_smtp_send`/`smtp_open`, `url.c`; NeoMutt's
//! `send/smtp.c` and its reference for `$smtp_user`):
//!
//! * Mutt speaks SMTP only when `$smtp_url` is set; otherwise it hands the
//!   message to the `$sendmail` program (default `/usr/sbin/sendmail`).
//! * `$smtp_url` is `smtp[s]://[user[:pass]@]host[:port]/`; the port
//!   defaults to 25 for `smtp://` and 465 for `smtps://`. `url.c` takes
//!   the user information up to the LAST `@`, so `smtp://me@gmail.com@…`
//!   is read right (a `/`, `?`, `#` or bare `%` in it is not).
//! * `smtps://` starts TLS on the first byte. With `smtp://`,
//!   `$ssl_force_tls` set requires STARTTLS (mutt tries it even when the
//!   server does not offer it, and gives up without TLS); otherwise
//!   `$ssl_starttls` (a quad-option, `yes` by default) uses STARTTLS when
//!   the server offers it, and `unset ssl_starttls` stays in clear.
//!   `$ssl_force_tls` is off by default in Mutt 1.x and on since Mutt 2.0
//!   and NeoMutt 2023 (both then ignore `$ssl_starttls`): this table reads
//!   an `unset ssl_starttls` without `ssl_force_tls` as clear text, the
//!   meaning on the versions where it still does something.
//! * Mutt logs in only when the URL names a user (NeoMutt also takes
//!   `$smtp_user`; the URL's user wins). The password is the URL's, or
//!   `$smtp_pass`; with neither, mutt asks for it when it sends.
//!   `$smtp_authenticators` lists the SASL methods to try.
//! * The From is `$from` (or a `my_hdr From:` header), with `$realname`
//!   as the display name; mutt sends it as the envelope sender too.
//! * Values in backticks are a command's output, `$name` a variable:
//!   references the page cannot read.

use crate::extract::profile::{
    fix_text, k, kr, mark, syn, words, Fix, Hooks, Key, Marker, Profile, Read, Switch, UrlFlavor,
    Words, WriteKind as W, BASE,
};
use crate::extract::read::url;
use crate::extract::read::Document;
use crate::extract::{Config, Write};
use crate::model::{Evidence, Field, Role::*, Security, Syntax, Tls};

const KEYS: &[Key] = &[
    kr("smtp_url", Url, Read::Url(UrlFlavor::Nodemailer)),
    k("smtp_pass", Password),
    k("smtp_user", Username),
    k("from", From),
    k("my_hdr.From", From),
    k("ssl_starttls", StartTls),
    k("ssl_force_tls", Encryption),
    k("smtp_authenticators", AuthMethod),
    k("sendmail", Transport),
];

/// Variables only mutt has (`from`, `sendmail` are everyone's words).
const MARKERS: &[Marker] = &[
    mark("smtp_url"),
    mark("smtp_pass"),
    mark("smtp_authenticators"),
    mark("ssl_starttls"),
    mark("ssl_force_tls"),
    mark("realname"),
    mark("imap_user"),
    mark("imap_pass"),
    mark("spoolfile"),
    mark("my_hdr.*"),
];

/// mutt's other `smtp_*` and `ssl_*` variables (the families whose
/// misspellings are reported).
const OTHER_KEYS: Words = words![
    "smtp_oauth_refresh_command",
    "smtp_authenticators",
    "ssl_verify_host",
    "ssl_verify_dates",
    "ssl_use_sslv2",
    "ssl_use_sslv3",
    "ssl_use_tlsv1",
    "ssl_use_tlsv1_1",
    "ssl_use_tlsv1_2",
    "ssl_use_tlsv1_3",
    "ssl_usesystemcerts",
    "ssl_ca_certificates_file",
    "ssl_client_cert",
    "ssl_ciphers",
    "ssl_min_dh_prime_bits",
    "ssl_verify_partial_chains",
    "smtp_user",
];

fn is_on(f: &Field) -> Option<bool> {
    match f.value.text.trim().to_ascii_lowercase().as_str() {
        "yes" | "ask-yes" | "ask-no" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// `smtps://` is TLS from the first byte; `smtp://` uses STARTTLS, when
/// offered unless `$ssl_force_tls` requires it, and stays in clear with
/// `unset ssl_starttls` (and no `$ssl_force_tls`).
fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let Some((scheme, at)) = scheme(cfg) else {
        return tls;
    };
    if scheme.eq_ignore_ascii_case("smtps") {
        tls.choose(Security::Implicit, Evidence::of(at));
        return tls;
    }
    let force = cfg.get(Encryption);
    let starttls = cfg.get(StartTls);
    if [force, starttls]
        .iter()
        .flatten()
        .any(|f| f.value.is_reference() || is_on(f).is_none())
    {
        return tls;
    }
    match (force.filter(|f| is_on(f) == Some(true)), starttls) {
        (Some(f), _) => {
            tls.choose(Security::StartTls, Evidence::of(f));
        }
        (None, Some(s)) if is_on(s) == Some(false) => {
            tls.choose(Security::None, Evidence::of(s));
        }
        (None, s) => {
            tls.choose(
                Security::StartTls,
                s.map_or_else(
                    || {
                        Evidence::absent(
                            "ssl_starttls (on by default: STARTTLS when the server offers it)",
                        )
                    },
                    Evidence::of,
                ),
            );
        }
    }
    tls
}

fn default_port(cfg: &Config) -> Option<u16> {
    match scheme(cfg) {
        Some((s, _)) if s.eq_ignore_ascii_case("smtps") => Some(465),
        Some(_) => Some(25),
        None => None,
    }
}

/// The URL's scheme and the field that says it: its own part, or the
/// start of a URL built from variables (`"smtps://$my_user@…"`), whose
/// scheme is written all the same.
fn scheme(cfg: &Config) -> Option<(&str, &Field)> {
    if let Some(s) = cfg.get(Scheme) {
        return Some((s.value.text.as_str(), s));
    }
    let url = cfg.get(Url)?;
    let (word, _) = url.value.text.trim_start().split_once("://")?;
    (!word.is_empty() && word.bytes().all(|b| b.is_ascii_alphabetic())).then_some((word, url))
}

/// With `$smtp_url` set, `$sendmail` is not used; the URL's user wins over
/// NeoMutt's `$smtp_user`; without a password mutt asks for it.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(_doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        if cfg.get(Url).is_some() {
            cfg.ignore_fields(|f| f.role != Transport);
        }
        if cfg
            .all(Username)
            .any(|f| f.syntax == Syntax::Url && !f.value.text.is_empty())
        {
            cfg.ignore_fields(|f| f.role != Username || f.syntax == Syntax::Url);
        }
        super::kit::password_elsewhere(
            cfg,
            "password",
            super::kit::Source::Asked("mutt asks for it when it sends (no smtp_pass)"),
            super::kit::At::ValueEnd,
        );
    }
}

/// A change to the URL, written as the `smtp_url=…` setting (the rules
/// say "Set …" before it).
fn write(cfg: &Config, what: &Write) -> Option<String> {
    let f = cfg.get(Url)?;
    let t = &f.value.text;
    let u = url::parse(t, 0..t.len())?;
    let set = |url: String| format!("smtp_url=\"{url}\"");
    Some(match what {
        Write::Port(465) => set(url::display(t, &u, Some("smtps"), None, Some(465), &[])),
        Write::Port(p) => set(url::display(t, &u, Some("smtp"), None, Some(*p), &[])),
        Write::Host(h) => set(url::display(t, &u, None, Some(h), None, &[])),
        Write::StartTls => {
            let smtps = t
                .get(u.scheme.raw.clone())
                .is_some_and(|s| s.eq_ignore_ascii_case("smtps"));
            match u.port_number() {
                Some(p) if p != 465 && !smtps => "ssl_force_tls=yes (STARTTLS required)".into(),
                p => format!(
                    "{} and ssl_force_tls=yes",
                    set(url::display(
                        t,
                        &u,
                        Some("smtp"),
                        None,
                        Some(p.filter(|p| *p != 465).unwrap_or(587)),
                        &[]
                    ))
                ),
            }
        }
        _ => return None,
    })
}

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "smtp_url=\"smtp://…@smtp.postmarkapp.com:{port}/\"",
    ),
    fix_text(W::Host, &[], "smtp_url=\"smtp://…@{host}:587/\""),
    fix_text(
        W::StartTls,
        &[],
        "smtp_url=\"smtp://…@smtp.postmarkapp.com:587/\" and ssl_force_tls=yes",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "ssl_verify_host=yes and ssl_verify_dates=yes (and accept no certificate by hand)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "a user in the URL: smtp_url=\"smtp://TOKEN@smtp.postmarkapp.com:587/\"",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "ssl_use_tlsv1_2=yes (and ssl_use_tlsv1_3=yes)",
    ),
    fix_text(
        W::Username,
        &[],
        "smtp_url=\"smtp://{value}@smtp.postmarkapp.com:587/\"",
    ),
    fix_text(W::Password, &[], "smtp_pass=\"{value}\""),
    fix_text(W::From, &[], "from=\"{value}\""),
    fix_text(
        W::Stream,
        &[],
        "a header line `my_hdr X-PM-Message-Stream: {value}`",
    ),
];

pub static MUTT: Profile = Profile {
    id: "mutt",
    name: "mutt / NeoMutt (muttrc)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "http://www.mutt.org/doc/manual/#smtp https://neomutt.org/guide/reference",
    syntaxes: syn::COMMANDS,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["smtp_", "ssl_"],
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![
            "sendmail",
            "msmtp",
            "ssmtp",
            "nullmailer",
            "esmtp",
            "dma",
            "postfix",
            "exim"
        ],
        missing: None,
        off: None,
        name: "smtp_url",
    }),
    userinfo_to_last_at: true,
    fixes: FIXES,
    sender_hint:
        "`set from=…` (with `set realname=…`), which mutt also sends as the envelope sender",
    hooks: Hooks {
        tls: Some(tls),
        default_port: Some(default_port),
        finish: Some(finish),
        write: Some(write),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted};

    const RC: &str = "set realname = \"Ops Team\"\nset from = \"ops@acme-widgets.io\"\nset smtp_url = \"smtp://1f86a2b4-55c1-4a0e-9d1b-3c2d11115948@smtp.postmarkapp.com:587/\"\nset smtp_pass = \"1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\"\nset ssl_starttls = yes\nset ssl_force_tls = yes\n";

    #[test]
    fn smtp_url_with_force_tls_is_starttls() {
        let (client, s, ids) = linted(RC);
        assert_eq!(client, "mutt");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "ops@acme-widgets.io");
        assert!(!has(&ids, "auth/missing-password"), "{ids:?}");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn smtps_is_implicit_and_defaults_to_465() {
        let rc = RC
            .replace("smtp://1f86", "smtps://1f86")
            .replace(":587/", "/");
        let (_, s, _) = linted(&rc);
        assert_eq!(s["security"], "implicit");
        let c = crate::extract::extract(&rc);
        assert_eq!(c[0].effective_port(), Some(465));
        let plain = crate::extract::extract(&RC.replace(":587/", "/"));
        assert_eq!(plain[0].effective_port(), Some(25));
        let rc = RC.replace("smtp://1f86", "smtps://1f86");
        let (_, s, ids) = linted(&rc);
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn unset_starttls_is_clear_text_unless_forced() {
        let rc = RC
            .replace("set ssl_starttls = yes", "unset ssl_starttls")
            .replace("set ssl_force_tls = yes\n", "");
        let (_, s, ids) = linted(&rc);
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let rc = RC.replace("set ssl_starttls = yes", "unset ssl_starttls");
        let (_, s, _) = linted(&rc);
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn no_password_means_a_prompt_and_no_user_no_login() {
        let rc = RC.replace(
            "set smtp_pass = \"1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\"\n",
            "",
        );
        let (_, _, ids) = linted(&rc);
        assert!(!has(&ids, "auth/missing-password"), "{ids:?}");
        let rc = rc.replace("smtp://1f86a2b4-55c1-4a0e-9d1b-3c2d11115948@", "smtp://");
        let (_, _, ids) = linted(&rc);
        assert!(has(&ids, "auth/missing-username"), "{ids:?}");
    }

    #[test]
    fn an_at_in_the_user_is_read_up_to_the_last_one() {
        let rc = "set smtp_url = \"smtp://ops.team@acme-widgets.io@smtp.gmail.com:587/\"\nset smtp_pass = \"x/y\"\nset ssl_force_tls = yes\n";
        let (_, s, ids) = linted(rc);
        assert_eq!(s["host"], "smtp.gmail.com");
        assert!(!has(&ids, "url/unencoded-credentials"), "{ids:?}");
        let (_, _, ids) = linted(&rc.replace("ops.team@acme-widgets.io@", "ops:p/w@"));
        assert!(has(&ids, "url/unencoded-credentials"), "{ids:?}");
    }

    #[test]
    fn a_url_made_of_variables_keeps_its_scheme() {
        let rc = "set my_user=\"ops\"\nset smtp_url=\"smtps://$my_user@smtp.$my_host\"\nset ssl_force_tls = yes\n";
        let (_, s, _) = linted(rc);
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn sendmail_without_smtp_url_is_local() {
        let rc = "set realname = \"A\"\nset from = \"a@acme.io\"\nset sendmail = \"/usr/bin/msmtp\"\nset ssl_force_tls = yes\n";
        let (client, _, ids) = linted(rc);
        assert_eq!(client, "mutt");
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}

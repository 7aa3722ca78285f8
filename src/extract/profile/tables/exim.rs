//! Exim as a smarthost client on Debian and Ubuntu:
//! `/etc/exim4/update-exim4.conf.conf` (written by `dpkg-reconfigure
//! exim4-config`, read by `update-exim4.conf`), with the credentials in
//! `/etc/exim4/passwd.client`.
//!
//! Meaning (Debian's README.Debian "Using Exim as a smarthost client",
//! `update-exim4.conf(8)`, `exim4_passwd_client(5)`, and the Exim
//! specification, "The manualroute router" and "The smtp transport"):
//!
//! * `dc_eximconfig_configtype` is the mail switch: `smarthost` and
//!   `satellite` send everything non-local through `dc_smarthost`;
//!   `internet` delivers straight to the recipients' MX hosts (these
//!   settings unused); `local` delivers only locally and `none` writes no
//!   configuration (no mail leaves).
//! * `dc_smarthost` is an Exim host list: hosts separated by `:`, so a
//!   port is written with a **doubled colon**, `smtp.postmarkapp.com::587`
//!   (a single colon would start another host). The first host is the one
//!   tried first. Without a port Exim uses 25.
//! * TLS: Debian's `remote_smtp_smarthost` transport leaves Exim's default,
//!   STARTTLS whenever the server offers it (`hosts_try_tls = *`); Debian
//!   sends the password only over TLS. There is no implicit TLS unless a
//!   `REMOTE_SMTP_SMARTHOST_PROTOCOL = smtps` macro is added by hand, so
//!   `::465` speaks plain SMTP to a port that waits for a TLS handshake.
//! * The login is not in this file: `passwd.client` holds
//!   `host:login:password` lines, the host matched against the smarthost
//!   (its reverse-DNS name, or a wildcard such as `*.postmarkapp.com`; the
//!   first matching line wins). When those lines are pasted too, the one
//!   for the smarthost gives the username and password.
//! * The From is the local user's address (rewritten with `dc_readhost`
//!   and `/etc/email-addresses`), not a setting here.

use std::ops::Range;

use crate::extract::profile::{
    fix_text, k, mark, syn, words, Fix, Hooks, Key, Profile, Switch, Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Field, Quote, Role, Role::*, Value};

const KEYS: &[Key] = &[
    k("dc_smarthost", Host),
    k("dc_eximconfig_configtype", Transport),
];

const OTHER_KEYS: Words = words![
    "dc_other_hostnames",
    "dc_local_interfaces",
    "dc_readhost",
    "dc_relay_domains",
    "dc_minimaldns",
    "dc_relay_nets",
    "dc_use_split_config",
    "dc_hide_mailname",
    "dc_mailname_in_oh",
    "dc_localdelivery",
    "CFILEMODE",
];

/// Where Debian's Exim keeps the login.
const PASSWD_CLIENT: &str = "/etc/exim4/passwd.client";

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "dc_smarthost='smtp.postmarkapp.com::{port}' (two colons before the port), then update-exim4.conf",
    ),
    fix_text(
        W::Host,
        &[],
        "dc_smarthost='{host}::587', then update-exim4.conf",
    ),
    fix_text(
        W::StartTls,
        &[],
        "REMOTE_SMTP_SMARTHOST_HOSTS_REQUIRE_TLS = * in /etc/exim4/exim4.conf.localmacros",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "REMOTE_SMTP_SMARTHOST_TLS_VERIFY_CERTIFICATES = /etc/ssl/certs/ca-certificates.crt in exim4.conf.localmacros",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "a `*.postmarkapp.com:TOKEN:TOKEN` line in /etc/exim4/passwd.client",
    ),
    fix_text(W::TlsModern, &[], "a current exim4 package (TLS 1.2+)"),
    fix_text(
        W::Username,
        &[],
        "`*.postmarkapp.com:{value}:…` in /etc/exim4/passwd.client",
    ),
    fix_text(
        W::Password,
        &[],
        "`*.postmarkapp.com:…:{value}` in /etc/exim4/passwd.client",
    ),
    fix_text(
        W::From,
        &[],
        "`user: {value}` in /etc/email-addresses (the sender is the local user's address)",
    ),
    fix_text(
        W::Stream,
        &[],
        "Exim has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static EXIM_DEBIAN: Profile = Profile {
    id: "exim4-debian",
    name: "Exim smarthost (Debian update-exim4.conf.conf)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://manpages.debian.org/exim4-config/update-exim4.conf.8.en.html https://manpages.debian.org/exim4-config/exim4_passwd_client.5.en.html https://www.exim.org/exim-html-current/doc/html/spec_html/ch-the_manualroute_router.html",
    syntaxes: syn::ENV | syn::CONF | syn::INI,
    keys: KEYS,
    markers: &[mark("dc_smarthost"), mark("dc_eximconfig_configtype")],
    needs_marker: true,
    family: &["dc_"],
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    port: Some(25),
    switch: Some(Switch {
        smtp: words!["smarthost", "satellite"],
        no_mail: words!["local", "none"],
        local: words![],
        missing: None,
        off: None,
        name: "dc_eximconfig_configtype",
    }),
    fixes: FIXES,
    sender_hint: "/etc/email-addresses (`user: you@yourdomain.com`) or dc_readhost: Exim sends as the local user",
    hooks: Hooks {
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

/// `dc_smarthost`: the first host of the list, and its `::port`; the login
/// lives in passwd.client.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(doc: &Document, configs: &mut Vec<Config>) {
    let lines = passwd_client_lines(doc.input);
    for cfg in configs.iter_mut() {
        let Some(i) = cfg.fields.iter().position(|f| f.role == Host) else {
            continue;
        };
        let host = cfg.fields[i].clone();
        if let Some((h, port)) = split_smarthost(&host) {
            cfg.fields[i] = h;
            if let Some(p) = port {
                cfg.push(p);
            }
        }
        let smarthost = cfg.get(Host).map(|f| f.value.text.to_ascii_lowercase());
        if let (None, Some(h)) = (cfg.get(Username), smarthost) {
            if let Some((_, login, pass)) = lines.iter().find(|l| l.0.matches(&h)) {
                let (login, pass) = (login.clone(), pass.clone());
                cfg.push(login_field(doc, Username, login, host.syntax));
                cfg.push(login_field(doc, Password, pass, host.syntax));
            }
        }
        if cfg.get(Username).is_none() && cfg.get(CredentialsFile).is_none() {
            let at = host.key_span.start..host.key_span.start;
            cfg.push(Field {
                role: CredentialsFile,
                key: "dc_smarthost (its login is in passwd.client)".into(),
                key_span: at.clone(),
                value: Value {
                    text: PASSWD_CLIENT.into(),
                    span: at,
                    quote: Quote::None,
                    verbatim: false,
                    reference: None,
                },
                syntax: host.syntax,
            });
        }
    }
}

/// The host pattern of a `passwd.client` line: a name, `*` or `*.domain`.
struct HostPattern(String);

impl HostPattern {
    fn matches(&self, host: &str) -> bool {
        let p = self.0.as_str();
        p == "*"
            || p == host
            || p.strip_prefix('*')
                .is_some_and(|suffix| suffix.starts_with('.') && host.ends_with(suffix))
    }
}

/// The paste's `passwd.client` lines, `host:login:password` (the password
/// is the rest of the line, colons included), in one pass: the host
/// pattern and the login's and password's spans. A line holding blanks or
/// `=` is no such line (a shell or conf line).
fn passwd_client_lines(input: &str) -> Vec<(HostPattern, Range<usize>, Range<usize>)> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in input.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let t = line.trim_end_matches(['\n', '\r']);
        if t.is_empty() || t.starts_with('#') || t.contains([' ', '\t', '=', '\'', '"']) {
            continue;
        }
        let mut parts = t.splitn(3, ':');
        let (Some(h), Some(l), Some(p)) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        let host_like = h == "*"
            || h.contains('.')
                && h.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'*'));
        if !host_like || l.is_empty() || p.is_empty() {
            continue;
        }
        let l_start = start + h.len() + 1;
        let p_start = l_start + l.len() + 1;
        out.push((
            HostPattern(h.to_ascii_lowercase()),
            l_start..l_start + l.len(),
            p_start..p_start + p.len(),
        ));
    }
    out
}

/// A login field read from a `passwd.client` line.
fn login_field(
    doc: &Document,
    role: Role,
    span: Range<usize>,
    syntax: crate::model::Syntax,
) -> Field {
    Field {
        role,
        key: "passwd.client".into(),
        key_span: span.clone(),
        value: Value {
            text: doc.input[span.clone()].to_string(),
            span,
            quote: Quote::None,
            verbatim: true,
            reference: None,
        },
        syntax,
    }
}

/// The first host of an Exim host list (`a::587 : b`) and its port, as
/// fields with their own spans. `None` for a reference or when the value
/// is not verbatim (its parts have no place in the text).
fn split_smarthost(f: &Field) -> Option<(Field, Option<Field>)> {
    let v = &f.value;
    if v.is_reference() || !v.verbatim {
        return None;
    }
    let t = v.text.as_str();
    // The first item ends at a single `:` (a doubled one is a literal colon).
    let b = t.as_bytes();
    let mut end = t.len();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b':' {
            if b.get(i + 1) == Some(&b':') {
                i += 2;
                continue;
            }
            end = i;
            break;
        }
        i += 1;
    }
    let item = &t[..end];
    let lead = item.len() - item.trim_start().len();
    let item_t = item.trim();
    let (host_r, port_r) = match item_t.find("::") {
        Some(c) => (lead..lead + c, Some(lead + c + 2..lead + item_t.len())),
        None => (lead..lead + item_t.len(), None),
    };
    let host = Field {
        value: part(v, host_r),
        ..f.clone()
    };
    let port = port_r.map(|r| Field {
        role: Role::Port,
        value: part(v, r),
        ..f.clone()
    });
    Some((host, port))
}

fn part(v: &Value, r: Range<usize>) -> Value {
    Value {
        text: v.text[r.clone()].to_string(),
        span: v.span.start + r.start..v.span.start + r.end,
        quote: v.quote,
        verbatim: true,
        reference: None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const FILE: &str = "dc_eximconfig_configtype='smarthost'\ndc_other_hostnames=''\ndc_local_interfaces='127.0.0.1 ; ::1'\ndc_readhost='acme.io'\ndc_relay_domains=''\ndc_minimaldns='false'\ndc_relay_nets=''\n";

    #[test]
    fn double_colon_is_the_port_and_starttls_when_offered() {
        let (client, s, ids) = first(&format!("{FILE}dc_smarthost='smtp.postmarkapp.com::587'\n"));
        assert_eq!(client, "exim4-debian");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i.starts_with("host/")), "{ids:?}");
        // The login is in passwd.client, not missing.
        assert!(
            ids.iter().any(|i| i == "auth/external-credentials"),
            "{ids:?}"
        );
        assert!(
            !ids.iter().any(|i| i.starts_with("auth/missing")),
            "{ids:?}"
        );
    }

    /// passwd.client pasted with the file: the line for the smarthost
    /// (by name or wildcard) gives the login.
    #[test]
    fn passwd_client_lines_give_the_login() {
        let conf = format!("{FILE}dc_smarthost='smtp.postmarkapp.com::587'\n");
        let tok = "9a8b7c6d-1234-4e5f-8a9b-0c1d2e3f4a5b";
        for line in [
            format!("smtp.postmarkapp.com:{tok}:{tok}"),
            format!("*.postmarkapp.com:{tok}:{tok}"),
        ] {
            let (_, s, ids) = first(&format!(
                "{conf}\n# /etc/exim4/passwd.client\nsmtp.other.io:u:p\n{line}\n"
            ));
            assert_eq!(s["username"], "9a8b…4a5b", "{line}");
            assert!(!ids.iter().any(|i| i.starts_with("auth/")), "{ids:?}");
        }
        let (_, _, ids) = first(&format!(
            "{conf}\n{tok}:{tok}x\n*.postmarkapp.com:{tok}:{tok}x\n"
        ));
        assert!(
            ids.iter().any(|i| i == "auth/username-password-differ"),
            "{ids:?}"
        );
    }

    #[test]
    fn first_host_of_a_list_and_default_port_25() {
        let (_, s, ids) = first(&format!(
            "{FILE}dc_smarthost='smtp.postmarkapp.com : backup.acme.io::2525'\n"
        ));
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], serde_json::Value::Null);
        assert!(ids.iter().any(|i| i == "port/missing"), "{ids:?}");
    }

    #[test]
    fn port_465_is_plain_smtp_waiting_for_tls() {
        let (_, s, ids) = first(&format!("{FILE}dc_smarthost='smtp.postmarkapp.com::465'\n"));
        assert_eq!(s["port"], 465);
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn internet_and_local_do_not_use_the_smarthost() {
        let (_, _, ids) =
            first("dc_eximconfig_configtype='local'\ndc_smarthost='smtp.postmarkapp.com::587'\n");
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }
}

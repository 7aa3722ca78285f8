//! sendmail as a smarthost client: `sendmail.mc` (m4, built into
//! `sendmail.cf`) with `define(`SMART_HOST', …)`, the relay mailer's
//! arguments, and the credentials in the `authinfo` map's source
//! (`/etc/mail/authinfo`: `AuthInfo:host "U:…" "I:…" "P:…"` lines).
//!
//! Meaning (sendmail's `cf/README`: "Non-SMTP based configurations",
//! the OSTYPE table of mailer variables, `FEATURE(`authinfo')`,
//! `confAUTH_MECHANISMS`/`confDEF_AUTH_INFO`, "STARTTLS"; `cf/mailer/smtp.m4`
//! for the defaults of the `*_MAILER_ARGS`; the Installation and Operation
//! Guide `doc/op/op.me` on `AuthInfo` and client STARTTLS):
//!
//! * `SMART_HOST` is `[mailer:]host`; the mailer defaults to `relay`. The
//!   host is usually in `[brackets]`, which only turn the MX lookup off:
//!   the name inside is the host dialled.
//! * There is no port in `SMART_HOST`: the port is the fourth word of the
//!   chosen mailer's arguments, `RELAY_MAILER_ARGS` for `relay`
//!   (`ESMTP_MAILER_ARGS` for `esmtp:`, `SMTP_MAILER_ARGS` for `smtp:`…),
//!   `TCP $h 587`. Their default (`smtp.m4`) is `TCP $h`: port 25. A
//!   `:587` written after the host is not a port to sendmail (it stays
//!   part of the host name).
//! * TLS: sendmail as a client issues STARTTLS whenever the server offers
//!   it, if the binary was built with STARTTLS (the packages of Debian,
//!   Ubuntu, RHEL/Fedora and FreeBSD's base system are), and continues in
//!   clear otherwise; a `TLS_Srv:` access-map entry is what makes it
//!   required. **This table assumes such a build.** The relay mailer does
//!   not speak implicit TLS: `TCP $h 465` opens a plain SMTP session to a
//!   port that waits for a TLS handshake (the connection is reset).
//!   Certificates are checked only when an access-map `TLS_Srv:` entry asks
//!   for `VERIFY`; nothing here turns a check off.
//! * Credentials: `FEATURE(`authinfo')` reads the `authinfo` map (without
//!   it, `AuthInfo:` entries are looked up in the access map). The entry
//!   used is `AuthInfo:<smart host>`, else the default `AuthInfo:` (no
//!   host). Items: `U:` the user (authorization) id, `I:` the
//!   authentication id — the login the server checks; when only one of
//!   them is given it serves as both — `P:` the password (`=:` base64),
//!   `M:` the mechanisms (else `confAUTH_MECHANISMS`). An entry for another
//!   host is not used: sendmail then does not log in at all.
//! * The From is the local user's address (rewritten by `MASQUERADE_AS`,
//!   a genericstable…), not a setting here.

use std::ops::Range;

use crate::extract::profile::fields;
use crate::extract::profile::{
    fix_text, k, mark, syn, words, Fix, Hooks, Key, Marker, Profile, WriteKind as W, BASE,
};
use crate::extract::read::{Document, Entry, ValKind};
use crate::extract::Config;
use crate::model::{Field, Quote, Role, Role::*, Syntax, Value};

const KEYS: &[Key] = &[k("SMART_HOST", Host), k("RELAY_MAILER_ARGS", Port)];

const MARKERS: &[Marker] = &[
    mark("SMART_HOST"),
    mark("RELAY_MAILER_ARGS"),
    mark("ESMTP_MAILER_ARGS"),
    mark("FEATURE.authinfo"),
    mark("confAUTH_MECHANISMS"),
    mark("TRUST_AUTH_MECH"),
    mark("AuthInfo.P"),
];

/// The default authinfo map's source.
const AUTHINFO: &str = "/etc/mail/authinfo";
/// The default access map's source.
const ACCESS: &str = "/etc/mail/access";

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "define(`RELAY_MAILER_ARGS', `TCP $h {port}')dnl in sendmail.mc, then rebuild sendmail.cf",
    ),
    fix_text(
        W::Host,
        &[],
        "define(`SMART_HOST', `[{host}]')dnl in sendmail.mc, then rebuild sendmail.cf",
    ),
    fix_text(
        W::StartTls,
        &[],
        "define(`RELAY_MAILER_ARGS', `TCP $h 587')dnl (sendmail uses STARTTLS when offered; a `TLS_Srv:smtp.postmarkapp.com ENCR:128` access-map entry makes it required)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "a `TLS_Srv:smtp.postmarkapp.com VERIFY` entry in /etc/mail/access with confCACERT set",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "FEATURE(`authinfo')dnl in sendmail.mc and an `AuthInfo:smtp.postmarkapp.com \"U:TOKEN\" \"P:TOKEN\" \"M:PLAIN\"` line in /etc/mail/authinfo (then makemap hash)",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current sendmail package built with STARTTLS (OpenSSL with TLS 1.2+)",
    ),
    fix_text(
        W::Username,
        &[],
        "`\"U:{value}\"` in the AuthInfo: line of /etc/mail/authinfo (then makemap hash)",
    ),
    fix_text(
        W::Password,
        &[],
        "`\"P:{value}\"` in the AuthInfo: line of /etc/mail/authinfo (then makemap hash)",
    ),
    fix_text(
        W::From,
        &[],
        "MASQUERADE_AS(`yourdomain.com')dnl with FEATURE(`masquerade_envelope')dnl (sendmail sends as the local user)",
    ),
    fix_text(
        W::Stream,
        &[],
        "sendmail has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static SENDMAIL: Profile = Profile {
    id: "sendmail",
    name: "sendmail smart host (sendmail.mc, authinfo)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://ftp.sendmail.org/cf/README https://www.sendmail.org/~ca/email/auth.html https://github.com/freebsd/freebsd-src/blob/main/contrib/sendmail/cf/mailer/smtp.m4",
    syntaxes: syn::WORDS,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    other_keys: words![
        "ESMTP_MAILER_ARGS",
        "SMTP_MAILER_ARGS",
        "SMTP8_MAILER_ARGS",
        "DSMTP_MAILER_ARGS",
        "confAUTH_MECHANISMS",
        "confAUTH_OPTIONS",
        "confCACERT",
        "confCACERT_PATH",
        "confCLIENT_CERT",
        "confCLIENT_KEY",
        "confDOMAIN_NAME",
        "TRUST_AUTH_MECH",
        "MASQUERADE_AS",
        "MAILER",
        "OSTYPE",
        "authinfo",
        "U",
        "I",
        "P",
        "R",
        "M",
    ],
    port: Some(25),
    auth_switch: Some("an `AuthInfo:` entry for the smart host (FEATURE(`authinfo'))"),
    fixes: FIXES,
    sender_hint: "MASQUERADE_AS(`yourdomain.com') with FEATURE(`masquerade_envelope') in sendmail.mc: sendmail sends as the local user",
    hooks: Hooks {
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

/// The host of `SMART_HOST` without its `mailer:` and brackets, the port
/// from the chosen mailer's arguments, the login from the matching
/// `AuthInfo:` entry.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(doc: &Document, configs: &mut Vec<Config>) {
    let blocks = auth_blocks(doc);
    for cfg in configs.iter_mut() {
        let mut mailer = String::from("relay");
        let mut host_name: Option<String> = None;
        if let Some(i) = cfg.fields.iter().position(|f| f.role == Host) {
            let f = cfg.fields[i].clone();
            if let Some((m, host)) = split_smart_host(&f) {
                if let Some(m) = m {
                    mailer = m;
                }
                host_name = Some(host.value.text.to_ascii_lowercase());
                cfg.fields[i] = host;
            }
        }
        // The chosen mailer's arguments carry the port.
        if mailer != "relay" {
            let name = format!("{}_MAILER_ARGS", mailer.to_ascii_uppercase());
            let own = doc
                .entries
                .iter()
                .filter(|e| !e.commented() && doc.key_of(e) == name)
                .last();
            cfg.fields.retain(|f| f.role != Port);
            if let Some(e) = own {
                let v = fields::value_of(doc, e, &SENDMAIL);
                cfg.push(fields::field(doc, e, Port, v));
            }
        }
        if let Some(i) = cfg.fields.iter().rposition(|f| f.role == Port) {
            let f = cfg.fields[i].clone();
            match port_of_args(&f) {
                Some(p) => cfg.fields[i] = p,
                // `TCP $h`: the default port.
                None if !f.value.is_reference() => {
                    cfg.fields.remove(i);
                }
                None => {}
            }
        }
        if cfg.get(Username).is_some() || cfg.get(Password).is_some() {
            continue;
        }
        match pick(doc, &blocks, host_name.as_deref()) {
            Some(b) => {
                if let Some(h) = b.host {
                    cfg.push(auth_on(h.key_span(), "AuthInfo:", h.syntax));
                }
                for f in b.login(doc) {
                    cfg.push(f);
                }
            }
            None if blocks.is_empty() => {
                if let Some(store) = map_store(doc) {
                    cfg.push(auth_on(store.key_span.clone(), &store.key, store.syntax));
                    cfg.push(store);
                }
            }
            // Entries for other hosts only: sendmail does not log in.
            None => {}
        }
    }
}

/// An `AuthInfo:` entry (or the map that holds them) is what makes
/// sendmail log in.
fn auth_on(at: Range<usize>, key: &str, syntax: Syntax) -> Field {
    noted(Auth, key, at, "true".into(), syntax)
}

/// A field sendmail implies rather than reads at a place: named by `key`,
/// placed at the end of `at`.
fn noted(role: Role, key: &str, at: Range<usize>, text: String, syntax: Syntax) -> Field {
    Field {
        role,
        key: key.to_string(),
        key_span: at.clone(),
        value: Value {
            text,
            span: at.end..at.end,
            quote: Quote::None,
            verbatim: false,
            reference: None,
        },
        syntax,
    }
}

/// `[mailer:][host]`: the mailer named, and the host as a field of its own.
fn split_smart_host(f: &Field) -> Option<(Option<String>, Field)> {
    let v = &f.value;
    if v.is_reference() || !v.verbatim {
        return None;
    }
    let t = v.text.as_str();
    let mut start = 0;
    let mut mailer = None;
    // `relay:[host]`, `esmtp:host` (not the `:` of an IPv6 literal).
    if let Some(c) = t.find(':') {
        let m = &t[..c];
        if !m.is_empty()
            && !m.contains('[')
            && m.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            mailer = Some(m.to_string());
            start = c + 1;
        }
    }
    let rest = &t[start..];
    let lead = rest.len() - rest.trim_start().len();
    let mut s = start + lead;
    let e = start + rest.trim_end().len();
    let mut text = t[s..e].to_string();
    let mut verbatim = true;
    if let Some(inner) = text.strip_prefix('[') {
        if let Some(close) = inner.find(']') {
            // `[host]`: the name inside. Anything after the `]` (`]:587`)
            // is no port to sendmail: it stays with the name, unbracketed.
            let after = &inner[close + 1..];
            if after.is_empty() {
                s += 1;
                text = inner[..close].to_string();
            } else {
                text = format!("{}{after}", &inner[..close]);
                verbatim = false;
            }
        }
    }
    let end = if verbatim { s + text.len() } else { e };
    let host = Field {
        value: Value {
            text,
            span: v.span.start + s..v.span.start + end,
            quote: v.quote,
            verbatim,
            reference: None,
        },
        ..f.clone()
    };
    Some((mailer, host))
}

/// `TCP $h 587`: the port word as a field of its own.
fn port_of_args(f: &Field) -> Option<Field> {
    let v = &f.value;
    if v.is_reference() || !v.verbatim {
        return None;
    }
    let t = v.text.as_str();
    let mut words = t
        .char_indices()
        .filter(|&(i, c)| !c.is_whitespace() && (i == 0 || t[..i].ends_with(char::is_whitespace)))
        .map(|(i, _)| {
            let end = t[i..].find(char::is_whitespace).map_or(t.len(), |e| i + e);
            i..end
        });
    let port = words.nth(2)?;
    Some(Field {
        value: Value {
            text: t[port.clone()].to_string(),
            span: v.span.start + port.start..v.span.start + port.end,
            quote: v.quote,
            verbatim: true,
            reference: None,
        },
        ..f.clone()
    })
}

/// One `AuthInfo:` line: its host and items, as entries.
#[derive(Default)]
struct Block<'d> {
    host: Option<&'d Entry>,
    user: Option<&'d Entry>,
    authid: Option<&'d Entry>,
    password: Option<&'d Entry>,
}

impl Block<'_> {
    fn host_text<'a>(&self, doc: &'a Document) -> &'a str {
        self.host.map_or("", |e| doc.text_of(&e.value))
    }

    /// The login (`I:`, else `U:`) and the password.
    fn login(&self, doc: &Document) -> Vec<Field> {
        let mut out = Vec::new();
        if let Some(e) = self.authid.or(self.user) {
            let v = fields::value_of(doc, e, &SENDMAIL);
            out.push(fields::field(doc, e, Username, v));
        }
        if let Some(e) = self.password {
            let v = fields::value_of(doc, e, &SENDMAIL);
            out.push(fields::field(doc, e, Password, v));
        }
        out
    }
}

/// The `AuthInfo:` lines in the paste, in order (commented ones left out).
fn auth_blocks<'d>(doc: &'d Document<'d>) -> Vec<Block<'d>> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut scope = None;
    for e in &doc.entries {
        if e.commented() || e.value.kind == ValKind::Presence {
            continue;
        }
        let mut path = doc.path_rev(e);
        let (Some(own), Some(parent)) = (path.next(), path.next()) else {
            continue;
        };
        if !parent.text(doc.input).eq_ignore_ascii_case("AuthInfo") {
            continue;
        }
        if scope != Some(e.scope) {
            scope = Some(e.scope);
            blocks.push(Block::default());
        }
        let Some(b) = blocks.last_mut() else { continue };
        match own.text(doc.input) {
            k if k.eq_ignore_ascii_case("AuthInfo") => b.host = Some(e),
            "U" => b.user = Some(e),
            "I" => b.authid = Some(e),
            "P" => b.password = Some(e),
            _ => {}
        }
    }
    blocks
}

/// The entry sendmail uses for `host`: `AuthInfo:host` (a `:port` or a
/// trailing `:` written after it ignored), else the default `AuthInfo:`.
/// With the host unknown (no `SMART_HOST`, a reference), the first entry.
fn pick<'a, 'd>(
    doc: &Document,
    blocks: &'a [Block<'d>],
    host: Option<&str>,
) -> Option<&'a Block<'d>> {
    let Some(host) = host.filter(|h| !h.is_empty()) else {
        return blocks.first();
    };
    let name = |b: &Block| {
        let t = b.host_text(doc);
        t.split(':').next().unwrap_or("").to_ascii_lowercase()
    };
    blocks
        .iter()
        .rev()
        .find(|b| name(b) == host)
        .or_else(|| blocks.iter().rev().find(|b| name(b).is_empty()))
}

/// Where the credentials are when no `AuthInfo:` line was pasted: the
/// map of `FEATURE(`authinfo', `hash -o /etc/mail/authinfo.db')`, else the
/// access map of `FEATURE(`access_db')` (where sendmail looks the
/// `AuthInfo:` entries up without the authinfo feature).
fn map_store(doc: &Document) -> Option<Field> {
    let feature = |name: &str| {
        doc.entries
            .iter()
            .filter(|e| !e.commented() && doc.path_string(e) == name)
            .last()
    };
    let (e, default, key) = match feature("FEATURE.authinfo") {
        Some(e) => (e, AUTHINFO, "FEATURE(`authinfo') (its AuthInfo: lines)"),
        None => (
            feature("FEATURE.access_db")?,
            ACCESS,
            "FEATURE(`access_db') (its AuthInfo: lines)",
        ),
    };
    let path = if e.value.kind == ValKind::Presence {
        default.to_string()
    } else {
        let spec = doc.text_of(&e.value);
        let last = spec.split_whitespace().last().unwrap_or(default);
        let last = last.strip_suffix(".db").unwrap_or(last);
        if last.starts_with('/') {
            last.to_string()
        } else {
            default.to_string()
        }
    };
    Some(noted(CredentialsFile, key, e.key_span(), path, e.syntax))
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const MC: &str = "define(`SMART_HOST', `[smtp.postmarkapp.com]')dnl\ndefine(`RELAY_MAILER_ARGS', `TCP $h 587')dnl\ndefine(`ESMTP_MAILER_ARGS', `TCP $h 587')dnl\ndefine(`confAUTH_MECHANISMS', `PLAIN LOGIN')dnl\nFEATURE(`authinfo', `hash -o /etc/mail/authinfo.db')dnl\n";
    const AUTH: &str = "AuthInfo:smtp.postmarkapp.com \"U:5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\" \"P:5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\" \"M:PLAIN\"\n";

    #[test]
    fn smart_host_port_and_authinfo() {
        let (client, s, ids) = first(&format!("{MC}{AUTH}"));
        assert_eq!(client, "sendmail");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["username"], "5c3e…5b6c");
        // sendmail sends as the local user: no From here.
        assert_eq!(ids, ["from/missing"]);
    }

    #[test]
    fn relay_args_465_is_plain_smtp_to_a_tls_port() {
        let (_, s, ids) = first(&format!(
            "{}{AUTH}",
            MC.replace(
                "TCP $h 587')dnl\ndefine(`ESMTP",
                "TCP $h 465')dnl\ndefine(`ESMTP"
            )
        ));
        assert_eq!(s["port"], 465);
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        // The mailer args of `esmtp` are not the relay's.
        let (_, s, _) = first(&format!(
            "{}{AUTH}",
            MC.replace(
                "TCP $h 587')dnl\ndefine(`ESMTP",
                "TCP $h')dnl\ndefine(`ESMTP"
            )
        ));
        assert_eq!(s["port"], serde_json::Value::Null);
        let esmtp = MC
            .replace("`[smtp.postmarkapp.com]'", "`esmtp:[smtp.postmarkapp.com]'")
            .replace(
                "ESMTP_MAILER_ARGS', `TCP $h 587'",
                "ESMTP_MAILER_ARGS', `TCP $h 2525'",
            );
        let (_, s, _) = first(&format!("{esmtp}{AUTH}"));
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 2525);
    }

    #[test]
    fn the_login_is_the_authentication_id_of_the_smart_hosts_entry() {
        let auth = "AuthInfo:smtp.postmarkapp.com \"U:root\" \"I:5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\" \"P:5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n";
        let (_, s, ids) = first(&format!("{MC}{auth}"));
        assert_eq!(s["username"], "5c3e…5b6c");
        assert!(!has(&ids, "auth/username-password-differ"), "{ids:?}");
        // The default entry serves any host.
        let (_, s, _) = first(&format!(
            "{MC}{}",
            auth.replace("AuthInfo:smtp.postmarkapp.com", "AuthInfo:")
        ));
        assert_eq!(s["username"], "5c3e…5b6c");
        // An entry for another host is not used: no login at all.
        let (_, s, ids) = first(&format!(
            "{MC}{}",
            auth.replace("AuthInfo:smtp.postmarkapp.com", "AuthInfo:smtp.gmail.com")
        ));
        assert_eq!(s["username"], serde_json::Value::Null);
        assert!(has(&ids, "auth/not-configured"), "{ids:?}");
    }

    #[test]
    fn without_authinfo_lines_the_map_is_named() {
        let (_, s, ids) = first(MC);
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert!(has(&ids, "auth/external-credentials"), "{ids:?}");
        assert!(!has(&ids, "auth/missing-username"), "{ids:?}");
    }

    #[test]
    fn a_port_after_the_brackets_is_part_of_the_host() {
        let text = format!(
            "{}{AUTH}",
            MC.replace("`[smtp.postmarkapp.com]'", "`[smtp.postmarkapp.com]:587'")
        );
        let (_, _, ids) = first(&text);
        assert!(has(&ids, "host/has-port"), "{ids:?}");
    }

    #[test]
    fn a_commented_smart_host_is_not_the_one_used() {
        let text = "dnl define(`SMART_HOST', `smtp.your.provider')dnl\ndefine(`SMART_HOST', `smtp.postmarkapp.com')dnl\ndefine(`RELAY_MAILER_ARGS', `TCP $h 587')dnl\nFEATURE(`authinfo')dnl\n";
        let (client, s, _) = first(text);
        assert_eq!(client, "sendmail");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
    }

    #[test]
    fn other_m4_files_are_not_sendmail() {
        let (client, _, _) =
            first("define(`HOST', `smtp.postmarkapp.com')dnl\ndefine(`PORT', `587')dnl\n");
        assert_ne!(client, "sendmail");
    }
}

//! Postfix as a relay client: `main.cf` parameters and `sasl_passwd`
//! lines, pasted alone or together.
//!
//! Meaning (postconf(5), smtp(8), SASL_README, TLS_README):
//! * `relayhost = [host]:port` — brackets turn the MX lookup off; the port
//!   defaults to 25 (the `smtp` service);
//! * SASL is off unless `smtp_sasl_auth_enable = yes`; the credentials come
//!   from `smtp_sasl_password_maps` (usually `hash:/etc/postfix/sasl_passwd`,
//!   whose lines read `[host]:port user:password` and must name the
//!   relayhost exactly as written);
//! * `smtp_tls_security_level`: `none` sends in clear, `may` uses STARTTLS
//!   when offered, `encrypt` and stronger require it; when empty the legacy
//!   `smtp_enforce_tls` / `smtp_use_tls` decide, and with neither Postfix
//!   sends in clear; `smtp_tls_wrappermode = yes` starts TLS on the first byte;
//! * `smtp_tls_protocols` (opportunistic) and `smtp_tls_mandatory_protocols`
//!   (`encrypt` and stronger) accept `!SSLv3`-style exclusions, inclusion
//!   lists and `>=TLSv1.2`;
//! * Postfix relays the From header the application wrote
//!   (`sender_canonical_maps` / `smtp_generic_maps` can rewrite it).

use std::ops::Range;

use crate::extract::lines::{line_ranges, Sep};
use crate::extract::value::{reference_in, trim_range};
use crate::extract::{Dialect, Document, Write};
use crate::fix::Setting;
use crate::model::{Config, Evidence, Field, KeyUse, Quote, Role, Security, Tls, Value};

use super::kit::{field, fit_span, split_host_port};

pub struct Postfix;
pub static POSTFIX: Postfix = Postfix;

const KEYS: [(&str, Option<Role>); 26] = [
    ("relayhost", Some(Role::Host)),
    ("smtp_sasl_auth_enable", Some(Role::Auth)),
    ("smtp_sasl_password_maps", Some(Role::CredentialsFile)),
    ("smtp_tls_security_level", Some(Role::Encryption)),
    ("smtp_use_tls", Some(Role::StartTls)),
    ("smtp_enforce_tls", Some(Role::StartTls)),
    ("smtp_tls_wrappermode", Some(Role::ImplicitTls)),
    ("smtp_tls_protocols", Some(Role::TlsVersion)),
    ("smtp_tls_mandatory_protocols", Some(Role::TlsVersion)),
    ("smtp_sasl_security_options", None),
    ("smtp_sasl_tls_security_options", None),
    ("smtp_sasl_mechanism_filter", None),
    ("smtp_tls_cafile", None),
    ("smtp_tls_capath", None),
    ("smtp_tls_ciphers", None),
    ("smtp_tls_mandatory_ciphers", None),
    ("smtp_tls_loglevel", None),
    ("smtp_tls_session_cache_database", None),
    ("smtp_tls_note_starttls_offer", None),
    ("smtp_sender_dependent_authentication", None),
    ("sender_dependent_relayhost_maps", None),
    ("sender_canonical_maps", None),
    ("smtp_header_checks", None),
    ("smtp_generic_maps", None),
    ("header_size_limit", None),
    ("myhostname", None),
];

/// Levels at which the mandatory protocol list applies.
const MANDATORY_LEVELS: [&str; 6] = [
    "encrypt",
    "dane",
    "dane-only",
    "fingerprint",
    "verify",
    "secure",
];

fn key_of(k: &str) -> Option<(&'static str, Option<Role>)> {
    KEYS.iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(k))
        .copied()
}

/// One `destination user:password` line of `sasl_passwd`.
struct SaslLine {
    dest: Range<usize>,
    user: Range<usize>,
    pass: Range<usize>,
}

fn sasl_lines(input: &str) -> Vec<SaslLine> {
    let mut out = Vec::new();
    for r in line_ranges(input) {
        let mut t = trim_range(input, r);
        if let Some(echoed) = echoed_to_sasl_passwd(input, t.clone()) {
            t = echoed;
        }
        let text = &input[t.clone()];
        if text.starts_with('#') || text.contains('=') {
            continue;
        }
        let words: Vec<&str> = text.split([' ', '\t']).filter(|w| !w.is_empty()).collect();
        let [dest, cred] = words.as_slice() else {
            continue;
        };
        let looks_like_dest = dest.starts_with('[') || dest.contains('.') || dest.contains('@');
        let Some(colon) = cred.find(':') else {
            continue;
        };
        if !looks_like_dest || dest.contains("://") || dest.ends_with(':') {
            continue;
        }
        let dest_start = t.start;
        let cred_start = t.start + text.rfind(cred).unwrap_or(0);
        out.push(SaslLine {
            dest: dest_start..dest_start + dest.len(),
            user: cred_start..cred_start + colon,
            pass: cred_start + colon + 1..cred_start + cred.len(),
        });
    }
    out
}

/// `echo "[host]:587 user:pass" > /etc/postfix/sasl_passwd` in a script:
/// the range of the echoed text.
fn echoed_to_sasl_passwd(input: &str, line: Range<usize>) -> Option<Range<usize>> {
    let text = &input[line.clone()];
    let echo = text.find("echo ")?;
    let redirect = text.rfind('>')?;
    if redirect < echo || !text[redirect..].contains("sasl_passwd") || text[..echo].contains('#') {
        return None;
    }
    let mut i = line.start + echo + "echo".len();
    while let Some((content, _, next)) = shell_word(input, i) {
        i = next;
        if !input[content.clone()].starts_with('-') {
            return Some(content);
        }
    }
    None
}

/// Whether a relayhost built from variables still reads as `host:port`:
/// `[${HOST}]:${PORT}` or `${HOST}:587`. A colon inside a variable
/// (`${HOST:-smtp.x.com}`) is the shell's, not the port's.
fn splittable(text: &str) -> bool {
    let t = text.trim();
    let mut depth = 0i32;
    let mut outside = 0;
    for c in t.chars() {
        match c {
            '{' | '(' => depth += 1,
            '}' | ')' => depth -= 1,
            ':' if depth == 0 => outside += 1,
            _ => {}
        }
    }
    outside == 1 || (outside == 0 && t.starts_with('['))
}

/// One main.cf setting, from a `main.cf` line or a `postconf` command.
struct Param {
    key: String,
    key_span: Range<usize>,
    value: Value,
}

/// The settings that `postconf -e "relayhost = [host]:587"` commands write
/// (shell scripts, Dockerfile `RUN`, provisioning): each `name=value`
/// argument is a main.cf line. Commented-out commands, `-o` overrides
/// (one invocation only) and `-X`/`-#` (remove, comment out) are skipped.
fn postconf_params(input: &str) -> Vec<Param> {
    let mut out = Vec::new();
    let bytes = input.as_bytes();
    let mut from = 0;
    while let Some(rel) = input[from..].find("postconf") {
        let at = from + rel;
        from = at + "postconf".len();
        let starts_command = at == 0
            || matches!(
                bytes[at - 1],
                b' ' | b'\t' | b'\n' | b';' | b'&' | b'|' | b'(' | b'`'
            );
        if !starts_command || !matches!(bytes.get(from), Some(b' ' | b'\t')) {
            continue;
        }
        let line_start = input[..at].rfind('\n').map_or(0, |i| i + 1);
        if input[line_start..at].contains('#') {
            continue; // commented out, or inside a comment
        }
        let mut i = from;
        let mut takes_argument = false;
        while let Some((content, quote, next)) = shell_word(input, i) {
            i = next;
            let word = &input[content.clone()];
            if std::mem::take(&mut takes_argument) {
                continue;
            }
            if word.starts_with('-') {
                // `-o name=value` applies to that one run; `-c dir` names a directory;
                // `-X` / `-#` remove or comment out the names that follow.
                if word.contains(['X', '#']) {
                    break;
                }
                takes_argument = matches!(word, "-o" | "-c");
                continue;
            }
            let Some(eq) = word.find('=') else {
                continue;
            };
            let key = trim_range(input, content.start..content.start + eq);
            let name = &input[key.clone()];
            if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                continue;
            }
            let span = trim_range(input, content.start + eq + 1..content.end);
            let mut value = Value::verbatim(input, span, quote);
            value.reference = reference_in(&value.text);
            out.push(Param {
                key: name.to_string(),
                key_span: key,
                value,
            });
        }
    }
    out
}

/// The shell word starting at or after `i` on the same command: its
/// content range (inside quotes), its quoting and where the next word may
/// start. `None` at the end of the command (`;`, `&&`, `|`, a line end
/// without `\`, a comment).
fn shell_word(input: &str, mut i: usize) -> Option<(Range<usize>, Quote, usize)> {
    let bytes = input.as_bytes();
    loop {
        match bytes.get(i)? {
            b' ' | b'\t' => i += 1,
            b'\\' if bytes.get(i + 1) == Some(&b'\n') => i += 2,
            b'\\' if bytes.get(i + 1) == Some(&b'\r') && bytes.get(i + 2) == Some(&b'\n') => i += 3,
            _ => break,
        }
    }
    match bytes[i] {
        b'\n' | b'\r' | b';' | b'&' | b'|' | b')' | b'#' | b'`' | b'>' | b'<' => None,
        q @ (b'"' | b'\'') => {
            let end = i + 1 + input[i + 1..].find(q as char)?;
            let quote = if q == b'"' {
                Quote::Double
            } else {
                Quote::Single
            };
            Some((i + 1..end, quote, end + 1))
        }
        _ => {
            let end = input[i..]
                .find([' ', '\t', '\n', '\r', ';', '&', '|', ')', '`', '>', '<'])
                .map_or(input.len(), |e| i + e);
            Some((i..end, Quote::None, end))
        }
    }
}

impl Dialect for Postfix {
    fn id(&self) -> &'static str {
        "postfix"
    }
    fn name(&self) -> &'static str {
        "Postfix main.cf / sasl_passwd"
    }
    fn detect(&self, doc: &Document) -> u32 {
        let mut seen: Vec<&str> = Vec::new();
        let commands = postconf_params(doc.input);
        let keys = doc
            .active_lines()
            .filter(|e| e.sep == Sep::Equals)
            .map(|e| e.key.as_str())
            .chain(commands.iter().map(|p| p.key.as_str()));
        for k in keys {
            if let Some((n, _)) = key_of(k) {
                if !seen.contains(&n) {
                    seen.push(n);
                }
            }
        }
        let marker = seen
            .iter()
            .any(|n| *n == "relayhost" || n.starts_with("smtp_sasl") || n.starts_with("smtp_tls"));
        let sasl = sasl_lines(doc.input);
        let bracketed = sasl
            .iter()
            .any(|l| doc.input[l.dest.clone()].starts_with('['));
        let mut score = 10 * seen.len() as u32;
        if marker || bracketed {
            score += 100;
        } else if !sasl.is_empty() && seen.is_empty() {
            score += 30;
        }
        if seen.is_empty() && sasl.is_empty() {
            0
        } else {
            score
        }
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        let input = doc.input;
        let sasl = sasl_lines(input);
        let mut cfg = Config::new(self, 0..0);
        let mut relay_text: Option<String> = None;
        let mut params: Vec<Param> = doc
            .active_lines()
            .filter(|e| e.sep == Sep::Equals && e.path.is_empty())
            .map(|e| Param {
                key: e.key.clone(),
                key_span: e.key_span.clone(),
                value: e.value.clone(),
            })
            .collect();
        params.extend(postconf_params(input));
        params.sort_by_key(|p| p.key_span.start);
        for e in &params {
            let key = e.key.as_str();
            let Some((name, role)) = key_of(key) else {
                if key.starts_with("smtp_") {
                    cfg.unknown_keys.push(KeyUse {
                        key: key.to_string(),
                        span: e.key_span.clone(),
                    });
                }
                continue;
            };
            let Some(role) = role else {
                continue;
            };
            let v = &e.value;
            match (name, role) {
                ("relayhost", _) if v.verbatim && (!v.is_reference() || splittable(&v.text)) => {
                    relay_text = Some(v.text.trim().to_string());
                    let (host, port, _) = split_host_port(input, v.span.clone());
                    cfg.push(field(input, Role::Host, key, e.key_span.clone(), host));
                    if let Some(p) = port {
                        cfg.push(field(input, Role::Port, key, e.key_span.clone(), p));
                    }
                }
                ("smtp_sasl_password_maps", _) if v.text.trim_start().starts_with("static:") => {
                    // `static:user:password`: the credentials are right here.
                    let start =
                        v.span.start + v.text.find("static:").unwrap_or(0) + "static:".len();
                    let rest = &input[start..v.span.end];
                    if let Some(c) = rest.find(':') {
                        cfg.push(field(
                            input,
                            Role::Username,
                            key,
                            e.key_span.clone(),
                            start..start + c,
                        ));
                        cfg.push(field(
                            input,
                            Role::Password,
                            key,
                            e.key_span.clone(),
                            start + c + 1..v.span.end,
                        ));
                    }
                }
                ("smtp_sasl_password_maps", _) if !sasl.is_empty() => {}
                _ => cfg.push(Field {
                    role,
                    key: key.to_string(),
                    key_span: e.key_span.clone(),
                    value: v.clone(),
                }),
            }
        }
        // Keep only the protocol list that applies at the configured level.
        let level = cfg
            .literal(Role::Encryption)
            .map(|l| l.trim().to_ascii_lowercase());
        let mandatory = level
            .as_deref()
            .is_some_and(|l| MANDATORY_LEVELS.contains(&l));
        let wanted = if mandatory {
            "smtp_tls_mandatory_protocols"
        } else {
            "smtp_tls_protocols"
        };
        cfg.fields
            .retain(|f| f.role != Role::TlsVersion || f.key.eq_ignore_ascii_case(wanted));
        // sasl_passwd: the line whose key is the relayhost as written, else the first.
        let chosen = sasl
            .iter()
            .find(|l| relay_text.as_deref() == Some(&input[l.dest.clone()]))
            .or(sasl.first());
        if let Some(l) = chosen {
            let dest = &input[l.dest.clone()];
            if relay_text.is_none() {
                let (host, port, _) = split_host_port(input, l.dest.clone());
                cfg.push(field(input, Role::Host, dest, l.dest.clone(), host));
                if let Some(p) = port {
                    cfg.push(field(input, Role::Port, dest, l.dest.clone(), p));
                }
            }
            cfg.push(field(
                input,
                Role::Username,
                dest,
                l.dest.clone(),
                l.user.clone(),
            ));
            cfg.push(field(
                input,
                Role::Password,
                dest,
                l.dest.clone(),
                l.pass.clone(),
            ));
        }
        if cfg.fields.is_empty() {
            return Vec::new();
        }
        cfg.fields.sort_by_key(|f| f.key_span.start);
        cfg.span = cfg.fields[0].whole_span();
        fit_span(&mut cfg);
        vec![cfg]
    }
    fn default_port(&self, _cfg: &Config) -> Option<u16> {
        Some(25)
    }
    fn tls(&self, cfg: &Config) -> Tls {
        let mut tls = Tls::default();
        if [Role::Encryption, Role::ImplicitTls, Role::StartTls]
            .iter()
            .any(|r| cfg.get(*r).is_some_and(|f| f.value.is_reference()))
        {
            return tls;
        }
        if let Some(w) = cfg
            .get(Role::ImplicitTls)
            .filter(|f| f.value.as_bool() == Some(true))
        {
            tls.mode = Some(Security::Implicit);
            tls.implicit = Some(Evidence::of(w));
            return tls;
        }
        let level = cfg
            .get(Role::Encryption)
            .filter(|f| !f.value.text.trim().is_empty());
        if let Some(l) = level {
            let word = l.value.text.trim().to_ascii_lowercase();
            if word == "none" {
                tls.mode = Some(Security::None);
                tls.disabled = Some(Evidence::of(l));
            } else if word == "may" || MANDATORY_LEVELS.contains(&word.as_str()) {
                tls.mode = Some(Security::StartTls);
                tls.starttls = Some(Evidence::of(l));
            }
            return tls;
        }
        // Legacy switches, read only when the level is empty.
        let legacy = cfg
            .all(Role::StartTls)
            .filter(|f| f.value.as_bool() == Some(true))
            .last();
        if let Some(f) = legacy {
            tls.mode = Some(Security::StartTls);
            tls.starttls = Some(Evidence::of(f));
        } else {
            tls.mode = Some(Security::None);
            tls.disabled = cfg.get(Role::StartTls).map(Evidence::of).or_else(|| {
                Some(Evidence::absent(
                    "no smtp_tls_security_level (Postfix's default sends in clear)",
                ))
            });
        }
        tls
    }
    fn write(&self, cfg: &Config, what: &Write) -> String {
        let host = cfg.literal(Role::Host).unwrap_or("smtp.postmarkapp.com");
        let port = cfg.port_number().unwrap_or(587);
        let sasl = |v: &str, user: bool| {
            if user {
                format!("[{host}]:{port} {v}:<password> in /etc/postfix/sasl_passwd, then `postmap /etc/postfix/sasl_passwd`")
            } else {
                format!("[{host}]:{port} <username>:{v} in /etc/postfix/sasl_passwd, then `postmap /etc/postfix/sasl_passwd`")
            }
        };
        match what {
            Write::Port(p) => format!("relayhost = [{host}]:{p}"),
            Write::Host(h) => format!("relayhost = [{h}]:{port} (and the same key in sasl_passwd)"),
            Write::StartTls => "smtp_tls_security_level = encrypt (and remove smtp_tls_wrappermode = yes)".into(),
            Write::VerifyOn => "smtp_tls_security_level = secure with smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt".into(),
            Write::AuthOn => "smtp_sasl_auth_enable = yes".into(),
            Write::TlsModern => "smtp_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1 (and the same for smtp_tls_protocols)".into(),
            Write::Username(v) => sasl(v, true),
            Write::Password(v) => sasl(v, false),
            Write::From(v) => format!("From: {v} in the application that hands mail to Postfix (or a sender_canonical_maps entry)"),
            Write::Stream(v) => format!("a header `X-PM-Message-Stream: {v}` added by the application"),
        }
    }
    fn settings_for(&self, _cfg: &Config, what: &Write) -> Vec<Setting> {
        const MODERN: &str = "!SSLv2, !SSLv3, !TLSv1, !TLSv1.1";
        match what {
            // The port is part of `relayhost = [host]:port`: changed there.
            Write::Port(p) => vec![Setting::text(Role::Port, "", p.to_string()).if_present()],
            Write::Host(h) => vec![Setting::text(Role::Host, "", *h).if_present()],
            Write::StartTls => vec![
                Setting::text(Role::ImplicitTls, "smtp_tls_wrappermode", "no").if_present(),
                Setting::text(Role::Encryption, "smtp_tls_security_level", "encrypt"),
            ],
            Write::AuthOn => vec![Setting::text(Role::Auth, "smtp_sasl_auth_enable", "yes")],
            Write::TlsModern => vec![
                Setting::text(Role::TlsVersion, "smtp_tls_protocols", MODERN).if_present(),
                Setting::text(Role::TlsVersion, "smtp_tls_mandatory_protocols", MODERN)
                    .if_present(),
            ],
            _ => Vec::new(),
        }
    }
    fn sender_hint(&self) -> &'static str {
        "the From header written by the application that hands mail to Postfix (Postfix relays it as is unless sender_canonical_maps rewrites it)"
    }
    fn auth_switch(&self) -> Option<&'static str> {
        Some("smtp_sasl_auth_enable = yes")
    }
    fn known_keys(&self) -> Vec<&'static str> {
        KEYS.iter().map(|(k, _)| *k).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAIN_CF: &str = "relayhost = [smtp.postmarkapp.com]:587\nsmtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\nsmtp_sasl_security_options = noanonymous\nsmtp_tls_security_level = encrypt\n";

    #[test]
    fn main_cf_alone_has_external_credentials() {
        let doc = Document::new(MAIN_CF);
        let c = &POSTFIX.extract(&doc)[0];
        let h = c.get(Role::Host).unwrap();
        assert_eq!(&MAIN_CF[h.value.span.clone()], "smtp.postmarkapp.com");
        assert_eq!(c.port_number(), Some(587));
        assert!(c.get(Role::CredentialsFile).is_some());
        assert_eq!(POSTFIX.tls(c).mode, Some(Security::StartTls));
    }

    #[test]
    fn with_sasl_passwd() {
        let input = format!("{MAIN_CF}\n# /etc/postfix/sasl_passwd\n[smtp.postmarkapp.com]:587 1f86a2b4-55c1-4a0e-9d1b-3c2d11115948:1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\n");
        let c = &POSTFIX.extract(&Document::new(&input))[0];
        assert!(c.get(Role::CredentialsFile).is_none());
        let u = c.get(Role::Username).unwrap();
        assert_eq!(u.value.text.len(), 36);
        assert_eq!(&input[u.value.span.clone()], u.value.text);
        assert_eq!(c.literal(Role::Password).map(str::len), Some(36));
    }

    #[test]
    fn sasl_passwd_alone_and_defaults() {
        let input = "smtp.postmarkapp.com:2525 abc:def\n";
        let c = &POSTFIX.extract(&Document::new(input))[0];
        assert_eq!(c.literal(Role::Host), Some("smtp.postmarkapp.com"));
        assert_eq!(c.port_number(), Some(2525));
        assert_eq!(POSTFIX.tls(c).mode, Some(Security::None));
        let c = &POSTFIX.extract(&Document::new(
            "relayhost = [smtp.postmarkapp.com]\nsmtp_use_tls = yes\n",
        ))[0];
        assert_eq!(c.effective_port(), Some(25));
        assert_eq!(POSTFIX.tls(c).mode, Some(Security::StartTls));
    }

    #[test]
    fn protocols_forcing_tls1() {
        let input = "relayhost = [smtp.postmarkapp.com]:587\nsmtp_tls_security_level = encrypt\nsmtp_tls_mandatory_protocols = TLSv1\nsmtp_tls_protocols = !SSLv2, !SSLv3\n";
        let c = &POSTFIX.extract(&Document::new(input))[0];
        assert_eq!(c.literal(Role::TlsVersion), Some("TLSv1"));
        let input = "relayhost = [smtp.postmarkapp.com]:587\nsmtp_tls_security_level = encrypt\nsmtp_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1\n";
        let c = &POSTFIX.extract(&Document::new(input))[0];
        assert_eq!(c.all(Role::TlsVersion).count(), 1);
    }

    #[test]
    fn postconf_commands_in_a_script() {
        let script = "#!/bin/sh\n# postconf -e 'relayhost = [smtp.example.org]:25'\nsudo postconf -e \"relayhost = [smtp.postmarkapp.com]:587\" \\\n  'smtp_tls_security_level = encrypt'\npostconf -e 'smtp_sasl_auth_enable = yes' && postconf -o smtp_tls_security_level=none -e smtp_tls_loglevel=1\necho \"[smtp.postmarkapp.com]:587 user:pass\" > /etc/postfix/sasl_passwd\n";
        let doc = Document::new(script);
        let c = &POSTFIX.extract(&doc)[0];
        assert_eq!(c.literal(Role::Host), Some("smtp.postmarkapp.com"));
        assert_eq!(c.literal(Role::Port), Some("587"));
        assert_eq!(c.literal(Role::Encryption), Some("encrypt"));
        assert_eq!(c.literal(Role::Auth), Some("yes"));
        assert_eq!(c.literal(Role::Username), Some("user"));
        assert_eq!(c.literal(Role::Password), Some("pass"));
        assert_eq!(
            c.all(Role::Host).count(),
            1,
            "the commented-out command is not read"
        );
        assert_eq!(
            c.all(Role::Encryption).count(),
            1,
            "`-o` is one run's override"
        );
    }

    #[test]
    fn relayhost_from_variables_keeps_its_port() {
        let c = crate::extract::extract(
            "relayhost = [${RELAY_HOST}]:${RELAY_PORT}\nsmtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = static:${RELAY_USER}:${RELAY_PASS}\n",
        );
        assert_eq!(c.len(), 1, "{c:?}");
        assert!(c[0].get(Role::Host).is_some_and(|f| f.value.is_reference()));
        assert!(c[0].get(Role::Port).is_some_and(|f| f.value.is_reference()));
        assert!(splittable("${H}:587") && !splittable("${H:-smtp.x.com}"));
    }
}

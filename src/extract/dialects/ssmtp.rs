//! sSMTP (`/etc/ssmtp/ssmtp.conf`): `Key=value` lines.
//!
//! Meaning (ssmtp.c `read_config`, `smtp_open`):
//! * a `#` anywhere starts a comment; a line without `=` is ignored; the
//!   key and the value are the first two words split at `=`, blanks and
//!   tabs (so a value ends at its first blank or `=`); keys are compared
//!   case-insensitively; switches are on only for the word `YES` (any
//!   case): `true` or `1` mean no;
//! * `mailhub=host:port` gives host and port in one value (port 25 when
//!   absent); `RemotePort=` sets the port too;
//! * `UseTLS=YES` starts TLS on the first byte; `UseSTARTTLS=YES` turns
//!   both on and means STARTTLS; `UseTLS=NO` later turns both off again:
//!   the lines count in order;
//! * it authenticates whenever `AuthUser` is set;
//! * there is no From setting: mail goes out as user@hostname
//!   (`rewriteDomain` changes the domain; `FromLineOverride=YES` keeps the
//!   message's own From).

use std::ops::Range;

use crate::extract::lines::line_ranges;
use crate::extract::{Dialect, Document, Write};
use crate::fix::Setting;
use crate::model::{Config, Evidence, Field, KeyUse, Role, Security, Tls};

use super::kit::{field, fit_span, split_host_port};

pub struct Ssmtp;
pub static SSMTP: Ssmtp = Ssmtp;

const KEYS: [(&str, Option<Role>); 19] = [
    ("mailhub", Some(Role::Host)),
    ("RemotePort", Some(Role::Port)),
    ("AuthUser", Some(Role::Username)),
    ("AuthPass", Some(Role::Password)),
    ("AuthMethod", Some(Role::AuthMethod)),
    ("UseTLS", Some(Role::ImplicitTls)),
    ("UseSTARTTLS", Some(Role::StartTls)),
    ("root", None),
    ("hostname", None),
    ("rewriteDomain", None),
    ("FromLineOverride", None),
    ("TLS_CA_File", None),
    ("TLS_CA_Dir", None),
    ("UseTLSCert", None),
    ("TLSCert", None),
    ("TLSKey", None),
    ("UseOldAUTH", None),
    ("AddHeader", None),
    ("Debug", None),
];

const DELIMS: [char; 3] = ['=', ' ', '\t'];

/// One `key=value` line as ssmtp splits it.
struct Line {
    key: Range<usize>,
    value: Range<usize>,
}

fn read_lines(input: &str) -> Vec<Line> {
    let mut out = Vec::new();
    for r in line_ranges(input) {
        let mut end = r.end;
        if let Some(h) = input[r.clone()].find('#') {
            end = r.start + h;
        }
        let text = &input[r.start..end];
        if !text.contains('=') {
            continue;
        }
        let Some((key, after)) = word(input, r.start, end) else {
            continue;
        };
        let value = word(input, after, end).map_or(after..after, |(v, _)| v);
        out.push(Line { key, value });
    }
    out
}

/// The next word from `from` (skipping delimiters), and where it ends.
fn word(input: &str, from: usize, end: usize) -> Option<(Range<usize>, usize)> {
    // The delimiters are ASCII: a byte search lands on char boundaries.
    let is_delim = |b: &u8| DELIMS.contains(&char::from(*b));
    let bytes = input.as_bytes().get(from..end)?;
    let start = from + bytes.iter().position(|b| !is_delim(b))?;
    let len = bytes[start - from..]
        .iter()
        .position(is_delim)
        .unwrap_or(end - start);
    Some((start..start + len, start + len))
}

fn key_of(k: &str) -> Option<(&'static str, Option<Role>)> {
    KEYS.iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(k))
        .copied()
}

fn is_yes(f: &Field) -> bool {
    f.value.text.trim().eq_ignore_ascii_case("yes")
}

impl Dialect for Ssmtp {
    fn id(&self) -> &'static str {
        "ssmtp"
    }
    fn name(&self) -> &'static str {
        "sSMTP (ssmtp.conf)"
    }
    fn detect(&self, doc: &Document) -> u32 {
        let mut seen: Vec<&str> = Vec::new();
        let mut hub = false;
        for l in read_lines(doc.input) {
            if let Some((name, _)) = key_of(&doc.input[l.key.clone()]) {
                hub |= name == "mailhub";
                if !seen.contains(&name) {
                    seen.push(name);
                }
            }
        }
        // `hostname=` or `root=` alone are far too common to count.
        let specific = seen
            .iter()
            .filter(|n| !matches!(**n, "root" | "hostname" | "Debug"))
            .count();
        if specific == 0 {
            return 0;
        }
        (if hub { 100 } else { 0 }) + 10 * seen.len() as u32
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        let input = doc.input;
        let mut cfg = Config::new(self, 0..0);
        let mut any = false;
        for l in read_lines(input) {
            let key = &input[l.key.clone()];
            match key_of(key) {
                Some((_, Some(Role::Host))) => {
                    any = true;
                    let (host, port, _) = split_host_port(input, l.value.clone());
                    cfg.push(field(input, Role::Host, key, l.key.clone(), host));
                    if let Some(p) = port {
                        cfg.push(field(input, Role::Port, key, l.key.clone(), p));
                    }
                }
                Some((_, Some(role))) => {
                    any = true;
                    cfg.push(field(input, role, key, l.key.clone(), l.value.clone()));
                }
                Some((_, None)) => {}
                None => cfg.unknown_keys.push(KeyUse {
                    key: key.to_string(),
                    span: l.key.clone(),
                }),
            }
        }
        if !any {
            return Vec::new();
        }
        if let Some(f) = cfg.fields.first() {
            cfg.span = f.whole_span();
        }
        fit_span(&mut cfg);
        vec![cfg]
    }
    fn default_port(&self, _cfg: &Config) -> Option<u16> {
        Some(25)
    }
    fn tls(&self, cfg: &Config) -> Tls {
        let mut tls = Tls::default();
        let switches: Vec<&Field> = cfg
            .fields
            .iter()
            .filter(|f| matches!(f.role, Role::ImplicitTls | Role::StartTls))
            .collect();
        if switches.iter().any(|f| f.value.is_reference()) {
            return tls;
        }
        // ssmtp applies the lines in order.
        let (mut use_tls, mut use_starttls) = (None::<&Field>, None::<&Field>);
        let mut last_off: Option<&Field> = None;
        for f in switches {
            match (f.role, is_yes(f)) {
                (Role::ImplicitTls, true) => use_tls = Some(f),
                (Role::ImplicitTls, false) => {
                    use_tls = None;
                    use_starttls = None;
                    last_off = Some(f);
                }
                (_, true) => {
                    use_starttls = Some(f);
                    use_tls = use_tls.or(Some(f));
                }
                (_, false) => {
                    use_starttls = None;
                    last_off = Some(f);
                }
            }
        }
        match (use_tls, use_starttls) {
            (_, Some(s)) => {
                tls.mode = Some(Security::StartTls);
                tls.starttls = Some(Evidence::of(s));
            }
            (Some(t), None) => {
                tls.mode = Some(Security::Implicit);
                tls.implicit = Some(Evidence::of(t));
            }
            (None, None) => {
                tls.mode = Some(Security::None);
                tls.disabled = Some(match last_off {
                    Some(f) if !f.value.text.trim().eq_ignore_ascii_case("no") => Evidence {
                        what: format!("{} (ssmtp reads only YES as on)", f.shown()),
                        span: Some(f.whole_span()),
                    },
                    Some(f) => Evidence::of(f),
                    None => Evidence::absent("no UseSTARTTLS=YES"),
                });
            }
        }
        tls
    }
    fn write(&self, cfg: &Config, what: &Write) -> String {
        let host = cfg.literal(Role::Host).unwrap_or("smtp.postmarkapp.com");
        let port = cfg.port_number().unwrap_or(587);
        match what {
            Write::Port(p) => format!("mailhub={host}:{p}"),
            Write::Host(h) => format!("mailhub={h}:{port}"),
            Write::StartTls => {
                "UseSTARTTLS=YES (UseTLS=YES alone starts TLS on the first byte)".into()
            }
            Write::VerifyOn => "TLS_CA_File=/etc/ssl/certs/ca-certificates.crt".into(),
            Write::AuthOn => "AuthUser= and AuthPass= lines".into(),
            Write::TlsModern => "an ssmtp build linked to an OpenSSL that supports TLS 1.2".into(),
            Write::Username(v) => format!("AuthUser={v}"),
            Write::Password(v) => format!("AuthPass={v}"),
            Write::From(v) => format!("FromLineOverride=YES and a From: {v} header in the message"),
            Write::Stream(v) => format!("a header `X-PM-Message-Stream: {v}` in the message"),
        }
    }
    fn settings_for(&self, _cfg: &Config, what: &Write) -> Vec<Setting> {
        match what {
            // The port is part of `mailhub=host:port`: changed there, not added.
            Write::Port(p) => vec![Setting::text(Role::Port, "", p.to_string()).if_present()],
            Write::Host(h) => vec![Setting::text(Role::Host, "", *h).if_present()],
            Write::StartTls => {
                vec![Setting::text(Role::StartTls, "UseSTARTTLS", "YES").near(Role::ImplicitTls)]
            }
            _ => Vec::new(),
        }
    }
    fn sender_hint(&self) -> &'static str {
        "the From header of the message with FromLineOverride=YES (otherwise ssmtp sends as user@hostname, or user@rewriteDomain)"
    }
    fn known_keys(&self) -> Vec<&'static str> {
        KEYS.iter().map(|(k, _)| *k).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(input: &str) -> Config {
        SSMTP.extract(&Document::new(input)).remove(0)
    }

    #[test]
    fn mailhub_splits_with_exact_spans() {
        let input = "root=postmaster\nmailhub=smtp.postmarkapp.com:587\nAuthUser=abc\nAuthPass=abc\nUseSTARTTLS=YES\n";
        let c = cfg(input);
        let h = c.get(Role::Host).unwrap();
        assert_eq!(&input[h.value.span.clone()], "smtp.postmarkapp.com");
        assert_eq!(c.port_number(), Some(587));
        assert_eq!(SSMTP.tls(&c).mode, Some(Security::StartTls));
    }

    #[test]
    fn tls_switches_in_order() {
        let c = cfg("mailhub=smtp.postmarkapp.com:587\nUseTLS=YES\n");
        assert_eq!(SSMTP.tls(&c).mode, Some(Security::Implicit));
        let c = cfg("mailhub=smtp.postmarkapp.com:587\nUseTLS=YES\nUseSTARTTLS=YES\n");
        assert_eq!(SSMTP.tls(&c).mode, Some(Security::StartTls));
        let c = cfg("mailhub=smtp.postmarkapp.com:587\nUseSTARTTLS=YES\nUseTLS=NO\n");
        assert_eq!(SSMTP.tls(&c).mode, Some(Security::None));
        let c = cfg("MailHub=smtp.postmarkapp.com\nusestarttls=true\n");
        let t = SSMTP.tls(&c);
        assert_eq!(t.mode, Some(Security::None));
        assert!(t.disabled.unwrap().what.contains("only YES"));
        assert_eq!(c.effective_port(), Some(25));
    }

    #[test]
    fn values_end_at_blanks_and_hashes() {
        let c = cfg("mailhub = smtp.postmarkapp.com:2525\nAuthPass=abc#def\n");
        assert_eq!(c.literal(Role::Host), Some("smtp.postmarkapp.com"));
        assert_eq!(c.literal(Role::Password), Some("abc"));
    }
}

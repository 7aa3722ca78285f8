//! Postfix as a relay client: `main.cf` parameters (also as `postconf -e`
//! commands in a script) and `sasl_passwd` lines, pasted alone or together.
//!
//! Meaning (postconf(5), smtp(8), SASL_README, TLS_README):
//! * `relayhost = [host]:port` — brackets turn the MX lookup off; the port
//!   defaults to 25 (the `smtp` service);
//! * SASL is off unless `smtp_sasl_auth_enable = yes`; the credentials come
//!   from `smtp_sasl_password_maps` (usually `hash:/etc/postfix/sasl_passwd`,
//!   whose lines read `[host]:port user:password` and must name the
//!   relayhost exactly as written; `static:user:password` gives them inline);
//! * `smtp_tls_security_level`: `none` sends in clear, `may` uses STARTTLS
//!   when offered, `encrypt` and stronger require it; when empty the legacy
//!   `smtp_enforce_tls` / `smtp_use_tls` decide, and with neither Postfix
//!   sends in clear; `smtp_tls_wrappermode = yes` starts TLS on the first byte;
//! * `smtp_tls_protocols` (opportunistic) and `smtp_tls_mandatory_protocols`
//!   (`encrypt` and stronger) accept `!SSLv3`-style exclusions, inclusion
//!   lists and `>=TLSv1.2`: only the list of the configured level counts;
//! * Postfix relays the From header the application wrote
//!   (`sender_canonical_maps` / `smtp_generic_maps` can rewrite it).
//!
//! Two tables share the id: [`POSTFIX`] reads main.cf parameters,
//! [`POSTFIX_SASL`] a `sasl_passwd` pasted alone (a `dest user:pass` line,
//! which the readers see as a key with a colon). Both end in [`finish`],
//! which reads the `sasl_passwd` lines of the paste in one pass and makes
//! the one configuration Postfix has.

use std::ops::Range;

use crate::extract::profile::fields;
use crate::extract::profile::{
    fix_text, k, kr, mark, set, set_if, syn, words, Fix, Hooks, Key, Marker, Profile, Read, Set,
    SetVal, Words, Write, WriteKind as W, BASE,
};
use crate::extract::read::refs::has_template;
use crate::extract::read::{Document, ValKind};
use crate::extract::Config;
use crate::model::{Evidence, Field, Quote, Role, Role::*, Security, Syntax, Tls, Value};

const KEYS: &[Key] = &[
    kr("relayhost", Host, Read::HostPort),
    k("smtp_sasl_auth_enable", Auth),
    k("smtp_sasl_password_maps", CredentialsFile),
    k("smtp_tls_security_level", Encryption),
    k("smtp_use_tls", StartTls),
    k("smtp_enforce_tls", StartTls),
    k("smtp_tls_wrappermode", ImplicitTls),
    k("smtp_tls_protocols", TlsVersion),
    k("smtp_tls_mandatory_protocols", TlsVersion),
];

const MARKERS: &[Marker] = &[mark("relayhost"), mark("smtp_sasl_*"), mark("smtp_tls_*")];

const OTHER_KEYS: Words = words![
    "smtp_sasl_security_options",
    "smtp_sasl_tls_security_options",
    "smtp_sasl_mechanism_filter",
    "smtp_tls_CAfile",
    "smtp_tls_CApath",
    "smtp_tls_ciphers",
    "smtp_tls_mandatory_ciphers",
    "smtp_tls_loglevel",
    "smtp_tls_session_cache_database",
    "smtp_tls_note_starttls_offer",
    "smtp_sender_dependent_authentication",
    "sender_dependent_relayhost_maps",
    "sender_canonical_maps",
    "smtp_header_checks",
    "smtp_generic_maps",
    "header_size_limit",
    "myhostname",
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

const MODERN: &str = "!SSLv2, !SSLv3, !TLSv1, !TLSv1.1";

/// The port is part of `relayhost = [host]:port`: changed there.
const PORT: &[Set] = &[set_if(Port, "", SetVal::Port)];
const HOST: &[Set] = &[set_if(Host, "", SetVal::Given)];
const START_TLS: &[Set] = &[
    set_if(ImplicitTls, "smtp_tls_wrappermode", SetVal::Word("no")),
    set(
        Encryption,
        "smtp_tls_security_level",
        SetVal::Word("encrypt"),
    ),
];
const AUTH: &[Set] = &[set(Auth, "smtp_sasl_auth_enable", SetVal::Word("yes"))];
const TLS_MODERN: &[Set] = &[
    set_if(TlsVersion, "smtp_tls_protocols", SetVal::Word(MODERN)),
    set_if(
        TlsVersion,
        "smtp_tls_mandatory_protocols",
        SetVal::Word(MODERN),
    ),
];

/// The sentences come from [`write`] (they name the relayhost).
const FIXES: &[Fix] = &[
    crate::extract::profile::fix(W::Port, PORT),
    crate::extract::profile::fix(W::Host, HOST),
    crate::extract::profile::fix(W::StartTls, START_TLS),
    crate::extract::profile::fix(W::AuthOn, AUTH),
    crate::extract::profile::fix(W::TlsModern, TLS_MODERN),
];

const HOOKS: Hooks = Hooks {
    tls: Some(tls),
    write: Some(write),
    finish: Some(finish_main),
    ..Hooks::NONE
};

pub static POSTFIX: Profile = Profile {
    id: "postfix",
    name: "Postfix main.cf / sasl_passwd",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.postfix.org/postconf.5.html https://www.postfix.org/SASL_README.html#client_sasl https://www.postfix.org/TLS_README.html#client_tls",
    syntaxes: syn::INI | syn::CONF | syn::ENV | syn::PROPERTIES,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
        family: &["smtp_"],
    other_keys: OTHER_KEYS,
    // postconf parameters are lowercase: `RELAYHOST=` in an env file is a
    // relay image's variable (boky/postfix), with its own meaning.
    case_sensitive: true,
    port: Some(25),
    auth_switch: Some("smtp_sasl_auth_enable = yes"),
    fixes: FIXES,
    sender_hint: "the From header written by the application that hands mail to Postfix (Postfix relays it as is unless sender_canonical_maps rewrites it)",
    hooks: HOOKS,
    ..BASE
};

/// A `sasl_passwd` pasted alone: `[host]:port user:password` lines, which
/// the conf reader sees as a key with a colon. The row only finds them;
/// [`finish`] reads the lines.
///
/// The map holds the relay's destination and its login, nothing else: the
/// `main.cf` that decides TLS (`smtp_tls_security_level`) and whether the
/// login is used at all (`smtp_sasl_auth_enable`) is not in the paste, and
/// a map exists only to be named by `smtp_sasl_password_maps`. So its
/// configuration reports what the lines say (host, port, user, password)
/// and judges no setting it does not hold: the security is unknown (no
/// `tls/disabled` for a default of a file that was not pasted) and there
/// is no login switch to miss (no `auth/not-configured`). The port still
/// follows the destination as written: the map's key must equal the
/// relayhost, so `[host]` without a port is a relayhost on port 25.
pub static POSTFIX_SASL: Profile = Profile {
    syntaxes: syn::CONF | syn::PROPERTIES,
    keys: &[kr("*:*", Host, Read::Preset)],
    markers: &[],
    needs_marker: false,
    family: &[],
    auth_switch: None,
    hooks: Hooks {
        finish: Some(finish_sasl),
        tls: Some(tls_unknown),
        ..HOOKS
    },
    ..POSTFIX
};

/// The TLS of a `sasl_passwd` alone: decided by a `main.cf` that was not
/// pasted, so unknown.
fn tls_unknown(_: &Config) -> Tls {
    Tls::default()
}

fn finish_main(doc: &Document, configs: &mut Vec<Config>) {
    finish(doc, configs, &POSTFIX);
    relay_from_maps(doc, configs);
}

/// The tables that choose the next hop when `relayhost` is not set
/// (postconf(5): `sender_dependent_relayhost_maps` by sender,
/// `transport_maps` by recipient domain).
const RELAY_MAPS: [&str; 2] = ["sender_dependent_relayhost_maps", "transport_maps"];

/// No `relayhost`, but a table that picks the relay (a relay container's
/// `sender_dependent_relayhost_maps = hash:/etc/postfix/sender_relay`):
/// the host is in that table, which the paste does not hold, so it is read
/// from elsewhere rather than missing (nor is the file unrecognised).
fn relay_from_maps(doc: &Document, configs: &mut [Config]) {
    let Some(c) = configs.iter_mut().find(|c| c.get(Host).is_none()) else {
        return;
    };
    let map = doc.entries.iter().find(|e| {
        !e.commented()
            && RELAY_MAPS.contains(&doc.key_of(e).trim())
            && !doc.text_of(&e.value).trim().is_empty()
    });
    if let Some(e) = map {
        let mut value = fields::value_of(doc, e, &POSTFIX);
        value.reference = Some(value.text.trim().to_string());
        c.fields.push(fields::field(doc, e, Host, value));
    }
}

fn finish_sasl(doc: &Document, configs: &mut Vec<Config>) {
    finish(doc, configs, &POSTFIX_SASL);
}

/// One `destination user:password` line of `sasl_passwd`.
struct SaslLine {
    dest: Range<usize>,
    user: Range<usize>,
    pass: Range<usize>,
}

/// The `sasl_passwd` lines of the paste (one pass over its lines).
fn sasl_lines(input: &str) -> Vec<SaslLine> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in input.split_inclusive('\n') {
        let r = start..start + line.len();
        start = r.end;
        let mut t = trim(input, r);
        if let Some(echoed) = echoed_to_sasl_passwd(input, t.clone()) {
            t = echoed;
        }
        let text = &input[t.clone()];
        if text.starts_with('#') || text.contains('=') {
            continue;
        }
        let mut words = text.split([' ', '\t']).filter(|w| !w.is_empty());
        let (Some(dest), Some(cred), None) = (words.next(), words.next(), words.next()) else {
            continue;
        };
        let looks_like_dest = dest.starts_with('[') || dest.contains('.') || dest.contains('@');
        let Some(colon) = cred.find(':') else {
            continue;
        };
        if !looks_like_dest || dest.contains("://") || dest.ends_with(':') {
            continue;
        }
        let cred_start = t.end - text.len() + text.rfind(cred).unwrap_or(0);
        out.push(SaslLine {
            dest: t.start..t.start + dest.len(),
            user: cred_start..cred_start + colon,
            pass: cred_start + colon + 1..cred_start + cred.len(),
        });
    }
    out
}

fn trim(input: &str, r: Range<usize>) -> Range<usize> {
    let s = &input[r.clone()];
    let t = s.trim();
    let lead = s.len() - s.trim_start().len();
    r.start + lead..r.start + lead + t.len()
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
    // The first word after `echo` that is not an option.
    let mut i = line.start + echo + "echo".len();
    let end = line.start + redirect;
    while let Some((content, next)) = shell_word(input, i, end) {
        i = next;
        if !input[content.clone()].starts_with('-') {
            return Some(content);
        }
    }
    None
}

/// The shell word starting at or after `i` before `end`: its content
/// range (inside quotes) and where the next word may start.
fn shell_word(input: &str, mut i: usize, end: usize) -> Option<(Range<usize>, usize)> {
    let bytes = input.as_bytes();
    while i < end && matches!(bytes[i], b' ' | b'\t') {
        i += 1;
    }
    if i >= end {
        return None;
    }
    match bytes[i] {
        b';' | b'&' | b'|' | b'#' | b'`' | b'<' => None,
        q @ (b'"' | b'\'') => {
            let close = i + 1 + input[i + 1..end].find(q as char)?;
            Some((i + 1..close, close + 1))
        }
        _ => {
            let stop = input[i..end]
                .find([' ', '\t', ';', '&', '|', '`', '<'])
                .map_or(end, |e| i + e);
            Some((i..stop, stop))
        }
    }
}

/// `host`, `host:port`, `[host]` or `[host]:port` (ranges of `t`). A colon
/// inside `${…}` or `$(…)` is the shell's, not the port's; an IPv6 literal
/// without brackets has several colons: no port then.
fn split_dest(t: &str) -> Option<(Range<usize>, Option<Range<usize>>)> {
    if let Some(rest) = t.strip_prefix('[') {
        let close = rest.find(']')?;
        let after = close + 2;
        let port = t[after..]
            .strip_prefix(':')
            .map(|_| after + 1..t.len())
            .filter(|r| !r.is_empty());
        return Some((1..close + 1, port));
    }
    let mut depth = 0i32;
    let mut colons = Vec::new();
    for (i, c) in t.char_indices() {
        match c {
            '{' | '(' => depth += 1,
            '}' | ')' => depth -= 1,
            ':' if depth == 0 => {
                colons.push(i);
                if colons.len() > 1 {
                    return Some((0..t.len(), None));
                }
            }
            _ => {}
        }
    }
    Some(match colons.first() {
        Some(&c) => (0..c, Some(c + 1..t.len())),
        None => (0..t.len(), None),
    })
}

/// A field whose value is the input at `span`, verbatim (a reference when
/// it holds a `${…}` substitution).
fn verbatim(
    input: &str,
    role: Role,
    key: &str,
    key_span: Range<usize>,
    span: Range<usize>,
) -> Field {
    let text = input[span.clone()].to_string();
    let reference = has_template(&text, true).then(|| text.clone());
    Field {
        role,
        key: key.to_string(),
        key_span,
        value: Value {
            text,
            span,
            quote: Quote::None,
            verbatim: true,
            reference,
        },
        syntax: Syntax::Conf,
    }
}

/// Host and port fields of a destination written at `span`.
fn dest_fields(input: &str, key: &str, key_span: Range<usize>, span: Range<usize>) -> Vec<Field> {
    let Some((h, p)) = split_dest(&input[span.clone()]) else {
        return Vec::new();
    };
    let at = |r: Range<usize>| span.start + r.start..span.start + r.end;
    let whole = h == (0..span.len());
    let host = verbatim(input, Host, key, key_span.clone(), at(h));
    // `relayhost = {{relay}}`: one variable for the whole destination may
    // hold `[host]:587` too, so it stands for the port as well (same span:
    // one reference note) and the default 25 is not assumed.
    let port = match p {
        Some(p) => Some(verbatim(input, Port, key, key_span, at(p))),
        None if whole && host.value.is_reference() => Some(Field {
            role: Port,
            ..host.clone()
        }),
        None => None,
    };
    let mut out = vec![host];
    out.extend(port);
    out
}

/// Postfix has one configuration: the parameters of the paste, its
/// `sasl_passwd` line for the relayhost, `static:` credentials, and the
/// protocol list of the configured level. (Also the end of the tables
/// whose settings another tool writes into `main.cf`: NixOS, Ansible.)
pub(super) fn finish(doc: &Document, configs: &mut Vec<Config>, p: &'static Profile) {
    let input = doc.input;
    let mut cfg = Config::new(p, 0..0);
    for c in configs.drain(..) {
        cfg.fields.extend(c.fields);
        cfg.unknown_keys.extend(c.unknown_keys);
    }
    // The relayhost as written: its sasl_passwd line must name it exactly.
    let relay = cfg
        .fields
        .iter()
        .rposition(|f| f.role == Host && f.key.eq_ignore_ascii_case("relayhost"));
    let mut relay_text: Option<String> = None;
    if let Some(i) = relay {
        let f = &cfg.fields[i];
        let e = doc
            .entries
            .iter()
            .rev()
            .find(|e| e.key_span() == f.key_span);
        if let Some(e) = e {
            let span = e.value.span();
            relay_text = Some(input[span.clone()].trim().to_string());
            // `[${HOST}]:${PORT}`: the engine keeps a reference whole; split it.
            if e.value.kind == ValKind::Reference && doc.text_of(&e.value) == &input[span.clone()] {
                let (key, key_span) = (f.key.clone(), f.key_span.clone());
                cfg.fields.retain(|g| g.key_span != key_span);
                cfg.fields.extend(dest_fields(input, &key, key_span, span));
            }
        }
    }
    let sasl = sasl_lines(input);
    // `static:user:password`: the credentials are right here.
    let mut creds = Vec::new();
    cfg.fields.retain(|f| {
        if f.role != CredentialsFile {
            return true;
        }
        let v = &f.value;
        let text = &input[v.span.clone()];
        if let Some(rest) = text.trim_start().strip_prefix("static:") {
            let start = v.span.end - rest.len();
            if let Some(c) = rest.find(':') {
                let ks = f.key_span.clone();
                creds.push(verbatim(
                    input,
                    Username,
                    &f.key,
                    ks.clone(),
                    start..start + c,
                ));
                creds.push(verbatim(
                    input,
                    Password,
                    &f.key,
                    ks,
                    start + c + 1..v.span.end,
                ));
            }
            return false;
        }
        // The map is pasted too: its line is read below.
        sasl.is_empty()
    });
    cfg.fields.extend(creds);
    // Keep only the protocol list that applies at the configured level.
    let level = cfg
        .literal(Encryption)
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
        .retain(|f| f.role != TlsVersion || f.key.eq_ignore_ascii_case(wanted));
    // sasl_passwd: the line whose key is the relayhost as written, else the first.
    let chosen = sasl
        .iter()
        .find(|l| relay_text.as_deref() == Some(&input[l.dest.clone()]))
        .or(sasl.first());
    if let Some(l) = chosen {
        let dest = &input[l.dest.clone()];
        if relay_text.is_none() {
            cfg.fields
                .extend(dest_fields(input, dest, l.dest.clone(), l.dest.clone()));
        }
        cfg.fields.push(verbatim(
            input,
            Username,
            dest,
            l.dest.clone(),
            l.user.clone(),
        ));
        cfg.fields.push(verbatim(
            input,
            Password,
            dest,
            l.dest.clone(),
            l.pass.clone(),
        ));
    }
    if cfg.fields.is_empty() {
        return;
    }
    crate::sort::by_key(&mut cfg.fields, |f| f.key_span.start);
    let start = cfg.fields.iter().map(|f| f.whole_span().start).min();
    let end = cfg.fields.iter().map(|f| f.whole_span().end).max();
    cfg.span = start.unwrap_or(0)..end.unwrap_or(0);
    configs.push(cfg);
}

/// Every change, for the tables whose sentences all come from their
/// `write` hook (the tools that write main.cf for the user: NixOS,
/// Ansible roles, pillars): the rows only say the change can be written.
pub(super) const WRITTEN_BY_HOOK: &[Fix] = &[
    fix_text(W::Port, &[], ""),
    fix_text(W::Host, &[], ""),
    fix_text(W::StartTls, &[], ""),
    fix_text(W::VerifyOn, &[], ""),
    fix_text(W::AuthOn, &[], ""),
    fix_text(W::TlsModern, &[], ""),
    fix_text(W::Username, &[], ""),
    fix_text(W::Password, &[], ""),
    fix_text(W::From, &[], ""),
    fix_text(W::Stream, &[], ""),
];

/// For the tables whose settings a tool writes into a main.cf the paste
/// does not show: Postfix's reading when a TLS parameter is written,
/// else what the tool leaves (`unwritten`).
pub(super) fn tls_written_or(cfg: &Config, unwritten: Tls) -> Tls {
    if [Encryption, StartTls, ImplicitTls]
        .iter()
        .any(|r| cfg.get(*r).is_some())
    {
        return tls(cfg);
    }
    unwritten
}

/// [`tls_written_or`] where the tool's own default is not known.
pub(super) fn tls_written_or_unknown(cfg: &Config) -> Tls {
    tls_written_or(cfg, Tls::default())
}

/// For the tables' tests: `text` is read by `client` as a relay to Postmark
/// on `port` with STARTTLS, whose login is in a map the paste does not hold.
#[cfg(test)]
pub(super) fn assert_postmark_relay_with_map(text: &str, client: &str, port: u16) {
    let (c, s, ids) = super::linted(text);
    assert_eq!(c, client);
    assert_eq!(s["host"], "smtp.postmarkapp.com");
    assert_eq!(s["port"], port);
    assert_eq!(s["security"], "starttls");
    let has = |id: &str| ids.iter().any(|i| i == id);
    assert!(has("auth/external-credentials"), "{ids:?}");
    assert!(
        !ids.iter().any(|i| i.starts_with("auth/missing")),
        "{ids:?}"
    );
}

/// Postfix's reading: wrappermode, then the level, then the legacy switches.
pub(super) fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    if [Encryption, ImplicitTls, StartTls]
        .iter()
        .any(|r| cfg.get(*r).is_some_and(|f| f.value.is_reference()))
    {
        return tls;
    }
    if let Some(w) = cfg
        .get(ImplicitTls)
        .filter(|f| f.value.as_bool() == Some(true))
    {
        tls.choose(Security::Implicit, Evidence::of(w));
        return tls;
    }
    let level = cfg
        .get(Encryption)
        .filter(|f| !f.value.text.trim().is_empty());
    if let Some(l) = level {
        let word = l.value.text.trim().to_ascii_lowercase();
        if word == "none" {
            tls.choose(Security::None, Evidence::of(l));
        } else if word == "may" || MANDATORY_LEVELS.contains(&word.as_str()) {
            tls.choose(Security::StartTls, Evidence::of(l));
        }
        return tls;
    }
    // Legacy switches, read only when the level is empty.
    let legacy = cfg
        .all(StartTls)
        .filter(|f| f.value.as_bool() == Some(true))
        .last();
    if let Some(f) = legacy {
        tls.choose(Security::StartTls, Evidence::of(f));
    } else {
        tls.mode = Some(Security::None);
        tls.disabled = cfg.get(StartTls).map(Evidence::of).or_else(|| {
            Some(Evidence::absent(
                "no smtp_tls_security_level (Postfix's default sends in clear)",
            ))
        });
    }
    tls
}

/// The sentences name the relayhost and the sasl_passwd line.
fn write(cfg: &Config, what: &Write) -> Option<String> {
    let host = cfg.literal(Host).unwrap_or("smtp.postmarkapp.com");
    let port = cfg.port_number().unwrap_or(587);
    let sasl = |v: &str, user: bool| {
        if user {
            format!("[{host}]:{port} {v}:<password> in /etc/postfix/sasl_passwd, then `postmap /etc/postfix/sasl_passwd`")
        } else {
            format!("[{host}]:{port} <username>:{v} in /etc/postfix/sasl_passwd, then `postmap /etc/postfix/sasl_passwd`")
        }
    };
    Some(match what {
        Write::Port(p) => format!("relayhost = [{host}]:{p}"),
        Write::Host(h) => format!("relayhost = [{h}]:{port} (and the same key in sasl_passwd)"),
        Write::StartTls => {
            "smtp_tls_security_level = encrypt (and remove smtp_tls_wrappermode = yes)".into()
        }
        Write::VerifyOn => "smtp_tls_security_level = secure with smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt".into(),
        Write::AuthOn => "smtp_sasl_auth_enable = yes".into(),
        Write::TlsModern => format!("smtp_tls_mandatory_protocols = {MODERN} (and the same for smtp_tls_protocols)"),
        Write::Username(v) => sasl(v, true),
        Write::Password(v) => sasl(v, false),
        Write::From(v) => format!("From: {v} in the application that hands mail to Postfix (or a sender_canonical_maps entry)"),
        Write::Stream(v) => format!("a header `X-PM-Message-Stream: {v}` added by the application"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAIN_CF: &str = "relayhost = [smtp.postmarkapp.com]:587\nsmtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\nsmtp_sasl_security_options = noanonymous\nsmtp_tls_security_level = encrypt\n";

    fn one(input: &str) -> Config {
        let mut c = crate::extract::extract(input);
        assert_eq!(c.len(), 1, "{input}: {c:?}");
        assert_eq!(c[0].dialect.id, "postfix");
        c.remove(0)
    }

    /// A relay container's main.cf: SASL and TLS for the client side, the
    /// relay chosen per sender in a table not pasted. Read as Postfix with
    /// the host from that table (not unrecognised, not missing).
    #[test]
    fn relay_chosen_by_a_map() {
        let src = "myhostname = relay.local\nsmtp_tls_security_level = encrypt\nsender_dependent_relayhost_maps = hash:/etc/postfix/sender_relay\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\nsmtp_sasl_auth_enable = yes\n";
        let c = one(src);
        let host = c.get(Host).expect("host");
        assert_eq!(
            host.value.reference.as_deref(),
            Some("hash:/etc/postfix/sender_relay")
        );
        let (_, s, ids) = super::super::linted(src);
        assert!(s["host"].is_null(), "{s}");
        assert!(
            ids.iter().any(|i| i == "input/unresolved-reference"),
            "{ids:?}"
        );
        assert!(
            !ids.iter()
                .any(|i| i == "host/missing" || i == "input/unrecognized"),
            "{ids:?}"
        );
        // A written relayhost is the host; the map adds nothing.
        let c = one(&format!("relayhost = [smtp.postmarkapp.com]:587\n{src}"));
        assert_eq!(c.all(Host).count(), 1);
        assert_eq!(c.literal(Host), Some("smtp.postmarkapp.com"));
    }

    #[test]
    fn main_cf_alone_has_external_credentials() {
        let c = one(MAIN_CF);
        let h = c.get(Host).unwrap();
        assert_eq!(&MAIN_CF[h.value.span.clone()], "smtp.postmarkapp.com");
        assert_eq!(c.port_number(), Some(587));
        assert!(c.get(CredentialsFile).is_some());
        assert_eq!(POSTFIX.tls(&c).mode, Some(Security::StartTls));
    }

    #[test]
    fn with_sasl_passwd() {
        let input = format!("{MAIN_CF}\n# /etc/postfix/sasl_passwd\n[smtp.postmarkapp.com]:587 1f86a2b4-55c1-4a0e-9d1b-3c2d11115948:1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\n");
        let c = one(&input);
        assert!(c.get(CredentialsFile).is_none());
        let u = c.get(Username).unwrap();
        assert_eq!(u.value.text.len(), 36);
        assert_eq!(&input[u.value.span.clone()], u.value.text);
        assert_eq!(c.literal(Password).map(str::len), Some(36));
    }

    #[test]
    fn sasl_passwd_alone_and_defaults() {
        let c = one("[smtp.postmarkapp.com]:2525 abc:def\n");
        assert_eq!(c.literal(Host), Some("smtp.postmarkapp.com"));
        assert_eq!(c.port_number(), Some(2525));
        // TLS and the login switch live in a main.cf that was not pasted.
        assert_eq!(c.dialect.tls(&c).mode, None);
        assert_eq!(c.dialect.auth_switch(), None);
        // Without brackets (Postfix then looks up MX records; the line still counts).
        let c = one("smtp.postmarkapp.com:587 abc:def\n");
        assert_eq!(c.literal(Host), Some("smtp.postmarkapp.com"));
        assert_eq!(c.literal(Username), Some("abc"));
        let c = one("relayhost = [smtp.postmarkapp.com]\nsmtp_use_tls = yes\n");
        assert_eq!(c.effective_port(), Some(25));
        assert_eq!(POSTFIX.tls(&c).mode, Some(Security::StartTls));
    }

    #[test]
    fn protocols_forcing_tls1() {
        let c = one("relayhost = [smtp.postmarkapp.com]:587\nsmtp_tls_security_level = encrypt\nsmtp_tls_mandatory_protocols = TLSv1\nsmtp_tls_protocols = !SSLv2, !SSLv3\n");
        assert_eq!(c.literal(TlsVersion), Some("TLSv1"));
        let c = one("relayhost = [smtp.postmarkapp.com]:587\nsmtp_tls_security_level = encrypt\nsmtp_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1\n");
        assert_eq!(c.all(TlsVersion).count(), 1);
    }

    #[test]
    fn echo_into_sasl_passwd() {
        let script = "#!/bin/sh\npostconf -e 'relayhost = [smtp.postmarkapp.com]:587'\npostconf -e 'smtp_sasl_auth_enable = yes'\necho \"[smtp.postmarkapp.com]:587 user:pass\" > /etc/postfix/sasl_passwd\n";
        let c = one(script);
        assert_eq!(c.literal(Host), Some("smtp.postmarkapp.com"));
        assert_eq!(c.literal(Username), Some("user"));
        assert_eq!(c.literal(Password), Some("pass"));
    }

    #[test]
    fn relayhost_from_variables_keeps_its_port() {
        let c = one("relayhost = [${RELAY_HOST}]:${RELAY_PORT}\nsmtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = static:${RELAY_USER}:${RELAY_PASS}\n");
        assert!(c.get(Host).is_some_and(|f| f.value.is_reference()));
        assert!(c.get(Port).is_some_and(|f| f.value.is_reference()));
        assert!(c.get(Username).is_some_and(|f| f.value.is_reference()));
        assert_eq!(split_dest("${H}:587").unwrap().1, Some(5..8));
        assert_eq!(split_dest("${H:-smtp.x.com}").unwrap().1, None);
    }

    #[test]
    fn relayhost_as_one_template_variable_may_hold_the_port() {
        // `relayhost = {{relay}}` can be `[host]:587`: Postfix's default
        // port 25 is not assumed, so no port/missing.
        let input = "relayhost = {{cRelayHostLine}}\nsmtp_tls_security_level = encrypt\nsmtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\n";
        let (client, _, ids) = super::super::linted(input);
        assert_eq!(client, "postfix");
        assert!(!ids.iter().any(|i| i == "port/missing"), "{ids:?}");
        let notes = ids.iter().filter(|i| *i == "input/unresolved-reference");
        assert_eq!(notes.count(), 1, "{ids:?}");
        let c = one(input);
        assert!(c.get(Port).is_some_and(|f| f.value.is_reference()));
    }
}

//! Go's standard `net/smtp`: `smtp.SendMail("host:587", smtp.PlainAuth("",
//! user, pass, host), from, to, msg)`, or a hand-driven client
//! (`smtp.Dial("host:25")`, `tls.Dial("tcp", "host:465", cfg)` then
//! `smtp.NewClient`, `c.StartTLS(cfg)`, `c.Auth(auth)`, `c.Mail(from)`).
//!
//! Meaning (<https://pkg.go.dev/net/smtp>, `smtp.go` of the standard
//! library):
//!
//! * The address is `host:port` by design (`net.Dial`): with no port the
//!   dial fails ("missing port in address"); there is no default port.
//! * `SendMail` connects in clear and upgrades with STARTTLS when the
//!   server advertises it (opportunistic); it can never do TLS from the
//!   first byte, so on 465 it waits for a greeting that never comes.
//!   Implicit TLS needs `tls.Dial` and `smtp.NewClient` by hand.
//! * `PlainAuth(identity, username, password, host)` refuses to send the
//!   credentials over a connection that is not TLS (except to localhost),
//!   and fails with "wrong host name" when `host` is not the server dialled.
//!   `CRAMMD5Auth(username, secret)` is the other built-in mechanism.
//! * `tls.Config{InsecureSkipVerify: true}` turns certificate checks off.
//! * The envelope sender is `SendMail`'s third argument (or `c.Mail(from)`);
//!   the From header is whatever the message bytes say.
//!
//! The address is often built in the code (`smtpHost+":"+smtpPort`,
//! `fmt.Sprintf("%s:%d", host, port)`): the `finish` hook reads it from
//! the two variables when the paste assigns them literals.

use crate::extract::profile::{
    fields, k, kr, mark, syn, Hooks, Key, Marker, Profile, Read, TlsModel, BASE,
};
use crate::extract::read::{Document, ValKind};
use crate::extract::Config;
use crate::model::{Field, Role, Role::*, Value};

const KEYS: &[Key] = &[
    kr("smtp.SendMail(#0)|smtp.Dial(#0)", Host, Read::HostPort),
    // `tls.Dial("tcp", "host:465", cfg)`: TLS from the first byte.
    kr("tls.Dial(#1)", Host, Read::HostPort),
    kr("tls.Dial()", ImplicitTls, Read::Presence),
    kr("StartTLS()", StartTls, Read::Presence),
    k("PlainAuth(#1)|CRAMMD5Auth(#0)", Username),
    k("PlainAuth(#2)|CRAMMD5Auth(#1)", Password),
    k("smtp.SendMail(#2)|Mail(#0)", From),
    k("InsecureSkipVerify", SkipVerify),
];

const MARKERS: &[Marker] = &[
    mark("smtp.SendMail()"),
    mark("smtp.PlainAuth()"),
    mark("smtp.CRAMMD5Auth()"),
    mark("smtp.Dial()"),
    mark("smtp.NewClient()"),
];

/// STARTTLS when offered, unless the code dials TLS itself.
const TLS: TlsModel = TlsModel {
    absent: "",
    ..TlsModel::OPPORTUNISTIC
};

pub static GO_SMTP: Profile = Profile {
    id: "go-net-smtp",
    name: "Go net/smtp",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://pkg.go.dev/net/smtp",
    syntaxes: syn::GO,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    tls: TLS,
    sender_hint: "the third argument of smtp.SendMail (and the From: header of the message bytes)",
    hooks: Hooks {
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

/// The two names an address expression joins: `a+":"+b` (`b` also as
/// `strconv.Itoa(b)`),
/// `fmt.Sprintf("%s:%d", a, b)`, `net.JoinHostPort(a, b)`.
pub(super) fn joined(expr: &str) -> Option<(&str, &str)> {
    let e = expr.trim();
    if let Some(inner) = e
        .strip_prefix("fmt.Sprintf(")
        .and_then(|r| r.strip_suffix(')'))
    {
        let mut parts = inner.splitn(3, ',');
        let fmt = parts.next()?.trim();
        if !matches!(fmt, "\"%s:%d\"" | "\"%s:%s\"" | "\"%s:%v\"" | "\"%v:%v\"") {
            return None;
        }
        return Some((ident(parts.next()?)?, ident(parts.next()?)?));
    }
    if let Some(inner) = e
        .strip_prefix("net.JoinHostPort(")
        .and_then(|r| r.strip_suffix(')'))
    {
        let (a, b) = inner.split_once(',')?;
        return Some((ident(a)?, ident(b)?));
    }
    let mut parts = e.split('+');
    let (a, sep, b) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || !matches!(sep.trim(), "\":\"" | "':'") {
        return None;
    }
    // The port made a string: `host + ":" + strconv.Itoa(port)`.
    let b = b.trim();
    let b = ["strconv.Itoa(", "fmt.Sprint("]
        .iter()
        .find_map(|c| b.strip_prefix(c).and_then(|r| r.strip_suffix(')')))
        .unwrap_or(b);
    Some((ident(a)?, ident(b)?))
}

/// A variable or field name (`smtpHost`, `cfg.Port`).
fn ident(s: &str) -> Option<&str> {
    let s = s.trim();
    (!s.is_empty()
        && s.bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'.'))
    .then_some(s)
}

/// The literal last assigned to `name` before `at` (`smtpHost :=
/// "smtp.gmail.com"`, `const smtpPort = 587`).
fn assigned(doc: &Document, p: &Profile, name: &str, at: usize) -> Option<(Value, String)> {
    doc.entries
        .iter()
        .filter(|e| {
            e.key_span().start < at
                && !e.commented()
                && e.value.kind == ValKind::Literal
                && doc.key_of(e) == name
        })
        .last()
        .map(|e| (fields::value_of(doc, e, p), doc.key_of(e).to_string()))
}

/// The expression last assigned to `name` before `at`.
fn expression<'d>(doc: &'d Document, name: &str, at: usize) -> Option<&'d str> {
    doc.entries
        .iter()
        .filter(|e| {
            e.key_span().start < at
                && !e.commented()
                && e.value.kind == ValKind::Reference
                && doc.key_of(e) == name
        })
        .last()
        .map(|e| doc.text_of(&e.value))
}

/// Reads an address built from two variables the paste assigns (also
/// jordan-wright/email's `e.Send(addr, auth)`, which takes the same
/// `host:port` address).
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
pub(super) fn finish(doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        let Some(i) = cfg
            .fields
            .iter()
            .position(|f| f.role == Host && f.value.is_reference())
        else {
            continue;
        };
        let at = cfg.fields[i].key_span.start;
        let expr = cfg.fields[i].value.reference.as_deref().unwrap_or("");
        // `addr := fmt.Sprintf(…)` then `smtp.SendMail(addr, …)`: one step.
        let held = ident(expr).and_then(|name| expression(doc, name, at));
        let Some((a, b)) = joined(expr).or_else(|| held.and_then(joined)) else {
            continue;
        };
        let p = cfg.dialect;
        let (Some((host, hkey)), port) = (assigned(doc, p, a, at), assigned(doc, p, b, at)) else {
            continue;
        };
        let f = &mut cfg.fields[i];
        f.key = hkey;
        f.key_span = host.span.clone();
        f.value = host;
        if let Some((port, pkey)) = port {
            if cfg.get(Role::Port).is_none() {
                let syntax = cfg.fields[i].syntax;
                cfg.fields.push(Field {
                    role: Port,
                    key: pkey,
                    key_span: port.span.clone(),
                    value: port,
                    syntax,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::linted;
    use super::joined;

    #[test]
    fn address_expressions() {
        assert_eq!(
            joined("smtpHost+\":\"+smtpPort"),
            Some(("smtpHost", "smtpPort"))
        );
        assert_eq!(joined("host + \":\" + port"), Some(("host", "port")));
        assert_eq!(
            joined("fmt.Sprintf(\"%s:%d\", cfg.Host, cfg.Port)"),
            Some(("cfg.Host", "cfg.Port"))
        );
        assert_eq!(joined("net.JoinHostPort(h, p)"), Some(("h", "p")));
        assert_eq!(joined("addr"), None);
        assert_eq!(joined("a + \"/\" + b"), None);
        assert_eq!(
            joined("host + \":\" + strconv.Itoa(port)"),
            Some(("host", "port"))
        );
    }

    #[test]
    fn send_mail_literal_address() {
        let (client, s, ids) = linted("import \"net/smtp\"\n\nfunc send() error {\n\tauth := smtp.PlainAuth(\"\", \"abc\", \"abc\", \"smtp.postmarkapp.com\")\n\treturn smtp.SendMail(\"smtp.postmarkapp.com:587\", auth, \"hello@acme-widgets.io\", to, msg)\n}\n");
        assert_eq!(client, "go-net-smtp");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["password_present"], true);
        assert_eq!(s["from"], "hello@acme-widgets.io");
        assert!(!ids.iter().any(|i| i == "host/has-port"), "{ids:?}");
    }

    #[test]
    fn address_from_variables_and_465() {
        let (_, s, _) = linted("host := \"smtp.postmarkapp.com\"\nport := \"2525\"\naddr := fmt.Sprintf(\"%s:%s\", host, port)\nerr := smtp.SendMail(addr, auth, from, to, msg)\n");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 2525);
        let (_, s, ids) = linted("func send() {\n\tsmtpHost := \"smtp.postmarkapp.com\"\n\tsmtpPort := \"465\"\n\tauth := smtp.PlainAuth(\"\", token, token, smtpHost)\n\terr := smtp.SendMail(smtpHost+\":\"+smtpPort, auth, from, to, message)\n}\n");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 465);
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn tls_dial_is_implicit() {
        let (_, s, _) = linted("conn, err := tls.Dial(\"tcp\", \"smtp.postmarkapp.com:465\", &tls.Config{ServerName: host})\nc, err := smtp.NewClient(conn, host)\n");
        assert_eq!(s["security"], "implicit");
        assert_eq!(s["port"], 465);
    }
}

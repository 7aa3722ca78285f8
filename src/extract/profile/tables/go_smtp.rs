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
use crate::model::{Field, Quote, Role, Role::*, Value};

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

/// The port side of an address expression: a variable, or digits
/// written in the expression itself (`host + ":25"`).
#[derive(Debug, PartialEq)]
pub(super) enum PortPart<'e> {
    Name(&'e str),
    /// Where the digits are in the expression.
    Digits(std::ops::Range<usize>),
}

/// Where `part`, a slice of `whole`, starts in it.
fn offset_in(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize)
}

/// The digits of a port literal (`587`, `"587"`, `":587"`) as a range
/// of `expr`, of which `lit` is a slice.
fn port_digits(expr: &str, lit: &str) -> Option<std::ops::Range<usize>> {
    let t = lit.trim().trim_matches(|c| c == '"' || c == '`');
    let t = t.strip_prefix(':').unwrap_or(t);
    (!t.is_empty() && t.len() <= 5 && t.bytes().all(|c| c.is_ascii_digit())).then(|| {
        let at = offset_in(expr, t);
        at..at + t.len()
    })
}

/// The port side `b` of `expr`: a variable's name, or digits.
fn name_or_digits<'e>(expr: &'e str, b: &'e str) -> Option<PortPart<'e>> {
    match ident(b) {
        Some(n) if !n.bytes().all(|c| c.is_ascii_digit()) => Some(PortPart::Name(n)),
        _ => port_digits(expr, b).map(PortPart::Digits),
    }
}

/// The host variable and the port an address expression joins: `a+":"+b`
/// (`b` also as `strconv.Itoa(b)`), `a+":25"`, `fmt.Sprintf("%s:%d", a,
/// b)`, `fmt.Sprintf("%s:587", a)`, `net.JoinHostPort(a, b)` (`b` a
/// variable or a quoted port).
pub(super) fn joined(expr: &str) -> Option<(&str, PortPart<'_>)> {
    let e = expr.trim();
    if let Some(inner) = e
        .strip_prefix("fmt.Sprintf(")
        .and_then(|r| r.strip_suffix(')'))
    {
        let mut parts = inner.splitn(3, ',');
        let fmt = parts.next()?.trim();
        let host = ident(parts.next()?)?;
        if matches!(fmt, "\"%s:%d\"" | "\"%s:%s\"" | "\"%s:%v\"" | "\"%v:%v\"") {
            return Some((host, PortPart::Name(ident(parts.next()?)?)));
        }
        // The port written in the format: `"%s:587"`.
        let port = fmt
            .strip_prefix("\"%s:")
            .or_else(|| fmt.strip_prefix("\"%v:"))?
            .strip_suffix('"')?;
        return (parts.next().is_none())
            .then(|| port_digits(expr, port))
            .flatten()
            .map(|r| (host, PortPart::Digits(r)));
    }
    if let Some(inner) = e
        .strip_prefix("net.JoinHostPort(")
        .and_then(|r| r.strip_suffix(')'))
    {
        let (a, b) = inner.split_once(',')?;
        return Some((ident(a)?, name_or_digits(expr, b)?));
    }
    let mut parts = e.split('+');
    let a = ident(parts.next()?)?;
    let sep = parts.next()?;
    let Some(b) = parts.next() else {
        // `host + ":25"`: the port in the string that follows the host.
        let s = sep.trim();
        return s
            .starts_with(['"', '`'])
            .then(|| port_digits(expr, s))
            .flatten()
            .map(|r| (a, PortPart::Digits(r)));
    };
    if parts.next().is_some() || !matches!(sep.trim(), "\":\"" | "':'") {
        return None;
    }
    // The port made a string: `host + ":" + strconv.Itoa(port)`.
    let b = b.trim();
    let b = ["strconv.Itoa(", "fmt.Sprint("]
        .iter()
        .find_map(|c| b.strip_prefix(c).and_then(|r| r.strip_suffix(')')))
        .unwrap_or(b);
    Some((a, name_or_digits(expr, b)?))
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

/// The expression last assigned to `name` before `at`, with where its
/// text starts in the input (none when its text is not the input's).
fn expression<'d>(doc: &'d Document, name: &str, at: usize) -> Option<(&'d str, Option<usize>)> {
    doc.entries
        .iter()
        .filter(|e| {
            e.key_span().start < at
                && !e.commented()
                && e.value.kind == ValKind::Reference
                && doc.key_of(e) == name
        })
        .last()
        .map(|e| {
            let text = doc.text_of(&e.value);
            let start = e.value.span().start;
            (
                text,
                (doc.input.get(e.value.span()) == Some(text)).then_some(start),
            )
        })
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
        let field = &cfg.fields[i].value;
        let expr = field.reference.as_deref().unwrap_or("");
        // Where the expression's text starts in the input, for a port
        // written in it.
        let own_start =
            (doc.input.get(field.span.clone()) == Some(expr)).then_some(field.span.start);
        // `addr := fmt.Sprintf(…)` then `smtp.SendMail(addr, …)`: one step.
        let held = ident(expr).and_then(|name| expression(doc, name, at));
        let Some(((a, b), start)) = joined(expr)
            .map(|j| (j, own_start))
            .or_else(|| held.and_then(|(text, start)| Some((joined(text)?, start))))
        else {
            continue;
        };
        let p = cfg.dialect;
        let port = match b {
            PortPart::Name(b) => assigned(doc, p, b, at),
            PortPart::Digits(r) => start.map(|s| {
                let span = s + r.start..s + r.end;
                (
                    Value::verbatim(doc.input, span, Quote::Double),
                    cfg.fields[i].key.clone(),
                )
            }),
        };
        let Some((host, hkey)) = assigned(doc, p, a, at) else {
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
    use super::PortPart::{Digits, Name};

    #[test]
    fn address_expressions() {
        let named = |a, b| Some((a, Name(b)));
        assert_eq!(
            joined("smtpHost+\":\"+smtpPort"),
            named("smtpHost", "smtpPort")
        );
        assert_eq!(joined("host + \":\" + port"), named("host", "port"));
        assert_eq!(
            joined("fmt.Sprintf(\"%s:%d\", cfg.Host, cfg.Port)"),
            named("cfg.Host", "cfg.Port")
        );
        assert_eq!(joined("net.JoinHostPort(h, p)"), named("h", "p"));
        assert_eq!(joined("addr"), None);
        assert_eq!(joined("a + \"/\" + b"), None);
        assert_eq!(
            joined("host + \":\" + strconv.Itoa(port)"),
            named("host", "port")
        );
        // A port written in the expression: where its digits are.
        let digits = |e: &'static str, port: &str| {
            let at = e.find(port).unwrap();
            assert_eq!(
                joined(e).map(|(_, p)| p),
                Some(Digits(at..at + port.len())),
                "{e}"
            );
        };
        digits("hostname+\":25\"", "25");
        digits("host + \":\" + \"587\"", "587");
        digits("fmt.Sprintf(\"%s:587\", host)", "587");
        digits("net.JoinHostPort(host, \"2525\")", "2525");
        assert_eq!(joined("host + \":smtp\""), None);
        assert_eq!(joined("fmt.Sprintf(\"%s:587\", host, x)"), None);
    }

    #[test]
    fn port_written_beside_the_host_variable() {
        // pkg.go.dev/net/smtp's own SendMail example.
        let (_, s, _) = linted("func main() {\n\thostname := \"mail.example.com\"\n\tauth := smtp.PlainAuth(\"\", \"user@example.com\", \"password\", hostname)\n\terr := smtp.SendMail(hostname+\":25\", auth, from, recipients, msg)\n}\n");
        assert_eq!(s["host"], "mail.example.com");
        assert_eq!(s["port"], 25);
        let (_, s, _) = linted("host := \"smtp.postmarkapp.com\"\naddr := fmt.Sprintf(\"%s:2525\", host)\nerr := smtp.SendMail(addr, auth, from, to, msg)\n");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 2525);
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

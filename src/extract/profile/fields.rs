//! From an entry matched by a table row to the fields the rules read:
//! the value as the client reads it (quotes kept where the client keeps
//! them, library constants as words), `host:port` values split, URLs
//! taken apart, base64 decoded.

use std::ops::Range;

use super::{Profile, Read, UrlFlavor};
use crate::extract::read::{url, Document, Entry, ScopeKind, SegKind, ValKind};
use crate::extract::Config;
use crate::model::{Field, KeyUse, Quote, Role, Value};

/// The value of an entry as the client reads it.
pub fn value_of(doc: &Document, e: &Entry, p: &Profile) -> Value {
    let v = &e.value;
    let mut span = v.span();
    let mut text = doc.text_of(v).to_string();
    let mut quote = v.quote;
    let mut reference = match v.kind {
        ValKind::Reference => Some(text.clone()),
        _ => None,
    };
    if v.kind == ValKind::Presence {
        return Value {
            text: "true".into(),
            span,
            quote: Quote::None,
            verbatim: false,
            reference: None,
        };
    }
    // `PHPMailer::ENCRYPTION_SMTPS`, `ssl.CERT_NONE`: a library constant is a word.
    if reference.is_some() && is_constant(p, &text) {
        reference = None;
    }
    // Quotes the client keeps (configparser, .properties).
    if p.quotes_literal && matches!(quote, Quote::Single | Quote::Double) && !e.syntax.is_code() {
        let q = if quote == Quote::Single { '\'' } else { '"' };
        if span.start > 0 && doc.input.get(span.end..span.end + 1) == Some(&q.to_string()) {
            span = span.start - 1..span.end + 1;
            text = format!("{q}{text}{q}");
            quote = Quote::None;
        }
    }
    let verbatim = doc.input.get(span.clone()) == Some(text.as_str());
    Value {
        text,
        span,
        quote,
        verbatim,
        reference,
    }
}

fn is_constant(p: &Profile, text: &str) -> bool {
    let t = text.trim();
    if t.contains(' ') || t.contains('(') {
        return false;
    }
    let last = t.rsplit("::").next().unwrap_or(t);
    let last = last.rsplit('.').next().unwrap_or(last);
    p.constants.iter().any(|c| c == last || c == t)
}

/// A field with the entry's key; a positional argument, which has none, is
/// named by its call (`SmtpClient` for `new SmtpClient("h", 587)`), so a
/// message can say where the value is.
pub fn field(doc: &Document, e: &Entry, role: Role, value: Value) -> Field {
    let (key, key_span) = match call_of_argument(doc, e) {
        Some(call) if e.key.start == e.key.end => (
            call.text(doc.input).to_string(),
            call.span.start as usize..call.span.end as usize,
        ),
        _ => (doc.key_of(e).to_string(), e.key_span()),
    };
    Field {
        role,
        key,
        key_span,
        value,
        syntax: e.syntax,
    }
}

/// The call segment an entry is a positional argument of.
fn call_of_argument<'d>(doc: &'d Document, e: &'d Entry) -> Option<&'d crate::extract::read::Seg> {
    use crate::extract::read::SegKind;
    let mut path = doc.path_rev(e);
    if !matches!(path.next()?.kind, SegKind::Arg(_)) {
        return None;
    }
    path.next().filter(|s| s.kind == SegKind::Call)
}

/// The fields one matched entry gives, and the keys it holds that the
/// client ignores (URL parameters).
pub fn expand(
    doc: &Document,
    e: &Entry,
    role: Role,
    read: Read,
    p: &Profile,
) -> (Vec<Field>, Vec<KeyUse>) {
    if read == Read::Preset {
        return (Vec::new(), Vec::new());
    }
    let value = value_of(doc, e, p);
    if let (Read::Url(_), Some(call)) = (read, call_with_default(doc, e)) {
        let text = doc.input[call.clone()].to_string();
        let v = Value {
            text: text.clone(),
            span: call,
            quote: Quote::None,
            verbatim: true,
            reference: Some(text),
        };
        return (vec![field(doc, e, Role::Url, v)], Vec::new());
    }
    match read {
        Read::HostPortOrUrl if value.literal().is_some_and(super::engine::is_smtp_url) => {
            url_fields(doc, e, value, UrlFlavor::Nodemailer, p)
        }
        Read::HostPort | Read::HostPortOrUrl if value.literal().is_some() && value.verbatim => {
            (host_port(doc, e, role, value), Vec::new())
        }
        Read::HostList if value.literal().is_some() && value.verbatim => {
            (host_list(doc, e, role, value, true), Vec::new())
        }
        Read::HostScheme if value.literal().is_some() && value.verbatim => {
            (host_list(doc, e, role, value, false), Vec::new())
        }
        // A URL with references in some parts (`smtp://${U}:${P}@smtp.acme.io:${PORT}`)
        // is taken apart too when its text is what the paste holds:
        // [`url_fields`] keeps it whole when nothing in it is written out.
        Read::Url(flavor) if value.literal().is_some() => url_fields(doc, e, value, flavor, p),
        Read::Url(flavor) if written_in_part(&value) => {
            let mut v = value;
            v.reference = None;
            url_fields(doc, e, v, flavor, p)
        }
        Read::SaslLine if value.literal().is_some() && value.verbatim => {
            let Some((user, pass)) = sasl_login(&value.text) else {
                return (vec![field(doc, e, role, value)], Vec::new());
            };
            let mut fs = vec![
                field(doc, e, Role::Username, part(&value, user)),
                field(doc, e, Role::Password, part(&value, pass)),
            ];
            // A list item is named by the list's key.
            if let Some(k) = doc.path_rev(e).find(|s| s.kind == SegKind::Key) {
                for f in fs.iter_mut().filter(|f| f.key.is_empty()) {
                    f.key = k.text(doc.input).to_string();
                    f.key_span = k.span.start as usize..k.span.end as usize;
                }
            }
            (fs, Vec::new())
        }
        Read::Base64 if value.literal().is_some() => {
            let mut v = value;
            if let Some(decoded) = base64_text(&v.text) {
                v.text = decoded;
                v.verbatim = false;
            }
            (vec![field(doc, e, role, v)], Vec::new())
        }
        _ => (vec![field(doc, e, role, value)], Vec::new()),
    }
}

/// The call a URL read from its `default=` keyword belongs to:
/// `env.email_url("EMAIL_URL", default="smtp://…")` (django-environ),
/// `dj_email_url.config(default="…")`. Such a call reads the environment
/// variable and returns the default only without it: as `${EMAIL_URL:-…}`
/// in a `.env` or compose file, the setting is unknown (it may be the
/// default), so it is read as a reference to the call, not as the
/// default's text (whose `smtp://user:password@localhost` stand-ins are
/// not the settings in use).
fn call_with_default(doc: &Document, e: &Entry) -> Option<Range<usize>> {
    let mut path = doc.path_rev(e);
    let last = path.next()?;
    if last.kind != SegKind::Key || last.text(doc.input) != "default" {
        return None;
    }
    if path.next()?.kind != SegKind::Call {
        return None;
    }
    let scope = doc.scopes.get(e.scope as usize)?;
    (scope.kind == ScopeKind::Call).then_some(scope.span.start as usize..scope.span.end as usize)
}

/// A Postfix `sasl_passwd` line, `destination user:password`
/// (`[smtp.example.com]:587 user:pass`): the ranges of the user and the
/// password in `t`. Exactly two words; the destination a host name or
/// `[host]`, not a URL; the password may hold colons.
pub fn sasl_login(t: &str) -> Option<(Range<usize>, Range<usize>)> {
    // Asked of every literal value by generic inference: two byte searches
    // rule out almost all of them before the split into words.
    // (The shortest such line, `[ u:`, has four bytes: a shorter value is
    // ruled out without the searches.)
    let b = t.as_bytes();
    if b.len() < 4 || !b.contains(&b':') || !(b.contains(&b' ') || b.contains(&b'\t')) {
        return None;
    }
    let mut words = t
        .split([' ', '\t'])
        .filter(|w| !w.is_empty())
        .map(|w| (w.as_ptr() as usize - t.as_ptr() as usize, w));
    let ((_, dest), (at, cred), None) = (words.next()?, words.next()?, words.next()) else {
        return None;
    };
    let dest_shaped = (dest.starts_with('[') || dest.contains('.'))
        && !dest.contains("://")
        && !dest.ends_with(':')
        && !dest.contains('=');
    let colon = cred.find(':').filter(|&c| c > 0)?;
    dest_shaped.then_some((at..at + colon, at + colon + 1..at + cred.len()))
}

/// A part of a value (`value.span` is verbatim text).
/// The part of a verbatim `value` at `range` of its text, as a value of
/// its own (its span the matching bytes of the input; not a reference).
pub(super) fn part(value: &Value, range: Range<usize>) -> Value {
    Value {
        text: value.text[range.clone()].to_string(),
        span: value.span.start + range.start..value.span.start + range.end,
        quote: value.quote,
        verbatim: true,
        reference: None,
    }
}

/// `host:port`, `[host]:port`, `host` → host (and port) fields.
fn host_port(doc: &Document, e: &Entry, role: Role, value: Value) -> Vec<Field> {
    let t = value.text.clone();
    let (host, port) = split_host_port(&t);
    let mut out = vec![field(doc, e, role, part(&value, host))];
    if let Some(p) = port {
        out.push(field(doc, e, Role::Port, part(&value, p)));
    }
    out
}

/// Splits `host:port` / `[host]:port` into ranges of `t`. An IPv6 literal
/// without brackets has several colons: no port then.
pub fn split_host_port(t: &str) -> (Range<usize>, Option<Range<usize>>) {
    let lead = t.len() - t.trim_start().len();
    let s = t.trim();
    let end = lead + s.len();
    if let Some(rest) = s.strip_prefix('[') {
        if let Some(close) = rest.find(']') {
            let host = lead + 1..lead + 1 + close;
            let after = lead + close + 2;
            let port = t[after..end]
                .strip_prefix(':')
                .map(|_| after + 1..end)
                .filter(|r| !r.is_empty());
            return (host, port);
        }
    }
    match (s.find(':'), s.rfind(':')) {
        (Some(a), Some(b))
            if a == b && s[a + 1..].bytes().all(|c| c.is_ascii_digit()) && a + 1 < s.len() =>
        {
            (lead..lead + a, Some(lead + a + 1..end))
        }
        _ => (lead..end, None),
    }
}

/// One endpoint `[scheme://][label@]host[:port]` (OpenSMTPD's relay
/// `smtp+tls://label@host:587`, Maddy's `tcp://host:587`): each part a
/// range of the text it was read from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Endpoint {
    /// The word before `://`.
    pub scheme: Option<Range<usize>>,
    /// What stands before the last `@` (a userinfo, or OpenSMTPD's label
    /// of a line in its secrets table).
    pub label: Option<Range<usize>>,
    pub host: Range<usize>,
    pub port: Option<Range<usize>>,
}

impl Endpoint {
    /// Reads `t`; the host and port as [`split_host_port`] splits them,
    /// and a port after a reference with a colon in it.
    pub fn read(t: &str) -> Self {
        let lead = t.len() - t.trim_start().len();
        let sep = t.find("://");
        let start = sep.map_or(0, |i| i + 3);
        let at = t[start..].rfind('@').map(|i| start + i);
        let rest = at.map_or(start, |i| i + 1);
        let (mut host, mut port) = split_host_port(&t[rest..]);
        // Several colons and digits after the last: a port after a host
        // with a colon of its own (`{env:RELAY}:587`), unless the host is
        // an IPv6 literal without brackets (`fe80::1`: hex digits, colons
        // and dots only).
        if port.is_none() {
            let h = &t[rest..][host.clone()];
            if let Some(c) = h.rfind(':') {
                let digits = &h[c + 1..];
                let ipv6 = h[..c]
                    .bytes()
                    .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.');
                if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && !ipv6 {
                    port = Some(host.start + c + 1..host.end);
                    host = host.start..host.start + c;
                }
            }
        }
        let shift = |r: Range<usize>| rest + r.start..rest + r.end;
        Endpoint {
            scheme: sep.map(|i| lead..i),
            label: at.map(|i| start..i),
            host: shift(host),
            port: port.map(shift),
        }
    }
}

/// The endpoint written in the field `whole`, as fields of its own (the
/// scheme, the host, the port; same key and syntax) and its label's
/// value. See [`sub_value`] for each part's span and reference.
pub fn endpoint_fields(whole: &Field, refers: fn(&str) -> bool) -> (Vec<Field>, Option<Value>) {
    let v = &whole.value;
    let ep = Endpoint::read(&v.text);
    let as_field = |role, r: Range<usize>| Field {
        role,
        value: sub_value(v, r, refers),
        ..whole.clone()
    };
    let mut out = Vec::with_capacity(3);
    out.extend(ep.scheme.map(|r| as_field(Role::Scheme, r)));
    out.push(as_field(whole.role, ep.host));
    out.extend(ep.port.map(|r| as_field(Role::Port, r)));
    (out, ep.label.map(|r| sub_value(v, r, refers)))
}

/// The part of `value` at `range` of its text: with its own span when the
/// value is written as read (otherwise the whole value's span, the only
/// place known); a reference when the value is one and `refers` finds the
/// reference in this part (`tcp://{env:RELAY}:587`: the host is, the port
/// is not).
pub fn sub_value(value: &Value, range: Range<usize>, refers: fn(&str) -> bool) -> Value {
    let text = value.text[range.clone()].to_string();
    let reference = (value.is_reference() && refers(&text)).then(|| text.clone());
    if value.verbatim {
        return Value {
            reference,
            ..part(value, range)
        };
    }
    Value {
        text,
        span: value.span.clone(),
        quote: value.quote,
        verbatim: false,
        reference,
    }
}

/// PHPMailer's `Host`: the first of `;`-separated hosts, its `ssl://`/`tls://`
/// prefix (as the scheme) and `:port` suffix.
fn host_list(doc: &Document, e: &Entry, role: Role, value: Value, list: bool) -> Vec<Field> {
    let t = value.text.clone();
    let first_end = if list {
        t.find(';').unwrap_or(t.len())
    } else {
        t.len()
    };
    let lead = t.len() - t.trim_start().len();
    let entry = t[..first_end].trim();
    let mut start = lead;
    let mut out = Vec::new();
    for prefix in ["ssl://", "tls://"] {
        if entry.starts_with(prefix) {
            out.push(field(doc, e, Role::Scheme, part(&value, start..start + 3)));
            start += prefix.len();
        }
    }
    let mut end = lead + entry.len();
    if let Some(colon) = t[start..end].rfind(':').filter(|_| list) {
        let digits = &t[start + colon + 1..end];
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            out.push(field(
                doc,
                e,
                Role::Port,
                part(&value, start + colon + 1..end),
            ));
            end = start + colon;
        }
    }
    // A single plain host keeps its exact text (blanks included).
    let host = if start == lead && out.is_empty() && first_end == t.len() {
        value
    } else {
        part(&value, start..end)
    };
    out.insert(0, field(doc, e, role, host));
    out
}

/// An SMTP URL with references in some parts, as the paste holds it
/// (`smtp://${U}:${P}@smtp.acme.io:${PORT}`): its literal parts are judged
/// and each referenced part is a reference of its own (see `part_value`
/// in [`url_fields`]). Only when the host or the port is written out: a
/// URL of references alone stays one reference (one note, not one per
/// part).
fn written_in_part(value: &Value) -> bool {
    let text = &value.text;
    // The parts are told apart by the templates in them: a value that is
    // a reference for another reason (a Python f-string's `{user}`) stays
    // whole.
    if !value.verbatim || !crate::extract::read::refs::has_template(text, true) {
        return false;
    }
    let written = |part: &Option<url::Part>| {
        part.as_ref().is_some_and(|pt| {
            pt.text.chars().any(char::is_alphanumeric)
                && !crate::extract::read::refs::has_template(&text[pt.raw.clone()], true)
        })
    };
    url::parse(text, 0..text.len()).is_some_and(|u| written(&u.host) || written(&u.port))
}

/// The parts of an SMTP URL as fields: the whole URL, scheme, user,
/// password, host, port and the query parameters the client reads.
fn url_fields(
    doc: &Document,
    e: &Entry,
    value: Value,
    flavor: UrlFlavor,
    p: &Profile,
) -> (Vec<Field>, Vec<KeyUse>) {
    let holder = match doc.key_of(e) {
        "" => "URL".to_string(),
        k => k.to_string(),
    };
    let mut out = vec![Field {
        role: Role::Url,
        key: holder.clone(),
        key_span: e.key_span(),
        value: value.clone(),
        syntax: e.syntax,
    }];
    let mut unknown = Vec::new();
    // Offsets into the input are only exact for a verbatim value.
    let (text, base) = (&value.text, value.span.start);
    let Some(u) = url::parse(text, 0..text.len()) else {
        // Symfony Mailer's DSN of another transport (`null://null`,
        // `sendmail://default`, `postmark+api://…@default`): its scheme is
        // the mail switch, shown without what could be credentials.
        if flavor == UrlFlavor::Symfony && super::engine::is_dsn(text) {
            out[0].role = Role::Transport;
            out[0].value = Value {
                text: crate::model::redact_url(text.trim()),
                span: value.span.clone(),
                quote: value.quote,
                verbatim: false,
                reference: None,
            };
        }
        return (out, unknown);
    };
    // `smtp://…:587` in prose names no server; a hostless URL still counts
    // when its query chooses the transport (nodemailer's
    // `smtp:///?sendmail=true`: no SMTP server at all).
    let hostless = u.host.as_ref().is_none_or(|h| {
        !h.text.chars().any(|c| c.is_alphanumeric())
            && !crate::extract::read::refs::has_template(&h.text, true)
    });
    let chooses_transport = || {
        u.query.iter().any(|prm| {
            p.url_params
                .iter()
                .any(|(n, r)| *r == Some(Role::Transport) && n.eq_ignore_ascii_case(&prm.key.text))
        })
    };
    if hostless && u.user.is_none() && !chooses_transport() {
        return (Vec::new(), unknown);
    }
    let key_span = if e.key.start == e.key.end {
        base + u.scheme.raw.start..base + u.scheme.raw.end
    } else {
        e.key_span()
    };
    out[0].key_span = key_span;
    let part_value = |p: &url::Part| {
        let raw = &text[p.raw.clone()];
        Value {
            text: p.text.clone(),
            span: if value.verbatim {
                base + p.raw.start..base + p.raw.end
            } else {
                value.span.clone()
            },
            quote: Quote::None,
            verbatim: value.verbatim && raw == p.text,
            reference: crate::extract::read::refs::has_template(raw, true).then(|| raw.to_string()),
        }
    };
    let mut push = |role: Role, name: &str, part: &Option<url::Part>| {
        if let Some(pt) = part {
            out.push(Field {
                role,
                key: format!("{holder} {name}"),
                key_span: if value.verbatim {
                    base + pt.raw.start..base + pt.raw.end
                } else {
                    value.span.clone()
                },
                value: part_value(pt),
                syntax: crate::model::Syntax::Url,
            });
        }
    };
    push(Role::Scheme, "scheme", &Some(u.scheme.clone()));
    push(Role::Username, "user", &u.user);
    push(Role::Password, "password", &u.password);
    if let url::Scheme::Bridge(bridge) = u.kind {
        bridge_fields(bridge, &u, &mut out, &holder, &value, &part_value);
    } else {
        push(Role::Host, "host", &u.host);
        push(Role::Port, "port", &u.port);
    }
    for prm in &u.query {
        let name = prm.key.text.as_str();
        let known = p.url_params.iter().find(|(n, _)| {
            n.eq_ignore_ascii_case(name)
                || (n.ends_with('*') && name.starts_with(n.trim_end_matches('*')))
        });
        let raw_span = |r: &Range<usize>| {
            if value.verbatim {
                base + r.start..base + r.end
            } else {
                value.span.clone()
            }
        };
        // Symfony reads `message_stream` in its Postmark bridge only
        // (`PostmarkTransportFactory`): a plain `smtp://` DSN ignores it.
        let known = match known {
            Some((n, Some(Role::Stream))) if !u.kind.is_postmark() => Some((*n, None)),
            // What the bridge itself reads (`?region=`).
            None if matches!(u.kind, url::Scheme::Bridge(b) if b.options.iter().any(|o| o.eq_ignore_ascii_case(name))) => {
                Some((name, None))
            }
            k => k.copied(),
        };
        match known {
            Some((_, Some(role))) => out.push(Field {
                role,
                key: prm.key.text.clone(),
                key_span: raw_span(&prm.key.raw),
                value: prm.value.as_ref().map_or(
                    Value {
                        text: String::new(),
                        span: raw_span(&(prm.key.raw.end..prm.key.raw.end)),
                        quote: Quote::None,
                        verbatim: true,
                        reference: None,
                    },
                    &part_value,
                ),
                syntax: crate::model::Syntax::Url,
            }),
            Some((_, None)) => {}
            None => unknown.push(KeyUse {
                key: prm.key.text.clone(),
                span: raw_span(&prm.key.raw),
            }),
        }
    }
    let _ = flavor;
    (out, unknown)
}

/// A Symfony bridge DSN's connection (`brevo+smtp://USER:KEY@default`):
/// the bridge's host, port and login ([`url::bridges`]), whatever the DSN's
/// host and port say, each shown on the part it replaces (or the DSN).
fn bridge_fields(
    bridge: &url::Bridge,
    u: &url::SmtpUrl,
    out: &mut Vec<Field>,
    holder: &str,
    value: &Value,
    part_value: &dyn Fn(&url::Part) -> Value,
) {
    use url::bridges::Login;
    let span_of = |part: &Option<url::Part>| match part {
        Some(pt) if value.verbatim => {
            value.span.start + pt.raw.start..value.span.start + pt.raw.end
        }
        _ => value.span.clone(),
    };
    let field = |role: Role, name: &str, value: Value, part: &Option<url::Part>| Field {
        role,
        key: format!("{holder} {name}"),
        key_span: span_of(part),
        value,
        syntax: crate::model::Syntax::Url,
    };
    // A value the bridge sets, shown on the part it replaces (or the DSN).
    let fixed = |role: Role, name: &str, text: String, part: &Option<url::Part>| {
        let v = Value {
            text,
            span: span_of(part),
            quote: Quote::None,
            verbatim: false,
            reference: None,
        };
        field(role, name, v, part)
    };
    // The DSN's user read as the password (a token or key).
    let user_as_password = || {
        u.user.as_ref().map(|user| {
            let mut v = part_value(user);
            v.verbatim = false;
            field(Role::Password, "user", v, &u.user)
        })
    };
    let region = u
        .param("region")
        .and_then(|p| p.value.as_ref())
        .map(|v| v.text.as_str());
    let dsn_host = u.host.as_ref().map(|h| h.text.as_str());
    match (bridge.host_for(region, dsn_host), &u.host) {
        // The DSN's own host (Sweego's, SES's endpoint), as written.
        (Some(h), Some(pt)) if Some(h.as_str()) == dsn_host => {
            out.push(field(Role::Host, "host", part_value(pt), &u.host))
        }
        (Some(h), _) => out.push(fixed(Role::Host, "host", h, &u.host)),
        (None, _) => {}
    }
    match (bridge.port, &u.port) {
        (Some(p), _) => out.push(fixed(Role::Port, "port", p.to_string(), &u.port)),
        (None, Some(pt)) => out.push(field(Role::Port, "port", part_value(pt), &u.port)),
        (None, None) => {}
    }
    let is_user = |f: &Field| f.role == Role::Username;
    match bridge.login {
        Login::UserPassword => {}
        Login::UserAsBoth if u.password.is_none() => out.extend(user_as_password()),
        Login::UserAsBoth => {}
        Login::FixedUserKey(name) => {
            // The DSN's user is the key; its password part is unused.
            out.retain(|f| !is_user(f) && f.role != Role::Password);
            out.push(fixed(Role::Username, "user", name.to_string(), &u.user));
            out.extend(user_as_password());
        }
        Login::FixedUserPassword(name) => {
            out.retain(|f| !is_user(f));
            out.push(fixed(Role::Username, "user", name.to_string(), &u.user));
        }
    }
}

/// Decodes standard or URL-safe base64 into UTF-8 text.
pub fn base64_text(s: &str) -> Option<String> {
    use base64::Engine;
    let t = s.trim();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(t)
        .or_else(|_| base64::engine::general_purpose::URL_SAFE.decode(t))
        .or_else(|_| base64::engine::general_purpose::STANDARD_NO_PAD.decode(t))
        .ok()?;
    String::from_utf8(bytes).ok()
}

/// Code that hands the client its whole options from elsewhere (Rails'
/// `smtp_settings = Rails.application.credentials.smtp`, nodemailer's
/// `createTransport(config.mail)` with `config` imported): the client is
/// known and its settings are that reference, not missing. Each of
/// `roles` the configuration does not set becomes the reference (one note
/// names what could not be checked), and no key of the paste is the
/// object's (none is reported as ignored).
pub fn settings_from_elsewhere(c: &mut Config, whole: &Field, roles: &[Role]) {
    for &role in roles {
        if c.get(role).is_none() {
            let mut f = whole.clone();
            f.role = role;
            c.fields.push(f);
        }
    }
    c.unknown_keys.clear();
    c.root = u32::MAX;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sasl_login_lines_down_to_the_shortest() {
        assert_eq!(sasl_login("[ u:"), Some((2..3, 4..4)));
        assert_eq!(
            sasl_login("[smtp.x.com]:587 user:pa:ss"),
            Some((17..21, 22..27))
        );
        for t in ["", "v", "u:", "[ u", "a b:", "x.y u", "smtp://h u:p"] {
            assert_eq!(sasl_login(t), None, "{t:?}");
        }
    }

    #[test]
    fn host_port_splits() {
        let t = "smtp.postmarkapp.com:587";
        let (h, p) = split_host_port(t);
        assert_eq!((&t[h], &t[p.unwrap()]), ("smtp.postmarkapp.com", "587"));
        let t = "[smtp.postmarkapp.com]:2525";
        let (h, p) = split_host_port(t);
        assert_eq!((&t[h], &t[p.unwrap()]), ("smtp.postmarkapp.com", "2525"));
        let t = "::1";
        assert_eq!(split_host_port(t).1, None);
        assert_eq!(
            base64_text("c210cC5wb3N0bWFya2FwcC5jb20=").as_deref(),
            Some("smtp.postmarkapp.com")
        );
    }

    #[test]
    fn endpoints_split_into_scheme_label_host_and_port() {
        let parts = |t: &str| {
            let ep = Endpoint::read(t);
            let s = |r: Option<Range<usize>>| r.map(|r| t[r].to_string());
            (
                s(ep.scheme),
                s(ep.label),
                t[ep.host].to_string(),
                s(ep.port),
            )
        };
        let o = |s: &str| Some(s.to_string());
        assert_eq!(
            parts("smtp+tls://pm@smtp.postmarkapp.com:587"),
            (
                o("smtp+tls"),
                o("pm"),
                "smtp.postmarkapp.com".into(),
                o("587")
            )
        );
        assert_eq!(
            parts("tls://[::1]:465"),
            (o("tls"), None, "::1".into(), o("465"))
        );
        assert_eq!(
            parts("label@smtp.postmarkapp.com"),
            (None, o("label"), "smtp.postmarkapp.com".into(), None)
        );
        assert_eq!(
            parts(" tcp://{env:RELAY}:2525"),
            (o("tcp"), None, "{env:RELAY}".into(), o("2525"))
        );
        let six = parts("tcp://fe80::1:25");
        assert_eq!((six.2.as_str(), six.3), ("fe80::1:25", None));
        // Nothing after the scheme: an empty host, no panic.
        assert_eq!(parts("smtps://"), (o("smtps"), None, String::new(), None));
    }

    #[test]
    fn endpoint_parts_keep_their_spans_and_references() {
        let input = "targets tcp://{env:RELAY}:587";
        let at = input.find("tcp").unwrap();
        let whole = Field {
            role: Role::Host,
            key: "targets".into(),
            key_span: 0..7,
            value: Value {
                text: input[at..].to_string(),
                span: at..input.len(),
                quote: Quote::None,
                verbatim: true,
                reference: Some(input[at..].to_string()),
            },
            syntax: crate::model::Syntax::Words,
        };
        let refers = |t: &str| t.contains("{env:");
        let (fs, label) = endpoint_fields(&whole, refers);
        assert_eq!(label, None);
        let shown: Vec<_> = fs
            .iter()
            .map(|f| (f.role, &input[f.value.span.clone()], f.value.is_reference()))
            .collect();
        assert_eq!(
            shown,
            [
                (Role::Scheme, "tcp", false),
                (Role::Host, "{env:RELAY}", true),
                (Role::Port, "587", false),
            ]
        );
        // Not written as read: every part points at the whole value.
        let mut unescaped = whole.clone();
        unescaped.value.verbatim = false;
        unescaped.value.reference = None;
        let (fs, _) = endpoint_fields(&unescaped, refers);
        assert!(fs
            .iter()
            .all(|f| f.value.span == whole.value.span && !f.value.verbatim));
        assert_eq!(fs[2].value.text, "587");
    }

    #[test]
    fn a_positional_argument_is_named_by_its_call() {
        let src =
            "const c = new SmtpClient(\"smtp.postmarkapp.com\", 587);\nconst hosts = [\"a\"];\n";
        let doc = Document::read(src);
        let p = &crate::extract::profile::BASE;
        let keys: Vec<(String, &str)> = doc
            .entries
            .iter()
            .filter(|e| e.value.kind == ValKind::Literal)
            .map(|e| {
                let f = field(&doc, e, Role::Host, value_of(&doc, e, p));
                (f.key, &src[f.key_span])
            })
            .collect();
        assert!(
            keys.contains(&("SmtpClient".to_string(), "SmtpClient")),
            "{keys:?}"
        );
        // A list item belongs to no call: it keeps its (empty) key.
        assert!(keys.contains(&(String::new(), "")), "{keys:?}");
    }
}

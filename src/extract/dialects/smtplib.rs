//! Python's standard `smtplib`, written as code: the settings are call
//! arguments (`smtplib.SMTP(host, port)`, `server.login(user, password)`),
//! so this dialect reads calls rather than `key = value` assignments.
//!
//! Meaning (Python docs, `smtplib`): `SMTP(host, port)` connects in clear
//! (port 0 means 25, and `"host:587"` alone also sets the port);
//! `server.starttls()` upgrades with STARTTLS; without it everything,
//! `AUTH` included, crosses the network in clear. `SMTP_SSL(host, port)`
//! starts TLS on the first byte (port 0 means 465). `login(user, password)`
//! authenticates. The From header is `msg['From']`; the envelope sender is
//! the first argument of `sendmail` (or `from_addr=` of `send_message`).
//! `ssl._create_unverified_context()`, `verify_mode = ssl.CERT_NONE` and
//! `check_hostname = False` turn certificate checks off;
//! `minimum_version`/`maximum_version`/`PROTOCOL_TLSv1` pin TLS versions.
//!
//! Arguments that are variables are looked up in the simple assignments of
//! the paste (`smtp_server = "smtp.postmarkapp.com"`), so the finding points
//! at the place where the value is written.

use std::ops::Range;

use crate::extract::code::{self, Assign, Call, Tok, Token};
use crate::extract::{Dialect, Document, Write};
use crate::fix::Setting;
use crate::model::{Config, Evidence, Field, Quote, Role, Security, Tls, Value};

use super::python::{last_string_in, tokens_in};

pub struct Smtplib;
pub static SMTPLIB: Smtplib = Smtplib;

/// Connection constructors and what they mean.
const CONNECT: [&str; 2] = ["SMTP", "SMTP_SSL"];
/// Methods on the connection object.
const METHODS: [&str; 5] = ["starttls", "login", "sendmail", "send_message", "connect"];

/// One call argument, by position or keyword.
struct Arg<'a> {
    keyword: Option<(&'a str, Range<usize>)>,
    value: Value,
}

/// Splits `name=value` keyword arguments off the scanner's positional ones.
fn args<'a>(doc: &'a Document, call: &Call) -> Vec<Arg<'a>> {
    call.args
        .iter()
        .map(|v| {
            let toks = tokens_in(doc, &v.span);
            if let [Token {
                tok: Tok::Word(k),
                span: kspan,
            }, Token {
                tok: Tok::Punct("="),
                ..
            }, rest @ ..] = toks
            {
                if let Some(value) = expression(doc, rest) {
                    return Arg {
                        keyword: Some((k.as_str(), kspan.clone())),
                        value,
                    };
                }
            }
            Arg {
                keyword: None,
                value: v.clone(),
            }
        })
        .collect()
}

/// A value from a run of tokens: a string, a bare word, or an expression
/// (kept as a reference).
fn expression(doc: &Document, toks: &[Token]) -> Option<Value> {
    let (first, last) = (toks.first()?, toks.last()?);
    let span = first.span.start..last.span.end;
    Some(match toks {
        [Token {
            tok: Tok::Str(v), ..
        }] => v.clone(),
        _ => {
            let mut v = Value::verbatim(doc.input, span.clone(), Quote::None);
            let word = matches!(
                toks,
                [Token {
                    tok: Tok::Word(_),
                    ..
                }]
            );
            if !(word && (v.text.parse::<u32>().is_ok() || is_constant(&v.text))) {
                v.reference = Some(v.text.clone());
            }
            v
        }
    })
}

/// `True`/`False`/`None` and the `ssl` module's constants are literals.
fn is_constant(text: &str) -> bool {
    matches!(text, "True" | "False" | "None")
        || text.starts_with("ssl.")
            && ["CERT_", "TLSVersion.", "PROTOCOL_"]
                .iter()
                .any(|m| text.contains(m))
}

/// Positional argument `pos` or keyword `name`.
fn arg<'a>(list: &'a [Arg], pos: usize, name: &str) -> Option<&'a Arg<'a>> {
    list.iter()
        .find(|a| a.keyword.as_ref().is_some_and(|(k, _)| *k == name))
        .or_else(|| list.iter().filter(|a| a.keyword.is_none()).nth(pos))
}

/// An identifier used as an argument, looked up in the paste: the last
/// plain `name = value` before `at` (or after it, when none precedes).
fn resolve<'a>(doc: &'a Document, ident: &str, at: usize) -> Option<&'a Assign> {
    let simple = |a: &&Assign| a.container.is_none() && a.key == ident;
    doc.code
        .iter()
        .rev()
        .filter(simple)
        .find(|a| a.key_span.start < at)
        .or_else(|| doc.code.iter().find(simple))
}

fn is_ident(text: &str) -> bool {
    let mut chars = text.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
}

/// A field for an argument: the variable's assignment when the argument
/// names one, the argument itself otherwise.
fn field_of(doc: &Document, role: Role, name: &str, a: &Arg, call: &Call) -> Field {
    if let Some(r) = &a.value.reference {
        if is_ident(r) {
            if let Some(def) = resolve(doc, r, call.span.start) {
                let mut value = def.value.clone();
                if value.is_reference() && is_constant(&value.text) {
                    value.reference = None;
                }
                return Field {
                    role,
                    key: def.key.clone(),
                    key_span: def.key_span.clone(),
                    value,
                };
            }
        }
    }
    // `smtplib.SMTP port`: an argument, not a variable of the script.
    let key = format!("{} {name}", call.name);
    let key_span = match &a.keyword {
        Some((_, s)) => s.clone(),
        None => call.name_span.clone(),
    };
    Field {
        role,
        key,
        key_span,
        value: a.value.clone(),
    }
}

/// A switch that the code turns on by calling something (`SMTP_SSL(…)`,
/// `.starttls()`, `_create_unverified_context()`).
fn called(doc: &Document, role: Role, call: &Call) -> Field {
    Field {
        role,
        key: doc.input[call.name_span.clone()].to_string(),
        key_span: call.name_span.clone(),
        value: Value {
            text: "true".into(),
            span: call.span.clone(),
            quote: Quote::None,
            verbatim: false,
            reference: None,
        },
    }
}

/// The variable an `SMTP(…)` object is bound to (`server = …`, `… as server`).
fn receiver(doc: &Document, call: &Call) -> Option<String> {
    let at = doc.tokens.iter().position(|t| t.span == call.name_span)?;
    if let (Some(Tok::Punct("=")), Some(Tok::Word(v))) = (
        at.checked_sub(1).map(|i| &doc.tokens[i].tok),
        at.checked_sub(2).map(|i| &doc.tokens[i].tok),
    ) {
        return Some(v.clone());
    }
    let close = doc
        .tokens
        .iter()
        .position(|t| t.span.end == call.span.end)?;
    match (
        doc.tokens.get(close + 1).map(|t| &t.tok),
        doc.tokens.get(close + 2).map(|t| &t.tok),
    ) {
        (Some(Tok::Word(w)), Some(Tok::Word(v))) if w == "as" => Some(v.clone()),
        _ => None,
    }
}

/// Host from the first argument; `"host:port"` is split the way smtplib
/// splits it when no port is given.
fn push_host(doc: &Document, cfg: &mut Config, host: Field, port_given: bool) {
    let text = host.value.text.clone();
    if let (false, true, Some((h, p))) = (
        port_given,
        host.value.literal().is_some() && host.value.verbatim,
        text.rsplit_once(':'),
    ) {
        if !h.contains(':') && !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) {
            let start = host.value.span.start;
            let mut h_field = host.clone();
            h_field.value = Value::verbatim(doc.input, start..start + h.len(), host.value.quote);
            let mut p_field = host;
            p_field.role = Role::Port;
            p_field.value = Value::verbatim(
                doc.input,
                start + h.len() + 1..start + text.len(),
                Quote::None,
            );
            cfg.push(h_field);
            cfg.push(p_field);
            return;
        }
    }
    cfg.push(host);
}

/// Reads one connection call into a configuration.
fn connection(doc: &Document, call: &Call) -> Config {
    let mut cfg = Config::new(&SMTPLIB, call.span.clone());
    if code::last_segment(&call.name) == "SMTP_SSL" {
        cfg.push(called(doc, Role::ImplicitTls, call));
    }
    read_address(doc, &mut cfg, call);
    cfg
}

/// Host and port of `SMTP(host, port)` / `connect(host, port)`.
fn read_address(doc: &Document, cfg: &mut Config, call: &Call) {
    let list = args(doc, call);
    let port = arg(&list, 1, "port");
    if let Some(h) = arg(&list, 0, "host") {
        let host = field_of(doc, Role::Host, "host", h, call);
        push_host(doc, cfg, host, port.is_some());
    }
    if let Some(p) = port {
        cfg.push(field_of(doc, Role::Port, "port", p, call));
    }
}

/// The From header: `msg['From'] = …`, unwrapping `formataddr((name, addr))`.
fn from_header(doc: &Document, a: &Assign) -> Field {
    let mut value = a.value.clone();
    if let Some(r) = &a.value.reference {
        if is_ident(r) {
            if let Some(def) = resolve(doc, r, a.key_span.start) {
                value = def.value.clone();
            }
        } else if r.starts_with("formataddr(") || r.starts_with("Header(") {
            if let Some(v) = last_string_in(doc, &a.value.span).filter(|v| !v.is_reference()) {
                value = v;
            }
        }
    }
    Field {
        role: Role::From,
        key: format!("{}['{}']", a.container.as_deref().unwrap_or("msg"), a.key),
        key_span: a.key_span.clone(),
        value,
    }
}

/// Certificate and version settings on an `ssl` context.
fn context_setting(doc: &Document, a: &Assign) -> Option<Field> {
    let role = match a.name.as_str() {
        "check_hostname" => Role::VerifyPeer,
        "verify_mode" => Role::VerifyMode,
        "minimum_version" | "maximum_version" => Role::TlsVersion,
        _ => return None,
    };
    let mut value = a.value.clone();
    if value.is_reference() && is_constant(&value.text) {
        value.reference = None;
    }
    let _ = doc;
    Some(Field {
        role,
        key: a.key.clone(),
        key_span: a.key_span.clone(),
        value,
    })
}

impl Smtplib {
    fn configs(&'static self, doc: &Document) -> Vec<Config> {
        let conns: Vec<Call> = code::calls(doc.input, &doc.tokens, &CONNECT)
            .into_iter()
            .filter(|c| {
                c.name == "SMTP"
                    || c.name == "SMTP_SSL"
                    || c.name.ends_with(".SMTP")
                    || c.name.ends_with(".SMTP_SSL")
            })
            .collect();
        if conns.is_empty() {
            return Vec::new();
        }
        let mut configs: Vec<Config> = conns.iter().map(|c| connection(doc, c)).collect();
        let receivers: Vec<String> = conns.iter().filter_map(|c| receiver(doc, c)).collect();
        // Each later setting belongs to the connection opened last before it.
        let owner =
            |at: usize| -> usize { conns.iter().rposition(|c| c.span.start <= at).unwrap_or(0) };
        for call in code::calls(doc.input, &doc.tokens, &METHODS) {
            let method = code::last_segment(&call.name);
            let recv = call.name.rsplit_once('.').map(|(r, _)| r);
            let ours = match recv {
                Some(r) => {
                    receivers.is_empty() && method != "connect" || receivers.iter().any(|v| v == r)
                }
                None => false,
            };
            if !ours {
                continue;
            }
            let cfg = &mut configs[owner(call.span.start)];
            let list = args(doc, &call);
            match method {
                "starttls" => cfg.push(called(doc, Role::StartTls, &call)),
                "connect" => read_address(doc, cfg, &call),
                "login" => {
                    if let Some(u) = arg(&list, 0, "user") {
                        cfg.push(field_of(doc, Role::Username, "user", u, &call));
                    }
                    if let Some(p) = arg(&list, 1, "password") {
                        cfg.push(field_of(doc, Role::Password, "password", p, &call));
                    }
                }
                "sendmail" => {
                    if let Some(f) = arg(&list, 0, "from_addr") {
                        cfg.push(field_of(doc, Role::From, "from_addr", f, &call));
                    }
                }
                _ => {
                    // send_message(msg, from_addr=None, …): only an explicit sender.
                    if let Some(f) = list
                        .iter()
                        .find(|a| a.keyword.as_ref().is_some_and(|(k, _)| *k == "from_addr"))
                        .or_else(|| list.iter().filter(|a| a.keyword.is_none()).nth(1))
                    {
                        cfg.push(field_of(doc, Role::From, "from_addr", f, &call));
                    }
                }
            }
        }
        // The From header wins over the envelope sender for the checks.
        for a in doc
            .code
            .iter()
            .filter(|a| a.container.is_some() && a.key.eq_ignore_ascii_case("from"))
        {
            let field = from_header(doc, a);
            let cfg = &mut configs[owner(a.key_span.start)];
            cfg.fields.retain(|f| f.role != Role::From);
            cfg.push(field);
        }
        // Postmark reads the stream from a header on the message.
        for a in doc
            .code
            .iter()
            .filter(|a| a.container.is_some() && a.key.eq_ignore_ascii_case("X-PM-Message-Stream"))
        {
            configs[owner(a.key_span.start)].push(Field {
                role: Role::Stream,
                key: format!("{}['{}']", a.container.as_deref().unwrap_or("msg"), a.key),
                key_span: a.key_span.clone(),
                value: a.value.clone(),
            });
        }
        for call in code::calls(
            doc.input,
            &doc.tokens,
            &["_create_unverified_context", "SSLContext"],
        ) {
            let cfg = &mut configs[owner(call.span.start)];
            if call.name.ends_with("_create_unverified_context") {
                cfg.push(called(doc, Role::SkipVerify, &call));
            } else if let Some(p) = call.args.first().filter(|p| {
                p.text.starts_with("ssl.PROTOCOL_TLSv1") || p.text.starts_with("ssl.PROTOCOL_SSL")
            }) {
                let mut value = p.clone();
                value.reference = None;
                cfg.push(Field {
                    role: Role::TlsVersion,
                    key: call.name.clone(),
                    key_span: call.name_span.clone(),
                    value,
                });
            }
        }
        for a in &doc.code {
            if let Some(f) = context_setting(doc, a) {
                configs[owner(a.key_span.start)].push(f);
            }
        }
        for cfg in &mut configs {
            cfg.fields.sort_by_key(|f| f.key_span.start);
            cfg.fields.dedup();
            for f in &cfg.fields {
                let s = f.whole_span();
                cfg.span = cfg.span.start.min(s.start)..cfg.span.end.max(s.end);
            }
        }
        let n = configs.len();
        for (i, cfg) in configs.iter_mut().enumerate() {
            if n > 1 {
                cfg.label = Some(format!("connection {} of {}", i + 1, n));
            }
        }
        configs
    }
}

impl Dialect for Smtplib {
    fn id(&self) -> &'static str {
        "python-smtplib"
    }
    fn name(&self) -> &'static str {
        "Python smtplib"
    }
    fn detect(&self, doc: &Document) -> u32 {
        // aiosmtplib has other names and defaults (`hostname=`, `start_tls=`).
        if !doc.input.contains("smtplib") || doc.input.contains("aiosmtplib") {
            return 0;
        }
        let n = code::calls(doc.input, &doc.tokens, &CONNECT).len() as u32;
        if n == 0 {
            return 0;
        }
        100 + 10 * n.min(5)
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        self.configs(doc)
    }
    fn default_port(&self, cfg: &Config) -> Option<u16> {
        Some(if cfg.get(Role::ImplicitTls).is_some() {
            465
        } else {
            25
        })
    }
    fn tls(&self, cfg: &Config) -> Tls {
        let shown = |f: &Field, what: &str| Evidence {
            what: what.replace("{}", &f.key),
            span: Some(f.whole_span()),
        };
        let mut tls = Tls {
            implicit: cfg.get(Role::ImplicitTls).map(|f| shown(f, "{}(…)")),
            starttls: cfg.get(Role::StartTls).map(|f| shown(f, "{}()")),
            ..Tls::default()
        };
        tls.conflicting = tls.implicit.is_some() && tls.starttls.is_some();
        tls.mode = Some(if tls.implicit.is_some() {
            Security::Implicit
        } else if tls.starttls.is_some() {
            Security::StartTls
        } else {
            tls.disabled = Some(Evidence::absent(
                "no server.starttls() after smtplib.SMTP(…)",
            ));
            Security::None
        });
        tls
    }
    fn write(&self, cfg: &Config, what: &Write) -> String {
        // A value passed as an argument is fixed in the call; one held in a
        // variable is fixed where the variable is set.
        let is_arg = |f: &Field| f.key.contains(' ');
        let host = cfg.get(Role::Host).map_or("host".to_string(), |f| {
            match (is_arg(f), f.value.literal()) {
                (true, Some(h)) => format!("\"{h}\""),
                (true, None) => f.value.text.clone(),
                (false, _) => f.key.clone(),
            }
        });
        let starttls = "server.starttls(context=ssl.create_default_context())";
        match what {
            Write::Port(p) => match cfg.get(Role::Port).filter(|f| !is_arg(f)) {
                Some(var) => format!("{} = {p}", var.key),
                None => format!("smtplib.SMTP({host}, {p})"),
            },
            Write::Host(h) => match cfg.get(Role::Host).filter(|f| !is_arg(f)) {
                Some(var) => format!("{} = \"{h}\"", var.key),
                None => format!("smtplib.SMTP(\"{h}\", 587)"),
            },
            Write::StartTls if cfg.get(Role::ImplicitTls).is_some() => {
                format!("use smtplib.SMTP instead of smtplib.SMTP_SSL, then {starttls}")
            }
            Write::StartTls => format!("{starttls} before server.login(…)"),
            Write::VerifyOn => format!(
                "use {starttls} and drop _create_unverified_context(), CERT_NONE and check_hostname = False"
            ),
            Write::AuthOn => "add server.login(username, password) before sending".into(),
            Write::TlsModern => "context.minimum_version = ssl.TLSVersion.TLSv1_2".into(),
            Write::Username(v) => format!("server.login(\"{v}\", password)"),
            Write::Password(v) => format!("server.login(username, \"{v}\")"),
            Write::From(v) => format!("msg[\"From\"] = \"{v}\""),
            Write::Stream(v) => format!("msg[\"X-PM-Message-Stream\"] = \"{v}\""),
        }
    }
    fn settings_for(&self, _cfg: &Config, what: &Write) -> Vec<Setting> {
        // Only the port is a value; STARTTLS is a call (`server.starttls()`)
        // and implicit TLS a class (`SMTP_SSL`): rewriting code is the user's.
        match what {
            Write::Port(p) => vec![Setting::bare(Role::Port, "", p.to_string())],
            _ => Vec::new(),
        }
    }
    fn sender_hint(&self) -> &'static str {
        "msg['From'] (and the from_addr of sendmail/send_message)"
    }
    fn known_keys(&self) -> Vec<&'static str> {
        vec!["host", "port", "user", "password", "from_addr", "context"]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn configs(input: &str) -> Vec<Config> {
        crate::extract::extract(input)
    }

    const SCRIPT: &str = "import smtplib, ssl\nfrom email.message import EmailMessage\n\nsmtp_server = \"smtp.postmarkapp.com\"\nport = 587\ntoken = \"1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\"\n\nmsg = EmailMessage()\nmsg[\"From\"] = \"alerts@acme-widgets.io\"\ncontext = ssl.create_default_context()\nwith smtplib.SMTP(smtp_server, port) as server:\n    server.starttls(context=context)\n    server.login(token, token)\n    server.send_message(msg)\n";

    #[test]
    fn variables_are_followed_to_their_values() {
        let cfgs = configs(SCRIPT);
        assert_eq!(cfgs.len(), 1);
        let cfg = &cfgs[0];
        assert_eq!(cfg.dialect.id(), "python-smtplib");
        assert_eq!(cfg.literal(Role::Host), Some("smtp.postmarkapp.com"));
        assert_eq!(
            cfg.get(Role::Host).map(|f| f.key.as_str()),
            Some("smtp_server")
        );
        assert_eq!(cfg.port_number(), Some(587));
        assert_eq!(cfg.literal(Role::From), Some("alerts@acme-widgets.io"));
        assert_eq!(cfg.literal(Role::Username), cfg.literal(Role::Password));
        assert_eq!(cfg.dialect.tls(cfg).mode, Some(Security::StartTls));
    }

    #[test]
    fn smtp_ssl_defaults_to_465_and_host_port_is_split() {
        let cfgs = configs("import smtplib\ns = smtplib.SMTP_SSL('smtp.postmarkapp.com')\ns.login(os.environ['T'], os.environ['T'])\n");
        let cfg = &cfgs[0];
        assert_eq!(cfg.effective_port(), Some(465));
        assert_eq!(cfg.dialect.tls(cfg).mode, Some(Security::Implicit));
        assert!(cfg
            .get(Role::Username)
            .is_some_and(|f| f.value.is_reference()));

        let cfgs = configs("import smtplib\ns = smtplib.SMTP('smtp.postmarkapp.com:2525')\n");
        assert_eq!(cfgs[0].literal(Role::Host), Some("smtp.postmarkapp.com"));
        assert_eq!(cfgs[0].port_number(), Some(2525));
        assert_eq!(cfgs[0].dialect.tls(&cfgs[0]).mode, Some(Security::None));
    }

    #[test]
    fn keywords_and_unverified_context() {
        let cfgs = configs("import smtplib, ssl\nctx = ssl._create_unverified_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1\nserver = smtplib.SMTP(host='smtp.postmarkapp.com', port=25)\nserver.starttls(context=ctx)\nserver.sendmail('a@acme.io', ['b@c.d'], body)\n");
        let cfg = &cfgs[0];
        assert_eq!(cfg.literal(Role::Host), Some("smtp.postmarkapp.com"));
        assert_eq!(cfg.port_number(), Some(25));
        assert!(cfg.get(Role::SkipVerify).is_some());
        assert_eq!(cfg.literal(Role::TlsVersion), Some("ssl.TLSVersion.TLSv1"));
        assert_eq!(cfg.literal(Role::From), Some("a@acme.io"));
    }
}

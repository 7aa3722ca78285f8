//! SMTP URLs and DSNs wherever they stand: a `.env` value, a YAML key, a
//! string in code, or alone on a line. The key that holds the URL says
//! which client reads it, and each reads the scheme its own way:
//!
//! * `symfony-dsn` (`MAILER_DSN`, `framework.mailer.dsn`, `Transport::fromDsn`):
//!   Symfony Mailer's `EsmtpTransportFactory`. `smtps://` is implicit TLS;
//!   `smtp://` upgrades with STARTTLS whenever the server offers it, except
//!   that port 465 means implicit TLS, and with NO port (and a host other
//!   than `localhost`) it connects to 465 with implicit TLS. Query options:
//!   `verify_peer`, `peer_fingerprint`, `auto_tls` (7.1; `false` = no
//!   STARTTLS), `require_tls` (7.3), `local_domain`, `source_ip`,
//!   `max_per_second`, `restart_threshold(_sleep)`, `ping_threshold`; any
//!   other parameter (`encryption`, `auth_mode`…) is silently ignored.
//! * `django-environ` (`EMAIL_URL`, `env.email_url()`): `smtps://` and
//!   `smtp+tls://` set `EMAIL_USE_TLS` (STARTTLS!), `smtp+ssl://` sets
//!   `EMAIL_USE_SSL` (implicit), `smtp://` neither (plain text); the query
//!   may set `EMAIL_USE_TLS`/`EMAIL_USE_SSL`. No port: smtplib's 25 / 465.
//! * `kratos-courier` (`courier.smtp.connection_uri`,
//!   `COURIER_SMTP_CONNECTION_URI`): `smtp://` requires STARTTLS unless
//!   `?disable_starttls=true`; `smtps://` is implicit TLS;
//!   `?skip_ssl_verify=true` turns verification off. There is no default port.
//! * `smtp-url` (anything else: `SMTP_URL`, `MAIL_URL`, a nodemailer
//!   connection string, a bare URL): nodemailer's reading. `smtp://` is
//!   STARTTLS when offered (`secure: false`, even on 465), `smtps://` is
//!   implicit TLS; query options `secure`, `requireTLS`, `ignoreTLS`,
//!   `tls.rejectUnauthorized`; default port 587, or 465 when secure.
//!
//! Each URL becomes one configuration: a `Role::Url` field with the whole
//! URL, and Host/Port/Username/Password/Scheme fields with the exact bytes
//! of each part (decoded text, `verbatim = false` when percent-decoding
//! changed it). A password with an unencoded `/ ? #` is read as meant (see
//! `extract::url`), and `url/unencoded-credentials` reports it.

use std::ops::Range;

use super::generic::alias_role;
use crate::extract::lines::Sep;
use crate::extract::url::{self, Param, Part, Scheme, SmtpUrl};
use crate::extract::value::reference_in;
use crate::extract::{Dialect, Document, Write};
use crate::fix::Setting;
use crate::model::{
    parse_bool, Config, Evidence, Field, KeyUse, Quote, Role, Security, Tls, Value,
};

/// Which client reads the URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavor {
    Symfony,
    DjangoEnviron,
    Kratos,
    Plain,
}

pub struct UrlDialect {
    flavor: Flavor,
}

pub static SYMFONY_DSN: UrlDialect = UrlDialect {
    flavor: Flavor::Symfony,
};
pub static DJANGO_ENVIRON: UrlDialect = UrlDialect {
    flavor: Flavor::DjangoEnviron,
};
pub static KRATOS_COURIER: UrlDialect = UrlDialect {
    flavor: Flavor::Kratos,
};
pub static SMTP_URL: UrlDialect = UrlDialect {
    flavor: Flavor::Plain,
};

/// Query parameters each client reads.
const SYMFONY_PARAMS: [&str; 10] = [
    "verify_peer",
    "peer_fingerprint",
    "auto_tls",
    "require_tls",
    "local_domain",
    "source_ip",
    "max_per_second",
    "restart_threshold",
    "restart_threshold_sleep",
    "ping_threshold",
];
const DJANGO_PARAMS: [&str; 2] = ["EMAIL_USE_TLS", "EMAIL_USE_SSL"];
const KRATOS_PARAMS: [&str; 3] = ["disable_starttls", "skip_ssl_verify", "server_name"];
const NODEMAILER_PARAMS: [&str; 22] = [
    "secure",
    "requireTLS",
    "ignoreTLS",
    "opportunisticTLS",
    "name",
    "localAddress",
    "authMethod",
    "pool",
    "maxConnections",
    "maxMessages",
    "rateDelta",
    "rateLimit",
    "connectionTimeout",
    "greetingTimeout",
    "socketTimeout",
    "dnsTimeout",
    "logger",
    "debug",
    "service",
    "servername",
    "lmtp",
    "transactionLog",
];

/// A URL in the text and what holds it.
struct Found {
    span: Range<usize>,
    /// The key whose value it is (`MAILER_DSN`, `connection_uri`…).
    key: Option<(String, Range<usize>)>,
    flavor: Flavor,
    line: usize,
}

/// Every active SMTP URL in the document, with its client.
fn found(doc: &Document) -> Vec<Found> {
    let input = doc.input;
    let mut out = Vec::new();
    for mut span in url::find_all(input) {
        let line = input[..span.start].matches('\n').count();
        let line_start = input[..span.start].rfind('\n').map_or(0, |i| i + 1);
        let line_text = &input[line_start..url::url_end(input, span.start).max(span.start)];
        // A `key value` line holds the URL only when the URL is its value:
        // in prose (`"Set EMAIL_SERVER to a SMTP URL (e.g. smtp://…)`) the
        // first word is no key.
        let holder = doc.lines.iter().find(|e| {
            e.value.span.start <= span.start
                && span.start < e.value.span.end
                && (e.sep != Sep::Space || e.value.span.start == span.start)
        });
        // The code scanner knows the enclosing calls (`env.email_url(default=…)`).
        let assign = doc
            .code
            .iter()
            .find(|a| a.value.span.start <= span.start && span.start < a.value.span.end);
        let mut path: Vec<String> = assign.map_or(Vec::new(), |a| a.path.clone());
        let (key, commented) = match holder {
            Some(e) => {
                // A value that is the URL is the URL to its end, blanks
                // included: the client reads `smtp://u:p @h` whole (and the
                // stray blank is then reported, not misread as the end).
                span.end = if e.value.span.start == span.start {
                    e.value.span.end
                } else {
                    span.end.min(e.value.span.end)
                };
                path.extend(e.path.iter().cloned());
                (Some((e.key.clone(), e.key_span.clone())), e.commented)
            }
            None => {
                let trimmed = line_text.trim_start();
                // `-- ` opens an SQL/Lua comment; `--replace '…'` is a CLI flag.
                let commented = ["#", "//", ";", "-- ", "/*", "*"]
                    .iter()
                    .any(|c| trimmed.starts_with(c))
                    || trimmed == "--";
                (
                    assign.map(|a| (a.name.clone(), a.key_span.clone())),
                    commented,
                )
            }
        };
        if commented || span.is_empty() {
            continue;
        }
        // What surrounds the URL: its line and the code expression holding it.
        let context = format!(
            "{line_text} {}",
            assign.map_or("", |a| a.value.text.as_str())
        );
        let flavor = flavor_of(key.as_ref().map(|k| k.0.as_str()), &path, &context);
        out.push(Found {
            span,
            key,
            flavor,
            line,
        });
    }
    out
}

/// The client, from the key that holds the URL.
fn flavor_of(key: Option<&str>, path: &[String], context: &str) -> Flavor {
    let k = key_name(key.unwrap_or("")).to_ascii_uppercase();
    let in_path = |w: &str| path.iter().any(|p| p.eq_ignore_ascii_case(w));
    if k.ends_with("MAILER_DSN")
        || (k == "DSN" && in_path("mailer"))
        || context.contains("fromDsn(")
    {
        Flavor::Symfony
    } else if k.ends_with("EMAIL_URL") || context.contains("email_url(") || in_path("email_url") {
        Flavor::DjangoEnviron
    } else if k.ends_with("COURIER_SMTP_CONNECTION_URI")
        || (k == "CONNECTION_URI" && (in_path("courier") || in_path("smtp")))
        // `ory patch identity-config --replace '/courier/smtp/connection_uri="…"'`
        || context.contains("courier/smtp/connection_uri")
    {
        Flavor::Kratos
    } else {
        Flavor::Plain
    }
}

/// The name a key ends with: `$_ENV['MAILER_DSN']`, `process.env.SMTP_URL`,
/// `ENV["EMAIL_URL"]` → `MAILER_DSN`, `SMTP_URL`, `EMAIL_URL`.
fn key_name(key: &str) -> &str {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let trimmed = key.trim_end_matches(|c: char| !ident(c));
    let start = trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| !ident(*c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &trimmed[start..]
}

/// A value for one part of the URL.
fn part_value(input: &str, p: &Part) -> Value {
    let raw = input.get(p.raw.clone()).unwrap_or("");
    Value {
        text: p.text.clone(),
        span: p.raw.clone(),
        quote: Quote::None,
        verbatim: raw == p.text,
        reference: reference_in(raw),
    }
}

impl UrlDialect {
    fn params(&self) -> &'static [&'static str] {
        match self.flavor {
            Flavor::Symfony => &SYMFONY_PARAMS,
            Flavor::DjangoEnviron => &DJANGO_PARAMS,
            Flavor::Kratos => &KRATOS_PARAMS,
            Flavor::Plain => &NODEMAILER_PARAMS,
        }
    }

    /// The role a query parameter plays, where it has one whose meaning
    /// matches the role's (inverted switches like `disable_starttls` are
    /// read by `tls()` from the URL itself).
    fn param_role(&self, name: &str) -> Option<Role> {
        let is = |w: &str| name.eq_ignore_ascii_case(w);
        match self.flavor {
            Flavor::Symfony if is("verify_peer") => Some(Role::VerifyPeer),
            Flavor::Symfony if is("auto_tls") => Some(Role::StartTls),
            Flavor::DjangoEnviron if is("EMAIL_USE_TLS") => Some(Role::StartTls),
            Flavor::DjangoEnviron if is("EMAIL_USE_SSL") => Some(Role::ImplicitTls),
            Flavor::Kratos if is("skip_ssl_verify") => Some(Role::SkipVerify),
            Flavor::Plain if is("secure") => Some(Role::ImplicitTls),
            Flavor::Plain if is("requireTLS") => Some(Role::StartTls),
            Flavor::Plain if is("tls.rejectUnauthorized") => Some(Role::VerifyPeer),
            _ => None,
        }
    }

    fn known_param(&self, name: &str) -> bool {
        self.params().iter().any(|p| p.eq_ignore_ascii_case(name))
            || (self.flavor == Flavor::Plain && name.starts_with("tls."))
    }

    /// One configuration for one URL.
    fn config(&'static self, input: &str, f: &Found, u: &SmtpUrl) -> Config {
        let mut c = Config::new(self, f.span.clone());
        let holder = f.key.as_ref().map_or("URL".to_string(), |k| k.0.clone());
        let key_span = f.key.as_ref().map_or(u.scheme.raw.clone(), |k| k.1.clone());
        let text = &input[f.span.clone()];
        c.push(Field {
            role: Role::Url,
            key: holder.clone(),
            key_span,
            value: Value {
                text: text.to_string(),
                span: f.span.clone(),
                quote: Quote::None,
                verbatim: true,
                reference: reference_in(text),
            },
        });
        let mut push = |role: Role, name: &str, p: &Option<Part>| {
            if let Some(p) = p {
                c.fields.push(Field {
                    role,
                    key: format!("{holder} {name}"),
                    key_span: p.raw.clone(),
                    value: part_value(input, p),
                });
            }
        };
        push(Role::Scheme, "scheme", &Some(u.scheme.clone()));
        push(Role::Username, "user", &u.user);
        push(Role::Password, "password", &u.password);
        push(Role::Host, "host", &u.host);
        push(Role::Port, "port", &u.port);
        for Param { key, value } in &u.query {
            match self.param_role(&key.text) {
                Some(role) => c.push(Field {
                    role,
                    key: key.text.clone(),
                    key_span: key.raw.clone(),
                    value: value.as_ref().map_or(
                        Value::verbatim(input, key.raw.end..key.raw.end, Quote::None),
                        |v| part_value(input, v),
                    ),
                }),
                None if !self.known_param(&key.text) => c.unknown_keys.push(KeyUse {
                    key: key.text.clone(),
                    span: key.raw.clone(),
                }),
                None => {}
            }
        }
        c
    }

    /// Settings the client reads next to the URL (the From address, the
    /// message-stream header), as (role, entry) pairs.
    fn side_role(&self, key: &str, path: &[String]) -> Option<Role> {
        let in_path = |w: &str| path.iter().any(|p| p.eq_ignore_ascii_case(w));
        if key.eq_ignore_ascii_case("X-PM-Message-Stream") {
            return Some(Role::Stream);
        }
        match self.flavor {
            Flavor::Symfony => ((key == "sender" && in_path("envelope"))
                || (key == "From" && in_path("headers")))
            .then_some(Role::From),
            Flavor::DjangoEnviron => (key == "DEFAULT_FROM_EMAIL").then_some(Role::From),
            Flavor::Kratos => (key == "COURIER_SMTP_FROM_ADDRESS"
                || (key == "from_address" && in_path("courier")))
            .then_some(Role::From),
            Flavor::Plain => (alias_role(key) == Some(Role::From)).then_some(Role::From),
        }
    }

    /// Whether the client reads one sender (and stream) setting for every
    /// URL: Django's DEFAULT_FROM_EMAIL and Symfony's mailer envelope and
    /// headers are framework settings, not parts of one DSN.
    fn sides_shared(&self) -> bool {
        matches!(self.flavor, Flavor::DjangoEnviron | Flavor::Symfony)
    }

    /// The parsed URL of a configuration (offsets relative to the URL
    /// value) and the offset to add for input positions.
    fn url_of(cfg: &Config) -> Option<(&Field, SmtpUrl)> {
        let f = cfg.get(Role::Url)?;
        let u = url::parse(&f.value.text, 0..f.value.text.len())?;
        Some((f, u))
    }
}

/// `what` at `range` of the URL value, as evidence.
fn evidence(f: &Field, range: Range<usize>, what: String) -> Evidence {
    Evidence {
        what,
        span: Some(f.value.span.start + range.start..f.value.span.start + range.end),
    }
}

fn param_text<'a>(u: &'a SmtpUrl, name: &str) -> Option<&'a str> {
    u.param(name)
        .map(|p| p.value.as_ref().map_or("", |v| v.text.as_str()))
}

/// `Param` as written (`verify_peer=0`) and where.
fn param_evidence(f: &Field, u: &SmtpUrl, name: &str) -> Option<Evidence> {
    let p = u.param(name)?;
    let end = p.value.as_ref().map_or(p.key.raw.end, |v| v.raw.end);
    let what = f.value.text[p.key.raw.start..end].to_string();
    Some(evidence(f, p.key.raw.start..end, what))
}

/// PHP `filter_var(…, FILTER_VALIDATE_BOOL)`: anything not truthy is false.
fn php_bool(v: &str) -> bool {
    matches!(
        v.trim().to_ascii_lowercase().as_str(),
        "1" | "true" | "on" | "yes"
    )
}

/// Go `strconv.ParseBool`; invalid text reads as false.
fn go_bool(v: &str) -> bool {
    matches!(v, "1" | "t" | "T" | "true" | "TRUE" | "True")
}

impl Dialect for UrlDialect {
    fn id(&self) -> &'static str {
        match self.flavor {
            Flavor::Symfony => "symfony-dsn",
            Flavor::DjangoEnviron => "django-environ",
            Flavor::Kratos => "kratos-courier",
            Flavor::Plain => "smtp-url",
        }
    }
    fn name(&self) -> &'static str {
        match self.flavor {
            Flavor::Symfony => "Symfony Mailer DSN",
            Flavor::DjangoEnviron => "django-environ EMAIL_URL",
            Flavor::Kratos => "Ory Kratos courier connection URI",
            Flavor::Plain => "SMTP URL",
        }
    }
    fn detect(&self, doc: &Document) -> u32 {
        let n = found(doc)
            .iter()
            .filter(|f| f.flavor == self.flavor)
            .count() as u32;
        n.min(5) * 100
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        let input = doc.input;
        let mine: Vec<Found> = found(doc)
            .into_iter()
            .filter(|f| f.flavor == self.flavor)
            .collect();
        let mut configs: Vec<Config> = Vec::new();
        for f in &mine {
            let Some(u) = url::parse(input, f.span.clone()) else {
                continue;
            };
            // `smtp://…:587` in prose names no server.
            let hostless = u.host.as_ref().is_none_or(|h| {
                !h.text.chars().any(|c| c.is_alphanumeric()) && reference_in(&h.text).is_none()
            });
            if hostless && u.user.is_none() {
                continue;
            }
            let mut c = self.config(input, f, &u);
            if mine.len() > 1 {
                let holder = f.key.as_ref().map_or("URL", |k| k.0.as_str());
                c.label = Some(format!("{holder} at line {}", f.line + 1));
            }
            // The same key written twice: the last one wins. Checked in
            // the loaders' source: Symfony Dotenv and python-dotenv keep the
            // last value of a file; django-environ's `read_env` does too
            // since 0.8 (it collects the file into a dict before
            // `setdefault`; up to 0.7 the first one won).
            if let Some((k, _)) = &f.key {
                for other in configs.iter_mut() {
                    if other.get(Role::Url).is_some_and(|o| &o.key == k) {
                        other.active = false;
                    }
                }
            }
            configs.push(c);
        }
        if configs.is_empty() {
            return configs;
        }
        // From / stream settings written next to the URL join the nearest
        // configuration above them (or the first); where the client reads
        // one sender for whatever URL is used (Django's DEFAULT_FROM_EMAIL,
        // Symfony's mailer headers), every configuration.
        let sides: Vec<(Role, String, Range<usize>, Value)> = doc
            .active_lines()
            .filter_map(|e| {
                self.side_role(&e.key, &e.path)
                    .map(|r| (r, e.key.clone(), e.key_span.clone(), e.value.clone()))
            })
            .chain(doc.code.iter().filter_map(|a| {
                self.side_role(&a.name, &a.path)
                    .map(|r| (r, a.key.clone(), a.key_span.clone(), a.value.clone()))
            }))
            .collect();
        let mut seen: Vec<Range<usize>> = Vec::new();
        for (role, key, key_span, value) in sides {
            if seen.contains(&value.span)
                || configs.iter().any(|c| c.span.contains(&value.span.start))
            {
                continue;
            }
            seen.push(value.span.clone());
            let field = Field {
                role,
                key,
                key_span,
                value,
            };
            if self.sides_shared() {
                for c in configs.iter_mut() {
                    c.push(field.clone());
                }
            } else {
                let i = configs
                    .iter()
                    .rposition(|c| c.span.start < field.key_span.start)
                    .unwrap_or(0);
                configs[i].push(field);
            }
        }
        configs
    }
    fn default_port(&self, cfg: &Config) -> Option<u16> {
        let (_, u) = Self::url_of(cfg)?;
        if u.port.is_some() {
            return None;
        }
        let implicit = self.tls(cfg).mode == Some(Security::Implicit);
        match self.flavor {
            Flavor::Symfony => Some(if implicit { 465 } else { 25 }),
            Flavor::DjangoEnviron => Some(if implicit { 465 } else { 25 }),
            Flavor::Kratos => None,
            Flavor::Plain => Some(if implicit { 465 } else { 587 }),
        }
    }
    fn tls(&self, cfg: &Config) -> Tls {
        let mut tls = Tls::default();
        let Some((f, u)) = Self::url_of(cfg) else {
            return tls;
        };
        let t = &f.value.text;
        let port_ref = u
            .port
            .as_ref()
            .is_some_and(|p| reference_in(&t[p.raw.clone()]).is_some());
        if port_ref {
            return tls;
        }
        // `what` is a code-like snippet: rules quote it.
        let scheme_ev = || {
            evidence(
                f,
                u.scheme.raw.clone(),
                format!("{}://", &t[u.scheme.raw.clone()]),
            )
        };
        let port = u.port_number();
        match self.flavor {
            Flavor::Symfony => {
                let auto_tls =
                    param_text(&u, "auto_tls").is_none_or(|v| v.is_empty() || php_bool(v));
                match u.kind {
                    Scheme::Smtps => {
                        tls.implicit = Some(scheme_ev());
                        tls.mode = Some(Security::Implicit);
                    }
                    Scheme::Smtp => {
                        let host = u.host.as_ref().map_or("", |h| h.text.as_str());
                        if port == Some(465) {
                            let p = u.port.as_ref().map_or(0..0, |p| p.raw.clone());
                            tls.implicit =
                                Some(evidence(f, p, format!("{}://…:465", u.scheme.text)));
                            tls.mode = Some(Security::Implicit);
                        } else if u.port.is_none() && auto_tls && host != "localhost" {
                            // No port: Symfony Mailer dials 465 with implicit TLS.
                            tls.implicit = Some(evidence(
                                f,
                                0..t.len(),
                                url::display(t, &u, None, None, None, &[]),
                            ));
                            tls.mode = Some(Security::Implicit);
                        } else if !auto_tls {
                            tls.disabled = param_evidence(f, &u, "auto_tls");
                            tls.mode = Some(Security::None);
                        } else {
                            tls.mode = Some(Security::StartTls);
                        }
                    }
                    // `smtp+tls://` and the like: Symfony refuses the scheme.
                    _ => {}
                }
            }
            Flavor::DjangoEnviron => {
                let truthy = |v: &str| !(v.is_empty() || v.trim().parse::<i64>() == Ok(0));
                let (mut use_tls, mut use_ssl) = (None, None);
                match u.kind {
                    Scheme::Smtps | Scheme::SmtpTls => use_tls = Some(scheme_ev()), // EMAIL_USE_TLS: STARTTLS
                    Scheme::SmtpSsl => use_ssl = Some(scheme_ev()),                 // EMAIL_USE_SSL
                    Scheme::Smtp => {}
                    Scheme::Submission => return tls,
                }
                for p in &u.query {
                    let v = p.value.as_ref().map_or("", |v| v.text.as_str());
                    let ev = || param_evidence(f, &u, &p.key.text);
                    if p.key.text.eq_ignore_ascii_case("EMAIL_USE_TLS") {
                        use_tls = if truthy(v) { ev() } else { None };
                    } else if p.key.text.eq_ignore_ascii_case("EMAIL_USE_SSL") {
                        use_ssl = if truthy(v) { ev() } else { None };
                    }
                }
                tls.conflicting = use_tls.is_some() && use_ssl.is_some();
                tls.mode = if tls.conflicting {
                    None
                } else if use_ssl.is_some() {
                    Some(Security::Implicit)
                } else if use_tls.is_some() {
                    Some(Security::StartTls)
                } else {
                    tls.disabled = Some(scheme_ev());
                    Some(Security::None)
                };
                tls.implicit = use_ssl;
                tls.starttls = use_tls;
            }
            Flavor::Kratos => match u.kind {
                Scheme::Smtp => {
                    if param_text(&u, "disable_starttls").is_some_and(go_bool) {
                        tls.disabled = param_evidence(f, &u, "disable_starttls");
                        tls.mode = Some(Security::None);
                    } else {
                        tls.starttls = Some(scheme_ev());
                        tls.mode = Some(Security::StartTls);
                    }
                }
                Scheme::Smtps => {
                    tls.implicit = Some(scheme_ev());
                    tls.mode = Some(Security::Implicit);
                }
                _ => {}
            },
            Flavor::Plain => {
                let secure_param = param_text(&u, "secure").map(|v| parse_bool(v) == Some(true));
                let secure = match u.kind {
                    Scheme::Smtps | Scheme::SmtpSsl => Some(true),
                    Scheme::Smtp | Scheme::SmtpTls | Scheme::Submission => Some(false),
                };
                if secure_param == Some(true) {
                    tls.implicit = param_evidence(f, &u, "secure");
                    tls.mode = Some(Security::Implicit);
                } else if secure == Some(true) && secure_param.is_none() {
                    tls.implicit = Some(scheme_ev());
                    tls.mode = Some(Security::Implicit);
                } else if param_text(&u, "ignoreTLS").is_some_and(|v| parse_bool(v) == Some(true)) {
                    tls.disabled = param_evidence(f, &u, "ignoreTLS");
                    tls.mode = Some(Security::None);
                } else {
                    tls.starttls = param_evidence(f, &u, "requireTLS")
                        .or_else(|| (u.kind == Scheme::SmtpTls).then(scheme_ev));
                    tls.mode = Some(Security::StartTls);
                }
            }
        }
        tls
    }
    fn write(&self, cfg: &Config, what: &Write) -> String {
        let Some((f, u)) = Self::url_of(cfg) else {
            return String::new();
        };
        let t = &f.value.text;
        // `KEY=url` for environment variables, `key: url` for YAML keys,
        // the URL alone where it sits in code.
        let assign = |url: String| -> String {
            let k = f.key.as_str();
            let env = !k.is_empty()
                && k.bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
            if env && k != "URL" {
                format!("{k}={url}")
            } else if matches!(k, "dsn" | "connection_uri" | "url" | "connection_url") {
                format!("{k}: {url}")
            } else {
                url
            }
        };
        let tls_params: &[&str] = &[
            "auto_tls",
            "disable_starttls",
            "EMAIL_USE_SSL",
            "secure",
            "ignoreTLS",
        ];
        let verify_params: &[&str] = &["verify_peer", "skip_ssl_verify", "tls.rejectUnauthorized"];
        match what {
            // The URL is one setting: a port fix away from 465 also drops
            // what forces implicit TLS, so it reads the same as `StartTls`.
            Write::Port(p) if *p != 465 && self.tls(cfg).mode == Some(Security::Implicit) => {
                self.write(cfg, &Write::StartTls).replace(":587", &format!(":{p}"))
            }
            Write::Port(p) => assign(url::display(t, &u, None, None, Some(*p), &[])),
            Write::Host(h) => assign(url::display(t, &u, None, Some(h), None, &[])),
            Write::StartTls => {
                let scheme = match self.flavor {
                    Flavor::DjangoEnviron => "smtp+tls",
                    _ => "smtp",
                };
                let port = match u.port_number() {
                    Some(p) if p != 465 => p,
                    _ => 587,
                };
                assign(url::display(t, &u, Some(scheme), None, Some(port), tls_params))
            }
            Write::VerifyOn => assign(url::display(t, &u, None, None, None, verify_params)),
            Write::TlsModern => match self.flavor {
                Flavor::Symfony => "a PHP/OpenSSL build that supports TLS 1.2".into(),
                Flavor::DjangoEnviron => "a Python/OpenSSL build that supports TLS 1.2".into(),
                Flavor::Kratos => "a current Kratos release (Go negotiates TLS 1.2+)".into(),
                Flavor::Plain => "allow TLS 1.2 or later (`tls.minVersion=TLSv1.2`)".into(),
            },
            Write::AuthOn => format!(
                "put the credentials in the URL: {}",
                assign(format!(
                    "{}://TOKEN:TOKEN@{}",
                    &t[u.scheme.raw.clone()],
                    url::display(t, &u, Some(""), None, None, &[]).trim_start_matches("://")
                ))
            ),
            Write::Username(v) => format!(
                "{} with `{v}` as the user (percent-encode `@ : / # ? %`)",
                assign(url::display(t, &u, None, None, None, &[]))
            ),
            Write::Password(v) => format!(
                "{} with `{v}` as the password (percent-encode `@ : / # ? %`)",
                assign(url::display(t, &u, None, None, None, &[]))
            ),
            Write::From(v) => match self.flavor {
                Flavor::Symfony => format!("framework.mailer.envelope.sender: '{v}' and the From header of your messages (`->from('{v}')`)"),
                Flavor::DjangoEnviron => format!("DEFAULT_FROM_EMAIL = \"{v}\""),
                Flavor::Kratos => format!("courier.smtp.from_address: {v}"),
                Flavor::Plain => format!("from: \"{v}\" in each message"),
            },
            Write::Stream(v) => match self.flavor {
                Flavor::Symfony => format!("framework.mailer.headers: {{ X-PM-Message-Stream: '{v}' }}"),
                Flavor::Kratos => format!("courier.smtp.headers: {{ X-PM-Message-Stream: {v} }}"),
                _ => format!("the header `X-PM-Message-Stream: {v}` on each message"),
            },
        }
    }
    fn settings_for(&self, cfg: &Config, what: &Write) -> Vec<Setting> {
        // Parts of the URL are changed in place; nothing is added to it.
        let scheme = |word: &str| Setting::text(Role::Scheme, "scheme", word).if_present();
        match what {
            Write::Port(p) => vec![Setting::text(Role::Port, "port", p.to_string()).if_present()],
            Write::Host(h) => vec![Setting::text(Role::Host, "host", *h).if_present()],
            // Without a port in the URL the scheme picks it: no in-place fix.
            Write::StartTls if cfg.get(Role::Port).is_none() => Vec::new(),
            Write::StartTls => match self.flavor {
                Flavor::Symfony => vec![
                    scheme("smtp"),
                    Setting::text(Role::StartTls, "auto_tls", "true").if_present(),
                ],
                Flavor::DjangoEnviron => vec![
                    scheme("smtp+tls"),
                    Setting::text(Role::ImplicitTls, "EMAIL_USE_SSL", "0").if_present(),
                ],
                Flavor::Kratos => vec![scheme("smtp")],
                Flavor::Plain => vec![
                    scheme("smtp"),
                    Setting::text(Role::ImplicitTls, "secure", "false").if_present(),
                ],
            },
            Write::VerifyOn => match self.flavor {
                Flavor::Symfony => {
                    vec![Setting::text(Role::VerifyPeer, "verify_peer", "1").if_present()]
                }
                Flavor::Kratos => {
                    vec![Setting::text(Role::SkipVerify, "skip_ssl_verify", "false").if_present()]
                }
                Flavor::Plain => {
                    vec![
                        Setting::text(Role::VerifyPeer, "tls.rejectUnauthorized", "true")
                            .if_present(),
                    ]
                }
                Flavor::DjangoEnviron => Vec::new(),
            },
            _ => Vec::new(),
        }
    }
    fn sender_hint(&self) -> &'static str {
        match self.flavor {
            Flavor::Symfony => "the From header of each Email (`->from()`), or `framework.mailer.envelope.sender` / `framework.mailer.headers.From` in config/packages/mailer.yaml",
            Flavor::DjangoEnviron => "DEFAULT_FROM_EMAIL in settings.py (the URL carries no sender)",
            Flavor::Kratos => "courier.smtp.from_address (COURIER_SMTP_FROM_ADDRESS); it defaults to no-reply@ory.kratos.sh",
            Flavor::Plain => "the `from` of each message (an SMTP URL carries no sender)",
        }
    }
    fn known_keys(&self) -> Vec<&'static str> {
        self.params().to_vec()
    }
    fn leftover_keys(&self) -> &'static [(&'static str, &'static str)] {
        match self.flavor {
            Flavor::Symfony => &[
                // The scheme carries the TLS choice (smtp:// or smtps://).
                ("encryption", "scheme"),
                ("verify_peer_name", "verify_peer"),
                ("disable_starttls", "auto_tls"),
            ],
            Flavor::DjangoEnviron => &[
                ("use_tls", "EMAIL_USE_TLS"),
                ("tls", "EMAIL_USE_TLS"),
                ("use_ssl", "EMAIL_USE_SSL"),
                ("ssl", "EMAIL_USE_SSL"),
            ],
            Flavor::Kratos => &[
                ("verify_peer", "skip_ssl_verify"),
                ("insecure_skip_verify", "skip_ssl_verify"),
                ("starttls", "disable_starttls"),
                ("legacy_ssl", "scheme"),
            ],
            Flavor::Plain => &[
                ("secureConnection", "secure"),
                ("encryption", "secure"),
                ("rejectUnauthorized", "tls.rejectUnauthorized"),
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    fn only(input: &str) -> Config {
        let mut c = extract(input);
        assert_eq!(
            c.len(),
            1,
            "{:?}",
            c.iter().map(|c| c.dialect.id()).collect::<Vec<_>>()
        );
        c.remove(0)
    }

    #[test]
    fn symfony_dsn_parts_and_unknown_params() {
        let input = "MAILER_DSN=smtp://3f2b6a1c-9d4e-4c1a-8f7e-2b5d9c0a1e34:3f2b6a1c-9d4e-4c1a-8f7e-2b5d9c0a1e34@smtp.postmarkapp.com:587?encryption=tls&verify_peer=0\n";
        let c = only(input);
        assert_eq!(c.dialect.id(), "symfony-dsn");
        assert_eq!(c.literal(Role::Host), Some("smtp.postmarkapp.com"));
        let port = c.get(Role::Port).unwrap();
        assert_eq!(&input[port.value.span.clone()], "587");
        assert_eq!(c.unknown_keys[0].key, "encryption");
        assert_eq!(
            c.get(Role::VerifyPeer).unwrap().value.as_bool(),
            Some(false)
        );
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::StartTls));
        assert_eq!(
            c.dialect.write(&c, &Write::Port(2525)),
            "MAILER_DSN=smtp://…@smtp.postmarkapp.com:2525?encryption=tls&verify_peer=0"
        );
    }

    #[test]
    fn symfony_without_port_is_implicit_465() {
        let c = only("MAILER_DSN=smtp://u:p@smtp.postmarkapp.com\n");
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::Implicit));
        assert_eq!(c.effective_port(), Some(465));
        let c = only("MAILER_DSN=smtp://u:p@smtp.postmarkapp.com?auto_tls=false\n");
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::None));
        assert_eq!(c.effective_port(), Some(25));
        let c = only("MAILER_DSN=smtps://u:p@smtp.postmarkapp.com:587\n");
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::Implicit));
    }

    #[test]
    fn django_environ_schemes() {
        let c = only("EMAIL_URL=smtps://u:p@smtp.postmarkapp.com:587\n");
        assert_eq!(c.dialect.id(), "django-environ");
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::StartTls));
        let c = only("EMAIL_URL=smtp+ssl://u:p@smtp.postmarkapp.com:587\n");
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::Implicit));
        let c = only("EMAIL_URL=smtp://u:p@smtp.postmarkapp.com\n");
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::None));
        assert_eq!(c.effective_port(), Some(25));
        let c = only("EMAIL_URL=smtp+tls://u:p@h:587?EMAIL_USE_SSL=1\n");
        assert!(c.dialect.tls(&c).conflicting);
    }

    #[test]
    fn kratos_yaml_and_env() {
        let c = only("courier:\n  smtp:\n    connection_uri: smtp://u:p@smtp.postmarkapp.com:587/?disable_starttls=true\n    from_address: no-reply@example.org\n");
        assert_eq!(c.dialect.id(), "kratos-courier");
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::None));
        assert_eq!(c.literal(Role::From), Some("no-reply@example.org"));
        let c = only("COURIER_SMTP_CONNECTION_URI=smtps://u:p@smtp.postmarkapp.com:465/?skip_ssl_verify=true\n");
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::Implicit));
        assert_eq!(c.get(Role::SkipVerify).unwrap().value.as_bool(), Some(true));
        assert_eq!(c.dialect.default_port(&c), None);
    }

    #[test]
    fn bare_and_code_urls_are_smtp_url() {
        let c = only("smtp://u:p@smtp.postmarkapp.com:465\n");
        assert_eq!(c.dialect.id(), "smtp-url");
        // nodemailer sets secure:false for smtp://, even on 465.
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::StartTls));
        let c = only("const t = nodemailer.createTransport('smtps://u:p@smtp.postmarkapp.com');\n");
        assert_eq!(c.dialect.id(), "smtp-url");
        assert_eq!(c.effective_port(), Some(465));
    }

    #[test]
    fn references_commented_and_percent_encoding() {
        assert!(extract("MAILER_DSN=${MAILER_DSN}\n").is_empty());
        let input = "# MAILER_DSN=smtp://a:b@old.example:25\nMAILER_DSN=smtp://${SMTP_USER}:p%40ss@smtp.postmarkapp.com:587\n";
        let c = only(input);
        assert!(c.get(Role::Username).unwrap().value.is_reference());
        let pw = c.get(Role::Password).unwrap();
        assert_eq!(pw.value.text, "p@ss");
        assert!(!pw.value.verbatim);
        assert_eq!(&input[pw.value.span.clone()], "p%40ss");
    }

    #[test]
    fn key_name_container_cli_flag_and_prose() {
        let c = only("$_ENV['MAILER_DSN'] = 'smtp://u:p@smtp.postmarkapp.com:587';\n");
        assert_eq!(c.dialect.id(), "symfony-dsn");
        let c = only("ory patch identity-config x \\\n  --replace '/courier/smtp/connection_uri=\"smtps://u:p@smtp.postmarkapp.com:465\"'\n");
        assert_eq!(c.dialect.id(), "kratos-courier");
        // `smtp://…:587` in a sentence names no server.
        assert!(extract("Use 587 with `smtp://…:587?tls=required`.\n").is_empty());
        // A sentence's first word is not the URL's key.
        let c = only("  \"Set EMAIL_SERVER to a SMTP URL (e.g. smtp://user:pass@smtp.postmarkapp.com:587).\"\n");
        assert_eq!(c.get(Role::Url).unwrap().key, "URL");
    }

    #[test]
    fn django_sender_applies_to_every_url() {
        let cs = extract(
            "EMAIL_URL=smtp+tls://u:p@smtp.postmarkapp.com:587\nEMAIL_URL=smtp+tls://u:p@smtp.mailgun.org:587\nDEFAULT_FROM_EMAIL=hello@acme.io\n",
        );
        assert_eq!(cs.len(), 2);
        for c in &cs {
            assert_eq!(c.literal(Role::From), Some("hello@acme.io"));
        }
    }

    #[test]
    fn repeated_key_last_wins() {
        let cs = extract(
            "MAILER_DSN=smtp://u:p@a.example:25\nMAILER_DSN=smtp://u:p@smtp.postmarkapp.com:587\n",
        );
        assert_eq!(cs.len(), 2);
        assert!(!cs[0].active && cs[1].active);
    }
}

//! PHPMailer: `$mail->isSMTP(); $mail->Host = …; $mail->SMTPSecure = …`,
//! on any variable (`$mail`, `$phpmailer` in WordPress' `phpmailer_init`,
//! `$this->mailer`).
//!
//! Meaning (PHPMailer::smtpConnect): `SMTPSecure` is compared exactly with
//! `'ssl'` (= `ENCRYPTION_SMTPS`, implicit TLS) and `'tls'`
//! (= `ENCRYPTION_STARTTLS`); anything else counts as empty. With it empty,
//! `SMTPAutoTLS` (default true) still upgrades with STARTTLS when the server
//! offers it. `Host` may list hosts separated by `;`, each with an optional
//! `ssl://`/`tls://` prefix (overriding `SMTPSecure`) and `:port` suffix
//! (overriding `Port`); they are tried in order. `Port` defaults to 25 and
//! `SMTPAuth` to false: without `SMTPAuth = true` the credentials are never
//! sent. Properties are case-sensitive (`$mail->host` sets nothing).

use crate::extract::code::{calls, Assign, Tok};
use crate::extract::group::{group, Item};
use crate::extract::{Dialect, Document, KeyTable, Write};
use crate::fix::Setting;
use crate::model::{Config, Evidence, Field, Role, Security, Tls, Value};

use super::code_util::{add_field, config_at, field_of_arg, item_of, part_of, receiver};

pub struct PhpMailer;
pub static PHPMAILER: PhpMailer = PhpMailer;

const KEYS: KeyTable = KeyTable {
    keys: &[
        ("Host", Role::Host),
        ("Port", Role::Port),
        ("Username", Role::Username),
        ("Password", Role::Password),
        ("SMTPSecure", Role::Encryption),
        ("SMTPAutoTLS", Role::StartTls),
        ("SMTPAuth", Role::Auth),
        ("AuthType", Role::AuthMethod),
        ("From", Role::From),
    ],
    case_sensitive: true,
};

/// Other public properties of PHPMailer (so they are not reported as typos).
const OTHER_KEYS: [&str; 34] = [
    "SMTPOptions",
    "FromName",
    "Sender",
    "SMTPDebug",
    "Debugoutput",
    "Mailer",
    "Helo",
    "Hostname",
    "Timeout",
    "SMTPKeepAlive",
    "CharSet",
    "Encoding",
    "ContentType",
    "Subject",
    "Body",
    "AltBody",
    "WordWrap",
    "Priority",
    "XMailer",
    "MessageID",
    "MessageDate",
    "ConfirmReadingTo",
    "SingleTo",
    "do_verp",
    "AllowEmpty",
    "Dsn",
    "UseSMTPUTF8",
    "Ical",
    "DKIM_domain",
    "DKIM_selector",
    "DKIM_private",
    "DKIM_passphrase",
    "DKIM_identity",
    "oauth",
];

/// Names of other mailers' settings that PHPMailer ignores.
const LEFTOVERS: &[(&str, &str)] = &[
    ("host", "Host"),
    ("port", "Port"),
    ("username", "Username"),
    ("password", "Password"),
    ("SMTPSecurity", "SMTPSecure"),
    ("SMTPEncryption", "SMTPSecure"),
    ("SMTPSsl", "SMTPSecure"),
    ("SMTPTls", "SMTPSecure"),
    ("Security", "SMTPSecure"),
    ("Encryption", "SMTPSecure"),
    ("User", "Username"),
    ("Pass", "Password"),
    ("From_name", "FromName"),
];

/// PHP stream-context keys under `SMTPOptions['ssl']` that weaken checks.
const SSL_OPTIONS: [(&str, Role); 4] = [
    ("verify_peer", Role::VerifyPeer),
    ("verify_peer_name", Role::VerifyPeer),
    ("allow_self_signed", Role::SkipVerify),
    ("crypto_method", Role::TlsVersion),
];

/// An assignment to a PHP object property (`$mail->Host`).
fn is_property(a: &Assign) -> bool {
    a.container.is_none() && a.key.starts_with('$') && a.key.contains("->")
}

/// `$x->Host = SMTP_HOST;` with `define('SMTP_HOST', '…')` in the paste
/// (the usual wp-config.php + `phpmailer_init` recipe): the constant's value.
fn resolve_constant(doc: &Document, value: &Value) -> Option<Value> {
    let name = value.reference.as_deref()?;
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return None;
    }
    doc.code
        .iter()
        .find(|a| a.container.as_deref() == Some("define") && a.name == name)
        .map(|a| a.value.clone())
}

/// `PHPMailer\\PHPMailer\\PHPMailer::ENCRYPTION_SMTPS`: a class constant
/// with its namespace, which the code scanner reads as an expression.
fn namespaced_constant(value: &Value) -> bool {
    let Some(r) = value.reference.as_deref() else {
        return false;
    };
    let r = r.trim();
    r.contains("::ENCRYPTION_")
        && r.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '\\' | ':'))
}

/// `'verify_peer' => false` inside `SMTPOptions`, in both `[…]` and
/// `array(…)` forms (the code scanner does not descend into `array(…)`
/// values, so the tokens are read directly).
fn ssl_options(doc: &Document) -> Vec<Field> {
    if !doc.mentions("SMTPOptions") {
        return Vec::new();
    }
    let t = &doc.tokens;
    let mut out = Vec::new();
    for i in 0..t.len().saturating_sub(2) {
        let (Tok::Str(k), Tok::Punct("=>")) = (&t[i].tok, &t[i + 1].tok) else {
            continue;
        };
        let Some((_, role)) = SSL_OPTIONS.iter().find(|(n, _)| *n == k.text) else {
            continue;
        };
        let Tok::Word(w) = &t[i + 2].tok else {
            continue;
        };
        let mut value =
            Value::verbatim(doc.input, t[i + 2].span.clone(), crate::model::Quote::None);
        if !(w.eq_ignore_ascii_case("true")
            || w.eq_ignore_ascii_case("false")
            || w.starts_with("STREAM_CRYPTO_METHOD_"))
        {
            value.reference = Some(w.clone());
        }
        out.push(Field {
            role: *role,
            key: format!("'{}'", k.text),
            key_span: k.span.clone(),
            value,
        });
    }
    out
}

/// Splits the first entry of `Host` into host, `ssl://`/`tls://` prefix
/// and `:port`, the way PHPMailer reads it. Returns the replacement host
/// field and the extra fields (prefix as `Scheme`, suffix as `Port`).
fn split_host(host: &Field) -> Option<(Field, Vec<Field>)> {
    let text = host.value.literal()?;
    let first_end = text.find(';').unwrap_or(text.len());
    let lead = text.len() - text.trim_start().len();
    let entry = text[..first_end].trim();
    if entry.is_empty() {
        return None;
    }
    let mut start = lead;
    let mut extra = Vec::new();
    let with = |role: Role, range: std::ops::Range<usize>, extra: &mut Vec<Field>| {
        if let Some(value) = part_of(&host.value, range) {
            extra.push(Field {
                role,
                key: host.key.clone(),
                key_span: host.key_span.clone(),
                value,
            });
        }
    };
    for prefix in ["ssl://", "tls://"] {
        if entry.starts_with(prefix) {
            with(Role::Scheme, start..start + 3, &mut extra);
            start += prefix.len();
        }
    }
    let mut end = lead + entry.len();
    let mut ported = false;
    if let Some(colon) = text[start..end].rfind(':') {
        let digits = &text[start + colon + 1..end];
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            with(Role::Port, start + colon + 1..end, &mut extra);
            end = start + colon;
            ported = true;
        }
    }
    // A single plain host keeps its exact text (spaces included).
    if start == lead && !ported && first_end == text.len() {
        return None;
    }
    let value = part_of(&host.value, start..end)?;
    let field = Field {
        value,
        ..host.clone()
    };
    Some((field, extra))
}

/// The object the settings are made on, for fixes (`$mail->`).
fn var(cfg: &Config) -> String {
    cfg.fields
        .iter()
        .find(|f| f.key.starts_with('$') && f.key.contains("->"))
        .and_then(|f| receiver(&f.key, "->"))
        .unwrap_or_else(|| "$mail->".to_string())
}

impl Dialect for PhpMailer {
    fn id(&self) -> &'static str {
        "phpmailer"
    }
    fn name(&self) -> &'static str {
        "PHPMailer"
    }
    fn detect(&self, doc: &Document) -> u32 {
        let hits = KEYS.hits(
            doc.code
                .iter()
                .filter(|a| is_property(a))
                .map(|a| a.name.as_str()),
        );
        if hits == 0 {
            return 0;
        }
        let marker = doc.mentions("PHPMailer") || doc.mentions("->isSMTP(");
        hits * 10 + if marker { 100 } else { 0 }
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        let props: Vec<&Assign> = doc.code.iter().filter(|a| is_property(a)).collect();
        // Variables that carry PHPMailer settings; other objects' properties
        // are none of our business.
        let receivers: Vec<String> = props
            .iter()
            .filter(|a| KEYS.role(&a.name).is_some())
            .filter_map(|a| receiver(&a.key, "->"))
            .collect();
        let items: Vec<Item> = props
            .iter()
            .filter(|a| receiver(&a.key, "->").is_some_and(|r| receivers.contains(&r)))
            .map(|a| {
                let mut it = item_of(a, KEYS.role(&a.name));
                if let Some(f) = &mut it.field {
                    if let Some(v) = resolve_constant(doc, &f.value) {
                        f.value = v;
                    }
                    if namespaced_constant(&f.value) {
                        f.value.reference = None;
                    }
                }
                if OTHER_KEYS.contains(&a.name.as_str()) {
                    it.unknown = None;
                }
                it
            })
            .collect();
        let mut configs = group(self, items);
        for cfg in &mut configs {
            let Some(pos) = cfg.fields.iter().rposition(|f| f.role == Role::Host) else {
                continue;
            };
            if let Some((host, extra)) = split_host(&cfg.fields[pos]) {
                cfg.fields[pos] = host;
                for f in extra {
                    add_field(cfg, f, true);
                }
            }
        }
        // Calls: setFrom('a@b', 'Name'), addCustomHeader('X-PM-Message-Stream', 'x').
        let mut late: Vec<Field> = Vec::new();
        for call in calls(doc.input, &doc.tokens, &["setFrom", "addCustomHeader"]) {
            if !call.name.contains("->") {
                continue;
            }
            if call.name.ends_with("setFrom") {
                late.extend(field_of_arg(&call, Role::From, 0));
            } else if call
                .args
                .first()
                .and_then(|a| a.literal())
                .is_some_and(|h| h.trim().eq_ignore_ascii_case("X-PM-Message-Stream"))
            {
                late.extend(field_of_arg(&call, Role::Stream, 1));
            }
        }
        late.extend(ssl_options(doc));
        for f in late {
            if let Some(cfg) = config_at(&mut configs, f.key_span.start) {
                add_field(cfg, f, false);
            }
        }
        configs
    }
    fn default_port(&self, _cfg: &Config) -> Option<u16> {
        Some(25)
    }
    /// PHPMailer: `public $Host = 'localhost';`.
    fn default_host(&self, _cfg: &Config) -> Option<&'static str> {
        Some("localhost")
    }
    fn tls(&self, cfg: &Config) -> Tls {
        let mut tls = Tls::default();
        // A `ssl://` / `tls://` prefix on the host overrides SMTPSecure.
        let explicit = cfg.get(Role::Scheme).or(cfg.get(Role::Encryption));
        let Some(secure) = explicit else {
            return auto_tls(cfg, tls, None);
        };
        if secure.value.is_reference() {
            return tls;
        }
        let word = secure.value.text.trim();
        let constant = word.rsplit("::").next().unwrap_or(word);
        match (word, constant) {
            ("ssl", _) | (_, "ENCRYPTION_SMTPS") => {
                tls.implicit = Some(Evidence::of(secure));
                tls.mode = Some(Security::Implicit);
                tls
            }
            ("tls", _) | (_, "ENCRYPTION_STARTTLS") => {
                tls.starttls = Some(Evidence::of(secure));
                tls.mode = Some(Security::StartTls);
                tls
            }
            // '' or any other word: PHPMailer treats it as empty.
            _ => auto_tls(cfg, tls, Some(secure)),
        }
    }
    fn write(&self, cfg: &Config, what: &Write) -> String {
        let v = var(cfg);
        match what {
            Write::Port(p) => format!("{v}Port = {p};"),
            Write::Host(h) => format!("{v}Host = '{h}';"),
            Write::StartTls => {
                let prefix = if cfg.get(Role::Scheme).is_some() {
                    " (and no `ssl://` in Host)"
                } else {
                    ""
                };
                format!("{v}SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;{prefix}")
            }
            Write::VerifyOn => format!(
                "remove `'verify_peer' => false` / `'allow_self_signed' => true` from {v}SMTPOptions"
            ),
            Write::AuthOn => format!("{v}SMTPAuth = true;"),
            Write::TlsModern => format!(
                "remove `crypto_method` from {v}SMTPOptions (PHP/OpenSSL then negotiates TLS 1.2 or later)"
            ),
            Write::Username(x) => format!("{v}Username = '{x}';"),
            Write::Password(x) => format!("{v}Password = '{x}';"),
            Write::From(x) => format!("{v}setFrom('{x}');"),
            Write::Stream(x) => format!("{v}addCustomHeader('X-PM-Message-Stream', '{x}');"),
        }
    }
    fn settings_for(&self, cfg: &Config, what: &Write) -> Vec<Setting> {
        match what {
            Write::Port(p) => vec![Setting::bare(Role::Port, "Port", p.to_string())],
            Write::Host(h) if cfg.get(Role::Scheme).is_none() => {
                vec![Setting::quoted(Role::Host, "Host", *h)]
            }
            // An `ssl://` prefix in Host: the user rewrites Host.
            Write::StartTls if cfg.get(Role::Scheme).is_none() => {
                let secure = match cfg.get(Role::Encryption) {
                    // A class constant stays a constant, in its own namespace form.
                    Some(f) if f.value.text.contains("::") => Setting::bare(
                        Role::Encryption,
                        "SMTPSecure",
                        f.value
                            .text
                            .replace("ENCRYPTION_SMTPS", "ENCRYPTION_STARTTLS"),
                    ),
                    _ => Setting::quoted(Role::Encryption, "SMTPSecure", "tls"),
                };
                vec![
                    secure,
                    Setting::bare(Role::StartTls, "SMTPAutoTLS", "true").if_present(),
                ]
            }
            Write::AuthOn => vec![Setting::bare(Role::Auth, "SMTPAuth", "true")],
            Write::VerifyOn => vec![
                Setting::bare(Role::VerifyPeer, "verify_peer", "true").if_present(),
                Setting::bare(Role::VerifyPeer, "verify_peer_name", "true").if_present(),
                Setting::bare(Role::SkipVerify, "allow_self_signed", "false").if_present(),
            ],
            _ => Vec::new(),
        }
    }
    fn sender_hint(&self) -> &'static str {
        "`$mail->setFrom('you@yourdomain.com', 'Name');` (or `$mail->From`)"
    }
    fn auth_switch(&self) -> Option<&'static str> {
        Some("$mail->SMTPAuth = true;")
    }
    fn known_keys(&self) -> Vec<&'static str> {
        KEYS.names_with(&OTHER_KEYS)
    }
    fn leftover_keys(&self) -> &'static [(&'static str, &'static str)] {
        LEFTOVERS
    }
}

/// No explicit encryption: STARTTLS when offered unless `SMTPAutoTLS` is off.
fn auto_tls(cfg: &Config, mut tls: Tls, empty: Option<&Field>) -> Tls {
    match cfg.get(Role::StartTls) {
        Some(f) if f.value.is_reference() => tls,
        Some(f) if f.value.as_bool() == Some(false) => {
            tls.disabled = Some(Evidence::of(f));
            tls.mode = Some(Security::None);
            tls
        }
        _ => {
            let _ = empty;
            tls.mode = Some(Security::StartTls);
            tls
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    fn one(src: &str) -> Config {
        let c = extract(src)
            .into_iter()
            .find(|c| c.active)
            .expect("a config");
        assert_eq!(c.dialect.id(), "phpmailer");
        c
    }

    const BASE: &str = "$mail = new PHPMailer(true);\n$mail->isSMTP();\n$mail->Host = 'smtp.postmarkapp.com';\n$mail->SMTPAuth = true;\n$mail->Username = 'abc';\n$mail->Password = 'abc';\n";

    #[test]
    fn starttls_constant() {
        let c = one(&format!(
            "{BASE}$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;\n$mail->Port = 587;\n$mail->setFrom('hello@acme-widgets.io', 'Acme');\n"
        ));
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::StartTls));
        assert_eq!(c.literal(Role::From), Some("hello@acme-widgets.io"));
        assert_eq!(c.port_number(), Some(587));
    }

    #[test]
    fn smtps_and_defaults() {
        let c = one(&format!("{BASE}$mail->SMTPSecure = 'ssl';\n"));
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::Implicit));
        assert_eq!(c.effective_port(), Some(25));
        let c = one(&format!(
            "{BASE}$mail->SMTPSecure = PHPMailer\\PHPMailer\\PHPMailer::ENCRYPTION_SMTPS;\n"
        ));
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::Implicit));
        let c = one(&format!(
            "{BASE}$mail->SMTPSecure = '';\n$mail->SMTPAutoTLS = false;\n"
        ));
        let tls = c.dialect.tls(&c);
        assert_eq!(tls.mode, Some(Security::None));
        assert!(tls.disabled.is_some());
    }

    #[test]
    fn host_prefix_and_port_suffix() {
        let src = "$mail->isSMTP();\n$mail->Host = 'ssl://smtp.postmarkapp.com:465;backup.example.net';\n$mail->SMTPSecure = 'tls';\n";
        let c = one(src);
        assert_eq!(c.literal(Role::Host), Some("smtp.postmarkapp.com"));
        assert_eq!(c.port_number(), Some(465));
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::Implicit));
        let h = c.get(Role::Host).expect("host");
        assert_eq!(&src[h.value.span.clone()], "smtp.postmarkapp.com");
    }

    #[test]
    fn lowercase_property_is_unknown() {
        let c = one(&format!("{BASE}$mail->port = 587;\n"));
        assert!(c.get(Role::Port).is_none());
        assert!(c.unknown_keys.iter().any(|k| k.key == "port"));
        assert_eq!(c.dialect.auth_switch(), Some("$mail->SMTPAuth = true;"));
    }

    #[test]
    fn ssl_options_array_form() {
        let c = one(&format!(
            "{BASE}$mail->SMTPOptions = array(\n  'ssl' => array(\n    'verify_peer' => false,\n    'verify_peer_name' => false,\n    'allow_self_signed' => true\n  )\n);\n"
        ));
        assert_eq!(
            c.get(Role::VerifyPeer).map(|f| f.value.text.as_str()),
            Some("false")
        );
        assert!(c.get(Role::SkipVerify).is_some());
    }

    #[test]
    fn wordpress_constants_resolve() {
        let src = "define( 'SMTP_HOST', 'smtp.postmarkapp.com' );\ndefine( 'SMTP_PORT', '587' );\nadd_action( 'phpmailer_init', 'send_smtp_email' );\nfunction send_smtp_email( $phpmailer ) {\n  $phpmailer->isSMTP();\n  $phpmailer->Host = SMTP_HOST;\n  $phpmailer->Port = SMTP_PORT;\n}\n";
        let c = one(src);
        assert_eq!(c.literal(Role::Host), Some("smtp.postmarkapp.com"));
        assert_eq!(c.port_number(), Some(587));
        assert_eq!(
            c.dialect.write(&c, &Write::Port(2525)),
            "$phpmailer->Port = 2525;"
        );
    }
}

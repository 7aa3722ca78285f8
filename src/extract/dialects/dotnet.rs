//! .NET `System.Net.Mail.SmtpClient`: C# code (`new SmtpClient("host", 587)`,
//! `client.EnableSsl = true;`, `new NetworkCredential(user, pass)`) and the
//! `appsettings.json` section such code reads (`"Smtp": { "Host", "Port",
//! "EnableSsl", "Username", "Password", "From" }`).
//!
//! Meaning (SmtpClient docs): `EnableSsl = true` is STARTTLS (RFC 3207);
//! SmtpClient cannot do implicit TLS at all, so on port 465 it waits for a
//! greeting that never comes. `EnableSsl` defaults to false: the session,
//! credentials included, stays in clear. The port defaults to 25.
//! `ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls` forces
//! TLS 1.0; a `ServerCertificateValidationCallback` returning true turns
//! certificate checks off. The JSON keys are the application's own names
//! (bound case-insensitively); we read them as SmtpClient settings.

use crate::extract::code::{calls, Assign};
use crate::extract::group::{group, Item};
use crate::extract::{Dialect, Document, Write};
use crate::fix::Setting;
use crate::model::{Config, Evidence, Field, Role, Security, Tls};

use super::code_util::{
    add_field, config_at, derived, field_of_arg, item_of, quoted_key, receiver,
};

pub struct DotNet {
    /// Read from `appsettings.json` rather than code.
    json: bool,
}
pub static DOTNET: DotNet = DotNet { json: false };
static DOTNET_JSON: DotNet = DotNet { json: true };

/// SmtpClient / MailMessage members read in code (case-sensitive C#).
fn code_role(name: &str) -> Option<Role> {
    Some(match name {
        "Host" => Role::Host,
        "Port" => Role::Port,
        "EnableSsl" => Role::StartTls,
        "SecurityProtocol" => Role::TlsVersion,
        _ => return None,
    })
}

/// Keys of an appsettings mail section (bound case-insensitively).
fn json_role(name: &str) -> Option<Role> {
    let n = name.to_ascii_lowercase();
    Some(match n.as_str() {
        "host" | "server" | "smtpserver" | "smtphost" | "hostname" | "mailserver" => Role::Host,
        "port" | "smtpport" => Role::Port,
        "enablessl" | "usessl" | "ssl" | "enabletls" | "usetls" | "usestarttls" => Role::StartTls,
        "username" | "user" | "login" | "smtpuser" | "smtpusername" | "userid" => Role::Username,
        "password" | "pass" | "smtppassword" => Role::Password,
        "from" | "fromemail" | "fromaddress" | "senderemail" | "sender" | "defaultfrom"
        | "fromemailaddress" | "senderaddress" | "mailfrom" => Role::From,
        "messagestream" | "postmarkmessagestream" => Role::Stream,
        _ => return None,
    })
}

const KNOWN_CODE: [&str; 12] = [
    "Host",
    "Port",
    "EnableSsl",
    "Credentials",
    "UseDefaultCredentials",
    "DeliveryMethod",
    "Timeout",
    "From",
    "Subject",
    "Body",
    "IsBodyHtml",
    "TargetName",
];

const KNOWN_JSON: [&str; 10] = [
    "Host",
    "Port",
    "EnableSsl",
    "UseSsl",
    "Username",
    "UserName",
    "Password",
    "From",
    "FromEmail",
    "SenderEmail",
];

/// Names of other clients' settings that SmtpClient does not have.
const LEFTOVERS: &[(&str, &str)] = &[
    ("EnableTls", "EnableSsl"),
    ("UseTls", "EnableSsl"),
    ("EnableStartTls", "EnableSsl"),
    ("Secure", "EnableSsl"),
    ("SecureSocketOptions", "EnableSsl"),
    ("Ssl", "EnableSsl"),
];

/// The section of appsettings.json that holds mail settings.
fn mail_section(path: &[String]) -> bool {
    path.last().is_some_and(|s| {
        let s = s.to_ascii_lowercase();
        s.contains("smtp") || s.contains("mail")
    })
}

/// `SecurityProtocolType.Tls` → `TLSv1`, for the TLS-version rule; mixes
/// (`Tls | Tls12`) and `SystemDefault` force nothing old.
fn protocol(word: &str) -> Option<&'static str> {
    Some(match word.trim().rsplit('.').next()? {
        "Ssl3" => "SSLv3",
        "Tls" => "TLSv1",
        "Tls11" => "TLSv1.1",
        "Tls12" => "TLSv1.2",
        "Tls13" => "TLSv1.3",
        _ => return None,
    })
}

fn is_mailkit(doc: &Document) -> bool {
    doc.mentions("MailKit") || doc.mentions("SecureSocketOptions")
}

fn code_marker(doc: &Document) -> bool {
    doc.mentions("SmtpClient") && !is_mailkit(doc) || doc.mentions("System.Net.Mail")
}

/// Quoted keys under a mail-named section.
fn json_assigns<'d>(doc: &'d Document) -> Vec<&'d Assign> {
    doc.code
        .iter()
        .filter(|a| a.container.is_none() && mail_section(&a.path))
        .filter(|a| quoted_key(doc.input, &a.key_span))
        .collect()
}

impl DotNet {
    fn extract_json(&'static self, doc: &Document) -> Vec<Config> {
        let items: Vec<Item> = json_assigns(doc)
            .into_iter()
            .map(|a| {
                let role = json_role(&a.name);
                let mut it = item_of(a, role);
                if LEFTOVERS
                    .iter()
                    .all(|(k, _)| !k.eq_ignore_ascii_case(&a.name))
                {
                    it.unknown = None; // the application's own keys
                }
                it
            })
            .collect();
        group(&DOTNET_JSON, items)
    }

    fn extract_code(&'static self, doc: &Document) -> Vec<Config> {
        let mut items: Vec<Item> = Vec::new();
        for a in doc.code.iter().filter(|a| a.container.is_none()) {
            match code_role(&a.name) {
                Some(Role::TlsVersion) => {
                    if let Some(v) = a.value.literal().and_then(protocol) {
                        let mut it = item_of(a, Some(Role::TlsVersion));
                        if let Some(f) = &mut it.field {
                            f.value = derived(v, a.value.span.clone());
                        }
                        items.push(it);
                    }
                }
                Some(role) => {
                    let mut it = item_of(a, Some(role));
                    it.path.clear();
                    items.push(it);
                }
                None => {
                    if LEFTOVERS.iter().any(|(k, _)| *k == a.name) {
                        let mut it = item_of(a, None);
                        it.path.clear();
                        items.push(it);
                    }
                }
            }
        }
        // new SmtpClient("host", 587): positional host and port.
        let mut positional: Vec<Field> = Vec::new();
        for c in calls(doc.input, &doc.tokens, &["SmtpClient"]) {
            positional.extend(field_of_arg(&c, Role::Host, 0));
            positional.extend(field_of_arg(&c, Role::Port, 1));
        }
        for f in positional {
            items.push(Item {
                at: f.key_span.start,
                field: Some(f),
                unknown: None,
                path: Vec::new(),
            });
        }
        let mut configs = group(self, items);
        let mut late: Vec<Field> = Vec::new();
        for c in calls(doc.input, &doc.tokens, &["NetworkCredential"]) {
            late.extend(field_of_arg(&c, Role::Username, 0));
            late.extend(field_of_arg(&c, Role::Password, 1));
        }
        late.extend(from_fields(doc));
        // message.Headers.Add("X-PM-Message-Stream", "outbound")
        late.extend(
            doc.code
                .iter()
                .filter(|a| a.container.as_deref() == Some("Add"))
                .filter(|a| a.name.trim().eq_ignore_ascii_case("X-PM-Message-Stream"))
                .map(|a| super::code_util::field_of(a, Role::Stream)),
        );
        late.extend(validation_callbacks(doc));
        for f in late {
            if let Some(cfg) = config_at(&mut configs, f.key_span.start) {
                add_field(cfg, f, false);
            }
        }
        // The `UseDefaultCredentials` setter replaces `Credentials`: set to
        // false after them it clears them (null); set to true it puts the
        // Windows default credentials in their place, which SmtpClient only
        // offers to NTLM/Negotiate, never to AUTH LOGIN or PLAIN. Either
        // way SmtpClient never logs in with the token.
        for a in doc
            .code
            .iter()
            .filter(|a| a.name == "UseDefaultCredentials")
        {
            let Some(on) = a.value.as_bool() else {
                continue;
            };
            let Some(cfg) = config_at(&mut configs, a.key_span.start) else {
                continue;
            };
            let replaced = cfg.fields.iter().any(|f| {
                matches!(f.role, Role::Username | Role::Password)
                    && f.key_span.start < a.key_span.start
            });
            if !replaced {
                continue;
            }
            let mut f = super::code_util::field_of(a, Role::Auth);
            if on {
                // What it means for the token: no login (see `explain`).
                f.value = derived("false", a.value.span.clone());
            }
            add_field(cfg, f, false);
        }
        configs
    }
}

/// `message.From = new MailAddress("a@b")` and `new MailMessage("a@b", to)`.
fn from_fields(doc: &Document) -> Vec<Field> {
    let mut out = Vec::new();
    let addresses = calls(doc.input, &doc.tokens, &["MailAddress"]);
    for a in doc.code.iter().filter(|a| a.name == "From") {
        let inside = addresses
            .iter()
            .find(|c| a.value.span.contains(&c.name_span.start));
        match inside {
            Some(c) => out.extend(field_of_arg(c, Role::From, 0).map(|mut f| {
                f.key = a.key.clone();
                f.key_span = a.key_span.clone();
                f
            })),
            None if a.value.quote != crate::model::Quote::None => {
                out.push(super::code_util::field_of(a, Role::From));
            }
            None => {}
        }
    }
    for c in calls(doc.input, &doc.tokens, &["MailMessage"]) {
        if c.args.len() >= 2 {
            out.extend(field_of_arg(&c, Role::From, 0));
        }
    }
    out
}

/// `ServerCertificateValidationCallback = (s, c, ch, e) => true;`
fn validation_callbacks(doc: &Document) -> Vec<Field> {
    doc.code
        .iter()
        .filter(|a| a.name == "ServerCertificateValidationCallback")
        .filter(|a| {
            let t = a.value.text.trim_end().trim_end_matches(';').trim_end();
            t.ends_with("=> true") || t.ends_with("return true") || t.ends_with("return true; }")
        })
        .map(|a| Field {
            role: Role::SkipVerify,
            key: a.key.clone(),
            key_span: a.key_span.clone(),
            value: derived("true", a.value.span.clone()),
        })
        .collect()
}

/// Whether `f` is the `UseDefaultCredentials = true` read as "no login".
fn default_credentials_switch(f: &Field) -> bool {
    f.role == Role::Auth && f.key.ends_with("UseDefaultCredentials") && !f.value.verbatim
}

impl Dialect for DotNet {
    fn explain(&self, _cfg: &Config, field: &Field) -> Option<String> {
        default_credentials_switch(field).then(|| {
            format!(
                "`{} = true` after `Credentials` replaces them with the Windows default credentials (CredentialCache.DefaultNetworkCredentials), which SmtpClient never sends with AUTH LOGIN or PLAIN, so the token is never used",
                field.key
            )
        })
    }
    fn id(&self) -> &'static str {
        "dotnet"
    }
    fn name(&self) -> &'static str {
        if self.json {
            ".NET appsettings.json (SmtpClient)"
        } else {
            ".NET System.Net.Mail.SmtpClient"
        }
    }
    fn detect(&self, doc: &Document) -> u32 {
        if code_marker(doc) {
            let hits = doc
                .code
                .iter()
                .filter_map(|a| code_role(&a.name))
                .count()
                .min(6) as u32;
            return 100 + 10 * hits;
        }
        let js = json_assigns(doc);
        let mut roles: Vec<Role> = Vec::new();
        for r in js.iter().filter_map(|a| json_role(&a.name)) {
            if !roles.contains(&r) {
                roles.push(r);
            }
        }
        let dotnet_keys = js.iter().any(|a| {
            a.name.eq_ignore_ascii_case("EnableSsl") || a.name.eq_ignore_ascii_case("UseSsl")
        }) || ["\"AllowedHosts\"", "\"ConnectionStrings\"", "\"Logging\""]
            .iter()
            .any(|m| doc.mentions(m));
        // PascalCase keys are the .NET convention; `"host"` is nodemailer's.
        let pascal = js.iter().any(|a| {
            json_role(&a.name).is_some() && a.name.starts_with(|c: char| c.is_ascii_uppercase())
        });
        if roles.contains(&Role::Host) && dotnet_keys && pascal && !is_mailkit(doc) {
            100 + 10 * roles.len() as u32
        } else {
            0
        }
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        if code_marker(doc) {
            self.extract_code(doc)
        } else {
            self.extract_json(doc)
        }
    }
    fn default_port(&self, _cfg: &Config) -> Option<u16> {
        // appsettings: the application passes what is there.
        (!self.json).then_some(25)
    }
    fn tls(&self, cfg: &Config) -> Tls {
        let mut tls = Tls::default();
        match cfg.get(Role::StartTls) {
            Some(f) if f.value.is_reference() => {}
            Some(f) if f.value.as_bool() == Some(true) => {
                tls.starttls = Some(Evidence::of(f));
                tls.mode = Some(Security::StartTls);
            }
            Some(f) => {
                tls.disabled = Some(Evidence::of(f));
                tls.mode = Some(Security::None);
            }
            None => {
                tls.disabled = Some(Evidence::absent(
                    "no EnableSsl (SmtpClient's default is false: no TLS)",
                ));
                tls.mode = Some(Security::None);
            }
        }
        tls
    }
    fn write(&self, cfg: &Config, what: &Write) -> String {
        if self.json {
            let key = |role: Role, fallback: &str| {
                cfg.get(role)
                    .map_or(fallback.to_string(), |f| f.key.clone())
            };
            return match what {
                Write::Port(p) => format!("\"{}\": {p}", key(Role::Port, "Port")),
                Write::Host(h) => format!("\"{}\": \"{h}\"", key(Role::Host, "Host")),
                Write::StartTls => format!("\"{}\": true", key(Role::StartTls, "EnableSsl")),
                Write::VerifyOn => "remove the ServerCertificateValidationCallback that accepts every certificate".into(),
                Write::AuthOn => "\"Username\" and \"Password\" (both the Server API token)".into(),
                Write::TlsModern => "target .NET Framework 4.7+ or set ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12".into(),
                Write::Username(v) => format!("\"{}\": \"{v}\"", key(Role::Username, "Username")),
                Write::Password(v) => format!("\"{}\": \"{v}\"", key(Role::Password, "Password")),
                Write::From(v) => format!("\"{}\": \"{v}\"", key(Role::From, "From")),
                Write::Stream(v) => format!("message.Headers.Add(\"X-PM-Message-Stream\", \"{v}\");"),
            };
        }
        let v = cfg
            .fields
            .iter()
            .filter(|f| matches!(f.role, Role::Host | Role::Port | Role::StartTls))
            .find_map(|f| receiver(&f.key, "."))
            .unwrap_or_else(|| "client.".to_string());
        match what {
            Write::Port(p) => format!("{v}Port = {p};"),
            Write::Host(h) => format!("{v}Host = \"{h}\";"),
            Write::StartTls => format!("{v}EnableSsl = true;"),
            Write::VerifyOn => "remove the ServerCertificateValidationCallback that returns true".into(),
            Write::AuthOn => format!(
                "{v}UseDefaultCredentials = false; {v}Credentials = new NetworkCredential(token, token);"
            ),
            Write::TlsModern => {
                "ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12; (or target .NET Framework 4.7+)".into()
            }
            Write::Username(x) => format!("new NetworkCredential(\"{x}\", …)"),
            Write::Password(x) => format!("new NetworkCredential(…, \"{x}\")"),
            Write::From(x) => format!("message.From = new MailAddress(\"{x}\");"),
            Write::Stream(x) => format!("message.Headers.Add(\"X-PM-Message-Stream\", \"{x}\");"),
        }
    }
    fn settings_for(&self, _cfg: &Config, what: &Write) -> Vec<Setting> {
        // appsettings.json keys are the application's own: change, never add.
        let key = |code: &'static str| if self.json { "" } else { code };
        match what {
            Write::Port(p) => vec![Setting::bare(Role::Port, key("Port"), p.to_string())],
            Write::Host(h) => vec![Setting::quoted(Role::Host, key("Host"), *h)],
            Write::StartTls => vec![Setting::bare(Role::StartTls, key("EnableSsl"), "true")],
            _ => Vec::new(),
        }
    }
    fn sender_hint(&self) -> &'static str {
        if self.json {
            "a `\"From\"` key in the mail section of appsettings.json (whatever your code passes to `new MailAddress(…)`)"
        } else {
            "`message.From = new MailAddress(\"you@yourdomain.com\");` (or the first argument of `new MailMessage(from, to)`)"
        }
    }
    fn known_keys(&self) -> Vec<&'static str> {
        if self.json {
            KNOWN_JSON.to_vec()
        } else {
            KNOWN_CODE.to_vec()
        }
    }
    fn leftover_keys(&self) -> &'static [(&'static str, &'static str)] {
        LEFTOVERS
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
        assert_eq!(c.dialect.id(), "dotnet");
        c
    }

    #[test]
    fn constructor_and_properties() {
        let src = "using System.Net.Mail;\nvar client = new SmtpClient(\"smtp.postmarkapp.com\", 587);\nclient.EnableSsl = true;\nclient.Credentials = new NetworkCredential(\"abc\", \"abc\");\nvar message = new MailMessage(\"hello@acme-widgets.io\", \"to@example.net\");\n";
        let c = one(src);
        assert_eq!(c.literal(Role::Host), Some("smtp.postmarkapp.com"));
        assert_eq!(c.port_number(), Some(587));
        assert_eq!(c.literal(Role::Username), Some("abc"));
        assert_eq!(c.literal(Role::From), Some("hello@acme-widgets.io"));
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::StartTls));
        assert_eq!(
            c.dialect.write(&c, &Write::StartTls),
            "client.EnableSsl = true;"
        );
        let c = one(&format!(
            "{src}message.Headers.Add(\"X-PM-Message-Stream\", \"outbound\");\n"
        ));
        assert_eq!(c.literal(Role::Stream), Some("outbound"));
    }

    #[test]
    fn initializer_without_ssl() {
        let src = "using var smtp = new SmtpClient\n{\n    Host = \"smtp.postmarkapp.com\",\n    Port = 2525,\n    Credentials = new NetworkCredential(token, token)\n};\nmail.From = new MailAddress(\"hello@acme-widgets.io\", \"Acme\");\n";
        let c = one(src);
        assert_eq!(c.port_number(), Some(2525));
        let tls = c.dialect.tls(&c);
        assert_eq!(tls.mode, Some(Security::None));
        assert!(tls.disabled.is_some());
        assert_eq!(c.literal(Role::From), Some("hello@acme-widgets.io"));
        assert!(c
            .get(Role::Username)
            .is_some_and(|f| f.value.is_reference()));
    }

    #[test]
    fn old_tls_and_callback() {
        let src = "ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls;\nServicePointManager.ServerCertificateValidationCallback = (s, cert, chain, errors) => true;\nvar c = new SmtpClient(\"smtp.postmarkapp.com\", 587) { EnableSsl = true };\n";
        let c = one(src);
        assert_eq!(c.literal(Role::TlsVersion), Some("TLSv1"));
        assert_eq!(c.literal(Role::SkipVerify), Some("true"));
    }

    #[test]
    fn appsettings_section() {
        let src = "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"SmtpSettings\": {\n    \"Server\": \"smtp.postmarkapp.com\",\n    \"Port\": 465,\n    \"EnableSsl\": true,\n    \"Username\": \"abc\",\n    \"Password\": \"abc\",\n    \"SenderEmail\": \"hello@acme-widgets.io\"\n  },\n  \"AllowedHosts\": \"*\"\n}\n";
        let c = one(src);
        assert_eq!(c.dialect.name(), ".NET appsettings.json (SmtpClient)");
        assert_eq!(c.port_number(), Some(465));
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::StartTls));
        assert_eq!(c.dialect.write(&c, &Write::Port(587)), "\"Port\": 587");
    }
}

//! .NET `System.Net.Mail.SmtpClient`: C# code (`new SmtpClient("host", 587)`,
//! `client.EnableSsl = true;`, `new NetworkCredential(user, pass)`, object
//! initializers) and the `appsettings.json` section such code reads
//! (`"Smtp": { "Host", "Port", "EnableSsl", "Username", "Password", "From" }`).
//!
//! Meaning (SmtpClient docs): `EnableSsl = true` is STARTTLS (RFC 3207);
//! SmtpClient cannot do implicit TLS at all, so on port 465 it waits for a
//! greeting that never comes. `EnableSsl` defaults to false: the session,
//! credentials included, stays in clear. The port defaults to 25.
//! Setting `UseDefaultCredentials` replaces `Credentials` (false: with
//! nothing; true: with the Windows default credentials, which SmtpClient
//! never sends with AUTH LOGIN or PLAIN). `ServicePointManager.SecurityProtocol
//! = SecurityProtocolType.Tls` forces TLS 1.0; a
//! `ServerCertificateValidationCallback` returning true turns certificate
//! checks off. The JSON keys are the application's own names (bound
//! case-insensitively); we read them as SmtpClient settings. MailKit has a
//! class of the same name with other meanings: a paste that uses MailKit is
//! not read here. The From is the message's (`From`, `new MailAddress(…)`,
//! `new MailMessage(from, to)`) or, for the overloads that build the
//! message themselves, the first of `Send(from, recipients, subject,
//! body)`, `SendAsync(from, …, userToken)` and `SendMailAsync(from, …)`
//! (`Send(message)` hands a message over: its one argument is no address).

use crate::extract::profile::{
    fix, k, mark, mark_value, pairs, set, syn, words, Fix, Hooks, Key, Marker, Pairs, Profile, Sec,
    SetVal, TlsModel, Words, Write, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Field, Quote, Role, Role::*, Value};

/// SmtpClient / MailMessage members read in code (case-sensitive C#).
const CODE_KEYS: &[Key] = &[
    k("SmtpClient(#0)", Host),
    k("SmtpClient(#1)", Port),
    k("Host", Host),
    k("Port", Port),
    k("EnableSsl", StartTls),
    k("NetworkCredential(#0)", Username),
    k("NetworkCredential(#1)", Password),
    k("UseDefaultCredentials", Auth),
    k("SecurityProtocol", TlsVersion),
    k("ServerCertificateValidationCallback", SkipVerify),
    k("From", From),
    k("From.MailAddress(#0)", From),
    k("MailMessage(#0)", From),
    k("Send(#0)|SendAsync(#0)|SendMailAsync(#0)", From),
    // FluentEmail's default sender, where its `AddSmtpSender(new
    // SmtpClient(…) { … })` hands this client over (see `fluentemail`).
    k("AddFluentEmail(#0)", From),
    // `message.Headers.Add("X-PM-Message-Stream", "outbound")` (header
    // names are case-insensitive).
    k(
        "Headers.X-PM-Message-Stream|Headers.x-pm-message-stream|Headers.X-PM-MESSAGE-STREAM",
        Stream,
    ),
];

const CODE_MARKERS: &[Marker] = &[
    mark("SmtpClient()"),
    // `new SmtpClient { Host = … }` calls nothing.
    mark_value("*", "new SmtpClient"),
    mark("EnableSsl"),
];

/// SmtpClient's switches (`EnableSsl`, `UseDefaultCredentials`): an
/// unknown name with one of these starts is reported when it looks like a
/// misspelling; other names in C# code and appsettings are the program's own.
const FAMILY: &[&str] = &["Enable", "Use"];

/// Other members of SmtpClient and MailMessage.
const CODE_OTHER_KEYS: Words = words![
    "Credentials",
    "DeliveryMethod",
    "Timeout",
    "Subject",
    "Body",
    "IsBodyHtml",
    "TargetName",
];

/// Keys of an appsettings mail section (a section whose name says smtp or
/// mail), bound case-insensitively.
const JSON_KEYS: &[Key] = &[
    k(
        "*smtp*.host|*mail*.host|*smtp*.server|*mail*.server|*smtp*.smtpserver|*mail*.smtpserver|*smtp*.smtphost|*mail*.smtphost|*smtp*.hostname|*mail*.hostname|*smtp*.mailserver|*mail*.mailserver",
        Host,
    ),
    k("*smtp*.port|*mail*.port|*smtp*.smtpport|*mail*.smtpport", Port),
    k(
        "*smtp*.enablessl|*mail*.enablessl|*smtp*.usessl|*mail*.usessl|*smtp*.ssl|*mail*.ssl|*smtp*.enabletls|*mail*.enabletls|*smtp*.usetls|*mail*.usetls|*smtp*.usestarttls|*mail*.usestarttls",
        StartTls,
    ),
    k(
        "*smtp*.username|*mail*.username|*smtp*.user|*mail*.user|*smtp*.login|*mail*.login|*smtp*.smtpuser|*mail*.smtpuser|*smtp*.smtpusername|*mail*.smtpusername|*smtp*.userid|*mail*.userid",
        Username,
    ),
    k(
        "*smtp*.password|*mail*.password|*smtp*.pass|*mail*.pass|*smtp*.smtppassword|*mail*.smtppassword",
        Password,
    ),
    k(
        "*smtp*.from|*mail*.from|*smtp*.fromemail|*mail*.fromemail|*smtp*.fromaddress|*mail*.fromaddress|*smtp*.senderemail|*mail*.senderemail|*smtp*.sender|*mail*.sender|*smtp*.defaultfrom|*mail*.defaultfrom|*smtp*.fromemailaddress|*mail*.fromemailaddress|*smtp*.senderaddress|*mail*.senderaddress|*smtp*.mailfrom|*mail*.mailfrom|*smtp*.emailaddress|*mail*.emailaddress",
        From,
    ),
    // `"MailSettings": { "Mail", "DisplayName", "Password", "Host", "Port" }`
    // (the widespread MailKit tutorial's shape): `Mail` is both the login
    // and the sender.
    // and the sender (`json_finish` gives it the second role).
    k("*mail*.mail|*smtp*.mail|*mail*.email|*smtp*.email", Username),
    k(
        "*smtp*.messagestream|*mail*.messagestream|*smtp*.postmarkmessagestream|*mail*.postmarkmessagestream",
        Stream,
    ),
];

/// What says the JSON is an ASP.NET `appsettings.json` feeding SmtpClient.
const JSON_MARKERS: &[Marker] = &[
    mark("*smtp*.EnableSsl|*mail*.EnableSsl|*smtp*.UseSsl|*mail*.UseSsl"),
    mark("AllowedHosts"),
    // The MailKit tutorial's section (`"MailSettings": { "Mail",
    // "DisplayName", "Password", "Host", "Port" }`), often pasted alone.
    mark("*mail*.DisplayName|*smtp*.DisplayName"),
    // Sections: a marker matches an entry's whole key path.
    mark("ConnectionStrings.*"),
    mark("Logging.LogLevel.*"),
];

/// Names an application commonly keeps beside its SMTP settings.
const JSON_OTHER_KEYS: Words = words![
    "FromName",
    "SenderName",
    "DisplayName",
    "Timeout",
    "DeliveryMethod",
];

/// Names of other clients' settings that SmtpClient does not have.
const LEFTOVERS: Pairs = pairs![
    ("EnableTls", "EnableSsl"),
    ("UseTls", "EnableSsl"),
    ("EnableStartTls", "EnableSsl"),
    ("Secure", "EnableSsl"),
    ("SecureSocketOptions", "EnableSsl"),
    ("Ssl", "EnableSsl"),
];

pub(super) const NO_TLS: TlsModel = TlsModel {
    absent: "no EnableSsl (SmtpClient's default is false: no TLS)",
    ..TlsModel::SWITCHES_PLAIN
};

const CODE_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "Port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "Host", SetVal::Given)]),
    fix(
        W::StartTls,
        &[set(StartTls, "EnableSsl", SetVal::Lit("true"))],
    ),
];

/// An appsettings section's TLS key is the application's own: where it
/// has none, its code decides (`EnableSsl = true` written there, or
/// MailKit's `SecureSocketOptions`), so nothing is known about TLS.
const JSON_TLS: TlsModel = TlsModel {
    default: Sec::Ignored,
    ..NO_TLS
};

/// appsettings.json keys are the application's own: changed, never added.
const JSON_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "", SetVal::Port)]),
    fix(W::Host, &[set(Host, "", SetVal::Given)]),
    fix(W::StartTls, &[set(StartTls, "", SetVal::Lit("true"))]),
];

pub static DOTNET: Profile = Profile {
    id: "dotnet",
    name: ".NET System.Net.Mail.SmtpClient",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://learn.microsoft.com/dotnet/api/system.net.mail.smtpclient",
    syntaxes: syn::CSHARP,
    keys: CODE_KEYS,
    markers: CODE_MARKERS,
    needs_marker: true,
    family: FAMILY,
    other_keys: CODE_OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: NO_TLS,
    port: Some(25),
    fixes: CODE_FIXES,
    sender_hint: "`message.From = new MailAddress(\"you@yourdomain.com\");` (or the first argument of `new MailMessage(from, to)`)",
    hooks: Hooks {
        explain: Some(explain),
        finish: Some(finish),
        write: Some(write_code),
        ..Hooks::NONE
    },
    // `var credentials = new NetworkCredential(user, pass);` is usually a
    // statement of its own, handed over with `Credentials = credentials`.
    credentials_apart: true,
    ..BASE
};

pub static DOTNET_JSON: Profile = Profile {
    name: ".NET appsettings.json (SmtpClient)",
    syntaxes: syn::JSON,
    keys: JSON_KEYS,
    markers: JSON_MARKERS,
    other_keys: JSON_OTHER_KEYS,
    case_sensitive: false,
    // The application passes what is there.
    port: None,
    tls: JSON_TLS,
    fixes: JSON_FIXES,
    sender_hint: "a `\"From\"` key in the mail section of appsettings.json (whatever your code passes to `new MailAddress(…)`)",
    hooks: Hooks {
        finish: Some(json_finish),
        write: Some(write_json),
        ..Hooks::NONE
    },
    ..DOTNET
};

/// An options class's auto-property initializers (`public int Port { get;
/// set; } = 25;`) are only defaults: configuration binding
/// (`services.Configure<SmtpSettings>(config.GetSection("SmtpSettings"))`)
/// replaces them with the section of that name. Where the paste also holds
/// the section outside C# code (appsettings.json, `SmtpSettings__Host`
/// variables), a configuration made only of such defaults is not what the
/// application uses: it is dropped, and the section's is read.
fn drop_bound_defaults(doc: &Document, configs: &mut Vec<Config>) {
    use crate::extract::read::code::Lang;
    use crate::extract::read::Syntax;
    use rustc_hash::{FxHashMap, FxHashSet};
    let is_cs = |e: &crate::extract::read::Entry| e.syntax == Syntax::Code(Lang::CSharp);
    // The section names written outside C# code, lower-cased: one pass
    // over the entries. A paste of C# alone (the usual one) has none, and
    // nothing below is needed.
    let mut sections: FxHashSet<String> = FxHashSet::default();
    for e in doc.entries.iter().filter(|e| !is_cs(e)) {
        let mut path = doc.path_rev(e);
        let last = path.next();
        for seg in path {
            sections.insert(seg.text(doc.input).to_ascii_lowercase());
        }
        if let Some((head, _)) = last
            .map(|l| l.text(doc.input))
            .and_then(|k| k.split_once("__"))
        {
            sections.insert(head.to_ascii_lowercase());
        }
    }
    if sections.is_empty() {
        return;
    }
    // The C# entries' classes by where their keys start (a second pass,
    // only when there are sections: it was a lower-cased copy of the class
    // name per C# entry, most of a C# paste's allocations).
    let mut cs_class: FxHashMap<usize, &str> = FxHashMap::default();
    for e in doc.entries.iter().filter(|e| is_cs(e)) {
        if let Some(class) = doc.path_rev(e).nth(1) {
            cs_class.insert(e.key_span().start, class.text(doc.input));
        }
    }
    configs.retain(|cfg| {
        let bound_default = |f: &Field| {
            doc.input
                .get(f.key_span.end..f.value.span.start)
                .is_some_and(|between| between.contains("get;"))
                && cs_class
                    .get(&f.key_span.start)
                    .is_some_and(|class| sections.contains(&class.to_ascii_lowercase()))
        };
        // Its own (C#) fields; a sender borrowed from the section is not one.
        let mut own = cfg.fields.iter().filter(|f| f.syntax.is_code()).peekable();
        own.peek().is_none() || !own.all(bound_default)
    });
}

/// MailKit's `SmtpClient` is another client.
fn is_mailkit(doc: &Document) -> bool {
    doc.input.contains("MailKit") || doc.input.contains("SecureSocketOptions")
}

/// `finish`, and a section's `Mail` (or `Email`) key, which the
/// application logs in with, is its sender too where no other key is.
fn json_finish(doc: &Document, configs: &mut Vec<Config>) {
    finish(doc, configs);
    for cfg in configs.iter_mut() {
        if cfg.fields.iter().any(|f| f.role == From) {
            continue;
        }
        let mail = cfg.fields.iter().find(|f| {
            let last = f.key.rsplit(['.', ':']).next().unwrap_or("");
            f.role == Username
                && (last.eq_ignore_ascii_case("mail") || last.eq_ignore_ascii_case("email"))
        });
        if let Some(f) = mail {
            let from = Field {
                role: From,
                ..f.clone()
            };
            cfg.fields.push(from);
        }
    }
}

/// What the code's values mean (see the module docs), and MailKit left alone.
fn finish(doc: &Document, configs: &mut Vec<Config>) {
    if is_mailkit(doc) {
        configs.clear();
        return;
    }
    drop_bound_defaults(doc, configs);
    // Where `Credentials` is assigned (`client.Credentials = creds;`, or
    // `Credentials = creds` in an initializer): one pass over the paste.
    let assigned: Vec<usize> = doc
        .entries
        .iter()
        .filter(|e| {
            let key = doc.key_of(e);
            key.ends_with("Credentials")
                && !key.ends_with("UseDefaultCredentials")
                && !key.ends_with("DefaultNetworkCredentials")
        })
        .map(|e| e.key_span().start)
        .collect();
    // A configuration's assignments: from its start to the next one's (the
    // `Credentials = creds` line may follow its last setting we read).
    let starts: Vec<usize> = configs.iter().map(|c| c.span.start).collect();
    for cfg in configs.iter_mut() {
        let from = cfg.span.start;
        let to = starts
            .iter()
            .copied()
            .filter(|&s| s > from)
            .min()
            .unwrap_or(usize::MAX);
        let here: Vec<usize> = assigned
            .iter()
            .copied()
            .filter(|at| (from..to).contains(at))
            .collect();
        let fields = std::mem::take(&mut cfg.fields);
        let mut kept: Vec<Field> = Vec::with_capacity(fields.len());
        for mut f in fields {
            let keep = match f.role {
                TlsVersion => protocol(&f.value.text).map(|v| f.value = derived(v, &f.value)),
                SkipVerify => accepts_all(&f.value).then(|| f.value = derived("true", &f.value)),
                // `From = new MailAddress(…)` is read from its argument.
                // `Send("from", …)`: an address only (`Send(message)` is a
                // variable, dropped as any reference is).
                // A variable handed to `new MailAddress(from)` or `new
                // MailMessage(from, to)` is the sender, read elsewhere.
                From if f.value.is_reference() => {
                    // `new MailMessage(fromAddress, …)` with `fromAddress =
                    // new MailAddress("a@b.io", "Name")` in the paste: the
                    // address is that literal.
                    if let Some(v) = constructed_address(doc.input, &f.value) {
                        f.value = v;
                    }
                    (f.key.ends_with("MailAddress") || f.key.ends_with("MailMessage")).then_some(())
                }
                From => (f.value.quote != Quote::None
                    && (!f.key.contains("Send(") || f.value.text.contains('@')))
                .then_some(()),
                Auth => default_credentials(&mut f, &kept, &here),
                _ => Some(()),
            };
            if keep.is_some() {
                kept.push(f);
            }
        }
        cfg.fields = kept;
    }
}

/// `new MailAddress("a@b.io", …)`, a variable's value read through to its
/// definition: the address literal, with its own span (an escaped or
/// computed address is left a reference).
fn constructed_address(input: &str, v: &Value) -> Option<Value> {
    let text = input.get(v.span.clone())?;
    let args = text.strip_prefix("new MailAddress(")?;
    let inner = args.trim_start().strip_prefix('"')?;
    let end = inner.find(['"', '\\'])?;
    if inner.as_bytes()[end] != b'"' {
        return None;
    }
    let start = v.span.start + (text.len() - inner.len());
    Some(Value::verbatim(input, start..start + end, Quote::Double))
}

/// A value the client derives from what is written: `text` is what it
/// uses, the span what the user wrote.
pub(super) fn derived(text: &str, written: &Value) -> Value {
    Value {
        text: text.to_string(),
        span: written.span.clone(),
        quote: Quote::None,
        verbatim: false,
        reference: None,
    }
}

/// `SecurityProtocolType.Tls` → `TLSv1`, for the TLS-version rule; mixes
/// (`Tls | Tls12`) and `SystemDefault` force nothing old.
fn protocol(word: &str) -> Option<&'static str> {
    let word = word.trim();
    if !word
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_')
    {
        return None;
    }
    Some(match word.rsplit('.').next()? {
        "Ssl3" => "SSLv3",
        "Tls" => "TLSv1",
        "Tls11" => "TLSv1.1",
        "Tls12" => "TLSv1.2",
        "Tls13" => "TLSv1.3",
        _ => return None,
    })
}

/// `ServerCertificateValidationCallback = (s, c, ch, e) => true;` and its
/// `delegate { return true; }` form.
pub(super) fn accepts_all(v: &Value) -> bool {
    let t = v.text.trim_end().trim_end_matches(';').trim_end();
    t.ends_with("=> true") || t.ends_with("return true") || t.ends_with("return true; }")
}

/// The `UseDefaultCredentials` setter replaces `Credentials`: set after
/// them, to false it clears them and to true it puts the Windows default
/// credentials in their place. Either way SmtpClient never logs in with
/// the token, so it counts as authentication off; before them it does
/// nothing we check. "After" is measured from where `Credentials` is
/// assigned (`assigned`, all of them), not where a `NetworkCredential`
/// held in a variable was made; without such an assignment, from the
/// credentials themselves.
fn default_credentials(f: &mut Field, before: &[Field], assigned: &[usize]) -> Option<()> {
    if !f.key.ends_with("UseDefaultCredentials") {
        return Some(());
    }
    let on = f.value.as_bool()?;
    let at = f.key_span.start;
    let replaced = if assigned.is_empty() {
        before
            .iter()
            .any(|g| matches!(g.role, Username | Password) && g.key_span.start < at)
    } else {
        // The last setter wins.
        assigned.iter().all(|&a| a < at)
    };
    if !replaced {
        return None;
    }
    if on {
        // What it means for the token: no login (see `explain`).
        f.value = derived("false", &f.value);
    }
    Some(())
}

/// Whether `f` is the `UseDefaultCredentials = true` read as "no login".
fn default_credentials_switch(f: &Field) -> bool {
    f.role == Auth && f.key.ends_with("UseDefaultCredentials") && !f.value.verbatim
}

fn explain(_cfg: &Config, field: &Field) -> Option<String> {
    default_credentials_switch(field).then(|| {
        format!(
            "`{} = true` after `Credentials` replaces them with the Windows default credentials (CredentialCache.DefaultNetworkCredentials), which SmtpClient never sends with AUTH LOGIN or PLAIN, so the token is never used",
            field.key
        )
    })
}

/// The client variable the settings are made on (`client.`).
fn receiver(cfg: &Config) -> String {
    cfg.fields
        .iter()
        .filter(|f| matches!(f.role, Host | Port | StartTls))
        .find_map(|f| f.key.rfind('.').map(|i| f.key[..=i].to_string()))
        .unwrap_or_else(|| "client.".to_string())
}

fn write_code(cfg: &Config, what: &Write) -> Option<String> {
    let v = receiver(cfg);
    Some(match what {
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
    })
}

fn write_json(cfg: &Config, what: &Write) -> Option<String> {
    let key = |role: Role, fallback: &str| {
        cfg.get(role)
            .map_or(fallback.to_string(), |f| f.key.clone())
    };
    Some(match what {
        Write::Port(p) => format!("\"{}\": {p}", key(Port, "Port")),
        Write::Host(h) => format!("\"{}\": \"{h}\"", key(Host, "Host")),
        Write::StartTls => format!("\"{}\": true", key(StartTls, "EnableSsl")),
        Write::VerifyOn => {
            "remove the ServerCertificateValidationCallback that accepts every certificate".into()
        }
        Write::AuthOn => "\"Username\" and \"Password\" (both the Server API token)".into(),
        Write::TlsModern => "target .NET Framework 4.7+ or set ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12".into(),
        Write::Username(v) => format!("\"{}\": \"{v}\"", key(Username, "Username")),
        Write::Password(v) => format!("\"{}\": \"{v}\"", key(Password, "Password")),
        Write::From(v) => format!("\"{}\": \"{v}\"", key(From, "From")),
        Write::Stream(v) => format!("message.Headers.Add(\"X-PM-Message-Stream\", \"{v}\");"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::model::Security;

    fn one(src: &str) -> Config {
        let c = extract(src)
            .into_iter()
            .find(|c| c.active)
            .expect("a config");
        assert_eq!(c.dialect.id(), "dotnet");
        c
    }

    /// `new MailMessage(fromAddress, toAddress)` with `var fromAddress =
    /// new MailAddress("…", "Name")` above (the Stack Overflow Gmail
    /// answer): the From is that address, judged as written there.
    #[test]
    fn from_variable_holding_a_mail_address() {
        let src = "var fromAddress = new MailAddress(\"hello@gmail.com\", \"From Name\");\nvar toAddress = new MailAddress(\"to@example.com\", \"To Name\");\nvar smtp = new SmtpClient\n{\n    Host = \"smtp.postmarkapp.com\",\n    Port = 587,\n    EnableSsl = true,\n    Credentials = new NetworkCredential(token, token)\n};\nusing (var message = new MailMessage(fromAddress, toAddress) { Subject = subject })\n{\n    smtp.Send(message);\n}\n";
        let c = one(src);
        assert_eq!(c.literal(From), Some("hello@gmail.com"));
        let at = c.get(From).expect("from").value.span.clone();
        assert_eq!(&src[at], "hello@gmail.com");
        let (_, s, ids) = super::super::linted(src);
        assert_eq!(s["from"], "hello@gmail.com");
        assert!(ids.iter().any(|i| i == "from/free-mail"), "{ids:?}");
        // An address built from a variable stays a reference.
        let c = one(&src.replace(
            "new MailAddress(\"hello@gmail.com\"",
            "new MailAddress(sender",
        ));
        assert!(c.get(From).is_none_or(|f| f.value.is_reference()));
    }

    #[test]
    fn constructor_and_properties() {
        let src = "using System.Net.Mail;\nvar client = new SmtpClient(\"smtp.postmarkapp.com\", 587);\nclient.EnableSsl = true;\nclient.Credentials = new NetworkCredential(\"abc\", \"abc\");\nvar message = new MailMessage(\"hello@acme-widgets.io\", \"to@example.net\");\n";
        let c = one(src);
        assert_eq!(c.literal(Host), Some("smtp.postmarkapp.com"));
        assert_eq!(c.port_number(), Some(587));
        assert_eq!(c.literal(Username), Some("abc"));
        assert_eq!(c.literal(From), Some("hello@acme-widgets.io"));
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::StartTls));
        assert_eq!(
            c.dialect.write(&c, &Write::StartTls),
            "client.EnableSsl = true;"
        );
        let c = one(&format!(
            "{src}message.Headers.Add(\"X-PM-Message-Stream\", \"outbound\");\n"
        ));
        assert_eq!(c.literal(Stream), Some("outbound"));
    }

    #[test]
    fn initializer_without_ssl() {
        let src = "using var smtp = new SmtpClient\n{\n    Host = \"smtp.postmarkapp.com\",\n    Port = 2525,\n    Credentials = new NetworkCredential(token, token)\n};\nmail.From = new MailAddress(\"hello@acme-widgets.io\", \"Acme\");\n";
        let c = one(src);
        assert_eq!(c.port_number(), Some(2525));
        let tls = c.dialect.tls(&c);
        assert_eq!(tls.mode, Some(Security::None));
        assert!(tls.disabled.is_some());
        assert_eq!(c.literal(From), Some("hello@acme-widgets.io"));
        assert!(c.get(Username).is_some_and(|f| f.value.is_reference()));
    }

    #[test]
    fn a_sender_variable_is_a_sender_read_elsewhere() {
        for src in [
            "var c = new SmtpClient(\"smtp.postmarkapp.com\", 587) { EnableSsl = true };\nvar m = new MailMessage();\nm.From = new MailAddress(fromEmail, fromName);\n",
            "var c = new SmtpClient(\"smtp.postmarkapp.com\", 587) { EnableSsl = true };\nvar m = new MailMessage(ConfigurationManager.AppSettings[\"Mail.From\"], to);\nc.Send(m);\n",
        ] {
            let c = one(src);
            let from = c.get(From).expect("from");
            assert!(from.value.is_reference(), "{:?}", from.value);
            assert!(!from.value.text.contains("new "), "{:?}", from.value);
        }
    }

    #[test]
    fn old_tls_and_callback() {
        let src = "ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls;\nServicePointManager.ServerCertificateValidationCallback = (s, cert, chain, errors) => true;\nvar c = new SmtpClient(\"smtp.postmarkapp.com\", 587) { EnableSsl = true };\n";
        let c = one(src);
        assert_eq!(c.literal(TlsVersion), Some("TLSv1"));
        assert_eq!(c.literal(SkipVerify), Some("true"));
        assert_eq!(c.all(SkipVerify).count(), 1);
        // A mix forces nothing old, and is no unresolved reference either.
        let c = one(&src.replace(
            "SecurityProtocolType.Tls;",
            "SecurityProtocolType.Tls | SecurityProtocolType.Tls12;",
        ));
        assert!(c.get(TlsVersion).is_none());
    }

    #[test]
    fn default_credentials_after_credentials() {
        let base = "var client = new SmtpClient(\"smtp.postmarkapp.com\", 587);\nclient.EnableSsl = true;\n";
        let cred = "client.Credentials = new NetworkCredential(\"abc\", \"abc\");\n";
        // Before the credentials: nothing we check.
        let c = one(&format!(
            "{base}client.UseDefaultCredentials = false;\n{cred}"
        ));
        assert!(c.get(Auth).is_none());
        // After them, true: no login, explained.
        let c = one(&format!(
            "{base}{cred}client.UseDefaultCredentials = true;\n"
        ));
        let f = c.get(Auth).expect("the switch");
        assert_eq!(f.value.text, "false");
        assert!(c.dialect.explain(&c, f).is_some());
        // After them, false: no login, as written.
        let c = one(&format!(
            "{base}{cred}client.UseDefaultCredentials = false;\n"
        ));
        let f = c.get(Auth).expect("the switch");
        assert!(f.value.verbatim && c.dialect.explain(&c, f).is_none());
    }

    #[test]
    fn credentials_held_in_a_variable() {
        let made = "var credentials = new NetworkCredential(\"abc\", \"abc\");\n";
        // Handed over in the initializer, after the switch: they stand.
        let c = one(&format!("{made}var client = new SmtpClient()\n{{\n    Host = \"smtp.postmarkapp.com\",\n    UseDefaultCredentials = false,\n    EnableSsl = true,\n    Credentials = credentials\n}};\n"));
        assert_eq!(c.literal(Username), Some("abc"));
        assert_eq!(c.literal(Password), Some("abc"));
        assert!(c.get(Auth).is_none());
        // Handed over, then replaced by the switch: no login.
        let c = one(&format!("{made}var client = new SmtpClient(\"smtp.postmarkapp.com\", 587);\nclient.EnableSsl = true;\nclient.Credentials = credentials;\nclient.UseDefaultCredentials = false;\n"));
        assert!(c.get(Auth).is_some());
    }

    #[test]
    fn only_near_misses_of_its_switches_are_unknown_keys() {
        let c = one("SmtpClient smtpClient = new SmtpClient(\"smtp.postmarkapp.com\", 587);\nsmtpClient.EnableSSL = true;\nsmtpClient.EnableTls = true;\n");
        let unknown: Vec<&str> = c.unknown_keys.iter().map(|u| u.key.as_str()).collect();
        assert_eq!(unknown, ["EnableSSL", "EnableTls"]);
    }

    #[test]
    fn mailkit_is_another_client() {
        let src = "using MailKit.Net.Smtp;\nusing var client = new SmtpClient();\nclient.Connect(\"smtp.postmarkapp.com\", 587, SecureSocketOptions.StartTls);\nclient.Port = 587;\n";
        assert!(extract(src).iter().all(|c| c.dialect.id() != "dotnet"));
    }

    #[test]
    fn appsettings_section() {
        let src = "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"SmtpSettings\": {\n    \"Server\": \"smtp.postmarkapp.com\",\n    \"Port\": 465,\n    \"EnableSsl\": true,\n    \"Username\": \"abc\",\n    \"Password\": \"abc\",\n    \"SenderEmail\": \"hello@acme-widgets.io\"\n  },\n  \"AllowedHosts\": \"*\"\n}\n";
        let c = one(src);
        assert_eq!(c.dialect.name(), ".NET appsettings.json (SmtpClient)");
        assert_eq!(c.port_number(), Some(465));
        assert_eq!(c.literal(From), Some("hello@acme-widgets.io"));
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::StartTls));
        assert_eq!(c.dialect.write(&c, &Write::Port(587)), "\"Port\": 587");
        assert_eq!(c.dialect.default_port(&c), None);
    }

    #[test]
    fn appsettings_sections_mark_it_and_no_tls_key_says_nothing() {
        // `ConnectionStrings` / `Logging.LogLevel` are sections: their
        // entries carry the marker, and with no TLS key the code decides.
        for other in [
            "\"ConnectionStrings\": { \"Db\": \"Server=.\" }",
            "\"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } }",
        ] {
            let src = format!("{{\n  {other},\n  \"Email\": {{ \"SmtpServer\": \"smtp.postmarkapp.com\", \"SmtpPort\": 587 }}\n}}\n");
            let c = one(&src);
            assert_eq!(c.literal(Host), Some("smtp.postmarkapp.com"));
            assert_eq!(c.dialect.tls(&c).mode, None);
        }
    }

    #[test]
    fn mail_key_is_login_and_sender() {
        let src = "{\n  \"AllowedHosts\": \"*\",\n  \"MailSettings\": { \"Mail\": \"hello@acme-widgets.io\", \"Password\": \"abc\", \"Host\": \"smtp.postmarkapp.com\", \"Port\": 587 }\n}\n";
        let c = one(src);
        assert_eq!(c.literal(Username), Some("hello@acme-widgets.io"));
        assert_eq!(c.literal(From), Some("hello@acme-widgets.io"));
    }

    #[test]
    fn the_tutorial_mail_settings_section_alone_is_dotnets() {
        let text = "\"MailSettings\": {\n    \"Mail\": \"noreply@acme-widgets.io\",\n    \"DisplayName\": \"Acme Support\",\n    \"Password\": \"6b1f0c2e-93d4-4a7b-8e51-0f2c7d9a3b64\",\n    \"Host\": \"smtp.postmarkapp.com\",\n    \"Port\": 587\n  },\n";
        let r = crate::lint(text, &crate::Options::default());
        let c = &r.configs[0];
        assert_eq!(c.client, "dotnet");
        assert_eq!(c.settings.username.as_deref(), Some("nore…s.io"));
        assert_eq!(c.settings.from.as_deref(), Some("noreply@acme-widgets.io"));
    }

    #[test]
    fn fluentemails_default_sender_is_the_from_of_its_smtp_client() {
        let c = one("builder.Services\n    .AddFluentEmail(\"noreply@acme-widgets.io\", \"Acme\")\n    .AddSmtpSender(new SmtpClient(\"smtp.postmarkapp.com\")\n    {\n        Port = 587,\n        EnableSsl = true,\n        Credentials = new NetworkCredential(token, token)\n    });\n");
        assert_eq!(c.literal(Host), Some("smtp.postmarkapp.com"));
        assert_eq!(c.literal(From), Some("noreply@acme-widgets.io"));
    }

    #[test]
    fn an_options_class_bound_to_a_pasted_section_yields_to_it() {
        // The class's initializers are defaults; appsettings.json's section
        // of the same name is what binding gives the application.
        let class = "public class SmtpSettings\n{\n    public string Server { get; set; } = string.Empty;\n    public int Port { get; set; } = 25;\n    public bool EnableSsl { get; set; } = false;\n}\n";
        let json = "{\n  \"SmtpSettings\": {\n    \"Server\": \"smtp.postmarkapp.com\",\n    \"Port\": 587,\n    \"EnableSsl\": true\n  }\n}\n";
        let text = format!("```csharp\n{class}```\n\n```json\n{json}```\n");
        let r = crate::lint(&text, &crate::Options::default());
        assert_eq!(
            r.configs.len(),
            1,
            "{:?}",
            r.configs.iter().map(|c| &c.settings).collect::<Vec<_>>()
        );
        assert_eq!(r.configs[0].settings.port, Some(587));
        // Alone, the class is what there is.
        let r = crate::lint(class, &crate::Options::default());
        assert_eq!(r.configs.first().and_then(|c| c.settings.port), Some(25));
    }

    /// `Send(from, to, subject, body)` builds the message from its first
    /// argument; `Send(message)` hands over a message, no address.
    #[test]
    fn the_sender_of_the_overloads_that_build_the_message() {
        let client = "var client = new SmtpClient(\"smtp.postmarkapp.com\", 587) { EnableSsl = true, Credentials = new NetworkCredential(token, token) };\n";
        for call in [
            "client.Send(\"alerts@acme-widgets.io\", \"ops@acme.io\", \"Hi\", \"Body\");",
            "await client.SendMailAsync(\"alerts@acme-widgets.io\", to, subject, body);",
            "client.SendAsync(\"alerts@acme-widgets.io\", to, subject, body, null);",
        ] {
            let c = one(&format!("{client}{call}\n"));
            assert_eq!(c.literal(From), Some("alerts@acme-widgets.io"), "{call}");
        }
        let c = one(&format!(
            "{client}var message = new MailMessage();\nclient.Send(message);\n"
        ));
        assert_eq!(c.get(From), None);
    }
}

//! Changes written in the client's own terms: the profile says which keys
//! and values express a change; the syntax of the pasted configuration
//! says how a `key → value` is written (`MAIL_PORT=587`, `port: 587`,
//! `$mail->Port = 587`, `EMAIL_USE_TLS = True`).

use super::{Profile, Set, SetVal, WriteKind};
use crate::extract::Config;
use crate::model::{Field, Lang, Quote, Role, Setting, SettingValue, Syntax};

/// Something a fix asks the user to write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Write<'a> {
    /// Use this port.
    Port(u16),
    /// Use this host.
    Host(&'a str),
    /// Turn implicit TLS off and STARTTLS on (for ports 587/2525/25).
    StartTls,
    /// Turn certificate verification back on.
    VerifyOn,
    /// Turn SMTP authentication on.
    AuthOn,
    /// Allow TLS 1.2 or later.
    TlsModern,
    /// Set the username to a described value (never a secret).
    Username(&'a str),
    /// Set the password to a described value (never a secret).
    Password(&'a str),
    /// Set the From address.
    From(&'a str),
    /// Set the message stream.
    Stream(&'a str),
}

impl Write<'_> {
    pub fn kind(&self) -> WriteKind {
        match self {
            Write::Port(_) => WriteKind::Port,
            Write::Host(_) => WriteKind::Host,
            Write::StartTls => WriteKind::StartTls,
            Write::VerifyOn => WriteKind::VerifyOn,
            Write::AuthOn => WriteKind::AuthOn,
            Write::TlsModern => WriteKind::TlsModern,
            Write::Username(_) => WriteKind::Username,
            Write::Password(_) => WriteKind::Password,
            Write::From(_) => WriteKind::From,
            Write::Stream(_) => WriteKind::Stream,
        }
    }

    /// The value the request carries, as text.
    fn given(&self) -> String {
        match self {
            Write::Port(p) => p.to_string(),
            Write::Host(v)
            | Write::Username(v)
            | Write::Password(v)
            | Write::From(v)
            | Write::Stream(v) => v.to_string(),
            _ => String::new(),
        }
    }
}

/// The syntax the configuration is written in (its first field's).
fn syntax_of(cfg: &Config) -> Syntax {
    cfg.get(Role::Host)
        .or_else(|| cfg.fields.first())
        .map_or(Syntax::Env, |f| f.syntax)
}

fn is_code(s: Syntax) -> bool {
    matches!(s, Syntax::Code(l) if l != Lang::Json) || s == Syntax::Code(Lang::Json)
}

/// The value of a set as a machine setting.
fn setting_value(s: &Set, what: &Write, syntax: Syntax) -> SettingValue {
    let code = is_code(syntax);
    match s.value {
        SetVal::Port => {
            if code {
                SettingValue::Bare(what.given())
            } else {
                SettingValue::Text(what.given())
            }
        }
        SetVal::Given => {
            if code {
                SettingValue::Quoted(what.given())
            } else {
                SettingValue::Text(what.given())
            }
        }
        SetVal::Word(w) => {
            if code {
                SettingValue::Quoted(w.to_string())
            } else {
                SettingValue::Text(w.to_string())
            }
        }
        SetVal::Lit(l) => {
            if code {
                SettingValue::Bare(l.to_string())
            } else {
                SettingValue::Text(l.to_string())
            }
        }
        SetVal::Bool(b) => {
            let word = match (syntax, b) {
                (Syntax::Code(Lang::Python), true) => "True",
                (Syntax::Code(Lang::Python), false) => "False",
                (_, true) => "true",
                (_, false) => "false",
            };
            if code {
                SettingValue::Bare(word.into())
            } else {
                SettingValue::Text(word.into())
            }
        }
        SetVal::Remove => SettingValue::Remove,
    }
}

/// The machine settings behind a change (empty: no machine fix).
pub fn settings(cfg: &Config, p: &Profile, what: &Write) -> Vec<Setting> {
    let syntax = syntax_of(cfg);
    match p.fixes.iter().find(|f| f.what == what.kind()) {
        Some(row) => row
            .sets
            .iter()
            .map(|s| Setting {
                role: s.role,
                key: s.key,
                value: setting_value(s, what, syntax),
                insert: s.insert,
                near: s.near,
            })
            .collect(),
        // Without a row: change the value where it is written, never add a guessed key.
        None => match what {
            Write::Port(_) => vec![Setting::keep_key(
                Role::Port,
                setting_value(&plain(Role::Port, SetVal::Port), what, syntax),
            )],
            Write::Host(_) => vec![Setting::keep_key(
                Role::Host,
                setting_value(&plain(Role::Host, SetVal::Given), what, syntax),
            )],
            _ => Vec::new(),
        },
    }
}

fn plain(role: Role, value: SetVal) -> Set {
    super::set_if(role, "", value)
}

/// The key as the configuration would write it: the written key of the
/// role when it is there, else the table's name placed the way a sibling
/// is written (`$mail->Host` → `$mail->Port`).
fn written_key(cfg: &Config, role: Role, key: &str) -> String {
    if let Some(f) = cfg
        .all(role)
        .filter(|f| key.is_empty() || key_matches(&f.key, key))
        .last()
    {
        return f.key.clone();
    }
    if key.is_empty() {
        return role_word(role).to_string();
    }
    let sibling = cfg.get(Role::Host).or_else(|| cfg.fields.first());
    match sibling {
        Some(f)
            if f.key.contains("->")
                || (f.key.contains('.') && !key.contains('.')) && f.syntax.is_code() =>
        {
            with_last_segment(&f.key, key)
        }
        _ => key.to_string(),
    }
}

/// `$mail->Port` matches `Port`; `spring.mail.port` matches `port`.
pub fn key_matches(written: &str, key: &str) -> bool {
    let written = written.trim_matches(['\'', '"', '[', ']']);
    let (w, k) = (written.as_bytes(), key.as_bytes());
    if k.is_empty() {
        return true;
    }
    if k.len() > w.len() {
        return false;
    }
    let tail = &w[w.len() - k.len()..];
    if !tail.eq_ignore_ascii_case(k) {
        return false;
    }
    let before = w.len() - k.len();
    before == 0 || !(w[before - 1].is_ascii_alphanumeric() || w[before - 1] == b'_')
}

/// Replaces the last segment of a written key (`$mail->Host` → `$mail->Port`).
pub fn with_last_segment(written: &str, key: &str) -> String {
    let inner = written.trim_end_matches(['\'', '"', ']']);
    let closing = &written[inner.len()..];
    let cut = inner
        .rfind(['.', '>', '[', '\'', '"', ':', '/'])
        .map_or(0, |i| i + 1);
    format!("{}{key}{closing}", &inner[..cut])
}

fn role_word(role: Role) -> &'static str {
    match role {
        Role::Host => "host",
        Role::Port => "port",
        Role::Username => "username",
        Role::Password => "password",
        Role::From => "from",
        Role::Stream => "message stream",
        Role::Encryption => "encryption",
        _ => "setting",
    }
}

/// The key a role would have here, named like its siblings: `SMTP_HOST`
/// gives `SMTP_PASSWORD`, `mail.host` gives `mail.password`, `smtpHost`
/// gives `smtpPassword`.
fn sibling_key(cfg: &Config, role: Role) -> Option<String> {
    let word = match role {
        Role::Username => "user",
        Role::Password => "password",
        Role::From => "from",
        Role::Port => "port",
        Role::Host => "host",
        _ => return None,
    };
    let hostish = [
        "host", "server", "address", "port", "user", "username", "password", "pass",
    ];
    cfg.fields.iter().find_map(|f| {
        let k = f.key.as_str();
        if k.contains(['(', '[', ' ', '\'', '"']) {
            return None;
        }
        let cut = k.rfind(['_', '.', '-']).map_or(0, |i| i + 1);
        let (head, last) = k.split_at(cut);
        if !hostish.contains(&last.to_ascii_lowercase().as_str()) {
            // camelCase: `smtpHost` → `smtp` + `Host`.
            let upper = last.rfind(|c: char| c.is_ascii_uppercase())?;
            let (h2, l2) = last.split_at(upper);
            if h2.is_empty() || !hostish.contains(&l2.to_ascii_lowercase().as_str()) {
                return None;
            }
            let mut w = word.to_string();
            w[..1].make_ascii_uppercase();
            return Some(format!("{head}{h2}{w}"));
        }
        let w = if last
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        {
            word.to_ascii_uppercase()
        } else {
            word.to_string()
        };
        (!head.is_empty()).then(|| format!("{head}{w}"))
    })
}

/// Whether `value`, written bare after a YAML `key:`, must be quoted
/// because the key is an environment variable and YAML would read the
/// word as a boolean or a null. An environment variable's value is a
/// string: Compose refuses a boolean in an `environment:` map ("contains
/// true, which is an invalid type, it should be a string, number, or a
/// null"; the Compose spec asks for quotes), and Kubernetes refuses any
/// non-string in an `env:` item's `value:` or a ConfigMap's `data:`
/// (its YAML is read as YAML 1.1, where `yes`/`on` are booleans too). An
/// environment-style name (`SMTP_SECURE`: upper case, digits, `_`) is what
/// marks such a key; an app's own YAML (`secure: true`) keeps its booleans.
pub fn yaml_needs_quotes(key: &str, value: &str) -> bool {
    let b = key.as_bytes();
    let env_name = b
        .first()
        .is_some_and(|c| c.is_ascii_uppercase() || *c == b'_')
        && b.iter().any(u8::is_ascii_uppercase)
        && b.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_');
    env_name
        && matches!(
            value.to_ascii_lowercase().as_str(),
            "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n" | "null" | "~" | ""
        )
}

/// `key=value` in the syntax of the configuration.
fn assignment(cfg: &Config, key: &str, value: &SettingValue, syntax: Syntax) -> String {
    let quote = cfg
        .fields
        .iter()
        .find_map(|f| match f.value.quote {
            Quote::Single => Some('\''),
            Quote::Double => Some('"'),
            _ => None,
        })
        .unwrap_or(if syntax == Syntax::Code(Lang::Json) {
            '"'
        } else {
            '\''
        });
    let v = match value {
        SettingValue::Text(v) | SettingValue::Bare(v) => v.clone(),
        SettingValue::Quoted(v) => format!("{quote}{v}{quote}"),
        SettingValue::Remove => return format!("remove {key}"),
    };
    match syntax {
        Syntax::Env | Syntax::Properties => format!("{key}={v}"),
        Syntax::Yaml if yaml_needs_quotes(key, &v) => format!("{key}: \"{v}\""),
        Syntax::Yaml | Syntax::Prose => format!("{key}: {v}"),
        Syntax::Conf => format!("{key} {v}"),
        Syntax::Commands => format!("set {key}={v}"),
        Syntax::Words => format!("--{key}={v}"),
        Syntax::Xml => format!("{key}=\"{v}\""),
        Syntax::Code(Lang::JavaScript | Lang::Json | Lang::Elixir) => format!("{key}: {v}"),
        Syntax::Code(Lang::Ruby) if !key.contains('.') && !key.contains('[') => {
            format!("{key}: {v}")
        }
        Syntax::Code(Lang::Php) if !key.starts_with('$') => format!("'{key}' => {v}"),
        _ => format!("{key} = {v}"),
    }
}

/// The sentence for a change, in the client's terms.
pub fn text(cfg: &Config, p: &Profile, what: &Write) -> String {
    let syntax = syntax_of(cfg);
    if let Some(row) = p.fixes.iter().find(|f| f.what == what.kind()) {
        if let Some(t) = row.text {
            return t
                .replace("{port}", &what.given())
                .replace("{value}", &what.given())
                .replace("{host}", &what.given());
        }
        let parts: Vec<String> = row
            .sets
            .iter()
            .filter(|s| !(s.value == SetVal::Remove || (!s.insert && cfg.get(s.role).is_none())))
            .map(|s| {
                let key = written_key(cfg, s.role, s.key);
                assignment(cfg, &key, &setting_value(s, what, syntax), syntax)
            })
            .collect();
        if !parts.is_empty() {
            // Keys of one object read as a list; separate settings with "and".
            let list = matches!(
                syntax,
                Syntax::Code(Lang::JavaScript | Lang::Json | Lang::Ruby | Lang::Elixir)
            );
            return parts.join(if list { ", " } else { " and " });
        }
    }
    let key = |role: Role, fallback: &str| -> String {
        cfg.get(role)
            .map(|f: &Field| f.key.clone())
            .or_else(|| sibling_key(cfg, role))
            .unwrap_or_else(|| fallback.to_string())
    };
    let code = is_code(syntax);
    let given = |role: Role, fallback: &str, v: String| {
        let value = if code {
            SettingValue::Quoted(v)
        } else {
            SettingValue::Text(v)
        };
        assignment(cfg, &key(role, fallback), &value, syntax)
    };
    match what {
        Write::Port(p) => assignment(
            cfg,
            &key(Role::Port, "port"),
            &SettingValue::Bare(p.to_string()),
            syntax,
        ),
        Write::Host(h) => given(Role::Host, "host", h.to_string()),
        Write::StartTls => match cfg.get(Role::ImplicitTls) {
            Some(f) => format!(
                "{}, with port 587 (STARTTLS)",
                assignment(cfg, &f.key, &SettingValue::Bare("false".into()), syntax)
            ),
            None => match cfg.get(Role::Encryption) {
                Some(f) => format!("{} to STARTTLS (`tls`/`starttls`)", f.key),
                None => "STARTTLS on (the client's TLS setting)".into(),
            },
        },
        Write::VerifyOn => "certificate verification back on".into(),
        Write::AuthOn => format!(
            "{} and {}",
            key(Role::Username, "the username"),
            key(Role::Password, "the password")
        ),
        Write::TlsModern => "TLS 1.2 or later allowed".into(),
        Write::Username(v) => given(Role::Username, "username", v.to_string()),
        Write::Password(v) => given(Role::Password, "password", v.to_string()),
        Write::From(v) => given(Role::From, "the sender (From) setting", v.to_string()),
        Write::Stream(v) => format!("the header `X-PM-Message-Stream: {v}` on each message"),
    }
}

//! The fallback: any `key = value` / `key: value` text whose key names an
//! SMTP setting in a common way (`SMTP_HOST`, `smtp.user`, `mail_password`,
//! `Outgoing server`). Used when no client is recognised, so a paste never
//! simply fails. Without a known client there is no known default port or
//! TLS meaning beyond the plain words (`ssl` = implicit, `tls`/`starttls`).

use crate::extract::{extract_lines, Dialect, Document, Write};
use crate::fix::Setting;
use crate::model::{Config, Evidence, Role, Security, Tls};

pub struct Generic;
pub static GENERIC: Generic = Generic;

/// Splits a key into lowercase words (`SMTP_HOST`, `smtpHost`, `smtp.host`,
/// `Outgoing server` → `smtp host`…).
pub fn words(key: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in key.chars() {
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_uppercase() && prev_lower && !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
            cur.push(c.to_ascii_lowercase());
        } else {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// The role a generic key names, from its last words.
pub fn alias_role(key: &str) -> Option<Role> {
    let w = words(key);
    let last = w.last()?.as_str();
    let prev = w.len().checked_sub(2).map(|i| w[i].as_str());
    let mailish = w.iter().any(|x| {
        matches!(
            x.as_str(),
            "smtp" | "mail" | "email" | "mailer" | "outgoing" | "relay" | "postmark" | "sasl"
        )
    });
    let role = match (prev, last) {
        (_, "host" | "hostname" | "server" | "relayhost") => Role::Host,
        (Some("smtp" | "mail" | "relay"), "address") => Role::Host,
        (_, "port") => Role::Port,
        (_, "user" | "username" | "login") => Role::Username,
        (Some("user"), "name") => Role::Username,
        (_, "pass" | "password" | "passwd" | "pwd") => Role::Password,
        (Some("account"), "token") => Role::AccountToken,
        (Some("server") | Some("api"), "token") if mailish => Role::ServerToken,
        (_, "from" | "sender") => Role::From,
        (Some("from"), "address" | "email" | "addr") => Role::From,
        (_, "encryption" | "security" | "secure") => Role::Encryption,
        (_, "ssl") => Role::ImplicitTls,
        (_, "tls") => Role::Encryption,
        (_, "starttls") => Role::StartTls,
        (Some("message"), "stream") => Role::Stream,
        _ => return None,
    };
    // A bare `host`/`port`/`user` is only SMTP when something says mail.
    // `user_name`, `from_email`: two words that together name the setting.
    let bare = w.len() == 1 || (w.len() == 2 && matches!(prev, Some("user" | "from")));
    if !mailish && !bare && !matches!(role, Role::From | Role::AccountToken) {
        return None;
    }
    Some(role)
}

impl Dialect for Generic {
    fn id(&self) -> &'static str {
        "generic"
    }
    fn name(&self) -> &'static str {
        "key = value settings"
    }
    fn detect(&self, doc: &Document) -> u32 {
        let n = doc
            .active_lines()
            .filter(|e| alias_role(&e.key).is_some())
            .count() as u32;
        n.min(9)
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        extract_lines(self, doc, |_| true, |k, _| alias_role(k))
    }
    fn default_port(&self, _cfg: &Config) -> Option<u16> {
        None
    }
    fn tls(&self, cfg: &Config) -> Tls {
        let mut tls = Tls::default();
        let Some(f) = cfg
            .get(Role::Encryption)
            .or(cfg.get(Role::ImplicitTls))
            .or(cfg.get(Role::StartTls))
        else {
            return tls;
        };
        if f.value.is_reference() {
            return tls;
        }
        let v = f.value.text.trim().to_ascii_lowercase();
        match (f.role, v.as_str()) {
            (Role::ImplicitTls, "true" | "yes" | "on" | "1")
            | (_, "ssl" | "smtps" | "implicit" | "ssl/tls") => {
                tls.implicit = Some(Evidence::of(f));
                tls.mode = Some(Security::Implicit);
            }
            (_, "tls" | "starttls" | "true" | "yes" | "on" | "1") => {
                tls.starttls = Some(Evidence::of(f));
                tls.mode = Some(Security::StartTls);
            }
            (_, "none" | "false" | "no" | "off" | "0" | "") => {
                tls.disabled = Some(Evidence::of(f));
                tls.mode = Some(Security::None);
            }
            _ => {}
        }
        tls
    }
    fn write(&self, cfg: &Config, what: &Write) -> String {
        let key = |role: Role, fallback: &'static str| -> String {
            cfg.get(role)
                .map_or(fallback.to_string(), |f| f.key.clone())
        };
        match what {
            Write::Port(p) => format!("{} = {p}", key(Role::Port, "port")),
            Write::Host(h) => format!("{} = {h}", key(Role::Host, "host")),
            Write::StartTls => format!("{} = tls (STARTTLS)", key(Role::Encryption, "encryption")),
            Write::VerifyOn => "turn certificate verification back on".into(),
            Write::AuthOn => "turn SMTP authentication on".into(),
            Write::TlsModern => "allow TLS 1.2 or later".into(),
            Write::Username(v) => format!("{} = {v}", key(Role::Username, "username")),
            Write::Password(v) => format!("{} = {v}", key(Role::Password, "password")),
            Write::From(v) => format!("{} = {v}", key(Role::From, "from")),
            Write::Stream(v) => format!("message stream = {v}"),
        }
    }
    fn settings_for(&self, cfg: &Config, what: &Write) -> Vec<Setting> {
        // Keys vary: change what is written, never add a guessed key.
        match what {
            Write::Port(p) => vec![Setting::text(Role::Port, "", p.to_string())],
            Write::Host(h) => vec![Setting::text(Role::Host, "", *h)],
            Write::StartTls if cfg.get(Role::Encryption).is_some() => {
                vec![Setting::text(Role::Encryption, "", "tls")]
            }
            _ => Vec::new(),
        }
    }
    fn sender_hint(&self) -> &'static str {
        "the sender (From) setting of your application"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases() {
        assert_eq!(alias_role("SMTP_HOST"), Some(Role::Host));
        assert_eq!(alias_role("smtpPassword"), Some(Role::Password));
        assert_eq!(alias_role("Outgoing server"), Some(Role::Host));
        assert_eq!(alias_role("user_name"), Some(Role::Username));
        assert_eq!(alias_role("DATABASE_HOST_NAME"), None);
        assert_eq!(
            alias_role("POSTMARK_ACCOUNT_TOKEN"),
            Some(Role::AccountToken)
        );
    }
}

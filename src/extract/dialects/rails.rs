//! Rails ActionMailer (`config.action_mailer.smtp_settings = { … }`,
//! `ActionMailer::Base.smtp_settings`, or the `mail` gem's
//! `delivery_method :smtp, { … }`), in `key: value` or `:key => value` form.
//!
//! Meaning (ActionMailer::Base docs and the `mail` gem's `Mail::SMTP`):
//! the port defaults to 25; `ssl: true` / `tls: true` start TLS on the first
//! byte (SMTPS); otherwise `enable_starttls: true|:always` requires
//! STARTTLS, `enable_starttls: :auto` / `enable_starttls_auto: true` use it
//! when offered, and with neither flag the gem falls back to `:auto`, so
//! only an explicit `false` sends in clear. `tls` together with a STARTTLS
//! flag raises `ArgumentError` in mail 2.9+ (older versions used SMTPS).
//! Net::SMTP logs in whenever `user_name` is given (`authentication`
//! defaults to `:plain`). Values are Ruby: only `false` and `nil` are false.
//! The sender is `default from:` in the mailer class.
//!
//! Several `config/environments/*.rb` pasted together give one
//! configuration per `smtp_settings` block, labelled by environment.

use crate::extract::code::{Assign, Tok};
use crate::extract::{Dialect, Document, KeyTable, Write};
use crate::fix::Setting;
use crate::model::{Config, Evidence, Field, KeyUse, Quote, Role, Security, Tls, Value};

pub struct Rails;
pub static RAILS: Rails = Rails;

const KEYS: KeyTable = KeyTable {
    keys: &[
        ("address", Role::Host),
        ("port", Role::Port),
        ("user_name", Role::Username),
        ("password", Role::Password),
        ("authentication", Role::AuthMethod),
        ("enable_starttls_auto", Role::StartTls),
        // true | :always | :auto | false: a word the dialect reads.
        ("enable_starttls", Role::Encryption),
        ("ssl", Role::ImplicitTls),
        ("tls", Role::ImplicitTls),
        ("openssl_verify_mode", Role::VerifyMode),
    ],
    case_sensitive: true,
};

/// Settings ActionMailer passes on that carry nothing we check.
const OTHER_KEYS: [&str; 6] = [
    "domain",
    "ca_path",
    "ca_file",
    "open_timeout",
    "read_timeout",
    "return_response",
];

/// Names from other libraries that Mail::SMTP silently ignores.
const LEFTOVERS: &[(&str, &str)] = &[
    ("host", "address"),
    ("server", "address"),
    ("hostname", "address"),
    ("user", "user_name"),
    ("username", "user_name"),
    ("login", "user_name"),
    ("pass", "password"),
    ("auth", "authentication"),
    ("auth_method", "authentication"),
    ("starttls", "enable_starttls_auto"),
    ("enable_tls", "tls"),
    ("enable_ssl", "ssl"),
    ("secure", "tls"),
    ("use_ssl", "ssl"),
    ("use_tls", "tls"),
    ("start_tls", "enable_starttls_auto"),
    ("starttls_auto", "enable_starttls_auto"),
    ("verify_mode", "openssl_verify_mode"),
    ("openssl_verify", "openssl_verify_mode"),
    ("from", "default from: in the mailer"),
];

/// Where a settings hash starts: `smtp_settings = {` or `delivery_method :smtp,`.
struct Block {
    at: usize,
    inline: bool,
}

fn blocks(doc: &Document) -> Vec<Block> {
    let toks = &doc.tokens;
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let Tok::Word(w) = &t.tok else { continue };
        let next = toks.get(i + 1).map(|t| &t.tok);
        if (w == "smtp_settings" || w.ends_with(".smtp_settings")) && next == Some(&Tok::Punct("="))
        {
            out.push(Block {
                at: t.span.start,
                inline: false,
            });
        } else if w.ends_with("delivery_method") && smtp_symbol_then_comma(&toks[i + 1..]) {
            out.push(Block {
                at: t.span.start,
                inline: true,
            });
        }
    }
    out
}

/// `:smtp,` after `delivery_method`: the scanner reads `:smtp` as one
/// symbol, or as `:` + `smtp` when it follows a word.
fn smtp_symbol_then_comma(toks: &[crate::extract::code::Token]) -> bool {
    let t: Vec<&Tok> = toks.iter().take(3).map(|t| &t.tok).collect();
    match t.as_slice() {
        [Tok::Word(s), Tok::Punct(","), ..] => s == ":smtp",
        [Tok::Punct(":"), Tok::Word(s), Tok::Punct(",")] => s == "smtp",
        _ => false,
    }
}

/// The block an assignment belongs to, if any.
fn block_of(blocks: &[Block], a: &Assign) -> Option<usize> {
    let i = blocks.iter().rposition(|b| b.at <= a.key_span.start)?;
    let inside = if blocks[i].inline {
        a.path.is_empty() || a.path.last().is_some_and(|p| p == "delivery_method")
    } else {
        a.path.last().is_some_and(|p| p == "smtp_settings")
    };
    inside.then_some(i)
}

/// The environment a block is written for, from the nearest preceding
/// `config/environments/<env>.rb` or `Rails.env.<env>?` / `Rails.env == "<env>"`.
fn environment(input: &str, at: usize) -> Option<String> {
    let before = input.get(..at)?;
    let mut best: Option<(usize, String)> = None;
    let mut consider = |pos: usize, name: &str| {
        let name: String = name
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() && best.as_ref().is_none_or(|(p, _)| pos > *p) {
            best = Some((pos, name));
        }
    };
    for marker in [
        "environments/",
        "Rails.env.",
        "Rails.env == \"",
        "Rails.env == '",
    ] {
        if let Some(pos) = before.rfind(marker) {
            consider(pos, &before[pos + marker.len()..]);
        }
    }
    best.map(|(_, n)| n)
        .filter(|n| n != "to_s" && n != "development?")
}

/// `default from: "…"` (or `default(from: …)`, `default_options = { from: … }`).
fn default_from(doc: &Document) -> Option<Field> {
    let toks = &doc.tokens;
    for (i, t) in toks.iter().enumerate() {
        let (Tok::Word(d), Some(Tok::Word(f)), Some(Tok::Punct(":"))) = (
            &t.tok,
            toks.get(i + 1).map(|t| &t.tok),
            toks.get(i + 2).map(|t| &t.tok),
        ) else {
            continue;
        };
        if d != "default" || f != "from" {
            continue;
        }
        let key_span = toks[i + 1].span.clone();
        let mut end = i + 3;
        while end < toks.len() && !matches!(toks[end].tok, Tok::Newline | Tok::Punct(",")) {
            end += 1;
        }
        let value = match toks.get(i + 3..end)? {
            [] => return None,
            [one] if matches!(one.tok, Tok::Str(_)) => match &one.tok {
                Tok::Str(v) => v.clone(),
                _ => return None,
            },
            many => {
                let span = many[0].span.start..many[many.len() - 1].span.end;
                let mut v = Value::verbatim(doc.input, span, Quote::None);
                v.reference = Some(v.text.clone());
                v
            }
        };
        return Some(Field {
            role: Role::From,
            key: "default from".into(),
            key_span,
            value,
        });
    }
    doc.code
        .iter()
        .find(|a| {
            a.name == "from"
                && a.path
                    .last()
                    .is_some_and(|p| p == "default" || p == "default_options")
        })
        .map(|a| Field {
            role: Role::From,
            key: a.key.clone(),
            key_span: a.key_span.clone(),
            value: a.value.clone(),
        })
}

impl Rails {
    fn configs(&'static self, doc: &Document) -> Vec<Config> {
        let blocks = blocks(doc);
        let mut configs: Vec<Option<Config>> = blocks.iter().map(|_| None).collect();
        for a in &doc.code {
            let Some(b) = block_of(&blocks, a) else {
                continue;
            };
            let span =
                a.key_span.start.min(a.value.span.start)..a.value.span.end.max(a.key_span.end);
            let cfg = configs[b].get_or_insert_with(|| Config::new(self, span.clone()));
            cfg.span = cfg.span.start.min(span.start)..cfg.span.end.max(span.end);
            match KEYS.role(&a.name) {
                Some(role) => cfg.push(Field {
                    role,
                    key: a.key.clone(),
                    key_span: a.key_span.clone(),
                    value: a.value.clone(),
                }),
                None if !OTHER_KEYS.contains(&a.name.as_str()) => cfg.unknown_keys.push(KeyUse {
                    key: a.key.clone(),
                    span: a.key_span.clone(),
                }),
                None => {}
            }
        }
        let mut out: Vec<Config> = Vec::new();
        for (b, cfg) in blocks.iter().zip(configs) {
            if let Some(mut cfg) = cfg {
                if blocks.len() > 1 {
                    cfg.label = environment(doc.input, b.at);
                }
                out.push(cfg);
            }
        }
        let n = out.len();
        if n > 1 {
            let production = out
                .iter()
                .rposition(|c| c.label.as_deref() == Some("production"));
            for (i, c) in out.iter_mut().enumerate() {
                c.active = production.map_or(i == n - 1, |p| p == i);
                if c.label.is_none() {
                    c.label = Some(format!("block {} of {}", i + 1, n));
                }
            }
        }
        if let (Some(from), Some(cfg)) = (default_from(doc), out.iter_mut().find(|c| c.active)) {
            cfg.push(from);
        }
        out
    }
}

/// What the `mail` gem does with `tls`/`ssl` (ImplicitTls), `enable_starttls`
/// (Encryption) and `enable_starttls_auto` (StartTls); shared with GitLab,
/// which runs the same code (its `mail_starttls_patch.rb` backports it).
pub(super) fn mail_gem_tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let implicit = cfg
        .all(Role::ImplicitTls)
        .filter(|f| ruby_truthy(f) == Some(true))
        .last();
    let starttls = cfg.get(Role::Encryption);
    let auto = cfg.get(Role::StartTls);
    let unknown = [cfg.get(Role::ImplicitTls), starttls, auto]
        .iter()
        .flatten()
        .any(|f| f.value.is_reference());
    let starttls_on = starttls
        .filter(|f| ruby_truthy(f) == Some(true))
        .or(auto.filter(|f| ruby_truthy(f) == Some(true)));
    if let Some(f) = implicit {
        tls.implicit = Some(Evidence::of(f));
        tls.mode = Some(Security::Implicit);
        // mail 2.9+ (and GitLab 15.10+) raise ArgumentError for SMTPS plus
        // a STARTTLS flag; older versions used SMTPS.
        if let Some(s) = starttls_on {
            tls.starttls = Some(Evidence::of(s));
            tls.conflicting = true;
            tls.mode = None;
        }
        return tls;
    }
    if unknown {
        return tls;
    }
    match (starttls, auto) {
        (Some(s), _) if ruby_truthy(s) == Some(true) => {
            tls.starttls = Some(Evidence::of(s));
            tls.mode = Some(Security::StartTls);
        }
        (_, Some(a)) if ruby_truthy(a) == Some(true) => {
            tls.starttls = Some(Evidence::of(a));
            tls.mode = Some(Security::StartTls);
        }
        // An explicit `false` (either flag) and no `true` one: clear text.
        (Some(off), None) | (_, Some(off)) => {
            tls.disabled = Some(Evidence::of(off));
            tls.mode = Some(Security::None);
        }
        // Neither flag: the mail gem uses STARTTLS when offered.
        (None, None) => tls.mode = Some(Security::StartTls),
    }
    tls
}

/// Ruby truthiness of a literal: only `false` and `nil` are false.
pub(super) fn ruby_truthy(field: &Field) -> Option<bool> {
    let text = field.value.literal()?;
    if field.value.quote != Quote::None {
        return Some(true);
    }
    Some(!matches!(text.trim(), "false" | "nil"))
}

/// The hash style the paste uses, for fixes.
fn rocket(cfg: &Config) -> bool {
    cfg.fields.iter().any(|f| f.key.starts_with(':'))
}

fn set(cfg: &Config, key: &str, value: &str) -> String {
    if rocket(cfg) {
        format!(":{key} => {value}")
    } else {
        format!("{key}: {value}")
    }
}

impl Dialect for Rails {
    fn id(&self) -> &'static str {
        "rails"
    }
    fn name(&self) -> &'static str {
        "Rails ActionMailer"
    }
    fn detect(&self, doc: &Document) -> u32 {
        let blocks = blocks(doc);
        if blocks.is_empty() {
            return 0;
        }
        let keys = doc
            .code
            .iter()
            .filter(|a| block_of(&blocks, a).is_some())
            .map(|a| a.name.as_str());
        100 + 10 * KEYS.hits(keys)
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        self.configs(doc)
    }
    fn default_port(&self, _cfg: &Config) -> Option<u16> {
        Some(25)
    }
    /// ActionMailer: `:address` defaults to "localhost".
    fn default_host(&self, _cfg: &Config) -> Option<&'static str> {
        Some("localhost")
    }
    fn tls(&self, cfg: &Config) -> Tls {
        mail_gem_tls(cfg)
    }
    fn write(&self, cfg: &Config, what: &Write) -> String {
        match what {
            Write::Port(p) => set(cfg, "port", &p.to_string()),
            Write::Host(h) => set(cfg, "address", &format!("\"{h}\"")),
            Write::StartTls => {
                let on = set(cfg, "enable_starttls_auto", "true");
                match cfg.get(Role::ImplicitTls) {
                    Some(f) => format!(
                        "{on} and remove `{}`",
                        set(cfg, f.key.trim_start_matches(':'), &f.value.text)
                    ),
                    None => on,
                }
            }
            Write::VerifyOn => format!(
                "remove openssl_verify_mode (or set {})",
                set(cfg, "openssl_verify_mode", "\"peer\"")
            ),
            Write::AuthOn => format!(
                "{}, {} and {}",
                set(cfg, "user_name", "…"),
                set(cfg, "password", "…"),
                set(cfg, "authentication", ":plain")
            ),
            Write::TlsModern => "a Ruby built with an OpenSSL that supports TLS 1.2".into(),
            Write::Username(v) => set(cfg, "user_name", &format!("\"{v}\"")),
            Write::Password(v) => set(cfg, "password", &format!("\"{v}\"")),
            Write::From(v) => format!("default from: \"{v}\" (in ApplicationMailer)"),
            Write::Stream(v) => {
                format!("default \"X-PM-Message-Stream\" => \"{v}\" (in ApplicationMailer)")
            }
        }
    }
    fn settings_for(&self, _cfg: &Config, what: &Write) -> Vec<Setting> {
        match what {
            Write::Port(p) => vec![Setting::bare(Role::Port, "port", p.to_string())],
            Write::Host(h) => vec![Setting::quoted(Role::Host, "address", *h)],
            Write::StartTls => vec![
                Setting::bare(Role::ImplicitTls, "ssl", "false").if_present(),
                Setting::bare(Role::ImplicitTls, "tls", "false").if_present(),
                Setting::bare(Role::StartTls, "enable_starttls_auto", "true")
                    .near(Role::ImplicitTls),
            ],
            Write::VerifyOn => {
                vec![Setting::quoted(Role::VerifyMode, "openssl_verify_mode", "peer").if_present()]
            }
            _ => Vec::new(),
        }
    }
    fn sender_hint(&self) -> &'static str {
        "`default from:` in ApplicationMailer (or `from:` in each `mail(…)` call)"
    }
    fn known_keys(&self) -> Vec<&'static str> {
        KEYS.names_with(&OTHER_KEYS)
    }
    fn leftover_keys(&self) -> &'static [(&'static str, &'static str)] {
        LEFTOVERS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn configs(input: &str) -> Vec<Config> {
        crate::extract::extract(input)
    }

    #[test]
    fn both_hash_styles_and_references() {
        let src = "Rails.application.configure do\n  config.action_mailer.default_url_options = { host: 'acme.io', port: 443 }\n  config.action_mailer.smtp_settings = {\n    :address => \"smtp.postmarkapp.com\",\n    port: ENV.fetch(\"SMTP_PORT\", 587).to_i,\n    user_name: Rails.application.credentials.dig(:postmark, :token),\n    :enable_starttls => :auto,\n    secure: true\n  }\nend\nclass ApplicationMailer < ActionMailer::Base\n  default from: \"Acme <hello@acme.io>\"\nend\n";
        let cfgs = configs(src);
        assert_eq!(cfgs.len(), 1, "{cfgs:?}");
        let cfg = &cfgs[0];
        assert_eq!(cfg.dialect.id(), "rails");
        assert_eq!(cfg.literal(Role::Host), Some("smtp.postmarkapp.com"));
        assert!(cfg.get(Role::Port).is_some_and(|f| f.value.is_reference()));
        assert!(cfg
            .get(Role::Username)
            .is_some_and(|f| f.value.is_reference()));
        assert_eq!(cfg.literal(Role::From), Some("Acme <hello@acme.io>"));
        assert_eq!(cfg.dialect.tls(cfg).mode, Some(Security::StartTls));
        assert_eq!(cfg.unknown_keys[0].key, "secure");
    }

    #[test]
    fn defaults_and_explicit_off() {
        let cfgs = configs("ActionMailer::Base.smtp_settings = { address: 'smtp.postmarkapp.com', user_name: 'a', password: 'a' }\n");
        assert_eq!(cfgs[0].effective_port(), Some(25));
        assert_eq!(cfgs[0].dialect.tls(&cfgs[0]).mode, Some(Security::StartTls));
        let cfgs = configs("ActionMailer::Base.smtp_settings = { address: 'smtp.postmarkapp.com', enable_starttls_auto: false }\n");
        let tls = cfgs[0].dialect.tls(&cfgs[0]);
        assert_eq!(tls.mode, Some(Security::None));
        assert!(tls.disabled.is_some());
    }

    #[test]
    fn tls_with_starttls_conflicts_and_ssl_is_implicit() {
        let cfgs = configs("config.action_mailer.smtp_settings = {\n  address: 'smtp.postmarkapp.com', port: 465, ssl: true\n}\n");
        assert_eq!(cfgs[0].dialect.tls(&cfgs[0]).mode, Some(Security::Implicit));
        let cfgs = configs("config.action_mailer.smtp_settings = {\n  address: 'smtp.postmarkapp.com', port: 465, tls: true, enable_starttls_auto: true\n}\n");
        assert!(cfgs[0].dialect.tls(&cfgs[0]).conflicting);
        assert_eq!(
            cfgs[0].dialect.write(&cfgs[0], &Write::StartTls),
            "enable_starttls_auto: true and remove `tls: true`"
        );
    }

    #[test]
    fn environments_are_labelled() {
        let src = "# config/environments/development.rb\nconfig.action_mailer.smtp_settings = { address: 'localhost', port: 1025 }\n# config/environments/production.rb\nconfig.action_mailer.smtp_settings = { address: 'smtp.postmarkapp.com', port: 587 }\n";
        let cfgs = configs(src);
        assert_eq!(cfgs.len(), 2);
        assert_eq!(cfgs[0].label.as_deref(), Some("development"));
        assert!(!cfgs[0].active);
        assert_eq!(cfgs[1].label.as_deref(), Some("production"));
        assert!(cfgs[1].active);
    }

    #[test]
    fn mail_gem_inline_form() {
        let cfgs = configs("Mail.defaults do\n  delivery_method :smtp, { :address => 'smtp.postmarkapp.com', :port => 2525, :user_name => 'x', :password => 'x' }\nend\n");
        assert_eq!(cfgs[0].port_number(), Some(2525));
        assert_eq!(
            cfgs[0].dialect.write(&cfgs[0], &Write::Port(587)),
            ":port => 587"
        );
    }
}

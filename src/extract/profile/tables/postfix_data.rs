//! Postfix parameters written as a data map by a configuration tool: a
//! Salt pillar (`postfix: config: relayhost: …`, saltstack-formulas'
//! postfix-formula, which writes each `config` key into `main.cf`), Puppet
//! Hiera (`postfix::relayhost`, `postfix::configs: smtp_tls_security_level:
//! value: encrypt`, camptocamp/puppet-postfix, whose `postfix::config`
//! resource is one `postconf` line), Chef attributes (`postfix: main:
//! relayhost` in a JSON role or node file, `default['postfix']['main']
//! ['relayhost'] = …` in Ruby; the sous-chefs/postfix cookbook writes
//! `['postfix']['main']` into `main.cf` and its `sasl_auth` recipe writes
//! `relayhost smtp_sasl_user_name:smtp_sasl_passwd` from `['postfix']
//! ['sasl']` into `sasl_passwd`, templates/default/sasl_passwd.erb). The names are postconf(5)'s, so Postfix's meaning applies
//! (see [`super::postfix`]) wherever the map sits, as long as it sits
//! under a key naming Postfix.
//!
//! These tools edit the distribution's `main.cf` rather than write one from
//! nothing, and those differ (Debian's and Ubuntu's ship
//! `smtp_tls_security_level = may`): with no TLS parameter in the map the
//! security is unknown, not Postfix's compiled-in plain text.

use crate::extract::profile::{k, kr, mark, syn, Hooks, Key, Marker, Profile, Read, Write};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Lang, Role::*, Syntax};

use super::postfix;

/// A parameter's value, or Puppet's `{ value: … }` form of it.
const KEYS: &[Key] = &[
    kr("relayhost|relayhost.value", Host, Read::HostPort),
    k("smtp_sasl_auth_enable|smtp_sasl_auth_enable.value", Auth),
    k(
        "smtp_sasl_password_maps|smtp_sasl_password_maps.value",
        CredentialsFile,
    ),
    k(
        "smtp_tls_security_level|smtp_tls_security_level.value",
        Encryption,
    ),
    // The Chef cookbook's login, which its sasl_auth recipe writes into
    // sasl_passwd as `relayhost user:password`.
    k("postfix.sasl.smtp_sasl_user_name", Username),
    k("postfix.sasl.smtp_sasl_passwd", Password),
    k("smtp_use_tls|smtp_use_tls.value", StartTls),
    k("smtp_enforce_tls|smtp_enforce_tls.value", StartTls),
    k("smtp_tls_wrappermode|smtp_tls_wrappermode.value", ImplicitTls),
    k(
        "smtp_tls_protocols|smtp_tls_protocols.value|smtp_tls_mandatory_protocols|smtp_tls_mandatory_protocols.value",
        TlsVersion,
    ),
];

/// A parameter under a key that names Postfix: the map is Postfix's.
const MARKERS: &[Marker] = &[
    mark("postfix.**.relayhost"),
    mark("postfix.**.smtp_sasl_*"),
    mark("postfix.**.smtp_tls_*"),
    mark("postfix.**.smtp_use_tls"),
];

pub static POSTFIX_DATA: Profile = Profile {
    name: "Postfix parameters in a Salt pillar, Hiera or Chef map",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/saltstack-formulas/postfix-formula/blob/master/pillar.example https://github.com/voxpupuli/puppet-postfix#usage https://github.com/sous-chefs/postfix/blob/main/templates/default/sasl_passwd.erb https://www.postfix.org/postconf.5.html",
    syntaxes: syn::YAML | syn::JSON | syn::TOML | syn::RUBY,
    keys: KEYS,
    markers: MARKERS,
    hooks: Hooks {
        tls: Some(postfix::tls_written_or_unknown),
        finish: Some(finish),
        write: Some(write),
        ..Hooks::NONE
    },
    fixes: postfix::WRITTEN_BY_HOOK,
    ..postfix::POSTFIX
};

fn finish(doc: &Document, configs: &mut Vec<Config>) {
    postfix::finish(doc, configs, &POSTFIX_DATA);
}

/// In the map's own terms: the parameter names, as keys beside `relayhost`,
/// or, in a Chef attribute file, as the paste's own Ruby assignments.
fn write(cfg: &Config, what: &Write) -> Option<String> {
    if let Some(chef) = ChefAttribute::of(cfg) {
        return Some(chef.write(cfg, what));
    }
    let host = cfg.literal(Host).unwrap_or("smtp.postmarkapp.com");
    let port = cfg.port_number().unwrap_or(587);
    let sasl = |line: String| {
        format!("the line `[{host}]:{port} {line}` in the sasl_passwd map that smtp_sasl_password_maps names (the tool's own key for that file)")
    };
    Some(match what {
        Write::Port(p) => format!("relayhost: \"[{host}]:{p}\""),
        Write::Host(h) => {
            format!("relayhost: \"[{h}]:{port}\" (and the same destination in sasl_passwd)")
        }
        Write::StartTls => {
            "smtp_tls_security_level: encrypt (and no smtp_tls_wrappermode) beside relayhost".into()
        }
        Write::VerifyOn => "smtp_tls_security_level: secure beside relayhost".into(),
        Write::AuthOn => "smtp_sasl_auth_enable: \"yes\" beside relayhost".into(),
        Write::TlsModern => "smtp_tls_mandatory_protocols: \">=TLSv1.2\" beside relayhost".into(),
        Write::Username(v) => sasl(format!("{v}:<password>")),
        Write::Password(v) => sasl(format!("<username>:{v}")),
        Write::From(v) => from_text(v),
        Write::Stream(v) => stream_text(v),
    })
}

fn from_text(v: &str) -> String {
    format!(
        "From: {v} in the program that hands mail to Postfix (or a sender_canonical_maps entry)"
    )
}

fn stream_text(v: &str) -> String {
    format!("a header `X-PM-Message-Stream: {v}` added by the program that sends")
}

/// How a Chef attribute file writes its Postfix keys: the precedence in
/// front (`default`, `override`, `node.default`…) and the subscript style
/// (`['postfix']`, `["postfix"]`, `[:postfix]`), both taken from the paste's
/// first Ruby line under `postfix`.
struct ChefAttribute<'a> {
    precedence: &'a str,
    open: &'a str,
    close: &'a str,
}

impl<'a> ChefAttribute<'a> {
    fn of(cfg: &'a Config) -> Option<Self> {
        cfg.fields
            .iter()
            .filter(|f| f.syntax == Syntax::Code(Lang::Ruby))
            .find_map(|f| Self::parse(&f.key))
    }

    fn parse(key: &'a str) -> Option<Self> {
        const STYLES: [(&str, &str); 3] = [("['", "']"), ("[\"", "\"]"), ("[:", "]")];
        STYLES.iter().find_map(|&(open, close)| {
            let at = key.find(&format!("{open}postfix{close}"))?;
            let precedence = key[..at].trim_end();
            (!precedence.is_empty()).then_some(Self {
                precedence,
                open,
                close,
            })
        })
    }

    /// `default['postfix']['main']['relayhost'] = 'value'`.
    fn line(&self, section: &str, name: &str, value: &str) -> String {
        let (o, c) = (self.open, self.close);
        format!(
            "{}{o}postfix{c}{o}{section}{c}{o}{name}{c} = '{value}'",
            self.precedence
        )
    }

    fn write(&self, cfg: &Config, what: &Write) -> String {
        let host = cfg.literal(Host).unwrap_or("smtp.postmarkapp.com");
        let port = cfg.port_number().unwrap_or(587);
        let main = |name: &str, value: &str| self.line("main", name, value);
        // The cookbook's sasl_auth recipe writes these two into sasl_passwd.
        let sasl = |name: &str, value: &str| {
            format!(
                "{} (the cookbook's sasl_auth recipe writes it into sasl_passwd)",
                self.line("sasl", name, value)
            )
        };
        match what {
            Write::Port(p) => main("relayhost", &format!("[{host}]:{p}")),
            Write::Host(h) => format!(
                "{} (and the same destination in sasl_passwd)",
                main("relayhost", &format!("[{h}]:{port}"))
            ),
            Write::StartTls => format!(
                "{} (and no smtp_tls_wrappermode)",
                main("smtp_tls_security_level", "encrypt")
            ),
            Write::VerifyOn => main("smtp_tls_security_level", "secure"),
            Write::AuthOn => main("smtp_sasl_auth_enable", "yes"),
            Write::TlsModern => main("smtp_tls_mandatory_protocols", ">=TLSv1.2"),
            Write::Username(v) => sasl("smtp_sasl_user_name", v),
            Write::Password(v) => sasl("smtp_sasl_passwd", v),
            Write::From(v) => from_text(v),
            Write::Stream(v) => stream_text(v),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::linted;

    #[test]
    fn salt_pillar_config() {
        let pillar = "postfix:\n  manage_master_config: True\n  config:\n    relayhost: \"[smtp.postmarkapp.com]:587\"\n    smtp_sasl_auth_enable: yes\n    smtp_sasl_password_maps: hash:/etc/postfix/sasl_passwd\n    smtp_tls_security_level: encrypt\n";
        super::postfix::assert_postmark_relay_with_map(pillar, "postfix", 587);
        let none = pillar.replace("encrypt", "none");
        let (_, s, ids) = linted(&none);
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn hiera_values_and_unknown_level() {
        let hiera = "postfix::relayhost: '[smtp.postmarkapp.com]:587'\npostfix::configs:\n  smtp_sasl_auth_enable:\n    value: 'yes'\n  smtp_tls_security_level:\n    value: 'encrypt'\n";
        let (client, s, _) = linted(hiera);
        assert_eq!(client, "postfix");
        assert_eq!(s["security"], "starttls");
        // No TLS parameter: the distribution's main.cf decides.
        let bare = "postfix:\n  config:\n    relayhost: \"[smtp.postmarkapp.com]:587\"\n    smtp_sasl_auth_enable: yes\n";
        let (client, s, ids) = linted(bare);
        assert_eq!(client, "postfix");
        assert_eq!(s["security"], serde_json::Value::Null);
        assert!(!ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn parameters_not_under_postfix_are_not_claimed() {
        let other = "mailer:\n  relayhost: \"[smtp.postmarkapp.com]:587\"\n  smtp_tls_security_level: encrypt\n";
        let configs = crate::extract::extract(other);
        assert!(
            configs
                .iter()
                .all(|c| c.dialect.name != super::POSTFIX_DATA.name),
            "{configs:?}"
        );
    }

    #[test]
    fn chef_attributes_in_ruby_with_the_cookbooks_login() {
        let rb = "default['postfix']['main']['relayhost'] = '[smtp.postmarkapp.com]:587'\ndefault['postfix']['main']['smtp_sasl_auth_enable'] = 'yes'\nnode.default['postfix']['main']['smtp_tls_security_level'] = 'encrypt'\ndefault['postfix']['sasl']['smtp_sasl_user_name'] = '3f9c2a1e-77aa-4b1c-9d2e-5a6b7c8d9e0f'\ndefault['postfix']['sasl']['smtp_sasl_passwd'] = '3f9c2a1e-77aa-4b1c-9d2e-5a6b7c8d9e0f'\n";
        let (client, s, ids) = linted(rb);
        assert_eq!(client, "postfix");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["username"], "3f9c…9e0f");
        assert_eq!(s["password_present"], true);
        assert!(!ids.iter().any(|i| i.starts_with("auth/")), "{ids:?}");
    }

    fn fix_of(text: &str, id: &str) -> String {
        let r = crate::lint(text, &crate::Options::default());
        let f = r.findings.iter().find(|f| f.id == id);
        f.map(|f| f.fix.clone())
            .unwrap_or_else(|| panic!("no {id} in {:?}", r.findings))
    }

    #[test]
    fn chef_fixes_are_written_as_the_pastes_own_ruby() {
        let rb = "node.default['postfix']['main']['relayhost'] = '[smtp.postmarkapp.com]:25'\nnode.default['postfix']['main']['smtp_sasl_auth_enable'] = 'yes'\nnode.default['postfix']['main']['smtp_tls_security_level'] = 'none'\n";
        let tls = fix_of(rb, "tls/disabled");
        assert!(
            tls.contains("node.default['postfix']['main']['smtp_tls_security_level'] = 'encrypt'"),
            "{tls}"
        );
        let port = fix_of(rb, "port/25-blocked");
        assert!(
            port.contains(
                "node.default['postfix']['main']['relayhost'] = '[smtp.postmarkapp.com]:"
            ),
            "{port}"
        );
        // Another precedence and double quotes: the fix follows the paste.
        let dq = rb.replace("node.default", "override").replace('\'', "\"");
        let tls = fix_of(&dq, "tls/disabled");
        assert!(
            tls.contains(
                "override[\"postfix\"][\"main\"][\"smtp_tls_security_level\"] = 'encrypt'"
            ),
            "{tls}"
        );
        // A map paste keeps the map form.
        let yaml = "postfix:\n  config:\n    relayhost: \"[smtp.postmarkapp.com]:587\"\n    smtp_sasl_auth_enable: yes\n    smtp_tls_security_level: none\n";
        let tls = fix_of(yaml, "tls/disabled");
        assert!(tls.contains("smtp_tls_security_level: encrypt"), "{tls}");
    }
}

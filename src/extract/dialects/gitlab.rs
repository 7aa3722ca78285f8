//! GitLab: Omnibus `gitlab.rb` (`gitlab_rails['smtp_address'] = …`) and the
//! Helm chart's values (`global.smtp.*`, `global.email.from`).
//!
//! Meaning (GitLab docs "SMTP settings" and Omnibus' `smtp_settings.rb`
//! template): the `smtp_*` values become ActionMailer `smtp_settings`, so
//! the `mail` gem decides: port 25 when none is set, `smtp_tls` is SMTPS
//! (TLS on the first byte), otherwise STARTTLS when offered unless
//! `smtp_enable_starttls_auto = false`; since GitLab 15.10
//! (`mail_starttls_patch.rb`) `smtp_tls` together with a STARTTLS flag
//! raises `ArgumentError`. `smtp_openssl_verify_mode = 'none'` turns
//! certificate checks off. Without `smtp_enable = true` GitLab ignores all
//! of it and uses sendmail. The sender is `gitlab_email_from` (default
//! `gitlab@<external host>`). The Helm chart names the same settings
//! without the prefix and keeps the password in a Kubernetes secret.

use crate::extract::{extract_code, extract_lines, Dialect, Document, KeyTable, Write};
use crate::fix::Setting;
use crate::model::{Config, Role, Tls};

use super::index_key::widen;
use super::rails::{mail_gem_tls, ruby_truthy};

pub struct Gitlab;
pub static GITLAB: Gitlab = Gitlab;

const KEYS: KeyTable = KeyTable {
    keys: &[
        ("smtp_address", Role::Host),
        ("smtp_port", Role::Port),
        ("smtp_user_name", Role::Username),
        ("smtp_password", Role::Password),
        ("smtp_authentication", Role::AuthMethod),
        ("smtp_enable_starttls_auto", Role::StartTls),
        ("smtp_enable_starttls", Role::Encryption),
        ("smtp_tls", Role::ImplicitTls),
        ("smtp_openssl_verify_mode", Role::VerifyMode),
        ("gitlab_email_from", Role::From),
    ],
    case_sensitive: true,
};

/// `gitlab_rails` settings GitLab reads that carry nothing we check.
/// `smtp_ssl`/`smtp_force_ssl` appear in old docs examples but are not
/// passed to ActionMailer by the Omnibus template.
const OTHER_KEYS: [&str; 15] = [
    "smtp_enable",
    "smtp_domain",
    "smtp_ca_path",
    "smtp_ca_file",
    "smtp_pool",
    "smtp_open_timeout",
    "smtp_read_timeout",
    "smtp_ssl",
    "smtp_force_ssl",
    "gitlab_email_enabled",
    "gitlab_email_reply_to",
    "gitlab_email_display_name",
    "gitlab_email_subject_suffix",
    "gitlab_email_smime_enabled",
    "gitlab_email_smime_key_file",
];

/// Names from other tools (or memory) that GitLab silently ignores.
const LEFTOVERS: &[(&str, &str)] = &[
    ("smtp_host", "smtp_address"),
    ("smtp_server", "smtp_address"),
    ("smtp_hostname", "smtp_address"),
    ("smtp_user", "smtp_user_name"),
    ("smtp_username", "smtp_user_name"),
    ("smtp_login", "smtp_user_name"),
    ("smtp_pass", "smtp_password"),
    ("smtp_auth", "smtp_authentication"),
    ("smtp_starttls", "smtp_enable_starttls_auto"),
    ("smtp_starttls_auto", "smtp_enable_starttls_auto"),
    ("smtp_enable_tls", "smtp_tls"),
    ("smtp_secure", "smtp_tls"),
    ("smtp_verify_mode", "smtp_openssl_verify_mode"),
    ("smtp_from", "gitlab_email_from"),
    ("gitlab_email_from_address", "gitlab_email_from"),
    ("email_from", "gitlab_email_from"),
];

/// The Helm chart's names under `global.smtp` / `global.email`.
fn helm_role(key: &str, path: &[String]) -> Option<Role> {
    match (path.last().map(String::as_str), key) {
        (Some("smtp"), "address") => Some(Role::Host),
        (Some("smtp"), "port") => Some(Role::Port),
        (Some("smtp"), "user_name") => Some(Role::Username),
        (Some("smtp"), "authentication") => Some(Role::AuthMethod),
        (Some("smtp"), "starttls_auto") => Some(Role::StartTls),
        (Some("smtp"), "tls") => Some(Role::ImplicitTls),
        (Some("smtp"), "openssl_verify_mode") => Some(Role::VerifyMode),
        // password: { secret: gitlab-smtp-password, key: password }
        (Some("password"), "secret") => Some(Role::CredentialsFile),
        (Some("email"), "from") => Some(Role::From),
        _ => None,
    }
}

/// Helm settings that carry nothing we check.
const HELM_OTHER: [&str; 9] = [
    "enabled",
    "domain",
    "pool",
    "open_timeout",
    "read_timeout",
    "display_name",
    "reply_to",
    "subject_suffix",
    "smime",
];

fn is_helm_line(path: &[String]) -> bool {
    path.first().is_some_and(|p| p == "global")
        && path.get(1).is_some_and(|p| p == "smtp" || p == "email")
}

fn interesting(key: &str) -> bool {
    !OTHER_KEYS.contains(&key)
        && (KEYS.role(key).is_some()
            || key.starts_with("smtp_")
            || LEFTOVERS.iter().any(|(k, _)| *k == key))
}

impl Dialect for Gitlab {
    fn id(&self) -> &'static str {
        "gitlab"
    }
    fn name(&self) -> &'static str {
        "GitLab (gitlab.rb / Helm)"
    }
    fn detect(&self, doc: &Document) -> u32 {
        let omnibus = doc
            .code
            .iter()
            .filter(|a| a.container.as_deref() == Some("gitlab_rails"))
            .map(|a| a.name.as_str());
        let n = KEYS.hits(omnibus);
        let helm = doc
            .active_lines()
            .filter(|e| is_helm_line(&e.path) && helm_role(&e.key, &e.path).is_some())
            .count() as u32;
        if n == 0 && helm < 2 {
            return 0;
        }
        100 + 10 * n.max(helm.min(9))
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        let mut configs = extract_code(
            self,
            doc,
            |a| a.container.as_deref() == Some("gitlab_rails") && interesting(&a.name),
            |k, _| KEYS.role(k),
        );
        for f in configs.iter_mut().flat_map(|c| c.fields.iter_mut()) {
            if let Some((span, text)) = widen(doc, &f.key_span) {
                f.key_span = span;
                f.key = text;
            }
        }
        // `smtp_enable = false` (the default): GitLab sends with sendmail.
        let smtp_off = doc.code.iter().any(|a| {
            a.container.as_deref() == Some("gitlab_rails")
                && a.name == "smtp_enable"
                && !a.value.is_reference()
                && a.value.text == "false"
        });
        if smtp_off {
            for c in &mut configs {
                c.active = false;
            }
        }
        if configs.is_empty() {
            configs = extract_lines(
                self,
                doc,
                |e| {
                    is_helm_line(&e.path)
                        && (e.path.len() == 2 || e.key == "secret")
                        && !HELM_OTHER.contains(&e.key.as_str())
                },
                helm_role,
            );
        }
        configs
    }
    fn default_port(&self, _cfg: &Config) -> Option<u16> {
        Some(25)
    }
    fn tls(&self, cfg: &Config) -> Tls {
        mail_gem_tls(cfg)
    }
    fn write(&self, cfg: &Config, what: &Write) -> String {
        let helm = cfg
            .fields
            .first()
            .is_some_and(|f| !f.key.starts_with("gitlab_rails["));
        let set = |key: &str, value: &str| -> String {
            if helm {
                format!("global.smtp.{key}: {value}")
            } else {
                format!("gitlab_rails['smtp_{key}'] = {value}")
            }
        };
        match what {
            Write::Port(p) => set("port", &p.to_string()),
            Write::Host(h) => set("address", &format!("\"{h}\"")),
            Write::StartTls => {
                let on = set(if helm { "starttls_auto" } else { "enable_starttls_auto" }, "true");
                let tls_on = cfg
                    .all(Role::ImplicitTls)
                    .any(|f| ruby_truthy(f) == Some(true));
                if tls_on {
                    format!("{} and {on}", set("tls", "false"))
                } else {
                    on
                }
            }
            Write::VerifyOn => format!(
                "remove the verify mode (or set {})",
                set("openssl_verify_mode", "'peer'")
            ),
            Write::AuthOn => format!(
                "{}, {} and {}",
                set("user_name", "\"…\""),
                set("password", "\"…\""),
                set("authentication", "\"plain\"")
            ),
            Write::TlsModern => "a GitLab release whose OpenSSL supports TLS 1.2".into(),
            Write::Username(v) => set("user_name", &format!("\"{v}\"")),
            Write::Password(v) if helm => format!(
                "the Kubernetes secret named by global.smtp.password.secret holding {v}"
            ),
            Write::Password(v) => set("password", &format!("\"{v}\"")),
            Write::From(v) if helm => format!("global.email.from: \"{v}\""),
            Write::From(v) => format!("gitlab_rails['gitlab_email_from'] = '{v}'"),
            Write::Stream(v) => format!(
                "a Postmark server whose default transactional stream is {v} (GitLab cannot add the X-PM-Message-Stream header)"
            ),
        }
    }
    fn settings_for(&self, cfg: &Config, what: &Write) -> Vec<Setting> {
        // Omnibus `gitlab_rails['smtp_port']` or Helm `global.smtp.port`.
        let helm = cfg
            .fields
            .first()
            .is_some_and(|f| !f.key.starts_with("gitlab_rails["));
        let k = |omnibus: &'static str, chart: &'static str| if helm { chart } else { omnibus };
        match what {
            Write::Port(p) => vec![Setting::bare(
                Role::Port,
                k("smtp_port", "port"),
                p.to_string(),
            )],
            Write::Host(h) => vec![Setting::quoted(
                Role::Host,
                k("smtp_address", "address"),
                *h,
            )],
            Write::StartTls => vec![
                Setting::bare(Role::ImplicitTls, k("smtp_tls", "tls"), "false").if_present(),
                Setting::bare(
                    Role::StartTls,
                    k("smtp_enable_starttls_auto", "starttls_auto"),
                    "true",
                )
                .near(Role::ImplicitTls),
            ],
            Write::VerifyOn => vec![Setting::quoted(
                Role::VerifyMode,
                k("smtp_openssl_verify_mode", "openssl_verify_mode"),
                "peer",
            )
            .if_present()],
            _ => Vec::new(),
        }
    }
    fn sender_hint(&self) -> &'static str {
        "gitlab_rails['gitlab_email_from'] in /etc/gitlab/gitlab.rb (default gitlab@<your GitLab host>)"
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
    use crate::model::Security;

    fn first(input: &str) -> Config {
        let cfgs = crate::extract::extract(input);
        cfgs.iter()
            .find(|c| c.active)
            .or(cfgs.first())
            .cloned()
            .expect("a config")
    }

    const RB: &str = "gitlab_rails['smtp_enable'] = true\ngitlab_rails['smtp_address'] = \"smtp.postmarkapp.com\"\ngitlab_rails['smtp_port'] = 587\ngitlab_rails['smtp_user_name'] = \"1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\"\ngitlab_rails['smtp_password'] = \"1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\"\ngitlab_rails['smtp_domain'] = \"acme.io\"\ngitlab_rails['smtp_authentication'] = \"login\"\ngitlab_rails['smtp_enable_starttls_auto'] = true\ngitlab_rails['gitlab_email_from'] = 'gitlab@acme.io'\n";

    #[test]
    fn omnibus_settings() {
        let cfg = first(RB);
        assert_eq!(cfg.dialect.id(), "gitlab");
        assert!(cfg.active);
        assert_eq!(cfg.literal(Role::Host), Some("smtp.postmarkapp.com"));
        assert_eq!(cfg.literal(Role::From), Some("gitlab@acme.io"));
        assert_eq!(cfg.dialect.tls(&cfg).mode, Some(Security::StartTls));
        assert!(cfg.unknown_keys.is_empty(), "{:?}", cfg.unknown_keys);
    }

    #[test]
    fn tls_with_starttls_auto_conflicts_and_fix_turns_tls_off() {
        let cfg = first("gitlab_rails['smtp_enable'] = true\ngitlab_rails['smtp_address'] = \"smtp.postmarkapp.com\"\ngitlab_rails['smtp_port'] = 465\ngitlab_rails['smtp_enable_starttls_auto'] = true\ngitlab_rails['smtp_tls'] = true\ngitlab_rails['smtp_user'] = 'x'\n");
        let tls = cfg.dialect.tls(&cfg);
        assert!(tls.conflicting);
        assert_eq!(
            cfg.dialect.write(&cfg, &Write::StartTls),
            "gitlab_rails['smtp_tls'] = false and gitlab_rails['smtp_enable_starttls_auto'] = true"
        );
        assert_eq!(cfg.unknown_keys[0].key, "smtp_user");
    }

    #[test]
    fn smtp_disabled_is_inactive() {
        let cfg = first(&RB.replace("['smtp_enable'] = true", "['smtp_enable'] = false"));
        assert!(!cfg.active);
    }

    #[test]
    fn helm_values() {
        let cfg = first("global:\n  smtp:\n    enabled: true\n    address: smtp.postmarkapp.com\n    port: 587\n    user_name: \"1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\"\n    password:\n      secret: gitlab-smtp-password\n      key: password\n    authentication: \"plain\"\n    starttls_auto: true\n  email:\n    from: gitlab@acme.io\n");
        assert_eq!(cfg.dialect.id(), "gitlab");
        assert_eq!(cfg.port_number(), Some(587));
        assert!(cfg.get(Role::CredentialsFile).is_some());
        assert_eq!(cfg.literal(Role::From), Some("gitlab@acme.io"));
        assert_eq!(
            cfg.dialect.write(&cfg, &Write::Port(2525)),
            "global.smtp.port: 2525"
        );
    }
}

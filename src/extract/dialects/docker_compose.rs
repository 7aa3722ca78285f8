//! `docker-compose.yml` / `compose.yaml`: `services:` › name ›
//! `environment:`, as a map (`SMTP_HOST: smtp.postmarkapp.com`) or a list
//! (`- SMTP_HOST=smtp.postmarkapp.com`). The variables are the
//! application's, read with the generic aliases (see `env_blocks`); each
//! service with mail settings is one configuration labelled with its name.

use super::env_blocks::{self, Var};
use super::generic::alias_role;
use crate::extract::{Dialect, Document, Write};
use crate::fix::Setting;
use crate::model::{Config, Tls};

pub struct DockerCompose;
pub static DOCKER_COMPOSE: DockerCompose = DockerCompose;

/// The service whose environment holds an entry at `path`.
fn service(path: &[String]) -> Option<&str> {
    match path {
        [services, name, rest @ ..]
            if services == "services" && rest.iter().any(|p| p == "environment") =>
        {
            Some(name.as_str())
        }
        _ => None,
    }
}

impl Dialect for DockerCompose {
    fn id(&self) -> &'static str {
        "docker-compose"
    }
    fn name(&self) -> &'static str {
        "docker-compose environment"
    }
    fn detect(&self, doc: &Document) -> u32 {
        let marked = doc.active_lines().any(|e| service(&e.path).is_some());
        env_blocks::score(doc, marked)
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        let vars = doc
            .active_lines()
            .filter_map(|e| {
                service(&e.path).map(|s| Var {
                    key: e.key.clone(),
                    key_span: e.key_span.clone(),
                    value: e.value.clone(),
                    scope: s.to_string(),
                })
            })
            .collect();
        let mut out = env_blocks::configs(self, vars, alias_role);
        // One service: no label needed.
        if out.len() == 1 && out[0].label.as_deref().is_some_and(|l| !l.contains(',')) {
            out[0].label = None;
        }
        out
    }
    fn default_port(&self, _cfg: &Config) -> Option<u16> {
        None
    }
    fn tls(&self, cfg: &Config) -> Tls {
        env_blocks::tls(cfg)
    }
    fn write(&self, cfg: &Config, what: &Write) -> String {
        env_blocks::write(cfg, what, ": ")
    }
    fn settings_for(&self, cfg: &Config, what: &Write) -> Vec<Setting> {
        env_blocks::settings(cfg, what)
    }
    fn sender_hint(&self) -> &'static str {
        "the sender variable of the service's application (often SMTP_FROM or MAIL_FROM in environment:)"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::model::Role;

    #[test]
    fn services_map_and_list() {
        let input = "services:\n  app:\n    image: ghcr.io/example/app:1.4\n    environment:\n      SMTP_HOST: smtp.postmarkapp.com\n      SMTP_PORT: \"587\"\n  worker:\n    environment:\n      - SMTP_HOST=smtp-broadcasts.postmarkapp.com\n      - SMTP_PORT=2525\n      - SMTP_USER=${POSTMARK_TOKEN}\n";
        let c = extract(input);
        assert_eq!(c.len(), 2, "{c:?}");
        assert!(c
            .iter()
            .all(|c| c.dialect.id() == "docker-compose" && c.active));
        assert_eq!(c[0].label.as_deref(), Some("app"));
        assert_eq!(c[1].label.as_deref(), Some("worker"));
        assert!(c[1].get(Role::Username).unwrap().value.is_reference());
        assert_eq!(
            c[0].dialect.write(&c[0], &Write::Port(2525)),
            "SMTP_PORT: 2525"
        );
    }

    #[test]
    fn app_keys_win() {
        let input = "services:\n  app:\n    environment:\n      MAIL_MAILER: smtp\n      MAIL_HOST: smtp.postmarkapp.com\n      MAIL_PORT: 587\n";
        let c = extract(input);
        assert_eq!(c[0].dialect.id(), "laravel-env");
    }
}

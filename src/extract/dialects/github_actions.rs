//! GitHub Actions workflows: `env:` blocks (workflow, job, step) whose
//! variables are the application's, read with the generic aliases (see
//! `env_blocks`), and the `with:` inputs of mail-sending actions such as
//! `dawidd6/action-send-mail` (`server_address`, `server_port`, `username`,
//! `password`, `from`, `secure`, `ignore_cert`). `${{ secrets.X }}` values
//! are references. Each job is one block, labelled with its id.

use super::env_blocks::{self, Var};
use super::generic::alias_role;
use crate::extract::{Dialect, Document, KeyTable, Write};
use crate::fix::Setting;
use crate::model::{Config, Evidence, Role, Security, Tls};

pub struct GithubActions;
pub static GITHUB_ACTIONS: GithubActions = GithubActions;

/// Inputs of mail-sending actions (`with:`). `secure: true` is nodemailer's
/// implicit TLS.
const WITH_KEYS: KeyTable = KeyTable {
    keys: &[
        ("server_address", Role::Host),
        ("server_port", Role::Port),
        ("username", Role::Username),
        ("password", Role::Password),
        ("from", Role::From),
        ("secure", Role::ImplicitTls),
        ("ignore_cert", Role::SkipVerify),
    ],
    case_sensitive: true,
};

/// The block (job id, or the workflow) of an entry inside an `env:` or
/// `with:` mapping, and whether it is `with:`.
fn block(path: &[String]) -> Option<(String, bool)> {
    let with = path.last().is_some_and(|p| p == "with");
    let env = path.iter().any(|p| p == "env");
    if !with && !env {
        return None;
    }
    match path {
        [jobs, id, ..] if jobs == "jobs" => Some((id.clone(), with)),
        [first, ..] if first == "env" => Some(("workflow".into(), false)),
        // A step pasted on its own (`- uses: …` then `with:`).
        _ if with => Some(("step".into(), true)),
        _ => None,
    }
}

/// A workflow (`jobs:` with `runs-on:` or `uses:`), or a step of one that
/// uses a mail-sending action (people paste just that step).
fn is_workflow(doc: &Document) -> bool {
    doc.lines.iter().any(|e| {
        e.path.first().is_some_and(|p| p == "jobs") && (e.key == "runs-on" || e.key == "uses")
    }) || doc
        .active_lines()
        .any(|e| e.key == "uses" && e.value.text.contains(SEND_MAIL))
}

/// The mail action most workflows use (`dawidd6/action-send-mail`, and forks).
const SEND_MAIL: &str = "action-send-mail";

/// `dawidd6/action-send-mail` takes `from:` as the sender's full name with
/// the address optional (`from: CI Bot` or `CI Bot <ci@acme.dev>`); without
/// an address it sends from the `username`. So a name-only `from` is not
/// an address to check: the username stands for it (or nothing, without one).
fn sender_from_username(vars: &mut Vec<Var>) {
    let name_only =
        |v: &Var| v.key == "from" && !v.value.is_reference() && !v.value.text.contains('@');
    let scopes: Vec<String> = vars
        .iter()
        .filter(|v| name_only(v))
        .map(|v| v.scope.clone())
        .collect();
    for scope in scopes {
        let user = vars
            .iter()
            .find(|v| v.scope == scope && v.key == "username")
            .map(|v| v.value.clone());
        match user {
            Some(value) => {
                for v in vars.iter_mut().filter(|v| v.scope == scope && name_only(v)) {
                    v.value = value.clone();
                }
            }
            None => vars.retain(|v| !(v.scope == scope && name_only(v))),
        }
    }
}

/// Whether the configuration is the input set of a mail action (not an
/// application's `env:` variables).
fn is_action(cfg: &Config) -> bool {
    cfg.fields.iter().any(|f| f.key == "server_address")
}

fn vars(doc: &Document) -> Vec<Var> {
    doc.active_lines()
        .filter_map(|e| {
            let (scope, with) = block(&e.path)?;
            // Only the mail inputs of a `with:`; other actions' inputs are noise.
            if with && WITH_KEYS.role(&e.key).is_none() {
                return None;
            }
            Some(Var {
                key: e.key.clone(),
                key_span: e.key_span.clone(),
                value: e.value.clone(),
                scope,
            })
        })
        .collect()
}

fn role_of(key: &str) -> Option<Role> {
    WITH_KEYS.role(key).or_else(|| alias_role(key))
}

impl Dialect for GithubActions {
    fn id(&self) -> &'static str {
        "github-actions"
    }
    fn name(&self) -> &'static str {
        "GitHub Actions workflow"
    }
    fn detect(&self, doc: &Document) -> u32 {
        if !is_workflow(doc) {
            return 0;
        }
        let n = vars(doc)
            .iter()
            .filter(|v| role_of(&v.key).is_some())
            .count() as u32;
        if n == 0 {
            0
        } else {
            n.min(9) + 1
        }
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        if !is_workflow(doc) {
            return Vec::new();
        }
        let mut vars = vars(doc);
        // Workflow-level variables apply to every job: merge them into the
        // job blocks that set mail variables of their own.
        let jobs: Vec<String> = vars
            .iter()
            .filter(|v| v.scope != "workflow" && role_of(&v.key).is_some())
            .map(|v| v.scope.clone())
            .collect();
        if let Some(first) = jobs.first() {
            let only_one = jobs.iter().all(|j| j == first);
            if only_one {
                for v in &mut vars {
                    if v.scope == "workflow" {
                        v.scope = first.clone();
                    }
                }
            }
        }
        sender_from_username(&mut vars);
        let mut out = env_blocks::configs(self, vars, role_of);
        if out.len() == 1 {
            out[0].label = None;
        }
        out
    }
    fn default_port(&self, cfg: &Config) -> Option<u16> {
        // action-send-mail: "Server port, default 25"; an app's own
        // variables have the app's default, unknown here.
        is_action(cfg).then_some(25)
    }
    fn tls(&self, cfg: &Config) -> Tls {
        if is_action(cfg) {
            action_tls(cfg)
        } else {
            env_blocks::tls(cfg)
        }
    }
    fn write(&self, cfg: &Config, what: &Write) -> String {
        env_blocks::write(cfg, what, ": ")
    }
    fn settings_for(&self, cfg: &Config, what: &Write) -> Vec<Setting> {
        env_blocks::settings(cfg, what)
    }
    fn sender_hint(&self) -> &'static str {
        "the `from:` input of the mail action, or the sender variable in env:"
    }
}

/// action-send-mail hands `secure` to nodemailer, defaulting it to true on
/// port 465; without it nodemailer upgrades with STARTTLS when offered.
fn action_tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let secure = cfg.get(Role::ImplicitTls);
    let port_ref = cfg.get(Role::Port).is_some_and(|f| f.value.is_reference());
    if secure.is_some_and(|f| f.value.is_reference()) || (secure.is_none() && port_ref) {
        return tls;
    }
    match secure {
        Some(f) if f.value.as_bool() == Some(true) => {
            tls.implicit = Some(Evidence::of(f));
            tls.mode = Some(Security::Implicit);
        }
        None if cfg.effective_port() == Some(465) => tls.mode = Some(Security::Implicit),
        _ => {
            tls.starttls = secure.map(Evidence::of);
            tls.mode = Some(Security::StartTls);
        }
    }
    tls
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    const WF: &str = "name: Notify\non:\n  push:\n    branches: [main]\nenv:\n  SMTP_HOST: smtp.postmarkapp.com\njobs:\n  notify:\n    runs-on: ubuntu-latest\n    env:\n      SMTP_PORT: 587\n    steps:\n      - uses: actions/checkout@v4\n      - name: Send\n        run: node scripts/notify.js\n        env:\n          SMTP_USER: ${{ secrets.POSTMARK_TOKEN }}\n          SMTP_PASS: ${{ secrets.POSTMARK_TOKEN }}\n";

    #[test]
    fn env_blocks_merge_into_the_job() {
        let c = extract(WF);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].dialect.id(), "github-actions");
        assert_eq!(c[0].literal(Role::Host), Some("smtp.postmarkapp.com"));
        assert_eq!(c[0].literal(Role::Port), Some("587"));
        assert!(c[0].get(Role::Password).unwrap().value.is_reference());
    }

    #[test]
    fn send_mail_action_inputs() {
        let wf = "on: push\njobs:\n  mail:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: dawidd6/action-send-mail@v3\n        with:\n          server_address: smtp.postmarkapp.com\n          server_port: 587\n          secure: true\n          username: ${{ secrets.POSTMARK_TOKEN }}\n          password: ${{ secrets.POSTMARK_TOKEN }}\n          subject: Build finished\n          to: team@example.org\n          from: CI <ci@example.org>\n";
        let c = extract(wf);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].dialect.id(), "github-actions");
        assert_eq!(c[0].dialect.tls(&c[0]).mode, Some(Security::Implicit));
        assert_eq!(c[0].literal(Role::From), Some("CI <ci@example.org>"));
    }
    #[test]
    fn a_pasted_step_with_a_name_only_sender() {
        let step = "- name: Send mail\n  uses: dawidd6/action-send-mail@v3\n  with:\n    server_address: smtp.postmarkapp.com\n    server_port: 465\n    username: ${{ secrets.MAIL_USERNAME }}\n    password: ${{ secrets.MAIL_PASSWORD }}\n    subject: Build\n    to: team@acme.dev\n    from: CI Bot\n";
        let c = extract(step);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].dialect.id(), "github-actions");
        assert_eq!(c[0].literal(Role::Host), Some("smtp.postmarkapp.com"));
        // No `secure`: the action turns it on for port 465.
        assert_eq!(c[0].dialect.tls(&c[0]).mode, Some(Security::Implicit));
        // `from: CI Bot` is a name: the address is the username.
        assert!(c[0].get(Role::From).is_some_and(|f| f.value.is_reference()));
    }
}

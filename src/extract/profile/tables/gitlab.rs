//! GitLab: Omnibus `gitlab.rb` (`gitlab_rails['smtp_address'] = …`) and the
//! Helm chart's values (`global.smtp.*`, `global.email.from`): two tables
//! with one id and name.
//!
//! Meaning (GitLab docs "SMTP settings", Omnibus' `smtp_settings.rb`
//! template and the chart's `global.smtp` docs): the `smtp_*` values become
//! ActionMailer `smtp_settings`, so the `mail` gem decides (see
//! [`super::mail_gem`]): port 25 when none is set, `smtp_tls` is SMTPS,
//! otherwise STARTTLS when offered unless `smtp_enable_starttls_auto =
//! false`; since GitLab 15.10 (`mail_starttls_patch.rb`) `smtp_tls`
//! together with a STARTTLS flag raises `ArgumentError`.
//! `smtp_openssl_verify_mode = 'none'` turns certificate checks off.
//! `smtp_enable` (Helm: `global.smtp.enabled`) is the mail switch: without
//! `true` GitLab ignores all of it and sends with sendmail. The sender is `gitlab_email_from` (Helm:
//! `global.email.from`; default `gitlab@<external host>`). The chart names
//! the settings without the `smtp_` prefix and keeps the password in a
//! Kubernetes secret (`global.smtp.password.secret`).
//!
//! A third table reads the environment of the `sameersbn/gitlab` Docker
//! image (its `assets/runtime/env-defaults` and `smtp_settings.rb`
//! template): `SMTP_HOST` (default `smtp.gmail.com`), `SMTP_PORT` (587),
//! `SMTP_USER`, `SMTP_PASS`, `SMTP_STARTTLS` (`enable_starttls_auto`,
//! default `true`), `SMTP_TLS` (`tls`, SMTPS, default `false`),
//! `SMTP_OPENSSL_VERIFY_MODE` (default `none`: certificates are not
//! checked unless it is set), `SMTP_ENABLED` (default `true` when
//! `SMTP_USER` is set, else `false`; off, GitLab sends no mail) and
//! `GITLAB_EMAIL` (the From, default `SMTP_USER`). The values are words
//! written into the Ruby template, so `"false"` quoted in a compose file
//! is still `false`. A `GITLAB_*` variable of the image marks the paste.

use crate::extract::profile::{
    fix, k, mark, pairs, set, set_if, set_near, syn, words, Fix, Hooks, Key, Marker, Pairs,
    Profile, SetVal, Switch, Words, Write, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{parse_bool, Evidence, Role::*, Security, Tls};

use super::mail_gem;

const RB_KEYS: &[Key] = &[
    k("gitlab_rails.smtp_enable", Enabled),
    k("gitlab_rails.smtp_address", Host),
    k("gitlab_rails.smtp_port", Port),
    k("gitlab_rails.smtp_user_name", Username),
    k("gitlab_rails.smtp_password", Password),
    k("gitlab_rails.smtp_authentication", AuthMethod),
    k("gitlab_rails.smtp_enable_starttls_auto", StartTls),
    k("gitlab_rails.smtp_enable_starttls", Encryption),
    k("gitlab_rails.smtp_tls", ImplicitTls),
    k("gitlab_rails.smtp_openssl_verify_mode", VerifyMode),
    k("gitlab_rails.gitlab_email_from", From),
];

/// `gitlab_rails` settings GitLab reads that carry nothing we check.
/// `smtp_ssl`/`smtp_force_ssl` appear in old docs examples but are not
/// passed to ActionMailer by the Omnibus template.
const RB_OTHER_KEYS: Words = words![
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
    "gitlab_email_smime_cert_file",
    "gitlab_email_smime_ca_certs_file",
];

/// Names from other tools (or memory) that GitLab silently ignores.
const RB_LEFTOVERS: Pairs = pairs![
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

const HELM_KEYS: &[Key] = &[
    k("global.smtp.enabled", Enabled),
    k("global.smtp.address", Host),
    k("global.smtp.port", Port),
    k("global.smtp.user_name", Username),
    k("global.smtp.authentication", AuthMethod),
    k("global.smtp.starttls_auto", StartTls),
    k("global.smtp.tls", ImplicitTls),
    k("global.smtp.openssl_verify_mode", VerifyMode),
    // password: { secret: gitlab-smtp-password, key: password }
    k("global.smtp.password.secret", CredentialsFile),
    k("global.email.from", From),
];

/// Chart settings that carry nothing we check (`key`: the entry of the
/// password secret).
const HELM_OTHER_KEYS: Words = words![
    "domain",
    "pool",
    "open_timeout",
    "read_timeout",
    "ca_file",
    "ca_path",
    "key",
];

const HELM_LEFTOVERS: Pairs = pairs![
    ("host", "address"),
    ("server", "address"),
    ("user", "user_name"),
    ("username", "user_name"),
    ("auth", "authentication"),
    ("starttls", "starttls_auto"),
    ("enable_starttls_auto", "starttls_auto"),
    ("ssl", "tls"),
    ("verify_mode", "openssl_verify_mode"),
    ("from", "global.email.from"),
];

const RB_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "smtp_port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "smtp_address", SetVal::Given)]),
    fix(
        W::StartTls,
        &[
            set_if(ImplicitTls, "smtp_tls", SetVal::Lit("false")),
            set_near(
                StartTls,
                "smtp_enable_starttls_auto",
                SetVal::Lit("true"),
                ImplicitTls,
            ),
        ],
    ),
    fix(
        W::VerifyOn,
        &[set_if(
            VerifyMode,
            "smtp_openssl_verify_mode",
            SetVal::Word("peer"),
        )],
    ),
];

const HELM_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "address", SetVal::Given)]),
    fix(
        W::StartTls,
        &[
            set_if(ImplicitTls, "tls", SetVal::Lit("false")),
            set_near(StartTls, "starttls_auto", SetVal::Lit("true"), ImplicitTls),
        ],
    ),
    fix(
        W::VerifyOn,
        &[set_if(
            VerifyMode,
            "openssl_verify_mode",
            SetVal::Word("peer"),
        )],
    ),
];

const SWITCH: Switch = Switch {
    smtp: words![],
    no_mail: words![],
    local: words![],
    missing: Some("sendmail"),
    off: Some("sendmail"),
    name: "gitlab_rails['smtp_enable']",
};

pub static GITLAB_RB: Profile = Profile {
    id: "gitlab",
    name: "GitLab (gitlab.rb / Helm)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.gitlab.com/omnibus/settings/smtp/ https://gitlab.com/gitlab-org/omnibus-gitlab/-/blob/master/files/gitlab-cookbooks/gitlab/templates/default/smtp_settings.rb.erb",
    syntaxes: syn::RUBY,
    keys: RB_KEYS,
    family: &["smtp_", "gitlab_email_"],
    other_keys: RB_OTHER_KEYS,
    leftovers: RB_LEFTOVERS,
    case_sensitive: true,
    port: Some(25),
    switch: Some(SWITCH),
    fixes: RB_FIXES,
    sender_hint: "gitlab_rails['gitlab_email_from'] in /etc/gitlab/gitlab.rb (default gitlab@<your GitLab host>)",
    constants: mail_gem::CONSTANTS,
    hooks: Hooks {
        tls: Some(mail_gem::tls),
        finish: Some(switched),
        write: Some(write),
        ..Hooks::NONE
    },
    ..BASE
};

pub static GITLAB_HELM: Profile = Profile {
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.gitlab.com/charts/installation/command-line-options/#outgoing-email-configuration",
    syntaxes: syn::YAML,
    keys: HELM_KEYS,
    family: &[],
    other_keys: HELM_OTHER_KEYS,
    leftovers: HELM_LEFTOVERS,
    switch: Some(Switch {
        name: "global.smtp.enabled",
        ..SWITCH
    }),
    fixes: HELM_FIXES,
    sender_hint: "global.email.from in the chart's values (default gitlab@<your GitLab host>)",
    hooks: Hooks {
        tls: Some(mail_gem::tls),
        finish: Some(switched),
        write: Some(write),
        ..Hooks::NONE
    },
    ..GITLAB_RB
};

const DOCKER_KEYS: &[Key] = &[
    k("SMTP_ENABLED", Enabled),
    k("SMTP_HOST", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USER", Username),
    k("SMTP_PASS", Password),
    k("SMTP_AUTHENTICATION", AuthMethod),
    k("SMTP_STARTTLS", StartTls),
    k("SMTP_TLS", ImplicitTls),
    k("SMTP_OPENSSL_VERIFY_MODE", VerifyMode),
    k("GITLAB_EMAIL", From),
];

/// The image's own variables (`SMTP_*` alone is every other app's).
const DOCKER_MARKERS: &[Marker] = &[
    mark("GITLAB_HOST"),
    mark("GITLAB_EMAIL"),
    mark("GITLAB_SECRETS_*"),
    mark("GITLAB_SSH_PORT"),
    mark("GITLAB_EMAIL_REPLY_TO"),
];

const DOCKER_OTHER_KEYS: Words = words![
    "SMTP_DOMAIN",
    "SMTP_CA_ENABLED",
    "SMTP_CA_PATH",
    "SMTP_CA_FILE",
    "SMTP_POOL",
];

const DOCKER_LEFTOVERS: Pairs = pairs![
    ("SMTP_ADDRESS", "SMTP_HOST"),
    ("SMTP_SERVER", "SMTP_HOST"),
    ("SMTP_USERNAME", "SMTP_USER"),
    ("SMTP_USER_NAME", "SMTP_USER"),
    ("SMTP_PASSWORD", "SMTP_PASS"),
    ("SMTP_ENABLE_STARTTLS_AUTO", "SMTP_STARTTLS"),
    ("SMTP_SSL", "SMTP_TLS"),
    ("SMTP_FROM", "GITLAB_EMAIL"),
];

const DOCKER_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SMTP_HOST", SetVal::Given)]),
    fix(
        W::StartTls,
        &[
            set_if(ImplicitTls, "SMTP_TLS", SetVal::Word("false")),
            set_if(StartTls, "SMTP_STARTTLS", SetVal::Word("true")),
        ],
    ),
    fix(
        W::VerifyOn,
        &[set(
            VerifyMode,
            "SMTP_OPENSSL_VERIFY_MODE",
            SetVal::Word("peer"),
        )],
    ),
];

pub static GITLAB_DOCKER: Profile = Profile {
    name: "GitLab (sameersbn/gitlab Docker image)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/sameersbn/docker-gitlab#mail https://github.com/sameersbn/docker-gitlab/blob/master/assets/runtime/env-defaults",
    syntaxes: syn::ENV_LIKE,
    keys: DOCKER_KEYS,
    markers: DOCKER_MARKERS,
    needs_marker: true,
    family: &["SMTP_"],
    other_keys: DOCKER_OTHER_KEYS,
    leftovers: DOCKER_LEFTOVERS,
    port: Some(587),
    host: Some("smtp.gmail.com"),
    constants: words![],
    switch: Some(Switch {
        missing: None,
        off: None,
        name: "SMTP_ENABLED",
        ..SWITCH
    }),
    fixes: DOCKER_FIXES,
    sender_hint: "GITLAB_EMAIL in the container's environment (default SMTP_USER)",
    hooks: Hooks {
        tls: Some(docker_tls),
        finish: Some(docker_switched),
        ..Hooks::NONE
    },
    ..GITLAB_RB
};

/// The image's reading: `SMTP_TLS` true is SMTPS; else `SMTP_STARTTLS`
/// (default true) is STARTTLS when offered, `false` is clear text. Both
/// true are the gem's "mutually exclusive" error (GitLab 15.10+).
fn docker_tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let (implicit, starttls) = (cfg.get(ImplicitTls), cfg.get(StartTls));
    if [implicit, starttls]
        .iter()
        .flatten()
        .any(|f| f.value.is_reference())
    {
        return tls;
    }
    let on = |f: &crate::model::Field| parse_bool(&f.value.text);
    let starttls_on = starttls.map_or(Some(true), on);
    if let Some(f) = implicit.filter(|f| on(f) == Some(true)) {
        tls.choose(Security::Implicit, Evidence::of(f));
        if let Some(s) = starttls.filter(|s| on(s) == Some(true)) {
            tls.starttls = Some(Evidence::of(s));
            tls.conflicting = true;
            tls.mode = None;
        }
        return tls;
    }
    match (starttls_on, starttls) {
        (Some(false), Some(f)) => {
            tls.choose(Security::None, Evidence::of(f));
        }
        (Some(true), f) => {
            tls.starttls = f.map(Evidence::of);
            tls.mode = Some(Security::StartTls);
        }
        _ => {}
    }
    tls
}

/// `SMTP_ENABLED` defaults to true when `SMTP_USER` is set: without
/// either, the image sends no mail.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn docker_switched(_doc: &Document, configs: &mut Vec<Config>) {
    for c in configs.iter_mut() {
        if c.get(Enabled).is_none() && c.get(Username).is_none() {
            c.active = false;
        }
    }
}

fn is_helm(cfg: &Config) -> bool {
    std::ptr::eq(cfg.dialect, &GITLAB_HELM)
}

/// The sentences, in gitlab.rb or chart terms.
fn write(cfg: &Config, what: &Write) -> Option<String> {
    let helm = is_helm(cfg);
    let set = |key: &str, value: &str| -> String {
        if helm {
            format!("global.smtp.{key}: {value}")
        } else {
            format!("gitlab_rails['smtp_{key}'] = {value}")
        }
    };
    Some(match what {
        Write::Port(p) => set("port", &p.to_string()),
        Write::Host(h) => set("address", &format!("\"{h}\"")),
        Write::StartTls => {
            let on = set(
                if helm {
                    "starttls_auto"
                } else {
                    "enable_starttls_auto"
                },
                "true",
            );
            let tls_on = cfg
                .all(ImplicitTls)
                .any(|f| mail_gem::truthy(f) == Some(true));
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
        Write::Password(v) if helm => {
            format!("the Kubernetes secret named by global.smtp.password.secret holding {v}")
        }
        Write::Password(v) => set("password", &format!("\"{v}\"")),
        Write::From(v) if helm => format!("global.email.from: \"{v}\""),
        Write::From(v) => format!("gitlab_rails['gitlab_email_from'] = '{v}'"),
        Write::Stream(v) => format!(
            "a Postmark server whose default transactional stream is {v} (GitLab cannot add the X-PM-Message-Stream header)"
        ),
    })
}

/// Without the mail switch on, GitLab does not use these settings. A
/// switch read from elsewhere (`${GITLAB_SMTP_ENABLE}`, `ENV['…']`) may be
/// on: the configuration stays the one in use.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn switched(_doc: &Document, configs: &mut Vec<Config>) {
    for c in configs.iter_mut() {
        let on = c.get(Enabled).is_some_and(|f| {
            f.value.is_reference()
                || crate::extract::profile::tls::truth(c.dialect, f) == Some(true)
        });
        if !on {
            c.active = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::model::{Role, Security};

    fn first(input: &str) -> Config {
        let cfgs = extract(input);
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
        let port = cfg.get(Role::Port).expect("port");
        assert_eq!(port.key, "gitlab_rails['smtp_port']");
        assert_eq!(&RB[port.key_span.clone()], "gitlab_rails['smtp_port']");
    }

    #[test]
    fn tls_with_starttls_auto_conflicts_and_fix_turns_tls_off() {
        let src = "gitlab_rails['smtp_enable'] = true\ngitlab_rails['smtp_address'] = \"smtp.postmarkapp.com\"\ngitlab_rails['smtp_port'] = 465\ngitlab_rails['smtp_enable_starttls_auto'] = true\ngitlab_rails['smtp_tls'] = true\ngitlab_rails['smtp_user'] = 'x'\n";
        let cfg = first(src);
        let tls = cfg.dialect.tls(&cfg);
        assert!(tls.conflicting);
        assert_eq!(
            cfg.dialect.write(&cfg, &Write::StartTls),
            "gitlab_rails['smtp_tls'] = false and gitlab_rails['smtp_enable_starttls_auto'] = true"
        );
        let u = &cfg.unknown_keys[0];
        assert_eq!(u.key, "smtp_user");
        // Only the quoted name: a rename edits just the name.
        assert_eq!(&src[u.span.clone()], "smtp_user");
    }

    #[test]
    fn smtp_off_or_missing_is_inactive() {
        let cfg = first(&RB.replace("['smtp_enable'] = true", "['smtp_enable'] = false"));
        assert!(!cfg.active);
        let cfg = first(&RB.replace("gitlab_rails['smtp_enable'] = true\n", ""));
        assert!(!cfg.active);
        assert_eq!(cfg.dialect.id(), "gitlab");
        // A switch set from the environment may be on.
        let cfg = first(&RB.replace(
            "['smtp_enable'] = true",
            "['smtp_enable'] = ${GITLAB_SMTP_ENABLE}",
        ));
        assert!(cfg.active);
    }

    #[test]
    fn helm_values() {
        let cfg = first("global:\n  smtp:\n    enabled: true\n    address: smtp.postmarkapp.com\n    port: 587\n    user_name: \"1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\"\n    password:\n      secret: gitlab-smtp-password\n      key: password\n    authentication: \"plain\"\n    starttls_auto: true\n    verify: none\n  email:\n    from: gitlab@acme.io\n");
        assert_eq!(cfg.dialect.id(), "gitlab");
        assert!(cfg.active);
        assert_eq!(cfg.port_number(), Some(587));
        assert!(cfg.get(Role::CredentialsFile).is_some());
        assert_eq!(cfg.literal(Role::From), Some("gitlab@acme.io"));
        assert_eq!(
            cfg.dialect.write(&cfg, &Write::Port(2525)),
            "global.smtp.port: 2525"
        );
        // Keys the chart does not know are reported.
        let unknown: Vec<&str> = cfg.unknown_keys.iter().map(|u| u.key.as_str()).collect();
        assert_eq!(unknown, ["verify"]);
    }

    #[test]
    fn helm_without_enabled_is_inactive() {
        let cfg = first("global:\n  smtp:\n    address: smtp.postmarkapp.com\n    port: 587\n");
        assert_eq!(cfg.dialect.id(), "gitlab");
        assert!(!cfg.active);
    }

    #[test]
    fn sameersbn_docker_image_environment() {
        use super::super::{has, linted};
        let compose = "services:\n  gitlab:\n    image: sameersbn/gitlab:16.4.1\n    environment:\n    - GITLAB_HOST=git.acme.io\n    - GITLAB_EMAIL=git@acme.io\n    - SMTP_HOST=smtp.postmarkapp.com\n    - SMTP_USER=1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\n    - SMTP_PASS=1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\n    - SMTP_STARTTLS=\"false\"\n";
        let (client, settings, ids) = linted(compose);
        assert_eq!(client, "gitlab");
        assert_eq!(settings["host"], "smtp.postmarkapp.com");
        // The image's default port; a quoted "false" is still false.
        assert_eq!(settings["port"], serde_json::Value::Null);
        assert_eq!(settings["security"], "none");
        assert_eq!(settings["from"], "git@acme.io");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let both = compose.replace(
            "SMTP_STARTTLS=\"false\"",
            "SMTP_STARTTLS=true\n    - SMTP_TLS=true",
        );
        assert!(has(&linted(&both).2, "tls/conflicting"));
        // SMTP_* without the image's own variables is another app's.
        let other = "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER=a\nSMTP_PASS=a\n";
        assert_ne!(linted(other).0, "gitlab");
    }
}

//! Symfony Mailer's YAML (`config/packages/mailer.yaml`): `framework:
//! mailer: dsn: '%env(MAILER_DSN)%'`, or several named `transports:`,
//! with `envelope.sender` and `headers.From`. The `%env(MAILER_DSN)%`
//! reference resolves against a `MAILER_DSN=` line of the same paste (the
//! app's `.env`).
//!
//! Meaning (<https://symfony.com/doc/current/mailer.html>, "Transport
//! Setup", "Multiple Email Transports", "Configuring Emails Globally";
//! `EsmtpTransportFactory.php`): the DSN is read exactly as a
//! `MAILER_DSN` (see [`super::url`]: `smtp://` upgrades with STARTTLS when
//! offered, 465 or no port means TLS from the first byte, `smtps://` is
//! implicit TLS, `verify_peer=0` turns checks off). With `transports:` the
//! first one is the default and the others are used only for a message
//! with an `X-Transport` header naming them. `envelope.sender` and
//! `headers.From` apply to every message.

use crate::extract::profile::{k, kr, mark, syn, Hooks, Key, Marker, Profile, Read, UrlFlavor};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

use super::url;

// The same settings in config/packages/mailer.php written for the
// ContainerConfigurator, `$container->extension('framework', ['mailer' =>
// [...]])`: its second argument is what the YAML's `framework:` holds
// (symfony.com/doc/current/configuration.html#configuration-formats).
const KEYS: &[Key] = &[
    kr(
        "framework.mailer.dsn|framework.mailer.transports.*|extension(#1).mailer.dsn|extension(#1).mailer.transports.*",
        Url,
        Read::Url(UrlFlavor::Symfony),
    ),
    k(
        "framework.mailer.envelope.sender|framework.mailer.headers.From|framework.mailer.headers.from|extension(#1).mailer.envelope.sender|extension(#1).mailer.headers.From|extension(#1).mailer.headers.from",
        From,
    ),
    k(
        "framework.mailer.headers.X-PM-Message-Stream|extension(#1).mailer.headers.X-PM-Message-Stream",
        Stream,
    ),
];

/// More markers than the bare DSN table can match in the same paste (its
/// `MAILER_DSN` rows also match the pasted `.env` line), so a mailer.yaml
/// with or without its `.env` is this table's; a `.env` alone is not (this
/// table reads YAML only).
const MARKERS: &[Marker] = &[
    mark("framework.mailer.dsn"),
    mark("framework.mailer.transports.*"),
    mark("framework.mailer.envelope.*"),
    mark("framework.mailer.headers.*"),
    mark("mailer.dsn"),
    mark("framework.mailer.**"),
    mark("framework.**"),
    mark("extension(#1).mailer.**"),
];

pub static SYMFONY_MAILER: Profile = Profile {
    id: "symfony-mailer",
    name: "Symfony Mailer (mailer.yaml)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://symfony.com/doc/current/mailer.html#transport-setup https://symfony.com/doc/current/mailer.html#multiple-email-transports",
    // config/packages/mailer.yaml, or its PHP form (`App::config([
    // 'framework' => ['mailer' => …]])`, `return ['framework' => …]`).
    syntaxes: syn::YAML | syn::PHP,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    sender_hint: "`framework.mailer.envelope.sender` or `framework.mailer.headers.From` in config/packages/mailer.yaml (or `->from()` on each Email)",
    hooks: Hooks {
        finish: Some(finish),
        ..url::HOOKS
    },
    ..url::SYMFONY_DSN
};

/// The DSNs' reading, then: of several `transports`, the first is the
/// default one.
fn finish(doc: &Document, configs: &mut Vec<Config>) {
    url::finish(doc, configs);
    let transports: Vec<usize> = configs
        .iter()
        .enumerate()
        // `transports: { main: …, other: … }`: the key is the name.
        .filter(|(_, c)| c.get(Url).is_some_and(|u| u.key != "dsn"))
        .map(|(i, _)| i)
        .collect();
    if transports.len() < 2 {
        return;
    }
    let first = transports
        .iter()
        .copied()
        .min_by_key(|&i| configs[i].get(Url).map_or(usize::MAX, |u| u.key_span.start));
    for &i in &transports {
        configs[i].active = Some(i) == first;
    }
}

#[cfg(test)]
mod tests {
    use super::super::linted;

    const TOKEN: &str = "5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58";

    #[test]
    fn dsn_resolved_against_the_env_line() {
        let (c, s, ids) = linted(&format!("# config/packages/mailer.yaml\nframework:\n    mailer:\n        dsn: '%env(MAILER_DSN)%'\n        envelope:\n            sender: 'hello@acme-widgets.io'\n\n# .env\nMAILER_DSN=smtp://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:587\n"));
        assert_eq!(c, "symfony-mailer");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "hello@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn a_dsn_from_the_environment_is_this_table_and_no_missing_host() {
        let (c, s, ids) = linted("framework:\n  mailer:\n    dsn: '%env(MAILER_DSN)%'\n    envelope:\n      sender: '%env(MAILER_FROM)%'\n    headers:\n      X-Mailer: 'Acme'\n");
        assert_eq!(c, "symfony-mailer");
        assert!(s["host"].is_null());
        assert!(
            ids.iter().any(|i| i == "input/unresolved-reference"),
            "{ids:?}"
        );
        for no in ["host/missing", "port/missing", "input/unrecognized"] {
            assert!(!ids.iter().any(|i| i == no), "{ids:?}");
        }
        // Named transports from the environment, too.
        let (c, _, ids) = linted("framework:\n  mailer:\n    transports:\n      main: '%env(MAILER_DSN)%'\n      alternative: '%env(MAILER_DSN_IMPORTANT)%'\n");
        assert_eq!(c, "symfony-mailer");
        assert!(!ids.iter().any(|i| i == "host/missing"), "{ids:?}");
        // A code variable handing the environment on is no DSN setting
        // (it is parsed further down, or not used at all).
        let r = crate::lint(
            "import os\nMAILER_DSN = os.environ.get('MAILER_DSN')\n",
            &crate::Options::default(),
        );
        assert!(r.configs.is_empty(), "{:?}", r.configs);
        // Another app's reference under a wildcard row is no SMTP URL.
        let r = crate::lint(
            "APP_URL=${PUBLIC_URL}\nDATABASE_URL=${DB}\n",
            &crate::Options::default(),
        );
        assert!(r.configs.is_empty(), "{:?}", r.configs);
    }

    #[test]
    fn the_postmark_bridge_dsn_is_smtp_postmarkapp_com_587() {
        // PostmarkSmtpTransport: smtp.postmarkapp.com, 587, STARTTLS, the
        // ID as username and password; the DSN's host and port are unused.
        let (c, s, ids) = linted(&format!("MAILER_DSN=postmark+smtp://{TOKEN}@default\n"));
        assert_eq!(c, "symfony-dsn");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["password_present"], true);
        for no in [
            "auth/missing-password",
            "port/465-unsupported",
            "host/invalid",
        ] {
            assert!(!ids.iter().any(|i| i == no), "{ids:?}");
        }
        let (_, _, ids) = linted("MAILER_DSN=postmark+smtp://POSTMARK_API_TEST@default\n");
        assert!(ids.iter().any(|i| i == "auth/api-test-token"), "{ids:?}");
    }

    #[test]
    fn a_provider_bridge_dsn_is_that_providers_smtp_server() {
        // Each bridge's `*SmtpTransport` (`read::bridges`): its host, port
        // and TLS whatever the DSN's `default` says.
        for (dsn, host, port, security) in [
            (
                "brevo+smtp://8a1b2c001%40smtp-brevo.com:xsmtpsib-k3y@default",
                "smtp-relay.brevo.com",
                465,
                "implicit",
            ),
            (
                "sendgrid+smtp://SG.k3y.k3y@default",
                "smtp.sendgrid.net",
                465,
                "implicit",
            ),
            (
                "mailgun+smtp://postmaster%40mg.acme.io:k3y@default?region=eu",
                "smtp.eu.mailgun.org",
                587,
                "starttls",
            ),
            (
                "ses+smtp://AKIAK3Y:k3y@default?region=us-east-1",
                "email-smtp.us-east-1.amazonaws.com",
                465,
                "implicit",
            ),
            (
                "gmail://me%40gmail.com:abcdefghijklmnop@default",
                "smtp.gmail.com",
                465,
                "implicit",
            ),
        ] {
            let (c, s, ids) = linted(&format!("MAILER_DSN={dsn}\n"));
            assert_eq!(c, "symfony-dsn", "{dsn}");
            assert_eq!(
                (s["host"].as_str().unwrap(), s["port"].as_u64().unwrap()),
                (host, port),
                "{dsn}"
            );
            assert_eq!(s["security"], security, "{dsn}");
            assert_eq!(s["password_present"], true, "{dsn}");
            assert!(
                ids.iter().any(|i| i == "host/other-provider"),
                "{dsn} {ids:?}"
            );
            for no in [
                "host/invalid",
                "input/unrecognized",
                "input/unknown-key",
                "auth/missing-password",
            ] {
                assert!(!ids.iter().any(|i| i == no), "{dsn} {ids:?}");
            }
        }
        // The move to Postmark is a plain SMTP DSN without the bridge's options.
        let fix =
            other_provider_fix("MAILER_DSN=ses+smtp://AKIAK3Y:k3y@default?region=us-east-1\n");
        assert!(
            fix.contains("MAILER_DSN=smtp://…@smtp.postmarkapp.com:587 "),
            "{fix}"
        );
        // API transports stay another transport.
        for dsn in [
            "brevo+api://K@default",
            "mailgun://K:D@default",
            "ses+https://K:S@default",
        ] {
            let (_, _, ids) = linted(&format!("MAILER_DSN={dsn}\n"));
            assert!(
                ids.iter().any(|i| i == "input/smtp-not-enabled"),
                "{dsn} {ids:?}"
            );
        }
    }

    /// The fix `host/other-provider` writes for this paste.
    fn other_provider_fix(text: &str) -> String {
        let r = crate::lint(text, &crate::Options::default());
        let other = r.findings.iter().find(|f| f.id == "host/other-provider");
        other.expect("host/other-provider").fix.clone()
    }

    #[test]
    fn swiftmailer_gmail_url_is_smtp_gmail_com_465_with_tls() {
        // SwiftmailerTransportFactory: `gmail://` forces smtp.gmail.com
        // with `encryption=ssl`; the move to Postmark is STARTTLS on 587.
        let text = "MAILER_URL=gmail://me%40gmail.com:abcdefghijklmnop@localhost?encryption=ssl\n";
        let (c, s, _) = linted(text);
        assert_eq!(c, "swiftmailer-url");
        assert_eq!(
            (s["host"].as_str(), s["port"].as_u64()),
            (Some("smtp.gmail.com"), Some(465))
        );
        assert_eq!(s["security"], "implicit");
        let fix = other_provider_fix(text);
        assert!(
            fix.contains("MAILER_URL=smtp://…@smtp.postmarkapp.com:587?encryption=tls "),
            "{fix}"
        );
    }

    #[test]
    fn a_bridge_logs_in_as_its_transport_does() {
        use crate::model::Role;
        // (DSN, username, password) as each `*SmtpTransport` sets them.
        for (dsn, user, password) in [
            ("sendgrid+smtp://SG.k3y@default", "apikey", "SG.k3y"),
            ("sendgrid+smtp://SG.k3y:unused@default", "apikey", "SG.k3y"),
            ("resend+smtp://resend:re_k3y@default", "resend", "re_k3y"),
            ("mailtrap://t0ken@default", "api", "t0ken"),
            ("mailpace://t0ken@default", "t0ken", "t0ken"),
            (
                "brevo+smtp://u%40smtp-brevo.com:k3y@default",
                "u@smtp-brevo.com",
                "k3y",
            ),
        ] {
            let configs = crate::extract::extract(&format!("MAILER_DSN={dsn}\n"));
            let text = |r| configs[0].get(r).map(|f| f.value.text.as_str());
            assert_eq!(
                (text(Role::Username), text(Role::Password)),
                (Some(user), Some(password)),
                "{dsn}"
            );
        }
    }

    #[test]
    fn no_port() {
        // No port and not localhost: 465 with TLS from the first byte.
        let (_, s, ids) = linted(&format!(
            "framework:\n    mailer:\n        dsn: 'smtp://{TOKEN}:{TOKEN}@smtp.postmarkapp.com'\n"
        ));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn the_first_transport_is_the_default() {
        let src = format!("framework:\n    mailer:\n        transports:\n            main: 'smtp://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:587'\n            alternative: 'smtp://u:p@smtp.example.net:2525'\n");
        let r = crate::lint(&src, &crate::Options::default());
        let active: Vec<&str> = r
            .configs
            .iter()
            .filter(|c| c.active)
            .map(|c| c.client.as_str())
            .collect();
        assert_eq!(active, ["symfony-mailer"]);
        let (_, s, _) = linted(&src);
        assert_eq!(s["host"], "smtp.postmarkapp.com");
    }

    #[test]
    fn a_dsn_of_another_transport_is_the_mail_switch() {
        // symfony.com/doc/current/mailer.html#using-built-in-transports
        let sev = |src: &str| {
            crate::lint(src, &crate::Options::default())
                .findings
                .into_iter()
                .find(|f| f.id == "input/smtp-not-enabled")
                .map(|f| f.severity)
        };
        use crate::report::Severity::*;
        for (dsn, want) in [
            ("null://null", Some(Error)),
            ("null://default", Some(Error)),
            ("sendmail://default", Some(Warning)),
            ("native://default", Some(Warning)),
            ("postmark+api://5b1f0c7e93a24d6b@default", Some(Info)),
            (
                &format!("smtp://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:587"),
                None,
            ),
        ] {
            assert_eq!(sev(&format!("MAILER_DSN={dsn}\n")), want, "{dsn}");
        }
        let (c, _, ids) = linted("framework:\n  mailer:\n    dsn: 'null://null'\n");
        assert_eq!(c, "symfony-mailer");
        assert!(
            !ids.iter()
                .any(|i| i == "input/unrecognized" || i == "host/missing"),
            "{ids:?}"
        );
        // The API key of another transport is not shown.
        let r = crate::lint(
            "MAILER_DSN=postmark+api://5b1f0c7e93a24d6b@default\n",
            &crate::Options::default(),
        );
        assert!(
            r.findings
                .iter()
                .all(|f| !f.message.contains("5b1f0c7e93a24d6b")),
            "{:?}",
            r.findings
        );
        // A commented-out SMTP DSN beside it is an alternative, not the only settings.
        let (_, _, ids) =
            linted("# MAILER_DSN=smtp://user:pass@smtp.example.com:25\nMAILER_DSN=null://null\n");
        assert!(!ids.iter().any(|i| i == "input/unrecognized"), "{ids:?}");
        // Another app's URL of another scheme is no mail switch.
        let r = crate::lint(
            "DATABASE_URL=postgres://u:p@db:5432/app\n",
            &crate::Options::default(),
        );
        assert!(r.configs.is_empty(), "{:?}", r.configs);
    }

    #[test]
    fn a_bare_env_stays_the_dsn_table() {
        let (c, _, _) = linted(&format!(
            "MAILER_DSN=smtp://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:587\n"
        ));
        assert_eq!(c, "symfony-dsn");
    }

    #[test]
    fn the_container_configurator_php_form_is_read() {
        let src = "<?php\nnamespace Symfony\\Component\\DependencyInjection\\Loader\\Configurator;\n\nreturn static function (ContainerConfigurator $container) {\n    $container->extension('framework', [\n        'mailer' => [\n            'dsn' => 'smtp://KEY:KEY@smtp.postmarkapp.com:465',\n            'envelope' => ['sender' => 'hello@acme-widgets.io'],\n        ],\n    ]);\n};\n";
        let (c, s, ids) = linted(src);
        assert_eq!(c, "symfony-mailer");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 465);
        assert_eq!(s["from"], "hello@acme-widgets.io");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        // From the environment: the DSN's checks are named as skipped.
        let env = src.replace(
            "'smtp://KEY:KEY@smtp.postmarkapp.com:465'",
            "$_ENV['MAILER_DSN'] ?? 'null://null'",
        );
        let (c, _, ids) = linted(&env);
        assert_eq!(c, "symfony-mailer");
        assert!(
            ids.iter().any(|i| i == "input/unresolved-reference"),
            "{ids:?}"
        );
        assert!(!ids.iter().any(|i| i == "input/unrecognized"), "{ids:?}");
    }
}

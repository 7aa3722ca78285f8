//! Jenkins: the Mailer plugin's global settings (and the Email Extension
//! plugin's default mail account), as Configuration-as-Code YAML
//! (`unclassified: mailer:` / `email-ext: mailAccount:`) or as the saved
//! `hudson.tasks.Mailer.xml`.
//!
//! Meaning (plugins.jenkins.io/mailer, plugins.jenkins.io/email-ext, the
//! JCasC demos, and `Mailer.DescriptorImpl.createSession` in
//! `src/main/java/hudson/tasks/Mailer.java`):
//!
//! * `useSsl: true` sets `mail.smtp.ssl.enable`: TLS from the first byte,
//!   port 465 when `smtpPort` is empty. `useTls: true` sets
//!   `mail.smtp.starttls.enable` and `mail.smtp.starttls.required`:
//!   mandatory STARTTLS, port 587 when `smtpPort` is empty. With both,
//!   JavaMail is already on TLS and skips STARTTLS (implicit wins).
//! * Neither: JavaMail's defaults, plain SMTP on port 25. Mailer releases
//!   before `useTls` existed (JENKINS-2206) got STARTTLS only through JVM
//!   system properties (`-Dmail.smtp.starttls.enable=true`), which this
//!   table cannot see.
//! * `authentication: username/password` (older: `smtpAuthUsername`/
//!   `smtpAuthPassword`): AUTH only when a username is set. In the XML the
//!   password is an encrypted `{AQAAAB…}` secret.
//! * The From is the system admin address, `unclassified: location:
//!   adminAddress` (`jenkins.model.JenkinsLocationConfiguration`), which
//!   Jenkins ships as `address not configured yet <nobody@nowhere>`.

use crate::extract::profile::{
    fix_text, k, mark, pairs, syn, tls::truth, words, Both, Fix, Hooks, Key, Marker, Pairs,
    Profile, Sec, TlsModel, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::Role::{self, *};

const KEYS: &[Key] = &[
    k("smtpHost", Host),
    k("smtpPort", Port),
    k("useSsl", ImplicitTls),
    k("useTls", StartTls),
    k("authentication.username", Username),
    k("authentication.password", Password),
    k("smtpAuthUsername|smtpUsername", Username),
    k(
        "smtpAuthPassword|smtpAuthPasswordSecret|smtpPassword",
        Password,
    ),
    k("adminAddress", From),
];

/// `smtpHost` alone is many tools' key: one of the plugins' own.
const MARKERS: &[Marker] = &[
    mark("mailer.smtpHost"),
    mark("mailAccount.smtpHost"),
    mark("useSsl"),
    mark("useTls"),
    mark("defaultSuffix"),
    mark("smtpAuthUsername"),
    mark("smtpAuthPassword"),
];

const OTHER_KEYS: Words = words![
    "charset",
    "defaultSuffix",
    "replyToAddress",
    "hudsonUrl",
    "url",
    "plugin",
    "credentialsId",
    "advProperties",
    "useOAuth2",
    "authentication",
    "mailAccount",
    "defaultContentType",
    "defaultSubject",
    "defaultBody",
    "defaultRecipients",
    "defaultReplyTo",
    "debugMode",
    "maxAttachmentSize",
    "precedenceBulk",
];

const LEFTOVERS: Pairs = pairs![
    ("useSSL", "useSsl"),
    ("useTLS", "useTls"),
    ("smtpServer", "smtpHost"),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "smtpPort: \"{port}\""),
    fix_text(W::Host, &[], "smtpHost: \"{value}\""),
    fix_text(W::StartTls, &[], "useTls: true and useSsl: false"),
    fix_text(
        W::VerifyOn,
        &[],
        "a trusted certificate chain in Jenkins' Java trust store",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "authentication: username and password (Use SMTP Authentication)",
    ),
    fix_text(W::TlsModern, &[], "a current Jenkins on Java 11 or later"),
    fix_text(W::Username, &[], "authentication: username: \"{value}\""),
    fix_text(W::Password, &[], "authentication: password: \"{value}\""),
    fix_text(
        W::From,
        &[],
        "System Admin e-mail address (unclassified: location: adminAddress: \"{value}\")",
    ),
    fix_text(
        W::Stream,
        &[],
        "the Jenkins mailer has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static JENKINS: Profile = Profile {
    id: "jenkins-mailer",
    name: "Jenkins Mailer / Email Extension",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://plugins.jenkins.io/mailer/ https://plugins.jenkins.io/email-ext/ https://github.com/jenkinsci/mailer-plugin/blob/master/src/main/java/hudson/tasks/Mailer.java https://github.com/jenkinsci/configuration-as-code-plugin/tree/master/demos/jenkins",
    syntaxes: syn::YAML | syn::XML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TlsModel {
        words: &[],
        starttls_on: Sec::StartTls,
        starttls_off: Sec::Plain,
        implicit_ports: &[],
        default: Sec::Plain,
        both: Both::Implicit,
        absent: "neither useSsl nor useTls is on, and the Jenkins mailer then speaks plain SMTP",
    },
    port: Some(25),
    implicit_port: Some(465),
    fixes: FIXES,
    sender_hint: "System Admin e-mail address (unclassified: location: adminAddress)",
    hooks: Hooks {
        default_port: Some(default_port),
        ..Hooks::NONE
    },
    ..BASE
};

/// `createSession`: 465 with `useSsl`, else 587 with `useTls`, else
/// JavaMail's 25.
fn default_port(cfg: &Config) -> Option<u16> {
    let on = |r: Role| {
        cfg.get(r)
            .and_then(|f| truth(cfg.dialect, f))
            .unwrap_or(false)
    };
    Some(if on(ImplicitTls) {
        465
    } else if on(StartTls) {
        587
    } else {
        25
    })
}

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    #[test]
    fn jcasc_use_tls_is_required_starttls() {
        let (client, s, ids) = first(
            "unclassified:\n  location:\n    adminAddress: \"ci@acme.io\"\n  mailer:\n    authentication:\n      username: \"u\"\n      password: \"u\"\n    smtpHost: \"smtp.postmarkapp.com\"\n    smtpPort: \"587\"\n    useSsl: false\n    useTls: true\n",
        );
        assert_eq!(client, "jenkins-mailer");
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn neither_switch_is_clear_text_and_use_tls_means_587() {
        let (_, s, ids) = first(
            "unclassified:\n  mailer:\n    smtpHost: \"smtp.postmarkapp.com\"\n    smtpPort: \"587\"\n    useSsl: false\n",
        );
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        // No port written: `useTls` means 587 (not JavaMail's 25).
        let (_, _, ids) = first(
            "unclassified:\n  mailer:\n    smtpHost: \"smtp.postmarkapp.com\"\n    useTls: true\n",
        );
        assert!(ids.iter().any(|i| i == "port/missing"), "{ids:?}");
        assert!(!ids.iter().any(|i| i == "port/25-blocked"), "{ids:?}");
    }

    #[test]
    fn mailer_xml_use_ssl_is_implicit() {
        let (client, s, ids) = first(
            "<?xml version='1.1' encoding='UTF-8'?>\n<hudson.tasks.Mailer_-DescriptorImpl plugin=\"mailer@1.23\">\n  <smtpHost>smtp.postmarkapp.com</smtpHost>\n  <useSsl>true</useSsl>\n  <smtpPort>465</smtpPort>\n</hudson.tasks.Mailer_-DescriptorImpl>\n",
        );
        assert_eq!(client, "jenkins-mailer");
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
    }
}

//! SonarQube: its e-mail server settings `email.smtp_host.secured`,
//! `email.smtp_port.secured`, `email.smtp_secure_connection.secured`,
//! `email.smtp_username.secured`, `email.smtp_password.secured` and
//! `email.from`, written in `sonar.properties`, the Helm chart's
//! `sonarProperties:` map, or pasted from Administration → General →
//! Email.
//!
//! Meaning (SonarQube's `EmailNotificationChannel.java` and
//! `EmailSmtpConfiguration.java` in `server/sonar-server-common`, which
//! drive Apache Commons Email; the "Notifications" admin docs):
//!
//! * No mail at all while the host is empty (`isActivated()`); the port
//!   defaults to 25, the From to `noreply@nowhere`.
//! * `email.smtp_secure_connection.secured`: SonarQube ≤ 10.6 reads `ssl`
//!   (TLS from the first byte), `starttls` (STARTTLS, required:
//!   `setStartTLSRequired(true)`) or empty (clear text, no upgrade).
//!   SonarQube 10.7 / 2025.1 and later read `SSLTLS`, `STARTTLS` or `NONE`
//!   (case ignored) and refuse any other word, the empty default included,
//!   with "Unknown type of SMTP secure connection"; they also keep these
//!   settings in the database (set in the UI or by the v2 e-mail
//!   configuration API) rather than in `sonar.properties`.
//! * It logs in when a username or password is set (`BASIC`, the default
//!   `email.smtp.auth.method`; `OAUTH` fetches a Microsoft token instead).
//!
//! The Bitnami image (`bitnami/sonarqube/…/libsonarqube.sh`,
//! `sonarqube-env.sh`) writes these settings into the database at its
//! first start from `SONARQUBE_SMTP_HOST`, `SONARQUBE_SMTP_PORT_NUMBER`
//! (or `SONARQUBE_SMTP_PORT`), `SONARQUBE_SMTP_USER`,
//! `SONARQUBE_SMTP_PASSWORD` and `SONARQUBE_SMTP_PROTOCOL` (older READMEs:
//! `SMTP_HOST`, `SMTP_PORT`… without the prefix, still read as fallbacks).
//! A protocol of `ssl` **or** `tls` becomes `starttls`; anything else
//! writes no secure-connection setting, so clear text. It sets no From
//! (`email.from` stays `noreply@nowhere`), and nothing when the host is
//! empty.

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, syn, words, Both, Fix, Key, Marker, Profile,
    Sec, SetVal, TlsModel, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("email.smtp_host.secured", Host),
    k("email.smtp_port.secured", Port),
    k("email.smtp_secure_connection.secured", Encryption),
    k("email.smtp_username.secured", Username),
    k("email.smtp_password.secured", Password),
    k("email.smtp.auth.method", AuthMethod),
    k("email.from", From),
];

/// The two releases' words; empty is clear text (before 10.7).
const TLS: TlsModel = TlsModel {
    words: &[
        ("ssl", Sec::Implicit),
        ("ssltls", Sec::Implicit),
        ("starttls", Sec::StartTls),
        ("none", Sec::Plain),
        ("", Sec::Plain),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Conflict,
    absent: "email.smtp_secure_connection.secured is not set (SonarQube then sends in clear text)",
};

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "email.smtp_port.secured={port}"),
    fix_text(W::Host, &[], "email.smtp_host.secured={value}"),
    fix_text(
        W::StartTls,
        &[],
        "email.smtp_secure_connection.secured=starttls (STARTTLS from SonarQube 10.7 on)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "SonarQube checks the server identity itself: use the provider's host name",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "email.smtp_username.secured and email.smtp_password.secured",
    ),
    fix_text(W::TlsModern, &[], "a current SonarQube and Java (TLS 1.2+)"),
    fix_text(W::Username, &[], "email.smtp_username.secured={value}"),
    fix_text(W::Password, &[], "email.smtp_password.secured={value}"),
    fix_text(W::From, &[], "email.from={value}"),
    fix_text(
        W::Stream,
        &[],
        "SonarQube has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static SONARQUBE: Profile = Profile {
    id: "sonarqube",
    name: "SonarQube email.* settings",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.sonarsource.com/sonarqube-server/latest/instance-administration/notifications/ https://github.com/SonarSource/sonarqube/blob/master/server/sonar-server-common/src/main/java/org/sonar/server/notification/email/EmailNotificationChannel.java",
    syntaxes: syn::DATA | syn::PROSE,
    keys: KEYS,
    family: &[".email."],
    other_keys: words![
        "email.fromName",
        "email.prefix",
        "email.smtp.oauth.host",
        "email.smtp.oauth.clientId",
        "email.smtp.oauth.clientSecret",
        "email.smtp.oauth.tenant",
        "email.smtp.oauth.scope",
        "email.smtp.oauth.grant",
    ],
    leftovers: pairs![
        ("email.smtp_host", "email.smtp_host.secured"),
        ("email.smtp_port", "email.smtp_port.secured"),
        ("email.smtp_username", "email.smtp_username.secured"),
        ("email.smtp_password", "email.smtp_password.secured"),
        (
            "email.smtp_secure_connection",
            "email.smtp_secure_connection.secured"
        ),
    ],
    case_sensitive: true,
    tls: TLS,
    port: Some(25),
    fixes: FIXES,
    sender_hint: "email.from (default noreply@nowhere)",
    ..BASE
};

const ENV_KEYS: &[Key] = &[
    k("SONARQUBE_SMTP_HOST|SMTP_HOST", Host),
    k(
        "SONARQUBE_SMTP_PORT_NUMBER|SONARQUBE_SMTP_PORT|SMTP_PORT",
        Port,
    ),
    k("SONARQUBE_SMTP_USER|SMTP_USER", Username),
    k("SONARQUBE_SMTP_PASSWORD|SMTP_PASSWORD", Password),
    k("SONARQUBE_SMTP_PROTOCOL|SMTP_PROTOCOL", Encryption),
];

/// The image's own names: its generic `SMTP_*` fallbacks count only
/// beside one of them.
const ENV_MARKERS: &[Marker] = &[
    mark("SONARQUBE_SMTP_HOST"),
    mark("SONARQUBE_SMTP_PORT_NUMBER"),
    mark("SONARQUBE_SMTP_PROTOCOL"),
    mark("SONARQUBE_DATABASE_NAME"),
    mark("SONARQUBE_DATABASE_USER"),
    mark("SONARQUBE_SKIP_BOOTSTRAP"),
    mark_value("image", "bitnami/sonarqube"),
];

/// `ssl` and `tls` both become `starttls`; any other word sets nothing.
const ENV_TLS: TlsModel = TlsModel {
    words: &[
        ("ssl", Sec::StartTls),
        ("tls", Sec::StartTls),
        ("", Sec::Plain),
    ],
    absent: "SONARQUBE_SMTP_PROTOCOL is not ssl or tls (the image then sets no secure connection: clear text)",
    ..TLS
};

const ENV_FIXES: &[Fix] = &[
    fix(
        W::Port,
        &[set(Port, "SONARQUBE_SMTP_PORT_NUMBER", SetVal::Port)],
    ),
    fix(W::Host, &[set(Host, "SONARQUBE_SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(
            Encryption,
            "SONARQUBE_SMTP_PROTOCOL",
            SetVal::Word("tls"),
        )],
        "SONARQUBE_SMTP_PROTOCOL=tls (the image writes starttls)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "SonarQube checks the server identity itself: use the provider's host name",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "SONARQUBE_SMTP_USER and SONARQUBE_SMTP_PASSWORD",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current SonarQube image (Java with TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "SONARQUBE_SMTP_USER={value}"),
    fix_text(W::Password, &[], "SONARQUBE_SMTP_PASSWORD={value}"),
    fix_text(
        W::From,
        &[],
        "email.from = {value} in Administration → General → Email (the image sets no From)",
    ),
    fix_text(
        W::Stream,
        &[],
        "SonarQube has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static SONARQUBE_ENV: Profile = Profile {
    id: "sonarqube-env",
    name: "SonarQube (Bitnami) SONARQUBE_SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/bitnami/containers/tree/main/bitnami/sonarqube https://github.com/SonarSource/sonarqube/blob/master/server/sonar-server-common/src/main/java/org/sonar/server/notification/email/EmailNotificationChannel.java",
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    markers: ENV_MARKERS,
    needs_marker: true,
    family: &["SONARQUBE_SMTP_"],
    leftovers: pairs![
        ("SONARQUBE_SMTP_USERNAME", "SONARQUBE_SMTP_USER"),
        ("SONARQUBE_SMTP_PASS", "SONARQUBE_SMTP_PASSWORD"),
        ("SONARQUBE_SMTP_FROM", "email.from (Administration → General → Email)"),
    ],
    case_sensitive: true,
    tls: ENV_TLS,
    port: Some(25),
    fixes: ENV_FIXES,
    sender_hint: "email.from in Administration → General → Email (the image sets none; default noreply@nowhere)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const PROPS: &str = "email.smtp_host.secured=smtp.postmarkapp.com\nemail.smtp_port.secured=587\nemail.smtp_secure_connection.secured=starttls\nemail.smtp_username.secured=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nemail.smtp_password.secured=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nemail.from=sonar@acme.io\n";

    #[test]
    fn properties_with_starttls() {
        let (client, s, ids) = first(PROPS);
        assert_eq!(client, "sonarqube");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "sonar@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn the_words_of_both_releases() {
        let (_, s, ids) = first(&PROPS.replace("=starttls", "=ssl"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, _) = first(&PROPS.replace("=starttls", "=SSLTLS"));
        assert_eq!(s["security"], "implicit");
        let (_, s, _) = first(&PROPS.replace("=starttls", "=STARTTLS"));
        assert_eq!(s["security"], "starttls");
        let (_, s, ids) = first(&PROPS.replace("=starttls", "="));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn helm_sonar_properties() {
        let yaml = "sonarProperties:\n  email.smtp_host.secured: smtp.postmarkapp.com\n  email.smtp_port.secured: \"587\"\n  email.smtp_secure_connection.secured: starttls\n  email.smtp_username.secured: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  email.smtp_password.secured: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  email.from: sonar@acme.io\n";
        let (client, s, ids) = first(yaml);
        assert_eq!(client, "sonarqube");
        assert_eq!(s["port"], 587);
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn bitnami_protocol_words_both_mean_starttls() {
        let env = "SONARQUBE_DATABASE_USER=bn_sonarqube\nSONARQUBE_SMTP_HOST=smtp.postmarkapp.com\nSONARQUBE_SMTP_PORT_NUMBER=587\nSONARQUBE_SMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSONARQUBE_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSONARQUBE_SMTP_PROTOCOL=ssl\n";
        let (client, s, ids) = first(env);
        assert_eq!(client, "sonarqube-env");
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/implicit-tls"), "{ids:?}");
        // No protocol: no secure connection is written, clear text.
        let (_, s, ids) = first(&env.replace("SONARQUBE_SMTP_PROTOCOL=ssl\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // The older README's unprefixed names beside the image's own.
        let old = "SONARQUBE_DATABASE_NAME=bitnami_sonarqube\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER=u\nSMTP_PASSWORD=u\nSMTP_PROTOCOL=tls\n";
        let (client, s, _) = first(old);
        assert_eq!(client, "sonarqube-env");
        assert_eq!(s["security"], "starttls");
        // Alone, they are any app's.
        let (client, _, _) = first(&old.replace("SONARQUBE_DATABASE_NAME=bitnami_sonarqube\n", ""));
        assert_ne!(client, "sonarqube-env");
    }
}

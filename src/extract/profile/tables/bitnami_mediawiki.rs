//! MediaWiki's Bitnami image (`MEDIAWIKI_SMTP_*` environment) and its
//! former Helm chart (`smtp*` values). Unlike the other images of the
//! family (`bitnami.rs`) it has no `_PROTOCOL`: `mediawiki_configure_smtp`
//! appends `$wgSMTP = array('host' => MEDIAWIKI_SMTP_HOST, 'IDHost' =>
//! MEDIAWIKI_SMTP_HOST_ID, 'port' => MEDIAWIKI_SMTP_PORT_NUMBER,
//! 'username' => MEDIAWIKI_SMTP_USER, 'password' =>
//! MEDIAWIKI_SMTP_PASSWORD, 'auth' => MEDIAWIKI_ENABLE_SMTP_AUTH)` to
//! `LocalSettings.php` on the first start, and sets `$wgPasswordSender`
//! (the From) and `$wgEmergencyContact` to `MEDIAWIKI_EMAIL` (sources:
//! `bitnami/containers`, `bitnami/mediawiki/1/debian-12/rootfs/opt/bitnami/scripts/libmediawiki.sh`
//! and `mediawiki-env.sh`; the chart's last `values.yaml` and
//! `templates/deployment.yaml` before its removal in `bitnami/charts`
//! 2248e95).
//!
//! So the meaning is PEAR Mail's, as in `mediawiki.rs`: an `ssl://` (or
//! `tls://`) prefix written on the host is TLS from the first byte;
//! otherwise `Net_SMTP` starts TLS only inside its login, when the server
//! offers it. `MEDIAWIKI_ENABLE_SMTP_AUTH` defaults to `yes` (the bare
//! `SMTP_ENABLE_AUTH` is its alias), so without it the image logs in with
//! opportunistic STARTTLS; `no` sends without logging in, in clear text.
//! The port has no default (the image writes it bare into PHP). The chart
//! maps `smtpHost`, `smtpPort`, `smtpHostID`, `smtpUser`, `smtpPassword`
//! to the bare `SMTP_*` names and has no auth value.

use super::bitnami::{STREAM_FIX, VERIFY_FIX};
use crate::extract::profile::{
    fix, fix_text, k, kr, mark, mark_value, set, syn, words, Hooks, Profile, Read, SetVal, Truth,
    WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Role::*, Security, Tls};

/// PEAR's reading (`mediawiki::tls`), with the image's default: no auth
/// variable is `'auth' => true`, so STARTTLS comes with the login.
fn tls(cfg: &Config) -> Tls {
    if cfg.get(Auth).is_none() && cfg.get(Scheme).is_none() {
        return Tls {
            mode: Some(Security::StartTls),
            ..Tls::default()
        };
    }
    super::mediawiki::tls(cfg)
}

/// `is_boolean_yes`, which `php_convert_to_boolean` uses.
const YES: Truth = Truth::Only(words!["yes", "true", "1"]);

pub static MEDIAWIKI: Profile = Profile {
    id: "mediawiki-bitnami",
    name: "MediaWiki (Bitnami image) MEDIAWIKI_SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/bitnami/containers/blob/main/bitnami/mediawiki/1/debian-12/rootfs/opt/bitnami/scripts/libmediawiki.sh https://www.mediawiki.org/wiki/Manual:$wgSMTP",
    syntaxes: syn::ENV_LIKE,
    keys: &[
        kr("MEDIAWIKI_SMTP_HOST", Host, Read::HostList),
        k("MEDIAWIKI_SMTP_PORT_NUMBER|MEDIAWIKI_SMTP_PORT", Port),
        k("MEDIAWIKI_SMTP_USER", Username),
        k("MEDIAWIKI_SMTP_PASSWORD", Password),
        k("MEDIAWIKI_ENABLE_SMTP_AUTH", Auth),
        k("MEDIAWIKI_EMAIL", From),
    ],
    markers: &[
        mark("MEDIAWIKI_SMTP_HOST"),
        mark("MEDIAWIKI_SMTP_PORT_NUMBER"),
        mark("MEDIAWIKI_SMTP_USER"),
        mark("MEDIAWIKI_ENABLE_SMTP_AUTH"),
    ],
    needs_marker: true,
    family: &["MEDIAWIKI_SMTP_"],
    other_keys: words!["MEDIAWIKI_SMTP_HOST_ID"],
    case_sensitive: true,
    truth: YES,
    fixes: &[
        fix(
            W::Port,
            &[set(Port, "MEDIAWIKI_SMTP_PORT_NUMBER", SetVal::Port)],
        ),
        fix(W::Host, &[set(Host, "MEDIAWIKI_SMTP_HOST", SetVal::Given)]),
        fix_text(
            W::StartTls,
            &[],
            "MEDIAWIKI_SMTP_HOST=smtp.postmarkapp.com (no ssl:// prefix) with MEDIAWIKI_SMTP_PORT_NUMBER=587 and MEDIAWIKI_ENABLE_SMTP_AUTH=yes: PEAR Mail then uses STARTTLS",
        ),
        VERIFY_FIX,
        fix(
            W::AuthOn,
            &[set(Auth, "MEDIAWIKI_ENABLE_SMTP_AUTH", SetVal::Word("yes"))],
        ),
        fix(
            W::Username,
            &[set(Username, "MEDIAWIKI_SMTP_USER", SetVal::Given)],
        ),
        fix(
            W::Password,
            &[set(Password, "MEDIAWIKI_SMTP_PASSWORD", SetVal::Given)],
        ),
        fix(W::From, &[set(From, "MEDIAWIKI_EMAIL", SetVal::Given)]),
        STREAM_FIX,
    ],
    sender_hint: "MEDIAWIKI_EMAIL (the image's $wgPasswordSender)",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

pub static MEDIAWIKI_CHART: Profile = Profile {
    id: "mediawiki-bitnami-chart",
    name: "MediaWiki (Bitnami Helm chart) smtp* values",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/bitnami/charts/blob/2248e9595bdbabc384f74779451ea22ee201fbbf~1/bitnami/mediawiki/values.yaml https://github.com/bitnami/containers/blob/main/bitnami/mediawiki/1/debian-12/rootfs/opt/bitnami/scripts/libmediawiki.sh",
    syntaxes: syn::YAML | syn::JSON,
    keys: &[
        kr("smtpHost", Host, Read::HostList),
        k("smtpPort", Port),
        k("smtpUser", Username),
        k("smtpPassword", Password),
        k("mediawikiEmail", From),
    ],
    markers: &[
        mark_value("image.repository", "bitnami/mediawiki"),
        mark("mediawikiUser"),
    ],
    needs_marker: true,
    case_sensitive: true,
    other_keys: words!["smtpHostID"],
    fixes: &[
        fix(W::Port, &[set(Port, "smtpPort", SetVal::Port)]),
        fix(W::Host, &[set(Host, "smtpHost", SetVal::Given)]),
        fix_text(
            W::StartTls,
            &[],
            "smtpHost: smtp.postmarkapp.com (no ssl:// prefix) with smtpPort: 587: the image logs in, and PEAR Mail then uses STARTTLS",
        ),
        VERIFY_FIX,
        fix_text(W::AuthOn, &[], "smtpUser and smtpPassword"),
        fix(W::Username, &[set(Username, "smtpUser", SetVal::Given)]),
        fix(W::Password, &[set(Password, "smtpPassword", SetVal::Given)]),
        fix(W::From, &[set(From, "mediawikiEmail", SetVal::Given)]),
        STREAM_FIX,
    ],
    sender_hint: "mediawikiEmail (the image's $wgPasswordSender)",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "services:\n  mediawiki:\n    image: docker.io/bitnami/mediawiki:1\n    environment:\n      - MEDIAWIKI_DATABASE_HOST=mariadb\n      - MEDIAWIKI_EMAIL=wiki@acme-widgets.io\n      - MEDIAWIKI_SMTP_HOST=smtp.postmarkapp.com\n      - MEDIAWIKI_SMTP_PORT_NUMBER=587\n      - MEDIAWIKI_SMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      - MEDIAWIKI_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn the_images_default_auth_brings_starttls() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "mediawiki-bitnami");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "wiki@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn auth_no_is_clear_text_without_a_login() {
        let (_, s, ids) = first(&(ENV.to_string() + "      - MEDIAWIKI_ENABLE_SMTP_AUTH=no\n"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "auth/disabled"), "{ids:?}");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&(ENV.to_string() + "      - MEDIAWIKI_ENABLE_SMTP_AUTH=yes\n"));
        assert_eq!(s["security"], "starttls");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn an_ssl_prefix_on_the_host_is_smtps() {
        let (_, s, ids) = first(&ENV.replace("HOST=smtp.", "HOST=ssl://smtp."));
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn chart_values_are_read_with_the_images_meaning() {
        let values = "image:\n  registry: docker.io\n  repository: bitnami/mediawiki\nmediawikiUser: user\nmediawikiEmail: wiki@acme-widgets.io\nsmtpHost: smtp.postmarkapp.com\nsmtpPort: \"587\"\nsmtpHostID: acme-widgets.io\nsmtpUser: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nsmtpPassword: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";
        let (client, s, ids) = first(values);
        assert_eq!(client, "mediawiki-bitnami-chart");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "wiki@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }
}

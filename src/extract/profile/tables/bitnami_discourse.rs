//! Discourse's Bitnami image (`DISCOURSE_SMTP_*` environment) and its Helm
//! chart (nested `smtp.*` values).
//!
//! `discourse_create_conf_file` (`libdiscourse.sh`) writes
//! `config/discourse.conf` on every start when `DISCOURSE_SMTP_HOST` is set:
//! `smtp_address` = `DISCOURSE_SMTP_HOST`, `smtp_port` =
//! `DISCOURSE_SMTP_PORT_NUMBER` (alias `DISCOURSE_SMTP_PORT` in
//! `discourse-env.sh`), `smtp_user_name` = `DISCOURSE_SMTP_USER`,
//! `smtp_password` = `DISCOURSE_SMTP_PASSWORD`, `smtp_authentication` =
//! `DISCOURSE_SMTP_AUTH` (`login` by default; `discourse_validate` allows
//! `plain login cram_md5`), and `smtp_enable_start_tls` = `true` only when
//! `DISCOURSE_SMTP_PROTOCOL` is exactly `tls`, else `false`. It never writes
//! `smtp_force_tls`, so Discourse (`discourse.rs`) then reads: `tls` is
//! STARTTLS when the server offers it; `ssl`, empty or unset is clear text,
//! even on 465. `discourse_validate` refuses a host without a port and a
//! protocol other than `ssl`/`tls`. The image has no sender variable; the
//! From is Discourse's `notification_email` (`DISCOURSE_NOTIFICATION_EMAIL`,
//! as in `discourse.rs`). Sources: `bitnami/containers`,
//! `bitnami/discourse/3/debian-12/rootfs/opt/bitnami/scripts/libdiscourse.sh`
//! (a4ed7d0) and `discourse-env.sh`; the chart's README parameter table and
//! `templates/deployment.yaml` in `bitnami/charts` (`smtp.enabled`,
//! `smtp.host`, `smtp.port`, `smtp.user`, `smtp.password`,
//! `smtp.protocol`, `smtp.auth`, `smtp.existingSecret` with key
//! `smtp-password`).
//!
//! The official image's table (`discourse.rs`) owns `DISCOURSE_SMTP_*` and
//! reads `DISCOURSE_SMTP_HOST`/`_USER` as misspellings of its own names, so
//! this one is found only by names the official image never reads
//! (`DISCOURSE_SMTP_PROTOCOL`, `DISCOURSE_SMTP_PORT_NUMBER`) or by the
//! image name; the shared names then add to its score.

use super::bitnami::{protocol, STREAM_FIX, VERIFY_FIX};
use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, set, shared, syn, weighs, words, Marker, Profile, Sec,
    SetVal, TlsModel, WriteKind as W, BASE,
};
use crate::model::Role::*;

use Sec::{Auto, Plain};

/// Only `tls` turns `smtp_enable_start_tls` on.
const WORDS: &[(&str, Sec)] = &[("tls", Auto), ("ssl", Plain), ("", Plain)];

const ENV_TLS: TlsModel = protocol(
    WORDS,
    Plain,
    "no DISCOURSE_SMTP_PROTOCOL=tls (the image then writes smtp_enable_start_tls = false)",
);

const CHART_TLS: TlsModel = protocol(
    WORDS,
    Plain,
    "no smtp.protocol: tls (the image then writes smtp_enable_start_tls = false)",
);

const SENDER: &str =
    "DISCOURSE_NOTIFICATION_EMAIL (Discourse's notification_email; the image has no sender variable)";

/// The official image's table has one marker (`DISCOURSE_SMTP_*`) worth
/// 100: each own name here outweighs it.
const ENV_MARKERS: &[Marker] = &[
    weighs(mark("DISCOURSE_SMTP_PROTOCOL"), 2),
    weighs(mark("DISCOURSE_SMTP_PORT_NUMBER"), 2),
    weighs(mark_value("image", "bitnami/discourse"), 2),
    shared(mark("DISCOURSE_SMTP_HOST")),
    shared(mark("DISCOURSE_SMTP_USER")),
    shared(mark("DISCOURSE_SMTP_AUTH")),
];

pub static DISCOURSE: Profile = Profile {
    id: "discourse-bitnami",
    name: "Discourse (Bitnami image) DISCOURSE_SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/bitnami/containers/blob/main/bitnami/discourse/3/debian-12/rootfs/opt/bitnami/scripts/libdiscourse.sh",
    syntaxes: syn::ENV_LIKE,
    keys: &[
        k("DISCOURSE_SMTP_HOST", Host),
        k("DISCOURSE_SMTP_PORT_NUMBER|DISCOURSE_SMTP_PORT", Port),
        k("DISCOURSE_SMTP_USER", Username),
        k("DISCOURSE_SMTP_PASSWORD", Password),
        k("DISCOURSE_SMTP_PROTOCOL", Encryption),
        k("DISCOURSE_SMTP_AUTH", AuthMethod),
        k("DISCOURSE_NOTIFICATION_EMAIL", From),
    ],
    markers: ENV_MARKERS,
    needs_marker: true,
    family: &["DISCOURSE_SMTP_"],
    other_keys: words!["DISCOURSE_SMTP_OPEN_TIMEOUT", "DISCOURSE_SMTP_READ_TIMEOUT"],
    case_sensitive: true,
    tls: ENV_TLS,
    fixes: &[
        fix(
            W::Port,
            &[set(Port, "DISCOURSE_SMTP_PORT_NUMBER", SetVal::Port)],
        ),
        fix(W::Host, &[set(Host, "DISCOURSE_SMTP_HOST", SetVal::Given)]),
        fix_text(
            W::StartTls,
            &[set(Encryption, "DISCOURSE_SMTP_PROTOCOL", SetVal::Word("tls"))],
            "DISCOURSE_SMTP_PROTOCOL=tls (with DISCOURSE_SMTP_PORT_NUMBER=587; the image's only way to STARTTLS)",
        ),
        VERIFY_FIX,
        fix_text(
            W::AuthOn,
            &[],
            "DISCOURSE_SMTP_USER and DISCOURSE_SMTP_PASSWORD",
        ),
        fix(
            W::Username,
            &[set(Username, "DISCOURSE_SMTP_USER", SetVal::Given)],
        ),
        fix(
            W::Password,
            &[set(Password, "DISCOURSE_SMTP_PASSWORD", SetVal::Given)],
        ),
        fix(
            W::From,
            &[set(From, "DISCOURSE_NOTIFICATION_EMAIL", SetVal::Given)],
        ),
        STREAM_FIX,
    ],
    sender_hint: SENDER,
    ..BASE
};

pub static DISCOURSE_CHART: Profile = Profile {
    id: "discourse-bitnami-chart",
    name: "Discourse (Bitnami Helm chart) smtp.* values",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/bitnami/charts/blob/main/bitnami/discourse/README.md https://github.com/bitnami/containers/blob/main/bitnami/discourse/3/debian-12/rootfs/opt/bitnami/scripts/libdiscourse.sh",
    syntaxes: syn::YAML | syn::JSON,
    keys: &[
        k("smtp.enabled", Enabled),
        k("smtp.host", Host),
        k("smtp.port", Port),
        k("smtp.user", Username),
        k("smtp.password", Password),
        k("smtp.protocol", Encryption),
        k("smtp.auth", AuthMethod),
        k("smtp.existingSecret", CredentialsFile),
    ],
    markers: &[
        weighs(mark_value("image.repository", "bitnami/discourse"), 2),
        shared(mark("smtp.protocol")),
        shared(mark("smtp.existingSecret")),
    ],
    needs_marker: true,
    case_sensitive: true,
    credentials_apart: true,
    store_replaces: &[Password],
    tls: CHART_TLS,
    fixes: &[
        fix(W::Port, &[set(Port, "smtp.port", SetVal::Port)]),
        fix(W::Host, &[set(Host, "smtp.host", SetVal::Given)]),
        fix_text(
            W::StartTls,
            &[set(Encryption, "smtp.protocol", SetVal::Word("tls"))],
            "smtp.protocol: tls (with smtp.port: 587; the image's only way to STARTTLS)",
        ),
        VERIFY_FIX,
        fix_text(
            W::AuthOn,
            &[],
            "smtp.user and smtp.password (or smtp.existingSecret)",
        ),
        fix(W::Username, &[set(Username, "smtp.user", SetVal::Given)]),
        fix(W::Password, &[set(Password, "smtp.password", SetVal::Given)]),
        STREAM_FIX,
    ],
    sender_hint: "Discourse's notification_email site setting (the chart has no sender value)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const COMPOSE: &str = "services:\n  discourse:\n    image: docker.io/bitnami/discourse:3\n    environment:\n      - DISCOURSE_HOST=forum.acme-widgets.io\n      - DISCOURSE_SMTP_HOST=smtp.postmarkapp.com\n      - DISCOURSE_SMTP_PORT_NUMBER=587\n      - DISCOURSE_SMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      - DISCOURSE_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      - DISCOURSE_SMTP_PROTOCOL=tls\n      - DISCOURSE_SMTP_AUTH=login\n";

    #[test]
    fn only_tls_starts_tls() {
        let (client, s, ids) = first(COMPOSE);
        assert_eq!(client, "discourse-bitnami");
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
        // `ssl` is no SMTPS to the image: clear text, even on 465.
        let ssl = COMPOSE
            .replace("PROTOCOL=tls", "PROTOCOL=ssl")
            .replace("NUMBER=587", "NUMBER=465");
        let (_, s, ids) = first(&ssl);
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&COMPOSE.replace("      - DISCOURSE_SMTP_PROTOCOL=tls\n", ""));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn the_image_name_alone_picks_the_bitnami_reading() {
        // No protocol, the older port name: the image line decides.
        let env = COMPOSE
            .replace("      - DISCOURSE_SMTP_PROTOCOL=tls\n", "")
            .replace("PORT_NUMBER", "PORT");
        let (client, s, _) = first(&env);
        assert_eq!(client, "discourse-bitnami");
        assert_eq!(s["port"], 587);
    }

    #[test]
    fn official_names_stay_the_official_images() {
        let (client, _, _) = first(
            "DISCOURSE_SMTP_ADDRESS=smtp.postmarkapp.com\nDISCOURSE_SMTP_PORT=587\nDISCOURSE_SMTP_USER_NAME=u\nDISCOURSE_SMTP_PASSWORD=p\n",
        );
        assert_eq!(client, "discourse-env");
        // A misspelt official config (HOST, USER) with no Bitnami name.
        let (client, _, _) = first(
            "DISCOURSE_SMTP_HOST=smtp.postmarkapp.com\nDISCOURSE_SMTP_PORT=587\nDISCOURSE_SMTP_USER=u\nDISCOURSE_SMTP_PASSWORD=p\n",
        );
        assert_eq!(client, "discourse-env");
    }

    const VALUES: &str = "image:\n  registry: docker.io\n  repository: bitnami/discourse\n  tag: 3.4.1\nhost: forum.acme-widgets.io\nsmtp:\n  enabled: true\n  host: smtp.postmarkapp.com\n  port: 587\n  user: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  protocol: ssl\n  auth: login\n";

    #[test]
    fn chart_values_read_the_images_meaning() {
        let (client, s, ids) = first(VALUES);
        assert_eq!(client, "discourse-bitnami-chart");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&VALUES.replace("protocol: ssl", "protocol: tls"));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn chart_secret_replaces_the_password() {
        let values = VALUES.replace(
            "  password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n",
            "  password: \"\"\n  existingSecret: discourse-smtp\n",
        );
        let (_, _, ids) = first(&values);
        assert!(!has(&ids, "auth/missing-password"), "{ids:?}");
    }
}

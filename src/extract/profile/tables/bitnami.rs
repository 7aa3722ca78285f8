//! Bitnami's container images and Helm charts: one family of tables for
//! the `<APP>_SMTP_*` environment of an image (a compose file, a `.env`,
//! a chart's `extraEnvVars`) and the `smtp*` values of its chart.
//!
//! Every image takes the same names: `<APP>_SMTP_HOST`,
//! `<APP>_SMTP_PORT_NUMBER` (older and chart name `<APP>_SMTP_PORT`; the
//! bare `SMTP_HOST`, `SMTP_PORT`… are read as aliases), `<APP>_SMTP_USER`,
//! `<APP>_SMTP_PASSWORD`, `<APP>_SMTP_PROTOCOL`. With a host the image
//! refuses to start without a port (`print_validation_error`, no default
//! port) and only warns about a missing user or password; it checks the
//! protocol word against its list (`check_multi_value`), so another word
//! stops it. The values are written into the app's own settings on the
//! first start only ("only used during the first initialization"). Each
//! chart maps `smtpHost`, `smtpPort`, `smtpUser`, `smtpPassword` (or the
//! Secret `smtpExistingSecret`, whose `smtp-password` key then replaces
//! it), `smtpProtocol` to those variables. What `_PROTOCOL` means is the
//! app's: the script hands the word to a setting of the app, and that
//! differs (sources: each image's `lib<app>.sh` and `<app>-env.sh` in
//! `bitnami/containers`, `bitnami/<app>/<version>/debian-12/rootfs/opt/bitnami/scripts/`;
//! each chart's `templates/deployment.yaml` and `values.yaml` in
//! `bitnami/charts`):
//!
//! * **WordPress** (`wordpress_configure_smtp`): installs WP Mail SMTP and
//!   sets its `smtp.encryption` to the word: `ssl` is TLS from the first
//!   byte, `tls` STARTTLS required, empty leaves the plugin's AutoTLS
//!   (STARTTLS when offered). From: `WORDPRESS_SMTP_FROM_EMAIL`, which
//!   defaults to `WORDPRESS_SMTP_USER`.
//! * **Moodle** (`moodle_initialize`): `smtphosts` = `host:port`,
//!   `smtpsecure` = the word (PHPMailer's `SMTPSecure`: `ssl`, `tls`, empty
//!   = automatic STARTTLS). From: `noreplyaddress` = `MOODLE_EMAIL`.
//! * **Drupal** (`drupal_configure_smtp`): the SMTP module's
//!   `smtp_protocol` (`standard`, `ssl`, `tls`; `standard`/empty leaves
//!   `smtp_autotls`, on by default: STARTTLS when offered). From:
//!   `smtp_from` = `DRUPAL_EMAIL`.
//! * **Joomla!**: `$smtpsecure` = the word (`ssl`, `tls`; empty is
//!   Joomla's `none`: PHPMailer's automatic STARTTLS). From:
//!   `JOOMLA_SMTP_SENDER_EMAIL` (`$mailfrom`).
//! * **SuiteCRM** (`suitecrm_pass_smtp_wizard`): `ssl` becomes
//!   `mail_smtpssl = 1`, `tls` 2, empty 0; `SugarPHPMailer` sets
//!   PHPMailer's `SMTPSecure` to `ssl`/`tls` for 1/2 and leaves it empty
//!   otherwise (automatic STARTTLS). From: `SUITECRM_SMTP_NOTIFY_ADDRESS`.
//! * **Matomo**: `[mail] encryption` = the word (`ssl`, `tls`, `none`:
//!   `none` turns PHPMailer's `SMTPAutoTLS` off, clear text; empty keeps
//!   it). From: `MATOMO_NOREPLY_ADDRESS` (`noreply_email_address`).
//! * **Redmine**: only `tls` sets ActionMailer's `enable_starttls_auto:
//!   true` (STARTTLS when offered); `ssl`, empty or unset write
//!   `enable_starttls_auto: false` (a YAML boolean in current images) and
//!   no `ssl`/`tls` flag: clear text, even on 465.
//!   `REDMINE_SMTP_OPENSSL_VERIFY_MODE` becomes `openssl_verify_mode`.
//! * **Ghost**: `mail.options.secure` is true for `ssl` **and** `tls`
//!   (nodemailer's TLS from the first byte), false when empty (STARTTLS
//!   when offered). From: `GHOST_SMTP_FROM_ADDRESS` (`mail.from`; the
//!   chart's older `smtpFromAddress`).
//! * **Odoo**: `ssl` and `tls` both set `smtp_ssl = True`, which Odoo reads
//!   as STARTTLS required (not SMTPS); empty leaves it false: clear text.
//! * **PrestaShop** (image `bitnami/prestashop:8`, PrestaShop 8.1;
//!   `prestashop_initialize`): `PS_MAIL_SMTP_ENCRYPTION` = the word, which
//!   `Mail::send` hands to `new Swift_SmtpTransport(host, port, word)`:
//!   `ssl` TLS from the first byte, `tls` STARTTLS required; empty is no
//!   encryption at all, as Swift Mailer has no opportunistic STARTTLS:
//!   clear text. From: `PS_SHOP_EMAIL`, which the installer sets to
//!   `PRESTASHOP_EMAIL` (`--email`; the chart's `prestashopEmail`). The chart (removed from
//!   `bitnami/charts` in 063af2a) maps `smtp*` to the bare `SMTP_*`.
//! * **OpenCart** (`opencart_initialize`): the word becomes a scheme on
//!   the host (`config_mail_smtp_hostname` = `ssl://host`, `tls://host`);
//!   OpenCart's `system/library/mail/smtp.php` opens `ssl://` with TLS from
//!   the first byte, sends STARTTLS (required) for `tls://`, and with no
//!   scheme stays in clear text. It logs in only when user and password are
//!   both set. From: `config_email`, which the installer sets to
//!   `OPENCART_EMAIL` (the chart's `opencartEmail`). The chart (removed in 8b071d0) maps like
//!   PrestaShop's.
//!
//! phpBB, Phabricator and SonarQube images have tables of their own
//! (`phpbb.rs`, `phorge.rs`, `sonarqube.rs`), and so has MediaWiki's, which
//! has no `_PROTOCOL` (`bitnami_mediawiki.rs`), and Discourse's, whose
//! variables half share the official image's names and whose chart nests
//! `smtp.*` (`bitnami_discourse.rs`).
//!
//! Adding an app is one `bitnami_app!` entry: its prefix, its chart's
//! marker, what its protocol words mean and how to ask it for STARTTLS.

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, set, shared, syn, words, Both, Fix, Hooks, Profile, Sec,
    SetVal, TlsModel, WriteKind as W, BASE,
};
use crate::model::Role::*;

use Sec::{Auto, Implicit, Plain, StartTls};

/// What an image's protocol words do (`""`: the word left empty) and what
/// it does with none: the image writes the same empty word.
pub(super) const fn protocol(
    words: &'static [(&'static str, Sec)],
    unset: Sec,
    absent: &'static str,
) -> TlsModel {
    TlsModel {
        words,
        default: unset,
        absent,
        both: Both::Implicit,
        ..TlsModel::OPPORTUNISTIC
    }
}

/// An app whose image hands the word to PHPMailer's `SMTPSecure` (or a
/// plugin that does): `ssl` TLS from the first byte, `tls` STARTTLS
/// required, empty PHPMailer's automatic STARTTLS when offered.
const PHPMAILER_TLS: TlsModel = protocol(
    &[("ssl", Implicit), ("tls", StartTls), ("", Auto)],
    Auto,
    "",
);

/// Drupal's SMTP module: `standard` is the empty word.
const DRUPAL_TLS: TlsModel = protocol(
    &[
        ("ssl", Implicit),
        ("tls", StartTls),
        ("standard", Auto),
        ("", Auto),
    ],
    Auto,
    "",
);

/// Matomo: `none` switches automatic STARTTLS off.
const MATOMO_TLS: TlsModel = protocol(
    &[
        ("ssl", Implicit),
        ("tls", StartTls),
        ("none", Plain),
        ("", Auto),
    ],
    Auto,
    "",
);

/// Redmine: only `tls` turns `enable_starttls_auto` on.
const REDMINE_TLS: TlsModel = protocol(
    &[("tls", Auto), ("ssl", Plain), ("", Plain)],
    Plain,
    "no REDMINE_SMTP_PROTOCOL=tls (the image then writes enable_starttls_auto: false)",
);

/// Ghost: both words set nodemailer's `secure: true`.
const GHOST_TLS: TlsModel = protocol(
    &[("ssl", Implicit), ("tls", Implicit), ("", Auto)],
    Auto,
    "",
);

/// Odoo: both words set `smtp_ssl = True`, STARTTLS required.
const ODOO_TLS: TlsModel = protocol(
    &[("ssl", StartTls), ("tls", StartTls), ("", Plain)],
    Plain,
    "no ODOO_SMTP_PROTOCOL (the image then leaves smtp_ssl off)",
);

/// Images whose mailer has no automatic STARTTLS: `ssl` TLS from the
/// first byte, `tls` STARTTLS required, no word clear text.
const NO_AUTO_TLS_WORDS: &[(&str, Sec)] = &[("ssl", Implicit), ("tls", StartTls), ("", Plain)];

/// PrestaShop: the word goes to Swift Mailer, which has no automatic
/// STARTTLS.
const PRESTASHOP_TLS: TlsModel = protocol(
    NO_AUTO_TLS_WORDS,
    Plain,
    "no PRESTASHOP_SMTP_PROTOCOL (PrestaShop's Swift Mailer then sends in clear text, with no STARTTLS)",
);

/// OpenCart: the word becomes the host's `ssl://` or `tls://`; without it
/// OpenCart's own SMTP client never starts TLS.
const OPENCART_TLS: TlsModel = protocol(
    NO_AUTO_TLS_WORDS,
    Plain,
    "no OPENCART_SMTP_PROTOCOL (OpenCart's SMTP client then sends in clear text, with no STARTTLS)",
);

/// The fixes every chart writes the same way (its `smtp*` values).
macro_rules! chart_fixes {
    ($starttls:expr, $text:expr) => {
        &[
            fix(W::Port, &[set(Port, "smtpPort", SetVal::Port)]),
            fix(W::Host, &[set(Host, "smtpHost", SetVal::Given)]),
            fix_text(
                W::StartTls,
                &[set(Encryption, "smtpProtocol", $starttls)],
                $text,
            ),
            VERIFY_FIX,
            fix_text(
                W::AuthOn,
                &[],
                "smtpUser and smtpPassword (or smtpExistingSecret)",
            ),
            fix(W::Username, &[set(Username, "smtpUser", SetVal::Given)]),
            fix(W::Password, &[set(Password, "smtpPassword", SetVal::Given)]),
            STREAM_FIX,
        ]
    };
}

/// The images have no setting for certificate checks.
pub(super) const VERIFY_FIX: Fix = fix_text(
    W::VerifyOn,
    &[],
    "the image's default certificate checks (it has no setting to turn them off)",
);

pub(super) const STREAM_FIX: Fix = fix_text(
    W::Stream,
    &[],
    "the image has no stream setting: use a Server whose default stream is `{value}`",
);

/// One app: its image's environment table and its chart's values table.
///
/// `$p` is the variable prefix (`WORDPRESS`), `$app` the image name
/// (`wordpress`: `bitnami/wordpress`, `wordpressUsername`), `$tls` what the
/// protocol words mean, `$starttls` the word (or removal) that asks for
/// STARTTLS and `$env_text`/`$chart_text` that change in words; `from`
/// the image's sender variable, if any; `login_from` the hook when the From
/// defaults to the SMTP user; `chart_from` the chart's sender value;
/// `verify` the image's certificate-check variable; `other` the variables
/// of the family it reads that carry nothing we check.
macro_rules! bitnami_app {
    (
        $env:ident, $chart:ident, $p:literal, $app:literal, $name:literal,
        tls: $tls:expr, starttls: $starttls:expr,
        env_text: $env_text:expr, chart_text: $chart_text:expr,
        from: [$($from:literal)?], chart_from: [$($chart_from:literal)?],
        login_from: $login_from:expr, verify: [$($verify:literal)?],
        other: [$($other:literal),*], docs: $docs:literal $(,)?
    ) => {
        pub static $env: Profile = Profile {
            id: concat!($app, "-bitnami"),
            name: concat!($name, " (Bitnami image) ", $p, "_SMTP_* environment"),
            #[cfg(not(target_arch = "wasm32"))]
            docs: $docs,
            syntaxes: syn::ENV_LIKE,
            keys: &[
                k(concat!($p, "_SMTP_HOST"), Host),
                k(concat!($p, "_SMTP_PORT_NUMBER|", $p, "_SMTP_PORT"), Port),
                k(concat!($p, "_SMTP_USER"), Username),
                k(concat!($p, "_SMTP_PASSWORD"), Password),
                k(concat!($p, "_SMTP_PROTOCOL"), Encryption),
                $(k($from, From),)?
                $(k($verify, VerifyMode),)?
            ],
            markers: &[
                mark(concat!($p, "_SMTP_HOST")),
                mark(concat!($p, "_SMTP_PORT_NUMBER")),
                mark(concat!($p, "_SMTP_USER")),
                mark(concat!($p, "_SMTP_PROTOCOL")),
            ],
            needs_marker: true,
            family: &[concat!($p, "_SMTP_")],
            other_keys: words![$($other),*],
            case_sensitive: true,
            tls: $tls,
            fixes: &[
                fix(W::Port, &[set(Port, concat!($p, "_SMTP_PORT_NUMBER"), SetVal::Port)]),
                fix(W::Host, &[set(Host, concat!($p, "_SMTP_HOST"), SetVal::Given)]),
                fix_text(
                    W::StartTls,
                    &[set(Encryption, concat!($p, "_SMTP_PROTOCOL"), $starttls)],
                    $env_text,
                ),
                // The first row of a kind wins: the image's own variable
                // where it has one.
                $(fix(W::VerifyOn, &[set(VerifyMode, $verify, SetVal::Word("peer"))]),)?
                VERIFY_FIX,
                fix_text(
                    W::AuthOn,
                    &[],
                    concat!($p, "_SMTP_USER and ", $p, "_SMTP_PASSWORD"),
                ),
                fix(W::Username, &[set(Username, concat!($p, "_SMTP_USER"), SetVal::Given)]),
                fix(W::Password, &[set(Password, concat!($p, "_SMTP_PASSWORD"), SetVal::Given)]),
                $(fix(W::From, &[set(From, $from, SetVal::Given)]),)?
                STREAM_FIX,
            ],
            sender_hint: sender_hint!($($from)?),
            hooks: Hooks {
                finish: $login_from,
                ..Hooks::NONE
            },
            ..BASE
        };

        pub static $chart: Profile = Profile {
            id: concat!($app, "-bitnami-chart"),
            name: concat!($name, " (Bitnami Helm chart) smtp* values"),
            #[cfg(not(target_arch = "wasm32"))]
            docs: $docs,
            syntaxes: syn::YAML | syn::JSON,
            keys: &[
                k("smtpHost", Host),
                k("smtpPort", Port),
                k("smtpUser", Username),
                k("smtpPassword", Password),
                k("smtpProtocol", Encryption),
                k("smtpExistingSecret", CredentialsFile),
                $(k($chart_from, From),)?
            ],
            markers: &chart_markers!($app),
            needs_marker: true,
            case_sensitive: true,
            credentials_apart: true,
            store_replaces: &[Password],
            other_keys: words!["smtpService", "smtpFromName", "smtpAuth", "smtpTls"],
            tls: $tls,
            fixes: chart_fixes!($starttls, $chart_text),
            sender_hint: sender_hint!($($chart_from)?),
            hooks: Hooks {
                finish: $login_from,
                ..Hooks::NONE
            },
            ..BASE
        };
    };
    // Most images ask for STARTTLS with the word `tls` (on 587).
    (
        $env:ident, $chart:ident, $p:literal, $app:literal, $name:literal,
        tls: $tls:expr, $($rest:tt)*
    ) => {
        bitnami_app!(
            $env, $chart, $p, $app, $name,
            tls: $tls, starttls: SetVal::Word("tls"),
            env_text: concat!($p, "_SMTP_PROTOCOL=tls (with ", $p, "_SMTP_PORT_NUMBER=587)"),
            chart_text: "smtpProtocol: tls (with smtpPort: 587)",
            $($rest)*
        );
    };
}

/// A chart's own marks: its image (`image.repository: bitnami/<app>`) and
/// its admin login value (`<app>Username`); `smtpHost` alone is other
/// tools' name too (Jenkins, log4j), and `smtpExistingSecret` every Bitnami
/// chart's, so one of the first two must be there.
macro_rules! chart_markers {
    ($app:literal) => {
        [
            mark_value("image.repository", concat!("bitnami/", $app)),
            mark(concat!($app, "Username")),
            // Every Bitnami chart's names: they add to the score of the
            // chart whose own mark is there, and pick none alone.
            shared(mark("smtpExistingSecret")),
            shared(mark("smtpProtocol")),
        ]
    };
}

macro_rules! sender_hint {
    () => {
        "the app's own sender setting (the image has no sender variable)"
    };
    ($from:literal) => {
        $from
    };
}

bitnami_app!(
    WORDPRESS, WORDPRESS_CHART, "WORDPRESS", "wordpress", "WordPress",
    tls: PHPMAILER_TLS,
    from: ["WORDPRESS_SMTP_FROM_EMAIL"],
    chart_from: ["smtpFromEmail"],
    login_from: Some(super::phorge::login_is_sender),
    verify: [],
    other: ["WORDPRESS_SMTP_FROM_NAME"],
    docs: "https://github.com/bitnami/containers/blob/main/bitnami/wordpress/6/debian-12/rootfs/opt/bitnami/scripts/libwordpress.sh https://github.com/bitnami/charts/blob/main/bitnami/wordpress/templates/deployment.yaml",
);

bitnami_app!(
    MOODLE, MOODLE_CHART, "MOODLE", "moodle", "Moodle",
    tls: PHPMAILER_TLS,
    from: ["MOODLE_EMAIL"],
    chart_from: [],
    login_from: None,
    verify: [],
    other: [],
    docs: "https://github.com/bitnami/containers/blob/main/bitnami/moodle/5.0/debian-12/rootfs/opt/bitnami/scripts/libmoodle.sh https://github.com/bitnami/charts/blob/main/bitnami/moodle/templates/deployment.yaml",
);

bitnami_app!(
    DRUPAL, DRUPAL_CHART, "DRUPAL", "drupal", "Drupal",
    tls: DRUPAL_TLS,
    from: ["DRUPAL_EMAIL"],
    chart_from: [],
    login_from: None,
    verify: [],
    other: [],
    docs: "https://github.com/bitnami/containers/tree/main/bitnami/drupal (libdrupal.sh: drupal_configure_smtp) https://github.com/bitnami/charts/blob/main/bitnami/drupal/templates/deployment.yaml",
);

bitnami_app!(
    JOOMLA, JOOMLA_CHART, "JOOMLA", "joomla", "Joomla!",
    tls: PHPMAILER_TLS,
    from: ["JOOMLA_SMTP_SENDER_EMAIL"],
    chart_from: [],
    login_from: None,
    verify: [],
    other: ["JOOMLA_SMTP_SENDER_NAME"],
    docs: "https://github.com/bitnami/containers/tree/main/bitnami/joomla (libjoomla.sh: joomla_initialize)",
);

bitnami_app!(
    MATOMO, MATOMO_CHART, "MATOMO", "matomo", "Matomo",
    tls: MATOMO_TLS,
    from: ["MATOMO_NOREPLY_ADDRESS"],
    chart_from: [],
    login_from: None,
    verify: [],
    other: ["MATOMO_SMTP_AUTH", "MATOMO_NOREPLY_NAME"],
    docs: "https://github.com/bitnami/containers/tree/main/bitnami/matomo (libmatomo.sh: matomo_initialize) https://github.com/bitnami/charts/blob/main/bitnami/matomo/templates/deployment.yaml",
);

bitnami_app!(
    SUITECRM, SUITECRM_CHART, "SUITECRM", "suitecrm", "SuiteCRM",
    tls: PHPMAILER_TLS,
    from: ["SUITECRM_SMTP_NOTIFY_ADDRESS"],
    chart_from: [],
    login_from: None,
    verify: [],
    other: ["SUITECRM_SMTP_NOTIFY_NAME"],
    docs: "https://github.com/bitnami/containers/tree/main/bitnami/suitecrm (libsuitecrm.sh: suitecrm_pass_smtp_wizard) https://github.com/salesagility/SuiteCRM/blob/master/include/SugarPHPMailer.php",
);

bitnami_app!(
    REDMINE, REDMINE_CHART, "REDMINE", "redmine", "Redmine",
    tls: REDMINE_TLS, starttls: SetVal::Word("tls"),
    env_text: "REDMINE_SMTP_PROTOCOL=tls (with REDMINE_SMTP_PORT_NUMBER=587; the image's only way to STARTTLS)",
    chart_text: "smtpProtocol: tls (with smtpPort: 587)",
    from: [],
    chart_from: [],
    login_from: None,
    verify: ["REDMINE_SMTP_OPENSSL_VERIFY_MODE"],
    other: ["REDMINE_SMTP_AUTH", "REDMINE_SMTP_DOMAIN", "REDMINE_SMTP_CA_FILE"],
    docs: "https://github.com/bitnami/containers/tree/main/bitnami/redmine (libredmine.sh: redmine_initialize) https://github.com/bitnami/charts/blob/main/bitnami/redmine/templates/deployment.yaml",
);

bitnami_app!(
    GHOST, GHOST_CHART, "GHOST", "ghost", "Ghost",
    tls: GHOST_TLS, starttls: SetVal::Remove,
    env_text: "GHOST_SMTP_PROTOCOL empty or leave it out (the image makes both `ssl` and `tls` TLS from the first byte; without a word Ghost uses STARTTLS on 587)",
    chart_text: "smtpProtocol: \"\" (the image makes both `ssl` and `tls` TLS from the first byte; without a word Ghost uses STARTTLS on 587)",
    from: ["GHOST_SMTP_FROM_ADDRESS"],
    chart_from: ["smtpFromAddress"],
    login_from: None,
    verify: [],
    other: ["GHOST_SMTP_SERVICE"],
    docs: "https://github.com/bitnami/containers/tree/main/bitnami/ghost (libghost.sh: ghost_initialize) https://github.com/bitnami/charts/blob/main/bitnami/ghost/templates/deployment.yaml",
);

bitnami_app!(
    ODOO, ODOO_CHART, "ODOO", "odoo", "Odoo",
    tls: ODOO_TLS, starttls: SetVal::Word("tls"),
    env_text: "ODOO_SMTP_PROTOCOL=tls (Odoo's smtp_ssl: STARTTLS, with ODOO_SMTP_PORT_NUMBER=587)",
    chart_text: "smtpProtocol: tls (Odoo's smtp_ssl: STARTTLS, with smtpPort: 587)",
    from: [],
    chart_from: [],
    login_from: None,
    verify: [],
    other: [],
    docs: "https://github.com/bitnami/containers/tree/main/bitnami/odoo (libodoo.sh: odoo_initialize) https://github.com/bitnami/charts/blob/main/bitnami/odoo/templates/deployment.yaml",
);

bitnami_app!(
    PRESTASHOP, PRESTASHOP_CHART, "PRESTASHOP", "prestashop", "PrestaShop",
    tls: PRESTASHOP_TLS,
    from: ["PRESTASHOP_EMAIL"],
    chart_from: ["prestashopEmail"],
    login_from: None,
    verify: [],
    other: [],
    docs: "https://github.com/bitnami/containers/blob/main/bitnami/prestashop/8/debian-12/rootfs/opt/bitnami/scripts/libprestashop.sh https://github.com/PrestaShop/PrestaShop/blob/8.1.x/classes/Mail.php",
);

bitnami_app!(
    OPENCART, OPENCART_CHART, "OPENCART", "opencart", "OpenCart",
    tls: OPENCART_TLS,
    from: ["OPENCART_EMAIL"],
    chart_from: ["opencartEmail"],
    login_from: None,
    verify: [],
    other: [],
    docs: "https://github.com/bitnami/containers/blob/main/bitnami/opencart/4/debian-12/rootfs/opt/bitnami/scripts/libopencart.sh https://github.com/opencart/opencart/blob/master/upload/system/library/mail/smtp.php",
);

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    fn compose(app: &str, p: &str, port: &str, protocol: &str) -> String {
        let proto = if protocol.is_empty() {
            String::new()
        } else {
            format!("      - {p}_SMTP_PROTOCOL={protocol}\n")
        };
        format!("services:\n  {app}:\n    image: docker.io/bitnami/{app}:latest\n    environment:\n      - {p}_DATABASE_HOST=mariadb\n      - {p}_SMTP_HOST=smtp.postmarkapp.com\n      - {p}_SMTP_PORT_NUMBER={port}\n      - {p}_SMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      - {p}_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n{proto}")
    }

    fn security(app: &str, p: &str, port: &str, protocol: &str) -> (String, serde_json::Value) {
        let (client, s, _) = first(&compose(app, p, port, protocol));
        (client, s["security"].clone())
    }

    #[test]
    fn phpmailer_apps_read_ssl_tls_and_nothing() {
        for (app, p) in [
            ("wordpress", "WORDPRESS"),
            ("moodle", "MOODLE"),
            ("joomla", "JOOMLA"),
            ("drupal", "DRUPAL"),
            ("matomo", "MATOMO"),
            ("suitecrm", "SUITECRM"),
        ] {
            let (client, s) = security(app, p, "465", "ssl");
            assert_eq!(client, format!("{app}-bitnami"));
            assert_eq!(s, "implicit", "{app}");
            assert_eq!(security(app, p, "587", "tls").1, "starttls", "{app}");
            // No word: automatic STARTTLS when the server offers it.
            let (_, s, ids) = first(&compose(app, p, "587", ""));
            assert!(
                !ids.iter().any(|i| i == "tls/disabled"),
                "{app}: {ids:?} {s:?}"
            );
        }
        assert_eq!(
            security("drupal", "DRUPAL", "587", "standard").1,
            "starttls"
        );
        // Matomo's `none` switches automatic STARTTLS off.
        let (_, s, ids) = first(&compose("matomo", "MATOMO", "587", "none"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn redmine_starts_tls_only_with_the_word_tls() {
        let (client, s, ids) = first(&compose("redmine", "REDMINE", "587", ""));
        assert_eq!(client, "redmine-bitnami");
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // `ssl` is no SMTPS to the image: clear text, even on 465.
        let (_, s, _) = first(&compose("redmine", "REDMINE", "465", "ssl"));
        assert_eq!(s["security"], "none");
        let (_, _, ids) = first(&compose("redmine", "REDMINE", "587", "tls"));
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn ghost_takes_tls_as_implicit() {
        let (client, s, ids) = first(&compose("ghost", "GHOST", "587", "tls"));
        assert_eq!(client, "ghost-bitnami");
        assert_eq!(s["security"], "implicit");
        assert!(!ids.is_empty(), "{ids:?}");
        let (_, _, ids) = first(&compose("ghost", "GHOST", "587", ""));
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn odoo_takes_ssl_as_starttls() {
        let (client, s) = security("odoo", "ODOO", "465", "ssl");
        assert_eq!(client, "odoo-bitnami");
        assert_eq!(s, "starttls");
        let (_, s, ids) = first(&compose("odoo", "ODOO", "587", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn prestashop_and_opencart_send_in_clear_without_a_word() {
        for (app, p) in [("prestashop", "PRESTASHOP"), ("opencart", "OPENCART")] {
            let (client, s) = security(app, p, "465", "ssl");
            assert_eq!(client, format!("{app}-bitnami"));
            assert_eq!(s, "implicit", "{app}");
            assert_eq!(security(app, p, "587", "tls").1, "starttls", "{app}");
            // No word: Swift Mailer / OpenCart's client never start TLS.
            let (_, s, ids) = first(&compose(app, p, "587", ""));
            assert_eq!(s["security"], "none", "{app}");
            assert!(has(&ids, "tls/disabled"), "{app}: {ids:?}");
            let (_, _, ids) = first(&compose(app, p, "587", "tls"));
            assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{app}: {ids:?}");
        }
    }

    #[test]
    fn prestashop_and_opencart_send_from_the_admin_email() {
        for (app, p) in [("prestashop", "PRESTASHOP"), ("opencart", "OPENCART")] {
            let env = compose(app, p, "587", "tls")
                + &format!("      - {p}_EMAIL=shop@acme-widgets.io\n");
            let (_, s, _) = first(&env);
            assert_eq!(s["from"], "shop@acme-widgets.io", "{app}");
        }
    }

    #[test]
    fn prestashop_chart_reads_its_email_as_the_from() {
        let values = VALUES
            .replace("bitnami/ghost", "bitnami/prestashop")
            .replace(
                "ghostUsername: admin",
                "prestashopUsername: owner@acme-widgets.io",
            )
            .replace("ghostEmail", "prestashopEmail")
            .replace("smtpProtocol: tls", "smtpProtocol: \"\"");
        let (client, s, ids) = first(&values);
        assert_eq!(client, "prestashop-bitnami-chart");
        assert_eq!(s["from"], "admin@acme-widgets.io");
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn wordpress_sends_from_the_login_by_default() {
        // The login (a token, shown masked) is the From: no address.
        let (_, _, ids) = first(&compose("wordpress", "WORDPRESS", "587", "tls"));
        assert!(has(&ids, "from/invalid"), "{ids:?}");
        let with_from = compose("wordpress", "WORDPRESS", "587", "tls")
            + "      - WORDPRESS_SMTP_FROM_EMAIL=blog@acme-widgets.io\n";
        let (_, s, ids) = first(&with_from);
        assert_eq!(s["from"], "blog@acme-widgets.io");
        assert!(!has(&ids, "from/invalid"), "{ids:?}");
    }

    #[test]
    fn port_is_read_under_both_names() {
        let env = "WORDPRESS_SMTP_HOST=smtp.postmarkapp.com\nWORDPRESS_SMTP_PORT=2525\nWORDPRESS_SMTP_USER=u\nWORDPRESS_SMTP_PASSWORD=p\nWORDPRESS_SMTP_PROTOCOL=tls\n";
        let (client, s, _) = first(env);
        assert_eq!(client, "wordpress-bitnami");
        assert_eq!(s["port"], 2525);
    }

    const VALUES: &str = "global:\n  imageRegistry: \"\"\nimage:\n  registry: docker.io\n  repository: bitnami/ghost\n  tag: 5.96.0\nghostUsername: admin\nghostEmail: admin@acme-widgets.io\nsmtpHost: smtp.postmarkapp.com\nsmtpPort: 587\nsmtpUser: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nsmtpPassword: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nsmtpProtocol: tls\n";

    #[test]
    fn chart_values_take_the_apps_meaning() {
        let (client, s, ids) = first(VALUES);
        assert_eq!(client, "ghost-bitnami-chart");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "implicit");
        assert!(!ids.is_empty(), "{ids:?}");
        let (client, s, _) = first(
            &VALUES
                .replace("bitnami/ghost", "bitnami/odoo")
                .replace("ghostUsername", "odooEmail"),
        );
        assert_eq!(client, "odoo-bitnami-chart");
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn chart_secret_replaces_the_password() {
        let values = VALUES.replace(
            "smtpPassword: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n",
            "smtpPassword: \"\"\nsmtpExistingSecret: ghost-smtp\n",
        );
        let (_, _, ids) = first(&values);
        assert!(!has(&ids, "auth/missing-password"), "{ids:?}");
    }

    #[test]
    fn smtp_host_alone_is_no_bitnami_chart() {
        let (client, _, _) =
            first("smtpHost: smtp.postmarkapp.com\nsmtpPort: 587\nsmtpUser: u\nsmtpPassword: p\n");
        assert!(!client.contains("bitnami"), "{client}");
    }

    #[test]
    fn redmine_verify_mode_none_is_read() {
        let env = compose("redmine", "REDMINE", "587", "tls")
            + "      - REDMINE_SMTP_OPENSSL_VERIFY_MODE=none\n      - REDMINE_SMTP_AUTH=login\n";
        let (_, _, ids) = first(&env);
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
        let (_, _, ids) = first(&env.replace("MODE=none", "MODE=peer"));
        assert!(!has(&ids, "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn wordpress_chart_from_defaults_to_the_user() {
        let values = VALUES
            .replace("bitnami/ghost", "bitnami/wordpress")
            .replace("ghostUsername", "wordpressUsername")
            .replace("ghostEmail", "wordpressEmail")
            .replace("smtpProtocol: tls", "smtpProtocol: \"\"");
        let (client, s, ids) = first(&values);
        assert_eq!(client, "wordpress-bitnami-chart");
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "from/invalid"), "{ids:?}");
        let (_, s, _) = first(&(values + "smtpFromEmail: blog@acme-widgets.io\n"));
        assert_eq!(s["from"], "blog@acme-widgets.io");
    }

    #[test]
    fn a_values_excerpt_without_the_charts_marks_is_no_apps() {
        // `smtpExistingSecret` and `smtpProtocol` are every chart's: without
        // the image or the app's login value, which app it is stays unknown.
        let (client, _, _) = first(
            "smtpHost: smtp.postmarkapp.com\nsmtpPort: \"587\"\nsmtpUser: u\nsmtpProtocol: tls\nsmtpExistingSecret: mail\n",
        );
        assert!(!client.contains("bitnami"), "{client}");
    }
}

//! phpBB 3.x: its board settings (`phpbb_config` rows `smtp_delivery`,
//! `smtp_host`, `smtp_port`, `smtp_auth_method`, `smtp_username`,
//! `smtp_password`, `board_email`; the `installer: email:` block of the
//! CLI installer's `install-config.yml`), and the Bitnami image's
//! `PHPBB_SMTP_*` environment variables, which its installer script turns
//! into those settings.
//!
//! Meaning (phpBB 3.3's `includes/functions_messenger.php`: `smtpmail()`,
//! `smtp_class::log_into_server()` and `starttls()`;
//! `install/schemas/schema_data.sql` for the defaults;
//! `phpbb/install/console/command/install/install.php` and
//! `docs/install-config.sample.yml` for the installer's names; Bitnami's
//! `bitnami/phpbb/…/scripts/libphpbb.sh` and `phpbb-env.sh`):
//!
//! * `smtp_delivery` (default `0`) chooses SMTP; without it phpBB sends
//!   with PHP's `mail()`. `email_enable` (installer: `email.enabled`) off
//!   means no mail at all.
//! * `smtp_host` is a host, optionally prefixed with `ssl://` or `tls://`:
//!   both are PHP stream wrappers that speak TLS from the first byte (the
//!   prefix is how phpBB 3.0 did SMTPS; 3.1+ keeps it). Without a prefix,
//!   phpBB sends STARTTLS after EHLO whenever the server offers it and
//!   carries on in clear text otherwise: there is no setting to require
//!   or refuse it. `smtp_port` defaults to 25.
//! * It logs in only when both `smtp_username` and `smtp_password` are
//!   non-empty; `smtp_auth_method` (`PLAIN` by default, `LOGIN`,
//!   `CRAM-MD5`, `DIGEST-MD5`, `POP-BEFORE-SMTP`) is the preferred
//!   mechanism, and an unknown word makes phpBB take the first of PLAIN,
//!   LOGIN, CRAM-MD5, DIGEST-MD5 the server offers.
//! * `smtp_verify_peer` / `smtp_verify_peer_name` (default 1) and
//!   `smtp_allow_self_signed` (default 0) are the TLS context's checks.
//! * The envelope sender and From is `board_email` (the installer's
//!   `admin.email`).
//! * Bitnami: a non-empty `PHPBB_SMTP_HOST` sets `email_enable` and
//!   `smtp_delivery` to 1; `PHPBB_SMTP_PORT_NUMBER` (or `PHPBB_SMTP_PORT`,
//!   the README's example) is the port and is required with a host;
//!   `PHPBB_SMTP_USER`/`PHPBB_SMTP_PASSWORD` the login; `PHPBB_EMAIL` the
//!   board e-mail, so the From. `PHPBB_SMTP_PROTOCOL` (`plain`, `ssl`,
//!   `tls`; default `plain`) is handed to the installer's `smtp_auth`,
//!   which phpBB stores as `smtp_auth_method`: it is read as an
//!   authentication word, not a TLS one, so `ssl` does not give TLS from
//!   the first byte (only an `ssl://` host prefix does). The settings are
//!   applied at the first start only.
//! * phpBB 4 (master) moves mail to Symfony Mailer with other names; this
//!   table reads 3.x.

use crate::extract::profile::{
    fix_text, k, kr, mark, pairs, syn, weighs, words, Both, Fix, Key, Marker, Profile, Read, Sec,
    Switch, TlsModel, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    kr("smtp_host", Host, Read::HostScheme),
    k("smtp_port", Port),
    k("smtp_username|email.smtp_user", Username),
    k("smtp_password|email.smtp_pass", Password),
    k("smtp_auth_method|email.smtp_auth", AuthMethod),
    k("smtp_delivery", Transport),
    k("email_enable|email.enabled", Enabled),
    k("board_email|installer.admin.email", From),
    k("smtp_verify_peer", VerifyPeer),
    k("smtp_verify_peer_name", VerifyPeer),
    k("smtp_allow_self_signed", SkipVerify),
];

/// `smtp_host` is any app's: phpBB's own names. `smtp_delivery` outweighs
/// Synapse's `email.smtp_host`/`email.smtp_pass`, which the installer's
/// `email:` block also writes.
const MARKERS: &[Marker] = &[
    weighs(mark("smtp_delivery"), 3),
    mark("smtp_auth_method"),
    mark("smtp_verify_peer_name"),
    mark("smtp_allow_self_signed"),
    mark("board_email"),
];

const ENV_KEYS: &[Key] = &[
    kr("PHPBB_SMTP_HOST", Host, Read::HostScheme),
    k("PHPBB_SMTP_PORT_NUMBER|PHPBB_SMTP_PORT", Port),
    k("PHPBB_SMTP_USER", Username),
    k("PHPBB_SMTP_PASSWORD", Password),
    k("PHPBB_SMTP_PROTOCOL", AuthMethod),
    k("PHPBB_EMAIL", From),
];

/// An `ssl://` or `tls://` host prefix is TLS from the first byte;
/// otherwise STARTTLS when the server offers it.
const TLS: TlsModel = TlsModel {
    words: &[
        ("ssl", Sec::Implicit),
        ("tls", Sec::Implicit),
        ("", Sec::Ignored),
    ],
    starttls_on: Sec::Auto,
    starttls_off: Sec::Auto,
    implicit_ports: &[],
    default: Sec::Auto,
    both: Both::Implicit,
    absent: "",
};

const SWITCH: Switch = Switch {
    smtp: words!["1", "true", "yes", "on"],
    no_mail: words![],
    // The installer's `smtp_delivery: ~` is false (`treatNullLike(false)`).
    local: words!["0", "false", "no", "off", "~", "null"],
    missing: Some("PHP's mail() (phpBB's smtp_delivery defaults to 0)"),
    off: None,
    name: "smtp_delivery",
};

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "smtp_port = {port} (ACP → Client communication → Email settings: SMTP server port)",
    ),
    fix_text(
        W::Host,
        &[],
        "smtp_host = {value} (ACP → Email settings: SMTP server address)",
    ),
    fix_text(
        W::StartTls,
        &[],
        "smtp_host without an ssl:// or tls:// prefix (phpBB then upgrades with STARTTLS)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "smtp_verify_peer = 1, smtp_verify_peer_name = 1 and smtp_allow_self_signed = 0",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "smtp_username and smtp_password (both: phpBB logs in only with the two)",
    ),
    fix_text(W::TlsModern, &[], "a current PHP and OpenSSL (TLS 1.2+)"),
    fix_text(W::Username, &[], "smtp_username = {value}"),
    fix_text(W::Password, &[], "smtp_password = {value}"),
    fix_text(
        W::From,
        &[],
        "board_email = {value} (ACP → Board-wide emails: Board email address)",
    ),
    fix_text(
        W::Stream,
        &[],
        "phpBB has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const ENV_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "PHPBB_SMTP_PORT_NUMBER={port}"),
    fix_text(W::Host, &[], "PHPBB_SMTP_HOST={value}"),
    fix_text(
        W::StartTls,
        &[],
        "PHPBB_SMTP_HOST without an ssl:// or tls:// prefix (phpBB then upgrades with STARTTLS)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "smtp_verify_peer = 1 in the ACP (the image has no variable for it)",
    ),
    fix_text(W::AuthOn, &[], "PHPBB_SMTP_USER and PHPBB_SMTP_PASSWORD"),
    fix_text(
        W::TlsModern,
        &[],
        "a current image (PHP and OpenSSL with TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "PHPBB_SMTP_USER={value}"),
    fix_text(W::Password, &[], "PHPBB_SMTP_PASSWORD={value}"),
    fix_text(
        W::From,
        &[],
        "PHPBB_EMAIL={value} (the board e-mail, phpBB's From)",
    ),
    fix_text(
        W::Stream,
        &[],
        "phpBB has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

#[cfg(not(target_arch = "wasm32"))]
const DOCS: &str = "https://www.phpbb.com/support/docs/en/3.3/ug/adminguide/general_client/ https://github.com/phpbb/phpbb/blob/3.3.x/phpBB/includes/functions_messenger.php https://github.com/bitnami/containers/tree/main/bitnami/phpbb";

pub static PHPBB: Profile = Profile {
    id: "phpbb",
    name: "phpBB board e-mail settings",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::DATA | syn::PROSE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    // phpBB's names are lowercase (`smtp_allow_self_signed`); an
    // environment's `SMTP_ALLOW_SELF_SIGNED` is another app's.
    case_sensitive: true,
    other_keys: words![
        "email_package_size",
        "email_function_name",
        "email_force_sender",
        "board_contact",
        "board_email_sig",
        "board_email_form",
        "board_contact_name",
        "email_check_mx",
        "email_max_chunk_size",
    ],
    leftovers: pairs![
        ("smtp_user", "smtp_username"),
        ("smtp_pass", "smtp_password"),
        ("smtp_auth", "smtp_auth_method"),
        ("smtp_secure", "smtp_host (ssl://…)"),
    ],
    port: Some(25),
    switch: Some(SWITCH),
    tls: TLS,
    fixes: FIXES,
    sender_hint: "board_email (ACP → Board-wide emails: Board email address)",
    ..BASE
};

pub static PHPBB_ENV: Profile = Profile {
    id: "phpbb-env",
    name: "phpBB (Bitnami) PHPBB_SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    family: &["PHPBB_SMTP_"],
    leftovers: pairs![
        ("PHPBB_SMTP_USERNAME", "PHPBB_SMTP_USER"),
        ("PHPBB_SMTP_PASS", "PHPBB_SMTP_PASSWORD"),
        ("PHPBB_SMTP_FROM", "PHPBB_EMAIL"),
        ("PHPBB_SMTP_SECURE", "PHPBB_SMTP_HOST (ssl://…)"),
    ],
    case_sensitive: true,
    tls: TLS,
    fixes: ENV_FIXES,
    sender_hint: "PHPBB_EMAIL (the board e-mail; default user@example.com)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    #[test]
    fn an_environment_name_in_capitals_is_not_phpbbs() {
        let (client, _, _) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER=u\nSMTP_PASS=p\nSMTP_ALLOW_SELF_SIGNED=false\n",
        );
        assert_ne!(client, "phpbb");
    }

    const COMPOSE: &str = "services:\n  phpbb:\n    image: docker.io/bitnami/phpbb:3\n    environment:\n      - PHPBB_DATABASE_HOST=mariadb\n      - PHPBB_EMAIL=forum@acme.io\n      - PHPBB_SMTP_HOST=smtp.postmarkapp.com\n      - PHPBB_SMTP_PORT_NUMBER=587\n      - PHPBB_SMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      - PHPBB_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      - PHPBB_SMTP_PROTOCOL=tls\n";

    #[test]
    fn bitnami_env_starttls_when_offered() {
        let (client, s, ids) = first(COMPOSE);
        assert_eq!(client, "phpbb-env");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["from"], "forum@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn the_protocol_word_is_no_tls_setting_but_the_host_prefix_is() {
        // `ssl` is handed to smtp_auth_method: port 465 then gets clear text.
        let (_, s, _) = first(
            &COMPOSE
                .replace("=587", "=465")
                .replace("PROTOCOL=tls", "PROTOCOL=ssl"),
        );
        assert_ne!(s["security"], "implicit");
        let (_, s, ids) = first(&COMPOSE.replace(
            "HOST=smtp.postmarkapp.com",
            "HOST=ssl://smtp.postmarkapp.com",
        ));
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    const INSTALLER: &str = "installer:\n    admin:\n        name: admin\n        password: adminadmin\n        email: forum@acme.io\n\n    email:\n        enabled: true\n        smtp_delivery: true\n        smtp_host: smtp.postmarkapp.com\n        smtp_port: 587\n        smtp_auth: PLAIN\n        smtp_user: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n        smtp_pass: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn installer_config_and_its_switches() {
        let (client, s, ids) = first(INSTALLER);
        assert_eq!(client, "phpbb");
        assert_eq!(s["port"], 587);
        assert_eq!(s["from"], "forum@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, _, ids) = first(&INSTALLER.replace("smtp_delivery: true", "smtp_delivery: false"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&INSTALLER.replace("enabled: true", "enabled: false"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn config_rows_default_to_mail_and_port_25() {
        let rows = "smtp_host: smtp.postmarkapp.com\nsmtp_auth_method: PLAIN\nsmtp_username: u\nsmtp_password: p\nboard_email: forum@acme.io\n";
        let (client, _, ids) = first(rows);
        assert_eq!(client, "phpbb");
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        // SMTP on, no port: phpBB dials 25.
        let (_, s, ids) = first(&format!("smtp_delivery: 1\n{rows}"));
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "port/missing"), "{ids:?}");
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn other_smtp_host_keys_are_not_taken() {
        let (client, _, _) =
            first("smtp_host: smtp.postmarkapp.com\nsmtp_port: 587\nsmtp_user: u\nsmtp_pass: p\n");
        assert_ne!(client, "phpbb");
    }
}

//! Cachet 2.x's `.env` (and the `cachethq/docker` image's environment):
//! Laravel's mail keys with Cachet's own sender names.
//!
//! Meaning (Cachet 2.4's `config/mail.php` and `.env.example`, branch 2.4
//! at d46669932; Laravel 5.7, SwiftMailer):
//!
//! * `MAIL_DRIVER` picks the transport (default `smtp`; `log` sends
//!   nothing, `sendmail`/`mail` are local);
//! * `MAIL_HOST` (default `smtp.mailgun.org`), `MAIL_PORT` (default 587),
//!   `MAIL_USERNAME`, `MAIL_PASSWORD`;
//! * `MAIL_ENCRYPTION` (default `tls`): SwiftMailer's words, `tls`
//!   STARTTLS and `ssl` TLS from the first byte (see `laravel.rs`);
//! * **`MAIL_ADDRESS` is the From** and `MAIL_NAME` its name (default
//!   `Cachet`): Laravel's `MAIL_FROM_ADDRESS` is not read.
//!
//! The Docker image (`cachethq/docker`, `entrypoint.sh`) writes the same
//! names into the `.env` from the container's environment, with its own
//! defaults: `MAIL_HOST=localhost`, `MAIL_PORT=25`, `MAIL_ENCRYPTION`
//! empty. A paste in compose/Kubernetes YAML is taken as the image's (port
//! 25 when none is written).
//!
//! Cachet 3 (2024, Laravel 11) reads Laravel's own names (`MAIL_MAILER`,
//! `MAIL_FROM_ADDRESS`): such a paste is `laravel-env`. Recognised by
//! Cachet 2's sender names (`MAIL_ADDRESS`, `MAIL_NAME`); its `CACHET_*`
//! settings (in both versions' `.env`) add to them.

use super::laravel;
use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, shared, syn, words, Fix, Hooks, Key, Marker, Profile,
    SetVal, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Role::*, Syntax};

const KEYS: &[Key] = &[
    k("MAIL_HOST", Host),
    k("MAIL_PORT", Port),
    k("MAIL_USERNAME", Username),
    k("MAIL_PASSWORD", Password),
    k("MAIL_ENCRYPTION", Encryption),
    k("MAIL_ADDRESS", From),
    k("MAIL_DRIVER", Transport),
];

/// Cachet 2's sender names (Laravel's are `MAIL_FROM_*`); Cachet's own
/// settings (`CACHET_BEACON`…) only add to them: Cachet 3's `.env` has
/// them too, beside Laravel's mail names.
const MARKERS: &[Marker] = &[
    mark("MAIL_ADDRESS"),
    mark("MAIL_NAME"),
    shared(mark("CACHET_*")),
];

const FIXES: &[Fix] = &[
    laravel::PORT_FIX,
    laravel::HOST_FIX,
    laravel::STARTTLS_FIX,
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    laravel::AUTH_ON_FIX,
    laravel::TLS_MODERN_FIX,
    laravel::USERNAME_FIX,
    laravel::PASSWORD_FIX,
    fix(W::From, &[set(From, "MAIL_ADDRESS", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Cachet has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static CACHET: Profile = Profile {
    id: "cachet-env",
    name: "Cachet 2 .env / cachethq/docker environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.cachethq.io/docs/configuring-mail https://github.com/cachethq/cachet/blob/2.4/config/mail.php https://github.com/cachethq/Docker/blob/master/entrypoint.sh",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["MAIL_"],
    other_keys: words!["MAIL_NAME"],
    leftovers: pairs![
        ("MAIL_FROM_ADDRESS", "MAIL_ADDRESS"),
        ("MAIL_FROM_NAME", "MAIL_NAME"),
        ("MAIL_MAILER", "MAIL_DRIVER"),
    ],
    case_sensitive: true,
    port: Some(587),
    switch: Some(laravel::DRIVER_SWITCH),
    fixes: FIXES,
    sender_hint: "MAIL_ADDRESS in .env (Cachet 2)",
    hooks: Hooks {
        tls: Some(laravel::tls),
        default_port: Some(default_port),
        ..Hooks::NONE
    },
    ..BASE
};

/// The image's 25 for a container's environment, the config's 587 for a
/// `.env`.
fn default_port(cfg: &Config) -> Option<u16> {
    let container = cfg.fields.iter().any(|f| f.syntax == Syntax::Yaml);
    Some(if container { 25 } else { 587 })
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "APP_ENV=production\nMAIL_DRIVER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAIL_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAIL_ADDRESS=status@acme-widgets.io\nMAIL_NAME=\"Acme Status\"\nMAIL_ENCRYPTION=tls\n";

    #[test]
    fn cachets_own_sender() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "cachet-env");
        assert_eq!(s["from"], "status@acme-widgets.io");
        assert_eq!(s["security"], "starttls");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn swiftmailer_words_and_switch() {
        // Cachet 2 is Laravel 5: `ssl` is TLS from the first byte.
        let (_, s, ids) = first(&ENV.replace("=tls", "=ssl"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("MAIL_DRIVER=smtp", "MAIL_DRIVER=log"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn the_images_environment() {
        let yml = "services:\n  cachet:\n    image: cachethq/docker:2.3.15\n    environment:\n      - MAIL_HOST=smtp.postmarkapp.com\n      - MAIL_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      - MAIL_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      - MAIL_ADDRESS=status@acme-widgets.io\n      - MAIL_NAME=Status\n";
        let (client, _, ids) = first(yml);
        assert_eq!(client, "cachet-env");
        // No port: the image's 25.
        assert!(
            has(&ids, "port/25-blocked") || has(&ids, "port/missing"),
            "{ids:?}"
        );
        let map = "services:\n  cachet:\n    environment:\n      MAIL_HOST: smtp.postmarkapp.com\n      MAIL_ADDRESS: status@acme-widgets.io\n      MAIL_NAME: Status\n";
        let (client, _, _) = first(map);
        assert_eq!(client, "cachet-env");
    }

    #[test]
    fn laravels_sender_name_in_a_cachet_2_env() {
        let env = format!(
            "CACHET_BEACON=true\nCACHET_EMOJI=false\n{}",
            ENV.replace("MAIL_ADDRESS=", "MAIL_FROM_ADDRESS=")
        );
        let (client, _, ids) = first(&env);
        assert_eq!(client, "cachet-env");
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
        // Cachet 3 (Laravel 11) reads Laravel's names.
        let (client, _, _) = first("CACHET_BEACON=false\nMAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_FROM_ADDRESS=a@acme.io\nMAIL_FROM_NAME=Acme\n");
        assert_eq!(client, "laravel-env");
    }

    #[test]
    fn a_plain_laravel_env_is_not_cachet() {
        let (client, _, _) = first("MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_FROM_ADDRESS=a@acme.io\nMAIL_FROM_NAME=Acme\n");
        assert_eq!(client, "laravel-env");
    }
}

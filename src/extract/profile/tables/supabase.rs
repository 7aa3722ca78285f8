//! Supabase Auth (GoTrue): its `GOTRUE_SMTP_*` environment, the
//! self-hosting Docker `.env` (`SMTP_*`, passed on to `GOTRUE_SMTP_*` by
//! the stack's `docker-compose.yml`), and the CLI's `supabase/config.toml`
//! section `[auth.email.smtp]`.
//!
//! Meaning (supabase/auth README "Email" and `internal/conf/configuration.go`,
//! `internal/mailer/mailmeclient/mailmeclient.go`; supabase.com "Self-Hosting
//! with Docker: configuring an email server" and the CLI config reference):
//!
//! * `SMTP_HOST`, `SMTP_PORT` (the code's default is 587, which the README
//!   does not document), `SMTP_USER`, `SMTP_PASS`; `SMTP_ADMIN_EMAIL` is the
//!   From address (`SMTP_SENDER_NAME` its display name).
//! * There is no TLS setting: GoTrue sends with `gomail.v2`'s dialer, which
//!   uses TLS from the first byte exactly when the port is 465 and
//!   otherwise upgrades with STARTTLS whenever the server offers it; the
//!   certificate is always verified.
//! * The CLI's `[auth.email.smtp]` has `enabled`: without it true, local
//!   development keeps every mail in its Inbucket/Mailpit test inbox. The
//!   CLI's own default port is not documented (none assumed). Its values
//!   may be `env(NAME)`, read from the environment.
//!
//! The Docker `.env` keys are generic `SMTP_*` names: that table needs one
//! of the stack's own keys (`SMTP_ADMIN_EMAIL`, `ENABLE_EMAIL_AUTOCONFIRM`,
//! `ANON_KEY`…).

use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, shared, syn, words, Fix, Key, Marker, Profile, SetVal,
    Switch, TlsModel, WriteKind as W, BASE,
};
use crate::model::Role::*;

/// gomail's dialer: implicit TLS on 465, else STARTTLS when offered.
const TLS: TlsModel = TlsModel {
    implicit_ports: &[465],
    ..TlsModel::OPPORTUNISTIC
};

const GOTRUE_KEYS: &[Key] = &[
    k("GOTRUE_SMTP_HOST", Host),
    k("GOTRUE_SMTP_PORT", Port),
    k("GOTRUE_SMTP_USER", Username),
    k("GOTRUE_SMTP_PASS", Password),
    k("GOTRUE_SMTP_ADMIN_EMAIL", From),
];

/// How a change is written, by the key names of each syntax.
macro_rules! fixes {
    ($host:literal, $port:literal, $user:literal, $pass:literal, $from:literal, $what:literal) => {
        &[
            fix(W::Port, &[set(Port, $port, SetVal::Port)]),
            fix(W::Host, &[set(Host, $host, SetVal::Given)]),
            fix_text(
                W::StartTls,
                &[],
                concat!(
                    "a port other than 465 (",
                    $what,
                    " upgrades with STARTTLS by itself on 587 or 2525)"
                ),
            ),
            fix_text(
                W::VerifyOn,
                &[],
                "a trusted certificate chain on the host (GoTrue always verifies it)",
            ),
            fix_text(W::AuthOn, &[], concat!($user, " and ", $pass)),
            fix_text(W::TlsModern, &[], "a current Supabase Auth release"),
            fix(W::Username, &[set(Username, $user, SetVal::Given)]),
            fix(W::Password, &[set(Password, $pass, SetVal::Given)]),
            fix(W::From, &[set(From, $from, SetVal::Given)]),
            fix_text(
                W::Stream,
                &[],
                "Supabase Auth has no stream setting: use a Server whose default stream is `{value}`",
            ),
        ]
    };
}

const GOTRUE_FIXES: &[Fix] = fixes!(
    "GOTRUE_SMTP_HOST",
    "GOTRUE_SMTP_PORT",
    "GOTRUE_SMTP_USER",
    "GOTRUE_SMTP_PASS",
    "GOTRUE_SMTP_ADMIN_EMAIL",
    "GoTrue"
);

pub static GOTRUE_ENV: Profile = Profile {
    id: "supabase-gotrue-env",
    name: "Supabase Auth (GoTrue) GOTRUE_SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/supabase/auth#email https://github.com/supabase/auth/blob/master/internal/conf/configuration.go",
    syntaxes: syn::ENV_LIKE,
    keys: GOTRUE_KEYS,
    family: &["GOTRUE_SMTP_"],
    other_keys: words![
        "GOTRUE_SMTP_SENDER_NAME",
        "GOTRUE_SMTP_MAX_FREQUENCY",
        "GOTRUE_SMTP_HEADERS",
        "GOTRUE_SMTP_LOGGING_ENABLED",
    ],
    leftovers: pairs![
        ("GOTRUE_SMTP_PASSWORD", "GOTRUE_SMTP_PASS"),
        ("GOTRUE_SMTP_USERNAME", "GOTRUE_SMTP_USER"),
        ("GOTRUE_SMTP_FROM", "GOTRUE_SMTP_ADMIN_EMAIL"),
        ("GOTRUE_SMTP_SENDER_EMAIL", "GOTRUE_SMTP_ADMIN_EMAIL"),
        ("GOTRUE_SMTP_SECURE", "GOTRUE_SMTP_PORT"),
        ("GOTRUE_SMTP_TLS", "GOTRUE_SMTP_PORT"),
    ],
    case_sensitive: true,
    tls: TLS,
    port: Some(587),
    fixes: GOTRUE_FIXES,
    sender_hint: "GOTRUE_SMTP_ADMIN_EMAIL (GOTRUE_SMTP_SENDER_NAME is its display name)",
    ..BASE
};

const DOCKER_KEYS: &[Key] = &[
    k("SMTP_HOST", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USER", Username),
    k("SMTP_PASS", Password),
    k("SMTP_ADMIN_EMAIL", From),
];

/// Keys of the self-hosting stack's `.env` beside the SMTP ones.
const DOCKER_MARKERS: &[Marker] = &[
    mark("SMTP_ADMIN_EMAIL"),
    // Any app's sender display name: it counts only beside Supabase's own.
    shared(mark("SMTP_SENDER_NAME")),
    mark("ENABLE_EMAIL_AUTOCONFIRM"),
    mark("ENABLE_EMAIL_SIGNUP"),
    mark("MAILER_URLPATHS_CONFIRMATION"),
    mark("ANON_KEY"),
    mark("SERVICE_ROLE_KEY"),
    mark("SUPABASE_PUBLIC_URL"),
    mark("STUDIO_DEFAULT_ORGANIZATION"),
];

const DOCKER_FIXES: &[Fix] = fixes!(
    "SMTP_HOST",
    "SMTP_PORT",
    "SMTP_USER",
    "SMTP_PASS",
    "SMTP_ADMIN_EMAIL",
    "GoTrue"
);

pub static SUPABASE_DOCKER_ENV: Profile = Profile {
    id: "supabase-docker-env",
    name: "Supabase self-hosting .env (SMTP_*)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://supabase.com/docs/guides/self-hosting/docker#configuring-an-email-server https://github.com/supabase/supabase/blob/master/docker/.env.example",
    syntaxes: syn::ENV_LIKE,
    keys: DOCKER_KEYS,
    markers: DOCKER_MARKERS,
    needs_marker: true,
    family: &["SMTP_"],
    other_keys: words!["SMTP_SENDER_NAME"],
    leftovers: pairs![
        ("SMTP_PASSWORD", "SMTP_PASS"),
        ("SMTP_USERNAME", "SMTP_USER"),
        ("SMTP_FROM", "SMTP_ADMIN_EMAIL"),
        ("SMTP_SECURE", "SMTP_PORT"),
    ],
    case_sensitive: true,
    tls: TLS,
    port: Some(587),
    fixes: DOCKER_FIXES,
    sender_hint: "SMTP_ADMIN_EMAIL in .env (passed to GOTRUE_SMTP_ADMIN_EMAIL)",
    ..BASE
};

const CLI_KEYS: &[Key] = &[
    k("auth.email.smtp.host", Host),
    k("auth.email.smtp.port", Port),
    k("auth.email.smtp.user", Username),
    k("auth.email.smtp.pass", Password),
    k("auth.email.smtp.admin_email", From),
    k("auth.email.smtp.enabled", Enabled),
];

const CLI_FIXES: &[Fix] = fixes!(
    "host",
    "port",
    "user",
    "pass",
    "admin_email",
    "Supabase Auth"
);

pub static SUPABASE_CLI: Profile = Profile {
    id: "supabase-cli-toml",
    name: "Supabase CLI config.toml [auth.email.smtp]",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://supabase.com/docs/guides/local-development/cli/config#auth.email.smtp.enabled https://supabase.com/docs/guides/auth/auth-smtp",
    syntaxes: syn::TOML,
    keys: CLI_KEYS,
    other_keys: words!["sender_name"],
    leftovers: pairs![
        ("password", "pass"),
        ("username", "user"),
        ("from", "admin_email"),
    ],
    case_sensitive: true,
    tls: TLS,
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: None,
        off: Some("its local Inbucket/Mailpit test inbox (nothing reaches real recipients)"),
        name: "`enabled` in [auth.email.smtp]",
    }),
    fixes: CLI_FIXES,
    sender_hint: "admin_email in [auth.email.smtp]",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    #[test]
    fn a_sender_name_alone_is_not_supabase() {
        // SMTP_SENDER_NAME beside another app's SMTP_PASSWORD (Supabase
        // reads SMTP_PASS): not Supabase's .env, no missing password.
        let env = "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER=u\nSMTP_PASSWORD=u\nSMTP_SENDER_NAME=App\nSMTP_SENDER=a@acme.io\n";
        let (client, _, ids) = first(env);
        assert_ne!(client, "supabase-docker-env");
        assert!(!ids.iter().any(|i| i == "auth/missing-password"), "{ids:?}");
    }

    #[test]
    fn gotrue_env_465_is_implicit_else_starttls() {
        let env = "GOTRUE_SMTP_HOST=smtp.postmarkapp.com\nGOTRUE_SMTP_PORT=587\nGOTRUE_SMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nGOTRUE_SMTP_PASS=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nGOTRUE_SMTP_ADMIN_EMAIL=auth@acme.io\n";
        let (client, s, ids) = first(env);
        assert_eq!(client, "supabase-gotrue-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "auth@acme.io");
        assert!(!ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
        let (_, s, ids) = first(&env.replace("=587", "=465"));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn the_docker_env_needs_its_own_keys() {
        let env = "ENABLE_EMAIL_AUTOCONFIRM=false\nSMTP_ADMIN_EMAIL=auth@acme.io\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASS=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_SENDER_NAME=Acme\n";
        let (client, s, ids) = first(env);
        assert_eq!(client, "supabase-docker-env");
        assert_eq!(s["from"], "auth@acme.io");
        assert!(!ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
        // Plain SMTP_* lines without the stack's keys are not Supabase.
        let (client, _, _) =
            first("SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER=u\nSMTP_PASS=p\n");
        assert_ne!(client, "supabase-docker-env");
    }

    #[test]
    fn the_cli_section_and_its_switch() {
        let toml = "[auth.email.smtp]\nenabled = true\nhost = \"smtp.postmarkapp.com\"\nport = 587\nuser = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\npass = \"env(POSTMARK_SERVER_TOKEN)\"\nadmin_email = \"auth@acme.io\"\nsender_name = \"Acme\"\n";
        let (client, s, ids) = first(toml);
        assert_eq!(client, "supabase-cli-toml");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert!(
            !ids.iter().any(|i| i == "input/smtp-not-enabled"),
            "{ids:?}"
        );
        let (_, _, ids) = first(&toml.replace("enabled = true", "enabled = false"));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }
}

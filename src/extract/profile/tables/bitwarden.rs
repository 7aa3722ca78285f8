//! Bitwarden self-hosted (the official server, not Vaultwarden): the
//! `globalSettings__mail__*` variables of `bwdata/env/global.override.env`
//! (or the unified image's `settings.env`), ASP.NET configuration bound
//! case-insensitively onto `GlobalSettings.Mail`; also the same settings as
//! JSON (`"globalSettings": {"mail": {"smtp": {…}}}`).
//!
//! Meaning (bitwarden.com/help "Configure Environment Variables", and the
//! code, which the docs only name: `src/Core/Services/Implementations/
//! MailKitSmtpMailDeliveryService.cs`, `SmtpSettings` in `GlobalSettings.cs`,
//! the mail branch of `ServiceCollectionExtensions.cs`):
//!
//! * The TLS mode is not a word but a rule on the port, in this order:
//!   with `ssl` and `startTls` both false and the port 25, MailKit connects
//!   with `SecureSocketOptions.None` (clear text, no STARTTLS even when
//!   offered); otherwise `ConnectAsync(host, port, useSsl)` with
//!   `useSsl = port == 587 && !sslOverride ? false : ssl`: true is TLS
//!   from the first byte, false is MailKit's `StartTlsWhenAvailable`.
//!   So `ssl=true` is ignored on 587 (unless `sslOverride=true`), `ssl=true`
//!   on any other port is implicit TLS, and `startTls` only keeps port 25
//!   from clear text (it never *requires* STARTTLS). The docs describe
//!   `ssl` as "use SSL"; the code is followed here.
//! * The port defaults to 25 (`SmtpSettings.Port`), `ssl`, `startTls`,
//!   `sslOverride` and `trustServer` to false.
//! * Booleans are bound by .NET's `bool.TryParse`: only `true`/`false`
//!   (any case); any other word stops the service at start-up, read here
//!   as unknown.
//! * `trustServer=true` accepts any server certificate.
//! * Mail is on when `smtp__host` has a value (and no Amazon SES key is
//!   set); `REPLACE` and `SECRET` (the setup's placeholders) count as no
//!   value. It logs in only when both `username` and `password` are set.
//! * The From is `globalSettings__mail__replyToEmail` (required); the
//!   display name is `globalSettings__siteName`.
//! * `useDefaultCredentials` and `authType` appear in older guides; the
//!   MailKit service does not read them.

use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, syn, words, Fix, Hooks, Key, Marker, Pairs, Profile,
    SetVal, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Field, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k(
        "globalSettings__mail__smtp__host|globalSettings.mail.smtp.host",
        Host,
    ),
    k(
        "globalSettings__mail__smtp__port|globalSettings.mail.smtp.port",
        Port,
    ),
    k(
        "globalSettings__mail__smtp__username|globalSettings.mail.smtp.username",
        Username,
    ),
    k(
        "globalSettings__mail__smtp__password|globalSettings.mail.smtp.password",
        Password,
    ),
    k(
        "globalSettings__mail__replyToEmail|globalSettings.mail.replyToEmail",
        From,
    ),
    // `ssl` and `sslOverride` share the role; the hook tells them apart by
    // name (`sslOverride` only matters on port 587).
    k(
        "globalSettings__mail__smtp__ssl|globalSettings.mail.smtp.ssl",
        ImplicitTls,
    ),
    k(
        "globalSettings__mail__smtp__sslOverride|globalSettings.mail.smtp.sslOverride",
        ImplicitTls,
    ),
    k(
        "globalSettings__mail__smtp__startTls|globalSettings.mail.smtp.startTls",
        StartTls,
    ),
    k(
        "globalSettings__mail__smtp__trustServer|globalSettings.mail.smtp.trustServer",
        SkipVerify,
    ),
];

const MARKERS: &[Marker] = &[
    mark("globalSettings__mail__smtp__host"),
    mark("globalSettings__mail__replyToEmail"),
    mark("globalSettings.mail.smtp.host"),
];

const OTHER_KEYS: Words = words![
    "globalSettings__mail__smtp__authType",
    "globalSettings__mail__smtp__useDefaultCredentials",
    "globalSettings__mail__smtp__oAuth__clientId",
    "globalSettings__mail__smtp__oAuth__clientSecret",
    "globalSettings__mail__smtp__oAuth__tokenEndpoint",
    "globalSettings__mail__smtp__oAuth__scope",
    "globalSettings__siteName",
    "globalSettings__mail__sendGridApiKey",
    "globalSettings__mail__connectionString",
];

const LEFTOVERS: Pairs = pairs![
    (
        "globalSettings__mail__smtp__useSsl",
        "globalSettings__mail__smtp__ssl",
    ),
    (
        "globalSettings__mail__smtp__from",
        "globalSettings__mail__replyToEmail",
    ),
    (
        "globalSettings__mail__smtp__user",
        "globalSettings__mail__smtp__username",
    ),
    (
        "globalSettings__mail__smtp__server",
        "globalSettings__mail__smtp__host",
    ),
];

const FIXES: &[Fix] = &[
    fix(
        W::Port,
        &[set(Port, "globalSettings__mail__smtp__port", SetVal::Port)],
    ),
    fix(
        W::Host,
        &[set(Host, "globalSettings__mail__smtp__host", SetVal::Given)],
    ),
    // `ssl=false` keeps implicit TLS off on every port, `startTls=true`
    // keeps port 25 off clear text: together STARTTLS when offered.
    fix_text(
        W::StartTls,
        &[
            set(
                ImplicitTls,
                "globalSettings__mail__smtp__ssl",
                SetVal::Bool(false),
            ),
            set(
                StartTls,
                "globalSettings__mail__smtp__startTls",
                SetVal::Bool(true),
            ),
        ],
        "globalSettings__mail__smtp__ssl=false and globalSettings__mail__smtp__startTls=true",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "globalSettings__mail__smtp__trustServer=false",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "globalSettings__mail__smtp__username and globalSettings__mail__smtp__password",
    ),
    fix_text(W::TlsModern, &[], "a current Bitwarden release"),
    fix_text(
        W::Username,
        &[],
        "globalSettings__mail__smtp__username={value}",
    ),
    fix_text(
        W::Password,
        &[],
        "globalSettings__mail__smtp__password={value}",
    ),
    fix_text(W::From, &[], "globalSettings__mail__replyToEmail={value}"),
    fix_text(
        W::Stream,
        &[],
        "Bitwarden has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// The field of a switch by its last name part (`ssl`, `sslOverride`).
fn named<'a>(cfg: &'a Config, name: &str) -> Option<&'a Field> {
    cfg.fields.iter().rfind(|f| {
        f.key
            .rsplit(['_', '.'])
            .next()
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
    })
}

/// .NET's `bool.TryParse` (absent: false; anything else: unknown).
fn switch(f: Option<&Field>) -> Option<bool> {
    let Some(f) = f else { return Some(false) };
    if f.value.is_reference() {
        return None;
    }
    match f.value.text.trim().to_ascii_lowercase().as_str() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let Some(port) = cfg.effective_port() else {
        return tls;
    };
    let (ssl_f, starttls_f, override_f) = (
        named(cfg, "ssl"),
        named(cfg, "startTls"),
        named(cfg, "sslOverride"),
    );
    let (Some(ssl), Some(starttls), Some(over)) =
        (switch(ssl_f), switch(starttls_f), switch(override_f))
    else {
        return tls;
    };
    if !ssl && !starttls && port == 25 {
        tls.choose(
            Security::None,
            match cfg.get(Port) {
                Some(f) => Evidence::of(f),
                None => Evidence::absent(
                    "no port (Bitwarden's default is 25) and neither ssl nor startTls",
                ),
            },
        );
        return tls;
    }
    if ssl && (port != 587 || over) {
        tls.mode = Some(Security::Implicit);
        tls.implicit = ssl_f.map(Evidence::of);
    } else {
        // MailKit's StartTlsWhenAvailable.
        tls.mode = Some(Security::StartTls);
        tls.starttls = starttls_f.or(cfg.get(Port)).map(Evidence::of);
    }
    tls
}

pub static BITWARDEN: Profile = Profile {
    id: "bitwarden-env",
    name: "Bitwarden self-hosted globalSettings__mail__* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://bitwarden.com/help/environment-variables/ https://github.com/bitwarden/server/blob/main/src/Core/Services/Implementations/MailKitSmtpMailDeliveryService.cs https://github.com/bitwarden/server/blob/main/src/Core/Settings/GlobalSettings.cs",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["globalSettings__mail__"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: false,
    truth: Truth::Only(words!["true"]),
    port: Some(25),
    fixes: FIXES,
    sender_hint: "globalSettings__mail__replyToEmail (required by Bitwarden)",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "globalSettings__mail__replyToEmail=no-reply@vault.acme.io\nglobalSettings__mail__smtp__host=smtp.postmarkapp.com\nglobalSettings__mail__smtp__port=587\nglobalSettings__mail__smtp__ssl=false\nglobalSettings__mail__smtp__username=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nglobalSettings__mail__smtp__password=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn the_setup_defaults_are_starttls_when_offered() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "bitwarden-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "no-reply@vault.acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn ssl_is_ignored_on_587_unless_overridden() {
        let on = ENV.replace("ssl=false", "ssl=true");
        let (_, s, ids) = first(&on);
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&format!(
            "{on}globalSettings__mail__smtp__sslOverride=true\n"
        ));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn ssl_on_other_ports_is_implicit_tls() {
        let (_, s, ids) = first(&ENV.replace("ssl=false", "ssl=true").replace("=587", "=465"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        let (_, s, _) = first(
            &ENV.replace("ssl=false", "ssl=True")
                .replace("=587", "=2525"),
        );
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn port_25_without_switches_is_clear_text() {
        let (_, s, ids) = first(&ENV.replace("=587", "=25"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // No port at all: the default is 25.
        let (_, s, ids) = first(&ENV.replace("globalSettings__mail__smtp__port=587\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // startTls keeps port 25 off clear text.
        let (_, s, _) = first(&format!(
            "{}globalSettings__mail__smtp__startTls=true\n",
            ENV.replace("=587", "=25")
        ));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn booleans_other_than_true_false_are_unknown() {
        let (_, s, _) = first(&ENV.replace("ssl=false", "ssl=yes").replace("=587", "=465"));
        assert!(s["security"].is_null(), "{s}");
    }

    #[test]
    fn trust_server_and_leftovers() {
        let (_, _, ids) = first(&format!(
            "{ENV}globalSettings__mail__smtp__trustServer=true\nglobalSettings__mail__smtp__useSsl=true\n"
        ));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn other_clients_keep_their_pastes() {
        let (client, _, _) = first(
            "MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME=u\nMAIL_PASSWORD=u\nMAIL_ENCRYPTION=tls\n",
        );
        assert_ne!(client, "bitwarden-env");
        let (client, _, _) = first(
            "ADMIN_TOKEN=abc\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_FROM=vault@acme.io\nSMTP_PORT=587\nSMTP_SECURITY=starttls\n",
        );
        assert_eq!(client, "vaultwarden-env");
    }
}

//! Gitea and Forgejo: the `[mailer]` section of `app.ini`, and the same
//! settings as environment variables (`GITEA__mailer__SMTP_ADDR`, and
//! Forgejo's `FORGEJO__mailer__SMTP_ADDR`), which the Docker images'
//! `environment-to-ini` writes into `app.ini`.
//!
//! Meaning (docs.gitea.com "Configuration Cheat Sheet", section Mailer;
//! `modules/setting/mailer.go` and the SMTP sender of `services/mailer`):
//!
//! * `ENABLED` (default **false**) is the mail switch: Gitea reads the
//!   section only when it is true (`sec.Key("ENABLED").MustBool()`, Go's
//!   `strconv.ParseBool`).
//! * `PROTOCOL` says transport and TLS together: `smtp` is plain SMTP with
//!   no STARTTLS at all; `smtps` is TLS from the first byte;
//!   `smtp+starttls` upgrades with STARTTLS when the server offers it (the
//!   sender only logs a warning and goes on in clear text when it does
//!   not); `smtp+unix` talks SMTP over a Unix socket; `sendmail` hands the
//!   mail to a local program; `dummy` only logs it.
//! * Without `PROTOCOL`, Gitea infers it from `SMTP_PORT`: 25 → `smtp`,
//!   465 → `smtps`, 587 → `smtp+starttls`, and any other port (2525
//!   included) → `smtps`, with an error in the log. Without `SMTP_PORT`,
//!   it infers the port from the protocol: 25, 465, 587.
//! * `SMTP_ADDR` is the host, `SMTP_PORT` the port; the old `HOST`
//!   (before 1.18) is `host:port` by design and only read when
//!   `SMTP_ADDR` is absent. The old `IS_TLS_ENABLED` (without `PROTOCOL`)
//!   means `smtps` when true, `smtp+starttls` when false.
//! * `USER` / `PASSWD`: Gitea logs in only when `USER` is set.
//! * `FORCE_TRUST_SERVER_CERT` (old `SKIP_VERIFY`) switches certificate
//!   verification off.
//! * `FROM` is the From (`"Name" <addr>` allowed); it defaults to `USER`.
//! * NixOS (`services.gitea` / `services.forgejo`) writes `settings.mailer`
//!   into app.ini and reads the password from `mailerPasswordFile`.
//!
//! Not reported: a section with `PROTOCOL` but no `ENABLED` (Gitea then
//! sends nothing, but the rule reads the transport before the switch).

use crate::extract::profile::{
    fix, fix_text, k, kr, mark, set, syn, words, Fix, Hooks, Key, Profile, Read, SetVal, Switch,
    Truth, Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Field, Role::*, Security, Tls};

const INI_KEYS: &[Key] = &[
    k("mailer.SMTP_ADDR", Host),
    kr("mailer.HOST", Host, Read::HostPort),
    k("mailer.SMTP_PORT", Port),
    k("mailer.USER", Username),
    k("mailer.PASSWD", Password),
    k("mailer.FROM", From),
    // `MAILER_TYPE` (before 1.18): `sendmail` stands for `PROTOCOL =
    // sendmail` where `PROTOCOL` is absent.
    k("mailer.PROTOCOL|mailer.MAILER_TYPE", Transport),
    k("mailer.IS_TLS_ENABLED", ImplicitTls),
    k("mailer.FORCE_TRUST_SERVER_CERT", SkipVerify),
    k("mailer.SKIP_VERIFY", SkipVerify),
    k("mailer.ENABLED", Enabled),
    // NixOS `services.gitea` / `services.forgejo`: the password in a file.
    k("mailerPasswordFile", CredentialsFile),
];

const ENV_KEYS: &[Key] = &[
    k("GITEA__mailer__SMTP_ADDR|FORGEJO__mailer__SMTP_ADDR", Host),
    kr(
        "GITEA__mailer__HOST|FORGEJO__mailer__HOST",
        Host,
        Read::HostPort,
    ),
    k("GITEA__mailer__SMTP_PORT|FORGEJO__mailer__SMTP_PORT", Port),
    k("GITEA__mailer__USER|FORGEJO__mailer__USER", Username),
    k("GITEA__mailer__PASSWD|FORGEJO__mailer__PASSWD", Password),
    k("GITEA__mailer__FROM|FORGEJO__mailer__FROM", From),
    k(
        "GITEA__mailer__PROTOCOL|FORGEJO__mailer__PROTOCOL",
        Transport,
    ),
    k(
        "GITEA__mailer__IS_TLS_ENABLED|FORGEJO__mailer__IS_TLS_ENABLED",
        ImplicitTls,
    ),
    k(
        "GITEA__mailer__FORCE_TRUST_SERVER_CERT|FORGEJO__mailer__FORCE_TRUST_SERVER_CERT",
        SkipVerify,
    ),
    k(
        "GITEA__mailer__SKIP_VERIFY|FORGEJO__mailer__SKIP_VERIFY",
        SkipVerify,
    ),
    k("GITEA__mailer__ENABLED|FORGEJO__mailer__ENABLED", Enabled),
];

const INI_OTHER: Words = words![
    "NAME",
    "ENVELOPE_FROM",
    "SEND_AS_PLAIN_TEXT",
    "SUBJECT_PREFIX",
    "ENABLE_HELO",
    "HELO_HOSTNAME",
    "USE_CLIENT_CERT",
    "CLIENT_CERT_FILE",
    "CLIENT_KEY_FILE",
    "SENDMAIL_PATH",
    "SENDMAIL_ARGS",
    "SENDMAIL_TIMEOUT",
    "SENDMAIL_CONVERT_CRLF",
    "DISABLE_HELO",
    "SEND_BUFFER_LEN",
    "FROM_NAME",
];

const ENV_OTHER: Words = words![
    "GITEA__mailer__NAME",
    "GITEA__mailer__ENVELOPE_FROM",
    "GITEA__mailer__SUBJECT_PREFIX",
    "GITEA__mailer__HELO_HOSTNAME",
    "GITEA__mailer__SENDMAIL_PATH",
    "GITEA__mailer__SEND_AS_PLAIN_TEXT",
    "FORGEJO__mailer__NAME",
    "FORGEJO__mailer__ENVELOPE_FROM",
    "FORGEJO__mailer__SUBJECT_PREFIX",
    "FORGEJO__mailer__HELO_HOSTNAME",
    "FORGEJO__mailer__SENDMAIL_PATH",
    "FORGEJO__mailer__SEND_AS_PLAIN_TEXT",
];

const SWITCH: Switch = Switch {
    smtp: words!["smtp", "smtps"],
    no_mail: words!["dummy"],
    local: words!["sendmail"],
    missing: None,
    off: None,
    name: "ENABLED (and PROTOCOL) in [mailer]",
};

const INI_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SMTP_ADDR", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(Transport, "PROTOCOL", SetVal::Word("smtp+starttls"))],
        "PROTOCOL = smtp+starttls in [mailer]",
    ),
    fix_text(W::VerifyOn, &[], "FORCE_TRUST_SERVER_CERT = false"),
    fix_text(W::AuthOn, &[], "USER and PASSWD in [mailer]"),
    fix_text(W::TlsModern, &[], "a current Gitea/Forgejo release"),
    fix_text(W::Username, &[], "USER = {value}"),
    fix_text(W::Password, &[], "PASSWD = {value}"),
    fix_text(W::From, &[], "FROM = {value}"),
    fix_text(
        W::Stream,
        &[],
        "Gitea has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const ENV_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "GITEA__mailer__SMTP_PORT={port}"),
    fix_text(W::Host, &[], "GITEA__mailer__SMTP_ADDR={value}"),
    fix_text(
        W::StartTls,
        &[],
        "GITEA__mailer__PROTOCOL=smtp+starttls (FORGEJO__mailer__PROTOCOL on Forgejo)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "GITEA__mailer__FORCE_TRUST_SERVER_CERT=false",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "GITEA__mailer__USER and GITEA__mailer__PASSWD",
    ),
    fix_text(W::TlsModern, &[], "a current Gitea/Forgejo release"),
    fix_text(W::Username, &[], "GITEA__mailer__USER={value}"),
    fix_text(W::Password, &[], "GITEA__mailer__PASSWD={value}"),
    fix_text(W::From, &[], "GITEA__mailer__FROM={value}"),
    fix_text(
        W::Stream,
        &[],
        "Gitea has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// The protocol Gitea uses: written, from the old `IS_TLS_ENABLED`, or
/// inferred from the port; with what says it (`None`: a reference).
fn protocol(cfg: &Config) -> Option<(String, Evidence)> {
    if let Some(f) = cfg.get(Transport) {
        let w = f.value.literal()?.trim().to_ascii_lowercase();
        if !w.is_empty() {
            // Gitea's own fallback for the old misspelling.
            let w = if w == "smtp+startls" {
                "smtp+starttls".to_string()
            } else {
                w
            };
            return Some((w, Evidence::of(f)));
        }
    }
    if let Some(f) = cfg.get(ImplicitTls) {
        let on = crate::extract::profile::tls::truth(cfg.dialect, f)?;
        let w = if on { "smtps" } else { "smtp+starttls" };
        return Some((w.to_string(), Evidence::of(f)));
    }
    let port = cfg.get(Port);
    if port.is_some_and(|f| f.value.is_reference()) {
        return None;
    }
    let w = match cfg.port_number() {
        Some(25) => "smtp",
        Some(587) => "smtp+starttls",
        _ => "smtps",
    };
    let why = match cfg.port_number() {
        Some(p) => format!("no PROTOCOL: Gitea infers {w} from port {p}"),
        None => "no PROTOCOL and no port: Gitea assumes smtps".to_string(),
    };
    Some((w.to_string(), Evidence::absent(why)))
}

fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let Some((w, ev)) = protocol(cfg) else {
        return tls;
    };
    match w.as_str() {
        "smtps" => {
            tls.choose(Security::Implicit, ev);
        }
        "smtp+starttls" => {
            tls.choose(Security::StartTls, ev);
        }
        "smtp" => {
            tls.choose(Security::None, ev);
        }
        // A Unix socket, sendmail, dummy, or a word Gitea refuses.
        _ => {}
    }
    tls
}

/// The port Gitea infers from `PROTOCOL` when `SMTP_PORT` is not set.
fn default_port(cfg: &Config) -> Option<u16> {
    let f = cfg.get(Transport)?;
    match f.value.literal()?.trim().to_ascii_lowercase().as_str() {
        "smtp" => Some(25),
        "smtps" => Some(465),
        "smtp+starttls" | "smtp+startls" => Some(587),
        _ => None,
    }
}

/// Gitea reads one `[mailer]` section: the engine splits it where the
/// old `HOST` and `SMTP_ADDR` both name a host, so the blocks of one scope
/// are joined again, and `HOST` (with its port) is dropped where
/// `SMTP_ADDR` is written, as Gitea ignores it then. Without `FROM`, the
/// From is `USER`.
fn finish(_doc: &Document, configs: &mut Vec<Config>) {
    let mut out: Vec<Config> = Vec::with_capacity(configs.len());
    for c in configs.drain(..) {
        match out.last_mut() {
            Some(prev) if prev.root == c.root => prev.absorb(c),
            _ => out.push(c),
        }
    }
    for c in &mut out {
        // The key's own name: `HOST`, `GITEA__mailer__HOST`, `mailer.HOST`.
        let is = |f: &Field, name: &str| {
            let k = f.key.rsplit("__").next().unwrap_or(&f.key);
            k.rsplit('.')
                .next()
                .unwrap_or(k)
                .trim()
                .eq_ignore_ascii_case(name)
        };
        if c.fields
            .iter()
            .any(|f| f.role == Host && is(f, "SMTP_ADDR"))
        {
            c.ignore_fields(|f| !(is(f, "HOST") && matches!(f.role, Host | Port)));
        }
        // `MAILER_TYPE` counts only as `sendmail`, and only without
        // `PROTOCOL` (`modules/setting/mailer.go`, 1.18's deprecation).
        let protocol = c
            .fields
            .iter()
            .any(|f| f.role == Transport && is(f, "PROTOCOL"));
        c.fields.retain(|f| {
            !(f.role == Transport
                && is(f, "MAILER_TYPE")
                && (protocol || !f.value.text.trim().eq_ignore_ascii_case("sendmail")))
        });
        // `FROM` defaults to `USER` (`sec.Key("FROM").MustString(USER)`).
        if c.get(From).is_none() {
            if let Some(u) = c.get(Username).filter(|u| u.value.text.contains('@')) {
                let mut f = u.clone();
                f.role = From;
                c.fields.push(f);
            }
        }
        crate::sort::by_key(&mut c.fields, |f| f.key_span.start);
    }
    if out.len() == 1 {
        out[0].active = true;
        out[0].label = None;
    }
    *configs = out;
}

const HOOKS: Hooks = Hooks {
    tls: Some(tls),
    default_port: Some(default_port),
    finish: Some(finish),
    ..Hooks::NONE
};

#[cfg(not(target_arch = "wasm32"))]
const DOCS: &str = "https://docs.gitea.com/administration/config-cheat-sheet#mailer-mailer https://github.com/go-gitea/gitea/blob/main/modules/setting/mailer.go https://forgejo.org/docs/latest/admin/config-cheat-sheet/#mailer-mailer";

pub static GITEA_INI: Profile = Profile {
    id: "gitea",
    name: "Gitea/Forgejo app.ini [mailer]",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    // NixOS writes app.ini from `services.gitea.settings` (a short Nix
    // attribute set may be read as JSON: same paths).
    syntaxes: syn::INI | syn::NIX | syn::JSON,
    keys: INI_KEYS,
    // `[mailer]` with Gitea's key names.
    markers: &[
        mark("mailer.SMTP_ADDR"),
        mark("mailer.PASSWD"),
        mark("mailer.PROTOCOL"),
        mark("mailer.IS_TLS_ENABLED"),
        mark("mailer.ENABLED"),
    ],
    needs_marker: true,
    other_keys: INI_OTHER,
    truth: Truth::Go,
    switch: Some(SWITCH),
    fixes: INI_FIXES,
    sender_hint: "FROM in [mailer] (Gitea uses USER when it is not set)",
    hooks: HOOKS,
    ..BASE
};

pub static GITEA_ENV: Profile = Profile {
    id: "gitea-env",
    name: "Gitea/Forgejo GITEA__mailer__* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    family: &["GITEA__mailer__", "FORGEJO__mailer__"],
    other_keys: ENV_OTHER,
    truth: Truth::Go,
    switch: Some(Switch {
        name: "GITEA__mailer__ENABLED (and GITEA__mailer__PROTOCOL)",
        ..SWITCH
    }),
    fixes: ENV_FIXES,
    sender_hint: "GITEA__mailer__FROM (Gitea uses the USER when it is not set)",
    hooks: HOOKS,
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const INI: &str = "[mailer]\nENABLED = true\nPROTOCOL = smtp+starttls\nSMTP_ADDR = smtp.postmarkapp.com\nSMTP_PORT = 587\nUSER = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nPASSWD = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nFROM = git@acme.io\n";

    #[test]
    fn starttls_protocol_and_mailer_section() {
        let (client, s, ids) = first(INI);
        assert_eq!(client, "gitea");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "git@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn plain_smtp_is_clear_text_and_smtps_is_implicit() {
        let (_, s, ids) = first(&INI.replace("smtp+starttls", "smtp"));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&INI.replace("smtp+starttls", "smtps"));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn protocol_is_inferred_from_the_port() {
        // Any port but 25/465/587 makes Gitea assume smtps.
        let (_, s, ids) = first(
            &INI.replace("PROTOCOL = smtp+starttls\n", "")
                .replace("587", "2525"),
        );
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        let (_, s, _) = first(&INI.replace("PROTOCOL = smtp+starttls\n", ""));
        assert_eq!(s["security"], "starttls");
        // And the port from the protocol.
        let (_, s, ids) = first(&INI.replace("SMTP_PORT = 587\n", ""));
        assert_eq!(s["security"], "starttls");
        assert!(ids.iter().any(|i| i == "port/missing"), "{ids:?}");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, s, ids) = first(
            &INI.replace("SMTP_PORT = 587\n", "")
                .replace("smtp+starttls", "smtps"),
        );
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn disabled_and_sendmail_send_no_smtp() {
        let (_, _, ids) = first(
            &INI.replace("ENABLED = true", "ENABLED = false")
                .replace("PROTOCOL = smtp+starttls\n", ""),
        );
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&INI.replace("smtp+starttls", "sendmail"));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn legacy_host_holds_the_port() {
        let (_, s, ids) = first(
            "[mailer]\nENABLED = true\nHOST = smtp.postmarkapp.com:587\nIS_TLS_ENABLED = false\nUSER = u\nPASSWD = u\n",
        );
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i == "host/has-port"), "{ids:?}");
    }

    #[test]
    fn environment_of_gitea_and_forgejo() {
        let (client, s, _) = first(
            "GITEA__mailer__ENABLED=true\nGITEA__mailer__PROTOCOL=smtps\nGITEA__mailer__SMTP_ADDR=smtp.postmarkapp.com\nGITEA__mailer__SMTP_PORT=465\nGITEA__mailer__USER=u\nGITEA__mailer__PASSWD=u\n",
        );
        assert_eq!(client, "gitea-env");
        assert_eq!(s["security"], "implicit");
        let (client, _, ids) = first(
            "FORGEJO__mailer__ENABLED=false\nFORGEJO__mailer__SMTP_ADDR=smtp.postmarkapp.com\nFORGEJO__mailer__SMTP_PORT=587\n",
        );
        assert_eq!(client, "gitea-env");
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn smtp_addr_wins_over_the_old_host_and_from_defaults_to_user() {
        let (_, s, ids) = first(
            "[mailer]\nENABLED = true\nHOST = smtp.gmail.com:465\nSMTP_ADDR = smtp.postmarkapp.com\nSMTP_PORT = 587\nPROTOCOL = smtp+starttls\nUSER = git@acme.io\nPASSWD = p\n",
        );
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["from"], "git@acme.io");
        assert!(
            !ids.iter().any(|i| i == "input/multiple-configs"),
            "{ids:?}"
        );
        assert!(!ids.iter().any(|i| i == "host/other-provider"), "{ids:?}");
    }

    #[test]
    fn nixos_settings() {
        let (client, s, _) = first(
            "{ config, ... }: {\n  services.forgejo.enable = true;\n  services.forgejo.settings.mailer = {\n    ENABLED = true;\n    SMTP_ADDR = \"smtp.postmarkapp.com\";\n    SMTP_PORT = 2525;\n    USER = \"u\";\n  };\n}\n",
        );
        assert_eq!(client, "gitea");
        // 2525 without PROTOCOL: Gitea assumes smtps.
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn does_not_take_other_mailer_sections() {
        let (client, _, _) =
            first("MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\n");
        assert_ne!(client, "gitea-env");
        assert_ne!(client, "gitea");
    }

    #[test]
    fn smtps_is_smtp_and_sendmail_alone_is_read() {
        let (_, _, ids) = first(&INI.replace("smtp+starttls", "smtps"));
        assert!(
            !ids.iter().any(|i| i == "input/smtp-not-enabled"),
            "{ids:?}"
        );
        for sendmail in ["PROTOCOL = sendmail", "MAILER_TYPE = sendmail"] {
            let (client, _, ids) = first(&format!(
                "[mailer]\nENABLED = true\nFROM = git@acme.io\n{sendmail}\nSENDMAIL_PATH = /usr/sbin/sendmail\n"
            ));
            assert_eq!(client, "gitea");
            assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
        }
        // The legacy `MAILER_TYPE = smtp` selects nothing: the TLS still
        // comes from the port and `IS_TLS_ENABLED`.
        let (_, s, _) = first(&INI.replace("PROTOCOL = smtp+starttls", "MAILER_TYPE = smtp"));
        assert_eq!(s["security"], "starttls");
    }
}

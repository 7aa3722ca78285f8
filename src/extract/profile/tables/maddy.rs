//! Maddy: the smarthost a `maddy.conf` relays through, a `target.smtp`
//! block or an inline `deliver_to smtp …` (read by `read::maddy`):
//! `target.smtp relay { targets tls://smtp.postmarkapp.com:465; auth plain "…" "…" }`.
//!
//! Meaning (the reference, "SMTP & LMTP transparent forwarding",
//! <https://maddy.email/reference/targets/smtp/>; "Configuration files
//! syntax", <https://maddy.email/reference/config-syntax/>; the source,
//! foxcpp/maddy `internal/target/smtp/smtp_downstream.go` `Init` and
//! `connect`, `internal/smtpconn/smtpconn.go`):
//!
//! * `targets` lists endpoints, tried in order until one connects; the
//!   first is the one judged. `tcp://HOST:PORT` is plain SMTP (STARTTLS
//!   as below), `tls://HOST:PORT` is TLS from the first byte.
//! * `starttls` (maddy 0.8.0 on, default `yes`) sends STARTTLS on
//!   `tcp://` and fails when the server does not offer it; `starttls no`
//!   sends in clear. Before 0.8.0 the directive was `attempt_starttls`
//!   (default `yes`: STARTTLS when offered) with `require_tls`; since
//!   0.8.0 `attempt_starttls` is a deprecated alias of `starttls` that
//!   wins when both are written, and `require_tls` is ignored
//!   (`Configure` in `smtp_downstream.go`, commit be0ec6b; maddy before
//!   0.8.0 refuses an unknown directive, so `starttls` alone says 0.8+).
//! * `auth` (`sasl.go` `saslAuthDirective`): `plain USER PASS` and `login
//!   USER PASS` log in with the pair; `off` (the default, also with no
//!   `auth` at all) does not log in; `forward` passes on the username
//!   and password the submitting client logged in to Maddy with (the
//!   credentials are not in the file); `external` asks for SASL EXTERNAL
//!   (a TLS client certificate), which Postmark does not offer (PLAIN,
//!   LOGIN, CRAM-MD5: <https://postmarkapp.com/developer/user-guide/send-email-with-smtp>).
//! * `{env:NAME}` is replaced by the environment variable and `$(name)`
//!   by a macro defined in the file: both are references here.
//! * The From is the message's own: Maddy relays what its users submit.
//!   `target.lmtp` is LMTP and `target.remote` delivers to MX hosts, not
//!   to a smarthost: neither is read.

use super::mailx::standing_for;
use crate::extract::profile::fields::endpoint_fields;
use crate::extract::profile::{
    fix_text, k, mark, syn, words, Fix, Hooks, Key, Marker, Profile, WriteKind as W, BASE,
};
use crate::extract::read::{maddy, Document};
use crate::extract::Config;
use crate::model::{Evidence, Field, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    // `scheme://host:port`: taken apart in `finish`.
    k("target.smtp.targets|deliver_to.smtp", Host),
    k("target.smtp.auth(#0)|deliver_to.smtp.auth(#0)", AuthMethod),
    k("target.smtp.auth(#1)|deliver_to.smtp.auth(#1)", Username),
    k("target.smtp.auth(#2)|deliver_to.smtp.auth(#2)", Password),
    k(
        "target.smtp.attempt_starttls|deliver_to.smtp.attempt_starttls",
        StartTls,
    ),
    k("target.smtp.starttls|deliver_to.smtp.starttls", StartTls),
    k(
        "target.smtp.require_tls|deliver_to.smtp.require_tls",
        Encryption,
    ),
];

/// Only the maddy.conf reader writes these paths.
const MARKERS: &[Marker] = &[mark("target.smtp.targets"), mark("deliver_to.smtp")];

/// Maddy's booleans (`config.Map.Bool`): `yes`/`no`, `true`/`false`,
/// `on`/`off`.
fn off(f: &Field) -> bool {
    matches!(
        f.value.text.to_ascii_lowercase().as_str(),
        "no" | "false" | "off"
    )
}

/// The STARTTLS switch Maddy obeys: `attempt_starttls` overrides
/// `starttls` when both are written.
fn starttls(cfg: &Config) -> Option<&Field> {
    cfg.all(StartTls)
        .find(|f| f.key.ends_with("attempt_starttls"))
        .or_else(|| cfg.get(StartTls))
}

/// `tls://` is TLS from the first byte; `tcp://` sends STARTTLS unless
/// `starttls no` (`attempt_starttls no`).
fn tls(cfg: &Config) -> Tls {
    let Some(scheme) = cfg.get(Scheme) else {
        return Tls::default();
    };
    match scheme.value.text.to_ascii_lowercase().as_str() {
        "tls" => Tls::chosen(Security::Implicit, Evidence::of(scheme)),
        "tcp" => match starttls(cfg) {
            Some(f) if off(f) => Tls::chosen(Security::None, Evidence::of(f)),
            Some(f) => Tls::chosen(Security::StartTls, Evidence::of(f)),
            None => Tls::chosen(Security::StartTls, Evidence::of(scheme)),
        },
        _ => Tls::default(),
    }
}

/// Takes the first endpoint apart: its scheme, host and port, each with
/// its own span (a part holding `{env:…}` stays a reference). An endpoint
/// without a scheme is no endpoint to Maddy (`config.ParseEndpoint`): it
/// stays whole.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(_doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        let Some(h) = cfg.get(Host).cloned() else {
            continue;
        };
        if !h.value.verbatim || !h.value.text.contains("://") {
            continue;
        }
        let (parts, _) = endpoint_fields(&h, maddy::is_reference);
        cfg.fields.retain(|f| f.role != Host);
        cfg.fields.extend(parts);
    }
    for cfg in configs.iter_mut() {
        if let Some(method) = cfg.get(AuthMethod).cloned() {
            cfg.fields.extend(what_auth_sends(&method));
        }
    }
}

/// What an `auth` directive says to the rules: the login switch, and for
/// `forward` where the credentials come from. `off` is read by the rules
/// as it is written.
fn what_auth_sends(method: &Field) -> Vec<Field> {
    if let Some(r) = &method.value.reference {
        let mut on = standing_for(method, Auth, &method.value.text);
        on.value.reference = Some(r.clone());
        return vec![on];
    }
    match method.value.text.to_ascii_lowercase().as_str() {
        "plain" | "login" => vec![standing_for(method, Auth, "on")],
        "forward" => {
            let mut from = standing_for(method, CredentialsFile, "forward");
            from.value.reference = Some(FORWARDED.into());
            vec![standing_for(method, Auth, "on"), from]
        }
        "external" => vec![standing_for(method, Auth, "false")],
        _ => Vec::new(),
    }
}

/// Where `auth forward` takes the credentials from.
const FORWARDED: &str = "the login each client submits to Maddy with (auth forward)";

/// The words of `auth/disabled` for Maddy's two ways of not logging in
/// with a password.
fn explain(_cfg: &Config, f: &Field) -> Option<String> {
    match (f.role, f.value.text.to_ascii_lowercase().as_str()) {
        (AuthMethod, "off") => Some("`auth off` tells Maddy not to log in".into()),
        (Auth, "false") => Some(
            "`auth external` asks for SASL EXTERNAL (a TLS client certificate), which Postmark does not offer, so Maddy sends no username and password"
                .into(),
        ),
        _ => None,
    }
}

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "targets tcp://smtp.postmarkapp.com:{port} in the target.smtp block",
    ),
    fix_text(
        W::Host,
        &[],
        "targets tcp://{value}:587 in the target.smtp block",
    ),
    fix_text(
        W::StartTls,
        &[],
        "targets tcp://smtp.postmarkapp.com:587 with starttls yes (attempt_starttls yes before maddy 0.8)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove insecure_skip_verify from the tls_client block",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "auth plain \"…\" \"…\" in the target.smtp block",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "tls_client { protocols tls1.2 tls1.3 } in the target.smtp block",
    ),
    fix_text(W::Username, &[], "auth plain \"{value}\" \"…\""),
    fix_text(W::Password, &[], "auth plain \"…\" \"{value}\""),
    fix_text(
        W::From,
        &[],
        "send from {value}: Maddy relays the From its users submit",
    ),
    fix_text(
        W::Stream,
        &[],
        "Maddy has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static MADDY: Profile = Profile {
    id: "maddy",
    name: "Maddy maddy.conf (target.smtp smarthost)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://maddy.email/reference/targets/smtp/ https://maddy.email/reference/config-syntax/ https://github.com/foxcpp/maddy/blob/master/internal/target/smtp/smtp_downstream.go",
    syntaxes: syn::WORDS,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: words![],
    sender_hint: "the From of the messages Maddy's users submit",
    fixes: FIXES,
    auth_switch: Some("auth plain \"…\" \"…\""),
    hooks: Hooks {
        tls: Some(tls),
        explain: Some(explain),
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CONF: &str = "$(hostname) = mx.acme-widgets.io\n$(primary_domain) = acme-widgets.io\n\nsmtp tcp://0.0.0.0:25 {\n    default_source {\n        deliver_to &remote_queue\n    }\n}\n\ntarget.queue remote_queue {\n    target &relay\n}\n\ntarget.smtp relay {\n    targets tls://smtp.postmarkapp.com:465\n    auth plain \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\" \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n}\n";

    #[test]
    fn the_smarthost_is_read() {
        let (client, s, ids) = first(CONF);
        assert_eq!(client, "maddy");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 465);
        assert_eq!(s["security"], "implicit");
        assert!(!has(&ids, "auth/missing-username"), "{ids:?}");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn the_credentials_have_their_spans() {
        use crate::model::Role::{Password, Port, Username};
        let c = crate::extract::extract(CONF);
        assert_eq!(c.len(), 1, "{c:?}");
        let c = &c[0];
        let user = c.get(Username).expect("a username");
        let at = CONF.find("5c3e1f0a").unwrap();
        assert_eq!(user.value.span, at..at + 36);
        let pass = c.get(Password).expect("a password");
        let at = CONF.rfind("5c3e1f0a").unwrap();
        assert_eq!(pass.value.span, at..at + 36);
        // The port is the endpoint's own digits.
        let port = c.get(Port).expect("a port");
        assert_eq!(&CONF[port.value.span.clone()], "465");
    }

    #[test]
    fn tcp_is_starttls_unless_switched_off() {
        let tcp = CONF.replace(
            "tls://smtp.postmarkapp.com:465",
            "tcp://smtp.postmarkapp.com:587",
        );
        let (_, s, ids) = first(&tcp);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["port"], 587);
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
        let clear = tcp.replace("    auth plain", "    attempt_starttls no\n    auth plain");
        let (_, s, ids) = first(&clear);
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // TLS from the first byte on the STARTTLS port.
        let wrong = CONF.replace(":465", ":587");
        let (_, s, ids) = first(&wrong);
        assert_eq!(s["security"], "implicit");
        assert!(!ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn environment_variables_are_references() {
        let env = CONF.replace(
            "auth plain \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\" \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"",
            "auth plain {env:PM_USER} {env:PM_PASS}",
        );
        let (client, s, ids) = first(&env);
        assert_eq!(client, "maddy");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "input/unresolved-reference"), "{ids:?}");
        assert!(!has(&ids, "auth/missing-password"), "{ids:?}");
        // A host from the environment: the port after it is still read.
        let env_host = CONF.replace("tls://smtp.postmarkapp.com:465", "tls://{env:RELAY}:465");
        let c = crate::extract::extract(&env_host);
        let host = c[0].get(crate::model::Role::Host).expect("a host");
        assert_eq!(host.value.reference.as_deref(), Some("{env:RELAY}"));
        let (_, s, ids) = first(&env_host);
        assert_eq!(s["port"], 465);
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    /// `auth`'s other words (`sasl.go`): none of them is a missing
    /// username and password.
    #[test]
    fn auth_words() {
        let with = |line: &str| {
            let conf = CONF.replace(
                "auth plain \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\" \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"",
                line,
            ).replace("tls://smtp.postmarkapp.com:465", "tcp://smtp.postmarkapp.com:587");
            first(&conf).2
        };
        let missing =
            |ids: &[String]| has(ids, "auth/missing-username") || has(ids, "auth/missing-password");
        // No `auth`: Maddy's default is `off`.
        let ids = with("");
        assert!(
            has(&ids, "auth/not-configured") && !missing(&ids),
            "{ids:?}"
        );
        let ids = with("auth off");
        assert!(has(&ids, "auth/disabled") && !missing(&ids), "{ids:?}");
        // Postmark offers no SASL EXTERNAL.
        let ids = with("auth external");
        assert!(has(&ids, "auth/disabled") && !missing(&ids), "{ids:?}");
        // The submitting client's own login: not in the file.
        let ids = with("auth forward");
        assert!(has(&ids, "auth/external-credentials"), "{ids:?}");
        assert!(
            !has(&ids, "auth/disabled") && !has(&ids, "auth/not-configured") && !missing(&ids),
            "{ids:?}"
        );
        let ids = with("auth login \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\" \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"");
        assert!(ids.iter().all(|i| !i.starts_with("auth/")), "{ids:?}");
        let ids = with("auth login \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"");
        assert!(has(&ids, "auth/missing-password"), "{ids:?}");
    }

    /// `starttls` (0.8.0 on), and `attempt_starttls`, its older name,
    /// which wins when both are written.
    #[test]
    fn the_starttls_directive() {
        let tcp = CONF.replace(
            "tls://smtp.postmarkapp.com:465",
            "tcp://smtp.postmarkapp.com:587",
        );
        let with = |lines: &str| {
            first(&tcp.replace("    auth plain", &format!("{lines}\n    auth plain")))
        };
        let (_, s, ids) = with("    starttls no");
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = with("    starttls yes");
        assert_eq!(s["security"], "starttls");
        let (_, s, _) = with("    starttls");
        assert_eq!(s["security"], "starttls");
        let (_, s, _) = with("    starttls yes\n    attempt_starttls no");
        assert_eq!(s["security"], "none");
        let (_, s, _) = with("    attempt_starttls yes\n    starttls no");
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn an_inline_deliver_to() {
        let src = "submission tls://0.0.0.0:465 {\n    default_source {\n        deliver_to smtp tcp://smtp.postmarkapp.com:587 {\n            auth plain \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\" \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n        }\n    }\n}\n";
        let (client, s, _) = first(src);
        assert_eq!(client, "maddy");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn it_claims_nothing_else() {
        for other in [
            "set mailserver smtp.postmarkapp.com port 587\n    username \"u\" password \"p\"\n    using tls\n",
            "action \"relay\" relay host smtp+tls://pm@smtp.postmarkapp.com:587 auth <secrets>\nmatch for any action \"relay\"\n",
            "resource \"x\" \"y\" {\n  smtp_host = \"smtp.postmarkapp.com\"\n}\n",
        ] {
            let (client, _, _) = first(other);
            assert_ne!(client, "maddy", "{other}");
        }
    }
}

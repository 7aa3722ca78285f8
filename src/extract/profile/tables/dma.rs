//! dma, the DragonFly Mail Agent (`/etc/dma/dma.conf`): one `KEYWORD value`
//! per line, or a bare `KEYWORD` for a switch; keywords in capitals; `#`
//! starts a comment, and a commented-out switch is off.
//!
//! Meaning (dma.8, section "dma.conf", and the default `dma.conf`:
//! <https://github.com/corecode/dma>; the code: `conf.c` `parse_conf`,
//! `net.c` `deliver_remote`, `crypto.c` `smtp_init_crypto`):
//!
//! * `SMARTHOST` is the relay; without it dma delivers to each
//!   recipient's MX itself (no relay, so nothing here to check).
//! * `PORT` defaults to 25.
//! * `SECURETRANSFER` turns TLS on, from the first byte (implicit TLS,
//!   SMTPS); with `STARTTLS` too it sends STARTTLS instead, and the
//!   delivery fails when the server does not offer it; with
//!   `OPPORTUNISTIC_TLS` as well a server without STARTTLS gets the mail
//!   in clear. `STARTTLS` without `SECURETRANSFER` does nothing: plain
//!   SMTP (the `SECURETRANSFER` flag gates the whole TLS code).
//! * It logs in only when `AUTHPATH` names a file with a
//!   `user|smarthost:password` line for the smart host: the credentials are
//!   never in dma.conf itself. `INSECURE` allows that login without TLS.
//! * `MASQUERADE` rewrites the envelope sender (`user@`, `host` or
//!   `user@host`); the From header is whatever the message has.

use crate::extract::profile::{
    fix_text, k, mark, syn, words, Fix, Hooks, Key, Marker, Profile, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Field, Role, Role::*, Security, Tls, Value};

const KEYS: &[Key] = &[
    k("SMARTHOST", Host),
    k("PORT", Port),
    k("SECURETRANSFER", ImplicitTls),
    k("STARTTLS", StartTls),
    k("OPPORTUNISTIC_TLS", Encryption),
    k("AUTHPATH", Auth),
];

/// `PORT` is everyone's word; these are dma's.
const MARKERS: &[Marker] = &[
    mark("SMARTHOST"),
    mark("SECURETRANSFER"),
    mark("OPPORTUNISTIC_TLS"),
    mark("AUTHPATH"),
    mark("MASQUERADE"),
    mark("NULLCLIENT"),
    mark("SPOOLDIR"),
    mark("MAILNAME"),
];

const OTHER_KEYS: crate::extract::profile::Words = words![
    "ALIASES",
    "SPOOLDIR",
    "CERTFILE",
    "FINGERPRINT",
    "INSECURE",
    "DEFER",
    "FULLBOUNCE",
    "MAILNAME",
    "MASQUERADE",
    "NULLCLIENT",
    "SECURE",
    "NOHELO",
];

/// A switch counts when its line is there (not commented out).
fn present(cfg: &Config, role: Role) -> Option<&Field> {
    cfg.get(role).filter(|f| !f.value.is_reference())
}

fn dma_tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let secure = present(cfg, ImplicitTls);
    let starttls = present(cfg, StartTls);
    match (secure, starttls) {
        (Some(_), Some(st)) => {
            tls.choose(Security::StartTls, Evidence::of(st));
        }
        (Some(s), None) => {
            tls.choose(Security::Implicit, Evidence::of(s));
        }
        (None, _) => {
            tls.mode = Some(Security::None);
            tls.disabled = Some(Evidence::absent(
                "no SECURETRANSFER (dma then speaks plain SMTP; STARTTLS alone does nothing)",
            ));
        }
    }
    tls
}

/// `AUTHPATH` names the file that holds the login: credentials kept
/// elsewhere, not a missing username and password.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(_doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        let Some(auth) = cfg.get(Auth).cloned() else {
            continue;
        };
        if auth.value.text.trim().is_empty() && !auth.value.is_reference() {
            continue;
        }
        let path = auth.value.text.trim().to_string();
        cfg.push(Field {
            role: CredentialsFile,
            value: Value {
                reference: Some(format!("{path} (its user|smarthost:password line)")),
                ..auth.value.clone()
            },
            ..auth
        });
    }
}

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "PORT {port}"),
    fix_text(W::Host, &[], "SMARTHOST {value}"),
    fix_text(
        W::StartTls,
        &[],
        "SECURETRANSFER and STARTTLS (both uncommented, without OPPORTUNISTIC_TLS)",
    ),
    fix_text(W::VerifyOn, &[], "remove FINGERPRINT or set the right one"),
    fix_text(
        W::AuthOn,
        &[],
        "AUTHPATH /etc/dma/auth.conf, with a line `{value}|smtp.postmarkapp.com:{value}` in that file",
    ),
    fix_text(W::TlsModern, &[], "a current dma built with a current OpenSSL"),
    fix_text(
        W::Username,
        &[],
        "`{value}|smtp.postmarkapp.com:…` in the AUTHPATH file",
    ),
    fix_text(
        W::Password,
        &[],
        "`…|smtp.postmarkapp.com:{value}` in the AUTHPATH file",
    ),
    fix_text(W::From, &[], "MASQUERADE {value}"),
    fix_text(
        W::Stream,
        &[],
        "a header `X-PM-Message-Stream: {value}` in the message (dma sends headers as given)",
    ),
];

pub static DMA: Profile = Profile {
    id: "dma",
    name: "dma (DragonFly Mail Agent) dma.conf",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/corecode/dma/blob/master/dma.8 https://github.com/corecode/dma/blob/master/dma.conf",
    syntaxes: syn::CONF,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    port: Some(25),
    auth_switch: Some("AUTHPATH"),
    fixes: FIXES,
    sender_hint: "the From header of the message (MASQUERADE only rewrites the envelope sender)",
    hooks: Hooks {
        tls: Some(dma_tls),
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CONF: &str = "# dma.conf\nSMARTHOST smtp.postmarkapp.com\nPORT 587\nALIASES /etc/aliases\nSPOOLDIR /var/spool/dma\nAUTHPATH /etc/dma/auth.conf\nSECURETRANSFER\nSTARTTLS\n#OPPORTUNISTIC_TLS\nMAILNAME /etc/mailname\n";

    #[test]
    fn securetransfer_and_starttls_is_starttls() {
        let (client, s, ids) = first(CONF);
        assert_eq!(client, "dma");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "auth/external-credentials"), "{ids:?}");
        assert!(!has(&ids, "auth/missing-password"), "{ids:?}");
    }

    #[test]
    fn securetransfer_alone_is_implicit_and_starttls_alone_is_plain() {
        let (_, s, ids) = first(&CONF.replace("\nSTARTTLS\n", "\n#STARTTLS\n"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&CONF.replace("\nSECURETRANSFER\n", "\n#SECURETRANSFER\n"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn no_authpath_logs_in_never() {
        let (_, _, ids) = first(&CONF.replace("AUTHPATH /etc/dma/auth.conf\n", ""));
        assert!(has(&ids, "auth/not-configured"), "{ids:?}");
    }
}

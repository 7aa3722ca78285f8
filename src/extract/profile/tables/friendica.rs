//! Friendica's Docker image: the `SMTP*` environment variables, from which
//! its entrypoint writes an msmtp account that PHP's `mail()` sends
//! through. (Friendica itself has no SMTP client: without the image's
//! msmtp, or the `phpmailer` add-on, it hands mail to the local sendmail.)
//!
//! Meaning (friendica/docker's `docker-setup_msmtp.sh` and
//! `.config/zz-docker.config.php`, the README's "SMTP" section; msmtp's
//! own reading of `tls` and `tls_starttls`):
//!
//! * The account is written only when both `SMTP` (the host) and
//!   `SMTP_DOMAIN` are set and `SMTP` is not `localhost` (`SMTP_DOMAIN` is
//!   read as the switch: without it PHP's `mail()` has no msmtp to send
//!   through).
//! * `SMTP_PORT` defaults to 587.
//! * `SMTP_TLS` writes `tls on` when it is **set at all** (`${SMTP_TLS+x}`:
//!   `SMTP_TLS=false` too); without it msmtp sends in clear text.
//!   `SMTP_STARTTLS` (default `on`) is `tls_starttls`: with `tls on`, `on`
//!   is STARTTLS (required) and `off` TLS from the first byte.
//! * The image always writes `tls_certcheck off` (certificates are never
//!   checked); not reported here, it is no setting of the paste.
//! * It logs in (`auth`, `SMTP_AUTH`, default `on`) only when
//!   `SMTP_AUTH_USER` is set, with `SMTP_AUTH_PASS`.
//! * The From is `SMTP_FROM@SMTP_DOMAIN`: `SMTP_FROM` is the local part only
//!   (default `no-reply`), so a full address there gives `a@b@domain`.

use crate::extract::profile::{
    fix_text, k, mark, mark_value, pairs, syn, words, Fix, Hooks, Key, Marker, Profile, Switch,
    Truth, WriteKind as W, BASE,
};
use crate::extract::read::{Document, ValKind};
use crate::extract::Config;
use crate::model::{Evidence, Field, Quote, Role::*, Tls, Value};

const KEYS: &[Key] = &[
    k("SMTP", Host),
    k("SMTP_PORT", Port),
    k("SMTP_AUTH_USER", Username),
    k("SMTP_AUTH_PASS", Password),
    k("SMTP_AUTH", Auth),
    k("SMTP_TLS", StartTls),
    k("SMTP_STARTTLS", Encryption),
    // The image writes the msmtp account only with a sender domain.
    k("SMTP_DOMAIN", Enabled),
];

/// `SMTP`/`SMTP_PORT` are any app's: the image's own names.
const MARKERS: &[Marker] = &[
    mark("FRIENDICA_ADMIN_MAIL"),
    mark("FRIENDICA_URL"),
    mark("FRIENDICA_SITENAME"),
    mark("FRIENDICA_TZ"),
    mark("FRIENDICA_UPGRADE"),
    mark_value("image", "friendica"),
];

/// `SMTP_TLS` set (whatever its value) is `tls on`; with `SMTP_STARTTLS=off`
/// TLS from the first byte, else STARTTLS; unset, clear text.
fn tls(cfg: &Config) -> Tls {
    let tls = Tls::default();
    if [StartTls, Encryption]
        .iter()
        .any(|r| cfg.get(*r).is_some_and(|f| f.value.is_reference()))
    {
        return tls;
    }
    let starttls_off = cfg
        .get(Encryption)
        .filter(|f| f.value.text.trim().eq_ignore_ascii_case("off"));
    super::msmtp::reading(
        tls,
        cfg.get(StartTls),
        starttls_off,
        Evidence::absent(
            "no SMTP_TLS (the image then writes no `tls on`: msmtp sends in clear text)",
        ),
    )
}

/// The From the image builds: `SMTP_FROM` (default `no-reply`) `@`
/// `SMTP_DOMAIN`, each service (compose) with its own.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(doc: &Document, configs: &mut Vec<Config>) {
    for c in configs.iter_mut().filter(|c| c.get(From).is_none()) {
        let mut local = None;
        let mut domain = None;
        for e in doc.active() {
            if !(doc.within(e.scope, c.root) || doc.within(c.root, e.scope)) {
                continue;
            }
            match doc.key_of(e) {
                "SMTP_FROM" => local = Some(e),
                "SMTP_DOMAIN" => domain = Some(e),
                _ => {}
            }
        }
        let Some(d) = domain.filter(|d| d.value.kind == ValKind::Literal) else {
            continue;
        };
        if local.is_some_and(|l| l.value.kind != ValKind::Literal) {
            continue;
        }
        let local = local.map_or("no-reply", |l| doc.text_of(&l.value).trim());
        let domain = doc.text_of(&d.value).trim();
        if domain.is_empty() {
            continue;
        }
        c.fields.push(Field {
            role: From,
            key: "SMTP_FROM@SMTP_DOMAIN".to_string(),
            key_span: d.key_span(),
            value: Value {
                text: format!("{local}@{domain}"),
                span: d.value.span(),
                quote: Quote::None,
                verbatim: false,
                reference: None,
            },
            syntax: d.syntax,
        });
    }
}

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "SMTP_PORT={port}"),
    fix_text(W::Host, &[], "SMTP={value}"),
    fix_text(
        W::StartTls,
        &[],
        "SMTP_TLS=on with SMTP_STARTTLS=on (or left unset)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "nothing in the image: it always writes tls_certcheck off",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "SMTP_AUTH_USER and SMTP_AUTH_PASS (and no SMTP_AUTH=off)",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current Friendica image (msmtp with TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "SMTP_AUTH_USER={value}"),
    fix_text(W::Password, &[], "SMTP_AUTH_PASS={value}"),
    fix_text(
        W::From,
        &[],
        "SMTP_FROM (the part before @) and SMTP_DOMAIN (after it) for {value}",
    ),
    fix_text(
        W::Stream,
        &[],
        "Friendica has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static FRIENDICA_ENV: Profile = Profile {
    id: "friendica-env",
    name: "Friendica (Docker image) SMTP* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/friendica/docker#smtp-settings https://github.com/friendica/docker/blob/stable/docker-setup_msmtp.sh",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SMTP_"],
    other_keys: words!["SMTP_FROM"],
    leftovers: pairs![
        ("SMTP_HOST", "SMTP"),
        ("SMTP_USER", "SMTP_AUTH_USER"),
        ("SMTP_USERNAME", "SMTP_AUTH_USER"),
        ("SMTP_PASSWORD", "SMTP_AUTH_PASS"),
        ("SMTP_PASS", "SMTP_AUTH_PASS"),
    ],
    case_sensitive: true,
    truth: Truth::Except(words!["off"]),
    port: Some(587),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: Some(
            "no msmtp account: the image writes one only when SMTP_DOMAIN is set, and PHP's mail() has nothing to send through",
        ),
        off: None,
        name: "SMTP_DOMAIN",
    }),
    fixes: FIXES,
    sender_hint: "SMTP_FROM (the local part, default no-reply) @ SMTP_DOMAIN",
    hooks: Hooks {
        tls: Some(tls),
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const COMPOSE: &str = "services:\n  app:\n    image: friendica\n    environment:\n      - FRIENDICA_ADMIN_MAIL=root@acme.io\n      - SMTP=smtp.postmarkapp.com\n      - SMTP_PORT=587\n      - SMTP_DOMAIN=acme.io\n      - SMTP_FROM=social\n      - SMTP_TLS=true\n      - SMTP_STARTTLS=true\n      - SMTP_AUTH=on\n      - SMTP_AUTH_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      - SMTP_AUTH_PASS=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn msmtp_with_starttls_and_the_built_from() {
        let (client, s, ids) = first(COMPOSE);
        assert_eq!(client, "friendica-env");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "social@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn smtp_tls_is_on_when_set_at_all() {
        let (_, s, _) = first(&COMPOSE.replace("SMTP_TLS=true", "SMTP_TLS=false"));
        assert_eq!(s["security"], "starttls");
        let (_, s, ids) = first(&COMPOSE.replace("      - SMTP_TLS=true\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&COMPOSE.replace("SMTP_STARTTLS=true", "SMTP_STARTTLS=off"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn no_sender_domain_no_account() {
        let (_, _, ids) = first(&COMPOSE.replace("      - SMTP_DOMAIN=acme.io\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn a_whole_address_in_smtp_from_is_no_address() {
        let (_, s, _) = first(&COMPOSE.replace("SMTP_FROM=social", "SMTP_FROM=social@acme.io"));
        assert_eq!(s["from"], "social@acme.io@acme.io");
        // Without the image's names, `SMTP` is any app's.
        let (client, _, _) =
            first("SMTP=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER=u\nSMTP_PASSWORD=p\n");
        assert_ne!(client, "friendica-env");
    }
}

//! Formbricks (self-hosted): the `SMTP_*` / `MAIL_FROM` environment
//! variables, handed to nodemailer.
//!
//! Meaning (formbricks.com/docs "Email setup" / environment variables, and
//! the code: `apps/web/lib/constants.ts`, `apps/web/modules/email/index.tsx`):
//!
//! * `SMTP_SECURE_ENABLED` is compared with `"1"`: only `1` sets
//!   nodemailer's `secure` (TLS from the first byte). Any other value
//!   (`true` included) passes `secure: false` explicitly, so nodemailer
//!   upgrades with STARTTLS when offered and does not start TLS on the
//!   first byte even on port 465.
//! * Mail is sent only when both `SMTP_HOST` and `SMTP_PORT` are set
//!   (`IS_SMTP_CONFIGURED`); there is no default port.
//! * `SMTP_REJECT_UNAUTHORIZED_TLS=0` switches certificate verification
//!   off (any other value keeps it); `SMTP_AUTHENTICATED=0` sends no login
//!   (any other value logs in with `SMTP_USER` / `SMTP_PASSWORD`).
//! * `MAIL_FROM` is the From (default `noreply@formbricks.com`),
//!   `MAIL_FROM_NAME` its display name.

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, syn, words, Fix, Hooks, Key, Marker, Pairs,
    Profile, SetVal, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Role::*, Tls};

const KEYS: &[Key] = &[
    k("SMTP_HOST", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USER", Username),
    k("SMTP_PASSWORD", Password),
    k("MAIL_FROM", From),
    k("SMTP_SECURE_ENABLED", ImplicitTls),
    k("SMTP_REJECT_UNAUTHORIZED_TLS", VerifyPeer),
    k("SMTP_AUTHENTICATED", Auth),
];

/// `SMTP_HOST`, `SMTP_USER`… are everyone's names.
const MARKERS: &[Marker] = &[
    mark("SMTP_SECURE_ENABLED"),
    mark("SMTP_REJECT_UNAUTHORIZED_TLS"),
    mark("SMTP_AUTHENTICATED"),
    mark_value("image", "formbricks"),
];

const OTHER_KEYS: Words = words![
    "MAIL_FROM_NAME",
    "WEBAPP_URL",
    "NEXTAUTH_URL",
    "NEXTAUTH_SECRET",
    "ENCRYPTION_KEY",
    "CRON_SECRET",
];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_SECURE", "SMTP_SECURE_ENABLED"),
    ("SMTP_TLS", "SMTP_SECURE_ENABLED"),
    ("SMTP_USERNAME", "SMTP_USER"),
    ("SMTP_PASS", "SMTP_PASSWORD"),
    ("SMTP_FROM", "MAIL_FROM"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(ImplicitTls, "SMTP_SECURE_ENABLED", SetVal::Lit("0"))],
        "SMTP_SECURE_ENABLED=0 (STARTTLS when offered) with SMTP_PORT=587",
    ),
    fix_text(W::VerifyOn, &[], "SMTP_REJECT_UNAUTHORIZED_TLS=1"),
    fix_text(
        W::AuthOn,
        &[],
        "SMTP_AUTHENTICATED=1 with SMTP_USER and SMTP_PASSWORD",
    ),
    fix_text(W::TlsModern, &[], "a current Formbricks release"),
    fix_text(W::Username, &[], "SMTP_USER={value}"),
    fix_text(W::Password, &[], "SMTP_PASSWORD={value}"),
    fix_text(W::From, &[], "MAIL_FROM={value}"),
    fix_text(
        W::Stream,
        &[],
        "Formbricks has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// `secure: SMTP_SECURE_ENABLED === "1"`, always given to nodemailer.
fn tls(cfg: &Config) -> Tls {
    super::smtp_env::secure_when(
        cfg,
        "1",
        "SMTP_SECURE_ENABLED not set: STARTTLS when the server offers it",
    )
}

pub static FORMBRICKS: Profile = Profile {
    id: "formbricks-env",
    name: "Formbricks SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://formbricks.com/docs/self-hosting/configuration/environment-variables https://github.com/formbricks/formbricks/blob/main/apps/web/modules/email/index.tsx https://github.com/formbricks/formbricks/blob/main/apps/web/lib/constants.ts",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    // `SMTP_REJECT_UNAUTHORIZED_TLS !== "0"`, `SMTP_AUTHENTICATED !== "0"`.
    truth: Truth::Except(words!["0"]),
    fixes: FIXES,
    sender_hint: "MAIL_FROM (default noreply@formbricks.com)",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "MAIL_FROM=forms@acme.io\nMAIL_FROM_NAME=Acme\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_SECURE_ENABLED=0\nSMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn only_1_is_secure() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "formbricks-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "forms@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("ENABLED=0", "ENABLED=1"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // `true` is not "1": STARTTLS when offered, even on 465.
        let (_, s, ids) = first(
            &ENV.replace("ENABLED=0", "ENABLED=true")
                .replace("=587", "=465"),
        );
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "tls/starttls-on-implicit-port"), "{ids:?}");
    }

    #[test]
    fn verification_and_login_switches() {
        let (_, _, ids) = first(&format!("{ENV}SMTP_REJECT_UNAUTHORIZED_TLS=0\n"));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
        let (_, _, ids) = first(&format!("{ENV}SMTP_REJECT_UNAUTHORIZED_TLS=1\n"));
        assert!(!has(&ids, "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn other_pastes_are_not_taken() {
        let (client, _, _) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER=u\nSMTP_PASSWORD=u\nMAIL_FROM=a@acme.io\n",
        );
        assert_ne!(client, "formbricks-env");
    }
}

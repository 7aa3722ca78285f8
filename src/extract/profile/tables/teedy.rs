//! Teedy (sismics/docs): the `DOCS_SMTP_*` environment of its container.
//!
//! Meaning (README "E-Mail" variables, and the code:
//! `docs-core/src/main/java/com/sismics/util/EmailUtil.java`, Apache
//! Commons Email over JavaMail):
//!
//! * Each variable, when non-empty, replaces the value saved in the admin
//!   UI (Settings → SMTP); the login is taken from the environment only
//!   when both `DOCS_SMTP_USERNAME` and `DOCS_SMTP_PASSWORD` are set.
//! * There is no TLS setting: the port decides. 465 is TLS from the first
//!   byte (`setSSLOnConnect`), 587 STARTTLS required
//!   (`setStartTLSRequired`); any other port (25, 2525) is clear text,
//!   since Commons Email does not turn STARTTLS on by itself.
//! * The From is only the admin UI's "SMTP from" setting: no variable
//!   sets it.

use crate::extract::profile::{
    fix, fix_text, k, pairs, set, syn, words, Fix, Hooks, Key, Pairs, Profile, SetVal,
    WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("DOCS_SMTP_HOSTNAME", Host),
    k("DOCS_SMTP_PORT", Port),
    k("DOCS_SMTP_USERNAME", Username),
    k("DOCS_SMTP_PASSWORD", Password),
];

const LEFTOVERS: Pairs = pairs![
    ("DOCS_SMTP_HOST", "DOCS_SMTP_HOSTNAME"),
    ("DOCS_SMTP_USER", "DOCS_SMTP_USERNAME"),
    ("DOCS_SMTP_FROM", "the admin UI's SMTP from setting"),
    ("DOCS_SMTP_TLS", "DOCS_SMTP_PORT"),
    ("DOCS_SMTP_SSL", "DOCS_SMTP_PORT"),
];

/// The port decides: 465 implicit, 587 STARTTLS required, else clear text.
fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let Some(f) = cfg.get(Port) else {
        return tls;
    };
    if f.value.is_reference() {
        return tls;
    }
    match f.value.text.trim() {
        "465" => {
            tls.choose(Security::Implicit, Evidence::of(f));
        }
        "587" => {
            tls.choose(Security::StartTls, Evidence::of(f));
        }
        t if t.parse::<u16>().is_ok() => {
            tls.mode = Some(Security::None);
            tls.starttls = Some(Evidence::absent(
                "Teedy starts TLS only on port 465 (TLS from the first byte) and 587 (STARTTLS): other ports are clear text",
            ));
        }
        _ => {}
    }
    tls
}

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "DOCS_SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "DOCS_SMTP_HOSTNAME", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(Port, "DOCS_SMTP_PORT", SetVal::Lit("587"))],
        "DOCS_SMTP_PORT=587 (Teedy then requires STARTTLS)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "Teedy always verifies certificates: remove what turns verification off",
    ),
    fix_text(W::AuthOn, &[], "DOCS_SMTP_USERNAME and DOCS_SMTP_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current Teedy image (Java 11+)"),
    fix_text(W::Username, &[], "DOCS_SMTP_USERNAME={value}"),
    fix_text(W::Password, &[], "DOCS_SMTP_PASSWORD={value}"),
    fix_text(
        W::From,
        &[],
        "the SMTP from setting in Teedy's admin UI (Settings → SMTP): {value}",
    ),
    fix_text(
        W::Stream,
        &[],
        "Teedy has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static TEEDY: Profile = Profile {
    id: "teedy",
    name: "Teedy DOCS_SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/sismics/docs#e-mail https://github.com/sismics/docs/blob/master/docs-core/src/main/java/com/sismics/util/EmailUtil.java",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    family: &["DOCS_SMTP_"],
    other_keys: words![],
    leftovers: LEFTOVERS,
    case_sensitive: true,
    fixes: FIXES,
    sender_hint: "the SMTP from setting in Teedy's admin UI (Settings → SMTP); no variable sets it",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "DOCS_BASE_URL=https://docs.acme.io\nDOCS_SMTP_HOSTNAME=smtp.postmarkapp.com\nDOCS_SMTP_PORT=587\nDOCS_SMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nDOCS_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn the_port_decides() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "teedy");
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, s, _) = first(&ENV.replace("PORT=587", "PORT=465"));
        assert_eq!(s["security"], "implicit");
        let (_, s, _) = first(&ENV.replace("PORT=587", "PORT=2525"));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn from_cannot_be_set_here() {
        let (_, _, ids) = first(&format!("{ENV}DOCS_SMTP_FROM=docs@acme.io\n"));
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
    }
}

//! Hoppscotch (self-hosted backend): the `MAILER_*` environment variables,
//! handed to `@nestjs-modules/mailer` (nodemailer).
//!
//! Meaning (docs.hoppscotch.io "Self-host › Install and build", and the
//! code, `packages/hoppscotch-backend/src/mailer/helper.ts`
//! `getTransportOption`):
//!
//! * `MAILER_SMTP_ENABLE` (`true` turns the mailer on; anything else off:
//!   no mail, magic-link sign-in impossible).
//! * Two modes, chosen by `MAILER_USE_CUSTOM_CONFIGS`, compared with the
//!   string `'true'` exactly. Not `true`: `MAILER_SMTP_URL` alone, a
//!   nodemailer URL (`smtps://` is TLS from the first byte). `true`:
//!   `MAILER_SMTP_HOST`, `MAILER_SMTP_PORT`, `MAILER_SMTP_SECURE`,
//!   `MAILER_SMTP_USER`, `MAILER_SMTP_PASSWORD`,
//!   `MAILER_TLS_REJECT_UNAUTHORIZED`; the URL is then ignored (and the
//!   other mode's keys are, when it is not).
//! * `secure` is `MAILER_SMTP_SECURE === 'true'`: otherwise false, so
//!   nodemailer speaks plain SMTP and upgrades with STARTTLS when offered,
//!   on any port (465 included: the handshake then fails).
//! * `tls.rejectUnauthorized` is `MAILER_TLS_REJECT_UNAUTHORIZED ===
//!   'true'`: unset or anything else, certificates are **not** checked.
//!   (`'true'` exactly; read here case-insensitively. Written `false` is
//!   reported; unset is not, for want of a default for the check.)
//! * `MAILER_ADDRESS_FROM` is the From.
//! * No port: nodemailer's default, 465 with `secure` (or `smtps://`),
//!   else 587.

use crate::extract::profile::{
    fix, fix_text, k, kr, mark, pairs, set, syn, words, Fix, Hooks, Key, Marker, Pairs, Profile,
    Read, Sec, SetVal, Switch, TlsModel, Truth, UrlFlavor, Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Role::*, Syntax};

use super::nodemailer;

const KEYS: &[Key] = &[
    kr("MAILER_SMTP_URL", Url, Read::Url(UrlFlavor::Nodemailer)),
    k("MAILER_SMTP_HOST", Host),
    k("MAILER_SMTP_PORT", Port),
    k("MAILER_SMTP_USER", Username),
    k("MAILER_SMTP_PASSWORD", Password),
    k("MAILER_SMTP_SECURE", ImplicitTls),
    k("MAILER_TLS_REJECT_UNAUTHORIZED", VerifyPeer),
    k("MAILER_ADDRESS_FROM", From),
    k("MAILER_SMTP_ENABLE", Enabled),
];

const MARKERS: &[Marker] = &[
    mark("MAILER_USE_CUSTOM_CONFIGS"),
    mark("MAILER_ADDRESS_FROM"),
    mark("MAILER_TLS_REJECT_UNAUTHORIZED"),
    mark("MAILER_SMTP_ENABLE"),
];

const OTHER_KEYS: Words = words!["MAILER_USE_CUSTOM_CONFIGS", "MAILER_SMTP_IGNORE_TLS"];

const LEFTOVERS: Pairs = pairs![
    ("MAILER_SMTP_USERNAME", "MAILER_SMTP_USER"),
    ("MAILER_SMTP_PASS", "MAILER_SMTP_PASSWORD"),
    ("MAILER_SMTP_FROM", "MAILER_ADDRESS_FROM"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "MAILER_SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "MAILER_SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(
            ImplicitTls,
            "MAILER_SMTP_SECURE",
            SetVal::Word("false"),
        )],
        "MAILER_SMTP_SECURE=false with port 587 (or, in URL mode, `smtp://` instead of `smtps://`)",
    ),
    fix(
        W::VerifyOn,
        &[set(
            VerifyPeer,
            "MAILER_TLS_REJECT_UNAUTHORIZED",
            SetVal::Word("true"),
        )],
    ),
    fix_text(W::AuthOn, &[], "MAILER_SMTP_USER and MAILER_SMTP_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current Hoppscotch release"),
    fix_text(W::Username, &[], "MAILER_SMTP_USER={value}"),
    fix_text(W::Password, &[], "MAILER_SMTP_PASSWORD={value}"),
    fix_text(W::From, &[], "MAILER_ADDRESS_FROM={value}"),
    fix_text(
        W::Stream,
        &[],
        "Hoppscotch has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static HOPPSCOTCH: Profile = Profile {
    id: "hoppscotch-env",
    name: "Hoppscotch MAILER_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.hoppscotch.io/documentation/self-host/community-edition/install-and-build https://github.com/hoppscotch/hoppscotch/blob/main/packages/hoppscotch-backend/src/mailer/helper.ts",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["MAILER_SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Only(words!["true"]),
    // The URL's scheme: `smtps://` is TLS from the first byte, `smtp://`
    // nodemailer's default (STARTTLS when offered, 465 implicit).
    tls: TlsModel {
        words: &[("smtps", Sec::Implicit), ("smtp", Sec::Ignored)],
        ..nodemailer::TLS
    },
    // nodemailer's: 465 with TLS from the first byte, else 587 (an unset
    // MAILER_SMTP_PORT is `+undefined`, NaN, which nodemailer replaces).
    port: Some(587),
    implicit_port: Some(465),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "MAILER_SMTP_ENABLE",
    }),
    fixes: FIXES,
    sender_hint: "MAILER_ADDRESS_FROM",
    hooks: Hooks {
        finish: Some(one_mode),
        ..Hooks::NONE
    },
    ..BASE
};

/// The URL and the custom keys are two modes, not two configurations: one
/// configuration, with the keys of the mode `MAILER_USE_CUSTOM_CONFIGS`
/// selects.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn one_mode(doc: &Document, configs: &mut Vec<Config>) {
    let custom = doc
        .entries
        .iter()
        .rev()
        .filter(|e| !e.commented() && doc.key_of(e) == "MAILER_USE_CUSTOM_CONFIGS")
        .map(|e| doc.text_of(&e.value).trim().trim_matches(['"', '\'']) == "true")
        .next()
        .unwrap_or(false);
    let Some(mut one) = configs.first().cloned() else {
        return;
    };
    for c in configs.iter().skip(1) {
        one.fields.extend(c.fields.iter().cloned());
        one.unknown_keys.extend(c.unknown_keys.iter().cloned());
        one.span = one.span.start.min(c.span.start)..one.span.end.max(c.span.end);
    }
    crate::sort::by_key(&mut one.fields, |f| f.key_span.start);
    // The URL and its parts (read in the URL's own syntax).
    let url_key = |f: &crate::model::Field| f.role == Url || f.syntax == Syntax::Url;
    let custom_only = |f: &crate::model::Field| !url_key(f) && !matches!(f.role, From | Enabled);
    // The other mode's keys are not read: no finding on them either.
    one.ignore_fields(|f| if custom { !url_key(f) } else { !custom_only(f) });
    one.active = true;
    one.label = None;
    configs.clear();
    configs.push(one);
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CUSTOM: &str = "MAILER_SMTP_ENABLE=true\nMAILER_USE_CUSTOM_CONFIGS=true\nMAILER_ADDRESS_FROM=api@acme.io\nMAILER_SMTP_URL=smtps://apikey:SG.x1y2@smtp.sendgrid.net\nMAILER_SMTP_HOST=smtp.postmarkapp.com\nMAILER_SMTP_PORT=587\nMAILER_SMTP_SECURE=false\nMAILER_SMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAILER_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAILER_TLS_REJECT_UNAUTHORIZED=true\n";

    #[test]
    fn custom_mode_reads_the_keys_not_the_url() {
        let (client, s, ids) = first(CUSTOM);
        assert_eq!(client, "hoppscotch-env");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn the_ignored_mode_gets_no_findings() {
        // The stock example URL (an `@` in its user) while the custom keys
        // are used: not read, so not judged.
        let stock = "smtps://apikey:SG.x1y2@smtp.sendgrid.net";
        let text = CUSTOM.replace(stock, "smtps://user@domain.com:pass@smtp.domain.com");
        assert_ne!(text, CUSTOM);
        let (_, s, ids) = first(&text);
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert!(!has(&ids, "url/unencoded-credentials"), "{ids:?}");
        // In URL mode the same URL is the one used, and judged.
        let (_, _, ids) = first(&text.replace("CONFIGS=true", "CONFIGS=false"));
        assert!(has(&ids, "url/unencoded-credentials"), "{ids:?}");
    }

    #[test]
    fn url_mode_reads_the_url_not_the_keys() {
        let text = CUSTOM.replace("CONFIGS=true", "CONFIGS=false");
        let (_, s, ids) = first(&text);
        assert_eq!(s["host"], "smtp.sendgrid.net");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "host/other-provider"), "{ids:?}");
    }

    #[test]
    fn mailer_off_sends_nothing() {
        let text = CUSTOM.replace("ENABLE=true", "ENABLE=false");
        let (_, _, ids) = first(&text);
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}

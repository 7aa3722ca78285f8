//! Quarkus Mailer (`quarkus-mailer`): `quarkus.mailer.*` in
//! `application.properties` / `application.yaml`, and the same settings as
//! `QUARKUS_MAILER_*` environment variables (SmallRye Config's mapping).
//!
//! Meaning (quarkus.io "Mailer Reference Guide"; the code:
//! `extensions/mailer/runtime/…/MailerRuntimeConfig.java`, `Mailers.java`
//! `toVertxMailConfig`/`configureTLS`, and Vert.x `io.vertx.ext.mail.MailConfig`):
//!
//! * `host` (default `localhost`), `port`, `username`, `password`;
//!   `from` is the default From.
//! * `port` unset is Vert.x's default, **25**, whatever the TLS settings.
//!   (The javadoc of `port` says 587 is the default with `ssl` on; the code
//!   never sets a port then, so Vert.x's 25 holds: we follow the code.)
//! * `start-tls` is Vert.x's `StartTLSOptions`: `DISABLED` (never STARTTLS:
//!   clear text), `OPTIONAL` (the default: STARTTLS when the server offers
//!   it), `REQUIRED` (STARTTLS or the send fails); read upper-cased.
//! * `tls=true` (and the deprecated `ssl=true`) is Vert.x `setSsl(true)`:
//!   TLS from the first byte, on any port; `start-tls` then changes
//!   nothing. Both default to false. Since Quarkus 3.12 (TLS registry),
//!   `trust-all=true` with `tls` unset switches TLS on from the first byte
//!   too (`setSsl(ssl || tls.orElse(trustAll))`; reported as a bug in
//!   quarkusio/quarkus#42050, and `tls=false` was added to say no): read
//!   so, with that version note.
//! * TLS registry (Quarkus 3.12+, quarkus.io "TLS registry reference",
//!   `Mailers.configureTLS`): `tls-configuration-name=<name>` hands the
//!   mailer the configuration `quarkus.tls.<name>.*`. Then TLS starts on
//!   the first byte unless `tls=false` (`setSsl(tls.orElse(true))`), the
//!   mailer's own `ssl` and `trust-all` are not read, and
//!   `quarkus.tls.<name>.trust-all=true` switches certificate checks off
//!   (`hostname-verification-algorithm=NONE` the host name check). Without
//!   a name, the default configuration's `quarkus.tls.trust-all=true`
//!   stands for the mailer's unset `trust-all` (and so, with `tls` unset,
//!   starts TLS on the first byte); other named configurations are not
//!   the mailer's.
//! * `mock=true` keeps the mail in an in-memory mailbox (printed to the
//!   console): nothing is sent. Unset, it is true in dev and test mode and
//!   false in prod.
//! * Configuration profiles: `%dev.quarkus.mailer.mock=true`,
//!   `%prod.quarkus.mailer.host=…` (YAML: a `"%prod":` block). A profile's
//!   key overrides the plain one in that profile; `%dev`/`%test` keys are
//!   not used in production, so they are read only when the paste holds
//!   nothing else.
//! * `login`: `NONE` (log in when the server offers AUTH and credentials
//!   are set), `DISABLED`, `REQUIRED`, `XOAUTH2` (not checked here).

use crate::extract::profile::{
    fix, fix_text, k, set, syn, words, Both, Fix, Hooks, Key, Profile, Sec, SetVal, Switch,
    TlsModel, Words, WriteKind as W, BASE,
};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::extract::profile::tls::{evaluate, truth};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Field, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("quarkus.mailer.host", Host),
    k("quarkus.mailer.port", Port),
    k("quarkus.mailer.username", Username),
    k("quarkus.mailer.password", Password),
    k("quarkus.mailer.from", From),
    k("quarkus.mailer.start-tls", Encryption),
    k("quarkus.mailer.tls", ImplicitTls),
    k("quarkus.mailer.ssl", ImplicitTls),
    k("quarkus.mailer.trust-all", SkipVerify),
    k("quarkus.mailer.mock", Transport),
    k("quarkus.mailer.tls-configuration-name", ImplicitTls),
    k("quarkus.tls.trust-all|quarkus.tls.*.trust-all", SkipVerify),
    k(
        "quarkus.tls.hostname-verification-algorithm|quarkus.tls.*.hostname-verification-algorithm",
        VerifyMode,
    ),
];

const ENV_KEYS: &[Key] = &[
    k("QUARKUS_MAILER_HOST", Host),
    k("QUARKUS_MAILER_PORT", Port),
    k("QUARKUS_MAILER_USERNAME", Username),
    k("QUARKUS_MAILER_PASSWORD", Password),
    k("QUARKUS_MAILER_FROM", From),
    k("QUARKUS_MAILER_START_TLS", Encryption),
    k("QUARKUS_MAILER_TLS", ImplicitTls),
    k("QUARKUS_MAILER_SSL", ImplicitTls),
    k("QUARKUS_MAILER_TRUST_ALL", SkipVerify),
    k("QUARKUS_MAILER_MOCK", Transport),
    k("QUARKUS_MAILER_TLS_CONFIGURATION_NAME", ImplicitTls),
    k("QUARKUS_TLS_TRUST_ALL|QUARKUS_TLS_*_TRUST_ALL", SkipVerify),
    k(
        "QUARKUS_TLS_HOSTNAME_VERIFICATION_ALGORITHM|QUARKUS_TLS_*_HOSTNAME_VERIFICATION_ALGORITHM",
        VerifyMode,
    ),
];

const OTHER: Words = words![
    "login",
    "auth-methods",
    "bounce-address",
    "own-host-name",
    "max-pool-size",
    "keep-alive",
    "keep-alive-timeout",
    "pool-cleaner-period",
    "disable-esmtp",
    "multi-part-only",
    "allow-rcpt-errors",
    "pipelining",
    "approved-recipients",
    "log-rejected-recipients",
    "log-invalid-recipients",
    "cache-attachments",
    "key-store",
    "key-store-password",
];

const ENV_OTHER: Words = words![
    "QUARKUS_MAILER_LOGIN",
    "QUARKUS_MAILER_AUTH_METHODS",
    "QUARKUS_MAILER_BOUNCE_ADDRESS",
    "QUARKUS_MAILER_OWN_HOST_NAME",
    "QUARKUS_MAILER_MAX_POOL_SIZE",
    "QUARKUS_MAILER_KEEP_ALIVE",
    "QUARKUS_MAILER_DISABLE_ESMTP",
    "QUARKUS_MAILER_APPROVED_RECIPIENTS",
];

const TLS: TlsModel = TlsModel {
    words: &[
        ("DISABLED", Sec::Plain),
        ("OPTIONAL", Sec::Auto),
        ("REQUIRED", Sec::StartTls),
        ("", Sec::Ignored),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Auto,
    both: Both::Implicit,
    absent: "",
};

const SWITCH: Switch = Switch {
    smtp: words!["false"],
    no_mail: words!["true"],
    local: words![],
    missing: None,
    off: None,
    name: "quarkus.mailer.mock",
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "quarkus.mailer.port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "quarkus.mailer.host", SetVal::Given)]),
    fix(
        W::StartTls,
        &[
            set(ImplicitTls, "quarkus.mailer.tls", SetVal::Word("false")),
            set(Encryption, "quarkus.mailer.start-tls", SetVal::Word("REQUIRED")),
        ],
    ),
    fix(W::VerifyOn, &[set(SkipVerify, "", SetVal::Remove)]),
    fix_text(
        W::AuthOn,
        &[],
        "quarkus.mailer.username and quarkus.mailer.password (and no quarkus.mailer.login=DISABLED)",
    ),
    fix_text(W::TlsModern, &[], "a current Quarkus release (Java's TLS 1.2+)"),
    fix(
        W::Username,
        &[set(Username, "quarkus.mailer.username", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "quarkus.mailer.password", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "quarkus.mailer.from", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "the Quarkus mailer has no stream setting: add the header `X-PM-Message-Stream: {value}` to each Mail (`addHeader`), or use a Server whose default stream is `{value}`",
    ),
];

const ENV_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "QUARKUS_MAILER_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "QUARKUS_MAILER_HOST", SetVal::Given)]),
    fix(
        W::StartTls,
        &[
            set(ImplicitTls, "QUARKUS_MAILER_TLS", SetVal::Word("false")),
            set(Encryption, "QUARKUS_MAILER_START_TLS", SetVal::Word("REQUIRED")),
        ],
    ),
    fix(W::VerifyOn, &[set(SkipVerify, "", SetVal::Remove)]),
    fix_text(
        W::AuthOn,
        &[],
        "QUARKUS_MAILER_USERNAME and QUARKUS_MAILER_PASSWORD",
    ),
    fix_text(W::TlsModern, &[], "a current Quarkus release (Java's TLS 1.2+)"),
    fix(
        W::Username,
        &[set(Username, "QUARKUS_MAILER_USERNAME", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "QUARKUS_MAILER_PASSWORD", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "QUARKUS_MAILER_FROM", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "the Quarkus mailer has no stream setting: add the header `X-PM-Message-Stream: {value}` to each Mail, or use a Server whose default stream is `{value}`",
    ),
];

#[cfg(not(target_arch = "wasm32"))]
const DOCS: &str = "https://quarkus.io/guides/mailer-reference https://github.com/quarkusio/quarkus/blob/main/extensions/mailer/runtime/src/main/java/io/quarkus/mailer/runtime/Mailers.java";

pub static QUARKUS: Profile = Profile {
    id: "quarkus",
    name: "Quarkus Mailer quarkus.mailer",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::PROPERTIES | syn::YAML,
    keys: KEYS,
    other_keys: OTHER,
    tls: TLS,
    port: Some(25),
    host: Some("localhost"),
    switch: Some(SWITCH),
    fixes: FIXES,
    sender_hint: "quarkus.mailer.from (or `setFrom` on each Mail)",
    hooks: Hooks {
        tls: Some(tls),
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

pub static QUARKUS_ENV: Profile = Profile {
    id: "quarkus-env",
    name: "Quarkus Mailer QUARKUS_MAILER_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    family: &["QUARKUS_MAILER_"],
    other_keys: ENV_OTHER,
    case_sensitive: true,
    tls: TLS,
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        name: "QUARKUS_MAILER_MOCK",
        ..SWITCH
    }),
    fixes: ENV_FIXES,
    sender_hint: "QUARKUS_MAILER_FROM (or `setFrom` on each Mail)",
    hooks: Hooks {
        tls: Some(tls),
        finish: Some(registry),
        ..Hooks::NONE
    },
    ..BASE
};

/// The TLS registry configuration a field belongs to: `Some("")` for the
/// default one (`quarkus.tls.trust-all`), `Some("mailer")` for
/// `quarkus.tls.mailer.trust-all` (`QUARKUS_TLS_MAILER_TRUST_ALL`), `None`
/// for the mailer's own keys. Names compare in the environment's spelling
/// (upper case, `_` for anything else).
fn registry_name(f: &Field) -> Option<String> {
    let key = f
        .key
        .to_ascii_uppercase()
        .replace(|c: char| !c.is_ascii_alphanumeric(), "_");
    let at = key.find("QUARKUS_TLS_")?;
    let rest = &key[at + "QUARKUS_TLS_".len()..];
    let name = ["TRUST_ALL", "HOSTNAME_VERIFICATION_ALGORITHM"]
        .iter()
        .find_map(|suf| rest.strip_suffix(suf))?;
    Some(name.trim_end_matches('_').to_string())
}

/// `tls-configuration-name`.
fn is_name(f: &Field) -> bool {
    let k = f.key.to_ascii_lowercase();
    k.ends_with("tls-configuration-name") || k.ends_with("tls_configuration_name")
}

/// The named TLS configuration the mailer uses (environment spelling).
fn tls_name(cfg: &Config) -> Option<(&Field, String)> {
    let f = cfg.all(ImplicitTls).filter(|f| is_name(f)).last()?;
    let name = f.value.literal()?.trim();
    let env = name
        .to_ascii_uppercase()
        .replace(|c: char| !c.is_ascii_alphanumeric(), "_");
    Some((f, env))
}

/// The TLS registry (`Mailers.configureTLS`): with a named configuration,
/// its keys are read and the mailer's `ssl`/`trust-all` are not; without,
/// only the default configuration's `trust-all`, and only where the
/// mailer's own is unset. A configuration of TLS registry keys alone is no
/// mailer's.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn registry(_doc: &Document, configs: &mut Vec<Config>) {
    for c in configs.iter_mut() {
        let name = tls_name(c).map(|(_, n)| n);
        let own = |f: &Field, suffix: &str| {
            registry_name(f).is_none()
                && f.key
                    .to_ascii_lowercase()
                    .replace('_', "-")
                    .ends_with(suffix)
        };
        let own_trust_all = c
            .fields
            .iter()
            .any(|f| f.role == SkipVerify && own(f, "trust-all"));
        match name {
            Some(n) => c.ignore_fields(|f| match registry_name(f) {
                Some(r) => r == n,
                None => !(own(f, "trust-all") || (f.role == ImplicitTls && own(f, "ssl"))),
            }),
            None => c.ignore_fields(|f| match registry_name(f).as_deref() {
                Some("") => !own_trust_all || f.role != SkipVerify,
                Some(_) => false,
                None => true,
            }),
        }
    }
    configs.retain(|c| c.fields.iter().any(|f| registry_name(f).is_none()));
}

/// Both hooks of the properties table: profiles first, then the registry.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(doc: &Document, configs: &mut Vec<Config>) {
    profiles(doc, configs);
    registry(doc, configs);
}

/// The table's reading, plus Quarkus 3.12+'s: `trust-all=true` with `tls`
/// (and `ssl`) unset starts TLS on the first byte, and a named TLS
/// configuration starts it unless `tls=false`.
fn tls(cfg: &Config) -> Tls {
    if let Some((name, _)) = tls_name(cfg) {
        let mut plain = cfg.clone();
        plain.fields.retain(|f| !is_name(f));
        let mut t = evaluate(&plain, cfg.dialect);
        let tls_off = cfg
            .all(ImplicitTls)
            .any(|f| !is_name(f) && truth(cfg.dialect, f) == Some(false));
        if !tls_off && t.mode.is_some() {
            t.choose(Security::Implicit, Evidence::of(name));
            t.disabled = None;
            t.version_note = Some(
                "Quarkus 3.12 and later (TLS registry): a mailer given a tls-configuration-name starts TLS on the first byte unless quarkus.mailer.tls=false",
            );
        }
        return t;
    }
    let mut t = evaluate(cfg, cfg.dialect);
    let tls_written = cfg.all(ImplicitTls).any(|f| {
        let k = f.key.to_ascii_lowercase();
        k.ends_with("tls") || truth(cfg.dialect, f) == Some(true)
    });
    let trust_all = cfg
        .get(SkipVerify)
        .filter(|f| truth(cfg.dialect, f) == Some(true));
    if let (false, Some(f), Some(_)) = (tls_written, trust_all, t.mode) {
        t.choose(Security::Implicit, Evidence::of(f));
        t.disabled = None;
        t.version_note = Some(
            "Quarkus 3.12 and later start TLS on the first byte when trust-all is true and tls is not set (quarkusio/quarkus#42050); earlier releases do not",
        );
    }
    t
}

/// How a key's configuration profile ranks: plain keys first, then custom
/// profiles, then `%prod` (the last one written wins); `%dev`/`%test` are
/// not production's.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Plain,
    Custom,
    Prod,
    DevTest,
}

fn rank(profile: Option<&str>) -> Rank {
    match profile.map(|p| p.trim_matches(['"', '\'']).to_ascii_lowercase()) {
        None => Rank::Plain,
        Some(p) if p == "%prod" => Rank::Prod,
        Some(p) if p == "%dev" || p == "%test" => Rank::DevTest,
        Some(_) => Rank::Custom,
    }
}

/// Quarkus's profiles: `%dev`/`%test` keys are dropped where the paste has
/// connection keys for production too, and a `%prod` (or custom profile)
/// key wins over the plain one whatever their order.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn profiles(doc: &Document, configs: &mut Vec<Config>) {
    // The profile of each field's entry (its outermost `%name` segment),
    // asked only for the entries that gave fields.
    let wanted: FxHashSet<usize> = configs
        .iter()
        .flat_map(|c| c.fields.iter().map(|f| f.key_span.start))
        .collect();
    let mut of: FxHashMap<usize, Rank> = FxHashMap::default();
    for e in &doc.entries {
        let at = e.key_span().start;
        if !wanted.contains(&at) {
            continue;
        }
        let profile = doc
            .path_rev(e)
            .map(|seg| seg.text(doc.input))
            .filter(|t| t.trim_start_matches(['"', '\'']).starts_with('%'))
            .last();
        of.insert(at, rank(profile));
    }
    let rank_of = |f: &Field| of.get(&f.key_span.start).copied().unwrap_or(Rank::Plain);
    for c in configs.iter_mut() {
        let for_prod = c.fields.iter().any(|f| {
            rank_of(f) != Rank::DevTest && matches!(f.role, Host | Port | Username | Password)
        });
        if for_prod {
            c.fields.retain(|f| rank_of(f) != Rank::DevTest);
        }
        // Stable: text order within a rank.
        c.fields.sort_by_key(|f| rank_of(f));
    }
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    #[test]
    fn start_tls_words() {
        let (client, s, ids) = first(
            "quarkus.mailer.host=smtp.postmarkapp.com\nquarkus.mailer.port=587\nquarkus.mailer.start-tls=REQUIRED\nquarkus.mailer.username=u\nquarkus.mailer.password=u\nquarkus.mailer.from=a@acme.io\n",
        );
        assert_eq!(client, "quarkus");
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(
            "quarkus.mailer.host=smtp.postmarkapp.com\nquarkus.mailer.port=587\nquarkus.mailer.start-tls=DISABLED\n",
        );
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn tls_true_is_implicit_on_any_port_and_the_default_port_is_25() {
        let (_, s, ids) = first(
            "quarkus.mailer.host=smtp.postmarkapp.com\nquarkus.mailer.port=587\nquarkus.mailer.tls=true\nquarkus.mailer.username=u\nquarkus.mailer.password=u\n",
        );
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // No port: Vert.x's 25, even with TLS on (the javadoc's 587 is not
        // in the code): TLS from the first byte on port 25.
        let (_, s, ids) = first(
            "quarkus.mailer.host=smtp.postmarkapp.com\nquarkus.mailer.ssl=true\nquarkus.mailer.username=u\n",
        );
        assert!(s["port"].is_null());
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn trust_all_without_tls_starts_tls_since_3_12() {
        let text = "quarkus.mailer.host=smtp.postmarkapp.com\nquarkus.mailer.port=587\nquarkus.mailer.start-tls=REQUIRED\nquarkus.mailer.trust-all=true\nquarkus.mailer.username=u\n";
        let (_, s, ids) = first(text);
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // `tls=false` says no.
        let (_, s, ids) = first(&format!("{text}quarkus.mailer.tls=false\n"));
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn a_named_tls_configuration_is_implicit_tls_with_its_trust_all() {
        let base = "quarkus.mailer.host=smtp.postmarkapp.com\nquarkus.mailer.port=587\nquarkus.mailer.start-tls=REQUIRED\nquarkus.mailer.username=u\nquarkus.mailer.password=u\nquarkus.mailer.from=a@acme.io\n";
        // `setSsl(tls.orElse(true))`, and the named configuration's trust-all.
        let named = format!("{base}quarkus.mailer.tls-configuration-name=my-mailer\nquarkus.tls.my-mailer.trust-all=true\nquarkus.tls.web.trust-all=false\n");
        let (client, s, ids) = first(&named);
        assert_eq!(client, "quarkus");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
        // Another configuration's trust-all, and the mailer's own, are not read then.
        let other = named.replace(
            "tls.my-mailer.trust-all=true",
            "tls.my-mailer.trust-all=false",
        ) + "quarkus.tls.web.trust-all=true\nquarkus.mailer.trust-all=true\n";
        let (_, _, ids) = first(&other);
        assert!(!has(&ids, "tls/verify-disabled"), "{ids:?}");
        // `tls=false` keeps STARTTLS.
        let (_, s, ids) = first(&format!("{named}quarkus.mailer.tls=false\n"));
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/implicit-tls"), "{ids:?}");
        // The environment's spelling.
        let (client, s, ids) = first(
            "QUARKUS_MAILER_HOST=smtp.postmarkapp.com\nQUARKUS_MAILER_PORT=587\nQUARKUS_MAILER_USERNAME=u\nQUARKUS_MAILER_TLS_CONFIGURATION_NAME=my-mailer\nQUARKUS_TLS_MY_MAILER_TRUST_ALL=true\n",
        );
        assert_eq!(client, "quarkus-env");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn the_default_tls_configuration_trust_all_stands_for_the_mailers() {
        let base = "quarkus.mailer.host=smtp.postmarkapp.com\nquarkus.mailer.port=587\nquarkus.mailer.start-tls=REQUIRED\nquarkus.mailer.username=u\n";
        let (_, s, ids) = first(&format!("{base}quarkus.tls.trust-all=true\n"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
        // The mailer's own `trust-all=false` wins; a named configuration is not the mailer's.
        for extra in [
            "quarkus.tls.trust-all=true\nquarkus.mailer.trust-all=false\n",
            "quarkus.tls.web.trust-all=true\n",
        ] {
            let (_, s, ids) = first(&format!("{base}{extra}"));
            assert_eq!(s["security"], "starttls", "{extra}");
            assert!(!has(&ids, "tls/verify-disabled"), "{extra}: {ids:?}");
        }
        // TLS registry keys alone are no mailer's.
        let r = crate::lint("quarkus.tls.trust-all=true\n", &crate::Options::default());
        assert!(r.configs.iter().all(|c| c.client != "quarkus"));
    }

    #[test]
    fn mock_keeps_the_mail() {
        let (_, _, ids) = first(
            "QUARKUS_MAILER_HOST=smtp.postmarkapp.com\nQUARKUS_MAILER_PORT=587\nQUARKUS_MAILER_MOCK=true\n",
        );
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (client, s, ids) = first(
            "QUARKUS_MAILER_HOST=smtp.postmarkapp.com\nQUARKUS_MAILER_PORT=587\nQUARKUS_MAILER_START_TLS=DISABLED\nQUARKUS_MAILER_MOCK=false\n",
        );
        assert_eq!(client, "quarkus-env");
        assert_eq!(s["security"], "none");
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn profiles_prod_wins_and_dev_test_are_not_production() {
        let (_, s, ids) = first(
            "%dev.quarkus.mailer.mock=true\n%prod.quarkus.mailer.port=2525\nquarkus.mailer.host=smtp.postmarkapp.com\nquarkus.mailer.port=587\n%dev.quarkus.mailer.start-tls=DISABLED\nquarkus.mailer.username=u\n",
        );
        assert_eq!(s["port"], 2525);
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        // A YAML `"%dev":` block likewise.
        let (_, _, ids) = first(
            "quarkus:\n  mailer:\n    host: smtp.postmarkapp.com\n    port: 587\n    username: u\n\"%dev\":\n  quarkus:\n    mailer:\n      mock: true\n",
        );
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        // Only dev keys: they are what the paste is about.
        let (client, s, _) = first(
            "%dev.quarkus.mailer.host=localhost\n%dev.quarkus.mailer.port=1025\n%dev.quarkus.mailer.mock=false\n",
        );
        assert_eq!(client, "quarkus");
        assert_eq!(s["port"], 1025);
    }

    #[test]
    fn other_quarkus_keys_are_not_the_mailer() {
        let (_, s, _) = first(
            "quarkus.datasource.username=app\nquarkus.datasource.password=pw\nquarkus.mailer.host=smtp.postmarkapp.com\nquarkus.mailer.port=587\n",
        );
        assert!(s["username"].is_null(), "{s}");
        assert_eq!(s["password_present"], false);
    }
}

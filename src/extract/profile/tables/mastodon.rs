//! Mastodon `.env.production` (`SMTP_*`, and `BULK_SMTP_*` for bulk mail
//! since 4.4), read through `config/email.yml` / `production.rb`.
//!
//! Meaning (Mastodon's docs, "Email" configuration, and `production.rb`):
//!
//! * `SMTP_ENABLE_STARTTLS`: `always` = STARTTLS required, `never` = no
//!   STARTTLS (plain text), `auto` (or unset, with
//!   `SMTP_ENABLE_STARTTLS_AUTO` not `false`) = STARTTLS when offered.
//! * `SMTP_TLS=true` / `SMTP_SSL=true` (exactly `true`): implicit TLS.
//! * `SMTP_AUTH_METHOD=none`: no authentication (default `plain`).
//! * `SMTP_OPENSSL_VERIFY_MODE=none`: certificate verification off.
//! * No `SMTP_PORT`: the mail gem's 25. `SMTP_FROM_ADDRESS` defaults to
//!   `notifications@localhost`.
//! * `SMTP_DELIVERY_METHOD` (ActionMailer's delivery method, default
//!   `smtp`): `sendmail` hands mail to a local program, `file` and `test`
//!   keep it.
//! * `BULK_SMTP_*` is a second, complete set of the same settings used for
//!   bulk mail (announcements): a configuration of its own, also in use.
//!
//! `SMTP_SERVER`, `SMTP_PORT` and `SMTP_PASSWORD` are every app's names, so
//! the table needs a marker: a key only Mastodon writes, or another key of
//! a Mastodon `.env.production`.

use super::kit;
use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, set_if, shared, syn, words, Fix, Hooks, Key, Marker, Pairs,
    Profile, SetVal, Switch, Words, Write, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Field, KeyUse, Role::*, Security, Setting, Tls};

const KEYS: &[Key] = &[
    k("SMTP_SERVER|BULK_SMTP_SERVER", Host),
    k("SMTP_PORT|BULK_SMTP_PORT", Port),
    k("SMTP_LOGIN|BULK_SMTP_LOGIN", Username),
    k("SMTP_PASSWORD|BULK_SMTP_PASSWORD", Password),
    k("SMTP_FROM_ADDRESS|BULK_SMTP_FROM_ADDRESS", From),
    k("SMTP_AUTH_METHOD|BULK_SMTP_AUTH_METHOD", AuthMethod),
    k(
        "SMTP_OPENSSL_VERIFY_MODE|BULK_SMTP_OPENSSL_VERIFY_MODE",
        VerifyMode,
    ),
    k("SMTP_ENABLE_STARTTLS|BULK_SMTP_ENABLE_STARTTLS", Encryption),
    k(
        "SMTP_ENABLE_STARTTLS_AUTO|BULK_SMTP_ENABLE_STARTTLS_AUTO",
        StartTls,
    ),
    k("SMTP_TLS|BULK_SMTP_TLS", ImplicitTls),
    k("SMTP_SSL|BULK_SMTP_SSL", ImplicitTls),
    k("SMTP_DELIVERY_METHOD", Transport),
];

/// SMTP keys only Mastodon uses, and other keys of a Mastodon `.env.production`.
const MARKERS: &[Marker] = &[
    mark("SMTP_LOGIN|BULK_SMTP_LOGIN"),
    mark("SMTP_FROM_ADDRESS|BULK_SMTP_FROM_ADDRESS"),
    mark("SMTP_AUTH_METHOD|BULK_SMTP_AUTH_METHOD"),
    mark("BULK_SMTP_OPENSSL_VERIFY_MODE"),
    mark("SMTP_ENABLE_STARTTLS|BULK_SMTP_ENABLE_STARTTLS"),
    mark("BULK_SMTP_ENABLE_STARTTLS_AUTO"),
    mark("LOCAL_DOMAIN"),
    mark("OTP_SECRET"),
    mark("VAPID_PRIVATE_KEY"),
    mark("STREAMING_API_BASE_URL"),
    mark("ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY"),
    mark("SINGLE_USER_MODE"),
    // ActionMailer's option names, which other Rails apps (Chatwoot,
    // Huginn, cnvrg) write too: never Mastodon's evidence alone.
    shared(mark("SMTP_OPENSSL_VERIFY_MODE")),
    shared(mark("SMTP_ENABLE_STARTTLS_AUTO")),
    shared(mark("SMTP_DELIVERY_METHOD")),
];

/// Keys Mastodon reads that carry nothing we check.
const OTHER_KEYS: Words = words![
    "SMTP_DOMAIN",
    "SMTP_CA_FILE",
    "SMTP_REPLY_TO",
    "SMTP_RETURN_PATH",
    "SMTP_BULK_MAIL_ENABLED",
    "BULK_SMTP_DOMAIN",
    "BULK_SMTP_CA_FILE",
];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_USER", "SMTP_LOGIN"),
    ("SMTP_USERNAME", "SMTP_LOGIN"),
    ("SMTP_HOST", "SMTP_SERVER"),
    ("SMTP_ADDRESS", "SMTP_SERVER"),
    ("SMTP_FROM", "SMTP_FROM_ADDRESS"),
    ("SMTP_STARTTLS", "SMTP_ENABLE_STARTTLS"),
];

/// Mastodon has no message-stream setting (also the Helm chart's answer).
pub(super) const NO_STREAM: &str =
    "Mastodon has no stream setting: use a Server whose default stream is `{value}`";

/// `SMTP_DELIVERY_METHOD` (or the chart's `delivery_method`, `name`): only
/// `smtp` sends through the SMTP settings.
pub(super) const fn switch(name: &'static str) -> Switch {
    Switch {
        smtp: words!["smtp"],
        no_mail: words!["file", "test"],
        local: words!["sendmail"],
        missing: None,
        off: None,
        name,
    }
}

/// The fixes of the main settings; the bulk ones are the same keys with
/// `BULK_` in front (see [`bulk_write`]).
const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SMTP_SERVER", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set_if(ImplicitTls, "SMTP_TLS", SetVal::Lit("false")),
            set_if(ImplicitTls, "SMTP_SSL", SetVal::Lit("false")),
            set_if(Encryption, "SMTP_ENABLE_STARTTLS", SetVal::Word("auto")),
            set_if(StartTls, "SMTP_ENABLE_STARTTLS_AUTO", SetVal::Lit("true")),
        ],
        "SMTP_ENABLE_STARTTLS=auto and remove SMTP_TLS / SMTP_SSL",
    ),
    fix_text(
        W::VerifyOn,
        &[set_if(
            VerifyMode,
            "SMTP_OPENSSL_VERIFY_MODE",
            SetVal::Word("peer"),
        )],
        "SMTP_OPENSSL_VERIFY_MODE=peer",
    ),
    fix_text(W::AuthOn, &[], "SMTP_AUTH_METHOD=plain"),
    fix_text(
        W::TlsModern,
        &[],
        "a Ruby/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "SMTP_LOGIN={value}"),
    fix_text(W::Password, &[], "SMTP_PASSWORD={value}"),
    fix_text(W::From, &[], "SMTP_FROM_ADDRESS={value}"),
    fix_text(W::Stream, &[], NO_STREAM),
];

pub static MASTODON: Profile = Profile {
    id: "mastodon-env",
    name: "Mastodon .env.production",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.joinmastodon.org/admin/config/#email https://github.com/mastodon/mastodon/blob/main/config/email.yml",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SMTP_", "BULK_SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    port: Some(25),
    switch: Some(switch("SMTP_DELIVERY_METHOD")),
    fixes: FIXES,
    sender_hint: "SMTP_FROM_ADDRESS in .env.production (without it Mastodon sends from notifications@localhost)",
    hooks: Hooks {
        tls: Some(tls),
        finish: Some(split_bulk),
        write: Some(bulk_write),
        settings: Some(bulk_settings),
        ..Hooks::NONE
    },
    ..BASE
};

const BULK: &str = "BULK_";

fn is_bulk(cfg: &Config) -> bool {
    cfg.fields.first().is_some_and(|f| f.key.starts_with(BULK))
}

/// Mastodon's reading (see the module docs): words of
/// `SMTP_ENABLE_STARTTLS`, then `SMTP_ENABLE_STARTTLS_AUTO`, and only the
/// exact word `true` for `SMTP_TLS` / `SMTP_SSL`.
pub(super) fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    if [Encryption, StartTls, ImplicitTls]
        .iter()
        .any(|r| cfg.all(*r).any(|f| f.value.is_reference()))
    {
        return tls;
    }
    let implicit = cfg
        .all(ImplicitTls)
        .filter(|f| f.value.text.trim() == "true")
        .last()
        .map(Evidence::of);
    let mode = cfg
        .get(Encryption)
        .map(|f| (f, f.value.text.trim().to_ascii_lowercase()));
    let (starttls, disabled) = match &mode {
        Some((f, m)) if m == "always" || m == "auto" => (Some(Evidence::of(f)), None),
        Some((f, m)) if m == "never" => (None, Some(Evidence::of(f))),
        _ => match cfg.get(StartTls) {
            Some(f) if f.value.text.trim() == "false" => (None, Some(Evidence::of(f))),
            Some(f) => (Some(Evidence::of(f)), None),
            None => (None, None),
        },
    };
    let explicit_starttls = matches!(&mode, Some((_, m)) if m == "always");
    tls.conflicting = implicit.is_some() && explicit_starttls;
    tls.mode = if tls.conflicting {
        None
    } else if implicit.is_some() {
        Some(Security::Implicit)
    } else if disabled.is_some() {
        Some(Security::None)
    } else {
        // STARTTLS when offered is the default.
        Some(Security::StartTls)
    };
    tls.implicit = implicit;
    tls.starttls = starttls;
    tls.disabled = disabled;
    tls
}

/// A bulk configuration's sentences: the main one's, with the `BULK_` keys
/// (every key Mastodon's sentences name starts with `SMTP_`).
fn bulk_write(cfg: &Config, what: &Write) -> Option<String> {
    if !is_bulk(cfg) {
        return None;
    }
    let main = crate::extract::profile::write::text(cfg, &MASTODON, what);
    Some(main.replace("SMTP_", "BULK_SMTP_"))
}

/// A bulk configuration's settings: changed where written, never added
/// (the main keys' names would be wrong there).
fn bulk_settings(cfg: &Config, what: &Write) -> Option<Vec<Setting>> {
    if !is_bulk(cfg) {
        return None;
    }
    let mut sets = crate::extract::profile::write::settings(cfg, &MASTODON, what);
    for s in &mut sets {
        s.key = "";
    }
    Some(sets)
}

/// Main and bulk settings are two configurations, both in use: the fields
/// of each root are split by their `BULK_` prefix, and each part is read
/// top to bottom as the engine does (a second server starts a new block;
/// the last block is the one used).
fn split_bulk(_doc: &Document, configs: &mut Vec<Config>) {
    if !configs
        .iter()
        .any(|c| c.fields.iter().any(|f| f.key.starts_with(BULK)))
    {
        return;
    }
    let mut roots: Vec<u32> = Vec::new();
    for c in configs.iter() {
        if !roots.contains(&c.root) {
            roots.push(c.root);
        }
    }
    let mut out = Vec::new();
    for root in roots {
        let mut fields: Vec<Field> = Vec::new();
        let mut unknown: Vec<KeyUse> = Vec::new();
        let mut place: Option<String> = None;
        for c in configs.iter_mut().filter(|c| c.root == root) {
            fields.append(&mut c.fields);
            unknown.append(&mut c.unknown_keys);
            place = place.or_else(|| c.label.as_deref().and_then(kit::without_block));
        }
        crate::sort::by_key(&mut fields, |f| f.key_span.start);
        let (bulk, main): (Vec<Field>, Vec<Field>) =
            fields.into_iter().partition(|f| f.key.starts_with(BULK));
        let (bulk_unknown, main_unknown): (Vec<KeyUse>, Vec<KeyUse>) =
            unknown.into_iter().partition(|u| u.key.starts_with(BULK));
        let has_bulk = !bulk.is_empty();
        let has_main = !main.is_empty();
        let main_label = if has_bulk { "transactional mail" } else { "" };
        out.extend(blocks(
            root,
            main,
            main_unknown,
            main_label,
            place.as_deref(),
        ));
        if has_main || has_bulk {
            out.extend(blocks(
                root,
                bulk,
                bulk_unknown,
                "bulk mail",
                place.as_deref(),
            ));
        }
    }
    *configs = out;
}

/// One part's configurations: a new block at each second server.
fn blocks(
    root: u32,
    fields: Vec<Field>,
    unknown: Vec<KeyUse>,
    what: &str,
    place: Option<&str>,
) -> Vec<Config> {
    let mut list: Vec<Config> = Vec::new();
    for f in fields {
        let new_block = list
            .last()
            .is_none_or(|c| f.role == Host && c.get(Host).is_some());
        if new_block {
            let mut c = Config::new(&MASTODON, f.whole_span());
            c.root = root;
            list.push(c);
        }
        let c = list.last_mut().expect("pushed above");
        let s = f.whole_span();
        c.span = c.span.start.min(s.start)..c.span.end.max(s.end);
        c.push(f);
    }
    let n = list.len();
    for (i, c) in list.iter_mut().enumerate() {
        c.active = i + 1 == n;
        let block = (n > 1).then(|| format!("block {} of {n}", i + 1));
        let parts: Vec<&str> = [place, (!what.is_empty()).then_some(what), block.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        c.label = (!parts.is_empty()).then(|| parts.join(", "));
    }
    if let Some(last) = list.last_mut() {
        last.unknown_keys = unknown;
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    const ENV: &str = "LOCAL_DOMAIN=social.example.org\nSMTP_SERVER=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_LOGIN=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_FROM_ADDRESS='Mastodon <notifications@social.example.org>'\n";

    fn tls_of(extra: &str) -> Tls {
        let c = extract(&format!("{ENV}{extra}"));
        assert_eq!(c[0].dialect.id(), "mastodon-env");
        c[0].dialect.tls(&c[0])
    }

    #[test]
    fn reads_the_settings() {
        let c = extract(ENV);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].literal(Username).map(str::len), Some(36));
        assert_eq!(tls_of("").mode, Some(Security::StartTls));
        assert_eq!(c[0].effective_port(), Some(587));
    }

    #[test]
    fn starttls_words() {
        assert_eq!(
            tls_of("SMTP_ENABLE_STARTTLS=never\n").mode,
            Some(Security::None)
        );
        assert_eq!(
            tls_of("SMTP_ENABLE_STARTTLS_AUTO=false\n").mode,
            Some(Security::None)
        );
        assert_eq!(tls_of("SMTP_TLS=true\n").mode, Some(Security::Implicit));
        assert_eq!(tls_of("SMTP_SSL=TRUE\n").mode, Some(Security::StartTls));
        assert!(tls_of("SMTP_SSL=true\nSMTP_ENABLE_STARTTLS=always\n").conflicting);
        // `auto` with implicit TLS: the implicit switch wins.
        assert_eq!(
            tls_of("SMTP_SSL=true\nSMTP_ENABLE_STARTTLS=auto\n").mode,
            Some(Security::Implicit)
        );
    }

    #[test]
    fn bulk_is_a_second_config() {
        let c = extract(&format!(
            "{ENV}BULK_SMTP_SERVER=smtp-broadcasts.postmarkapp.com\nBULK_SMTP_PORT=2525\n"
        ));
        assert_eq!(c.len(), 2, "{c:?}");
        assert!(c.iter().all(|c| c.active));
        assert_eq!(c[0].label.as_deref(), Some("transactional mail"));
        assert_eq!(c[0].literal(Host), Some("smtp.postmarkapp.com"));
        assert_eq!(c[1].label.as_deref(), Some("bulk mail"));
        assert_eq!(c[1].literal(Port), Some("2525"));
        assert_eq!(
            c[1].dialect.write(&c[1], &Write::Port(587)),
            "BULK_SMTP_PORT=587"
        );
        assert_eq!(
            c[0].dialect.write(&c[0], &Write::Port(587)),
            "SMTP_PORT=587"
        );
        // Bulk settings are changed where written, never added under a main key.
        let sets = c[1].dialect.settings_for(&c[1], &Write::Port(587));
        assert_eq!(sets.len(), 1);
        assert_eq!(sets[0].key, "");
    }

    #[test]
    fn interleaved_bulk_keys_stay_apart() {
        let c = extract(
            "SMTP_SERVER=smtp.postmarkapp.com\nBULK_SMTP_SERVER=smtp-broadcasts.postmarkapp.com\nSMTP_LOGIN=a\nBULK_SMTP_LOGIN=b\n",
        );
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!(c[0].literal(Username), Some("a"));
        assert_eq!(c[1].literal(Username), Some("b"));
    }

    #[test]
    fn delivery_method_is_the_mail_switch() {
        let c = extract(&format!("{ENV}SMTP_DELIVERY_METHOD=sendmail\n"));
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].literal(Transport), Some("sendmail"));
        assert_eq!(
            c[0].dialect.switch.map(|s| s.name),
            Some("SMTP_DELIVERY_METHOD")
        );
    }

    #[test]
    fn generic_smtp_keys_alone_are_not_mastodon() {
        let c = extract("SMTP_SERVER=smtp.postmarkapp.com\nSMTP_PORT=587\n");
        assert!(c.iter().all(|c| c.dialect.id() != "mastodon-env"), "{c:?}");
    }

    #[test]
    fn actionmailer_names_alone_are_not_mastodon() {
        // A cnvrg control-plane Secret: Rails' `SMTP_OPENSSL_VERIFY_MODE`
        // beside every app's names, nothing of Mastodon's own.
        let cnvrg = "SMTP_SERVER: smtp.postmarkapp.com\nSMTP_PORT: 587\nSMTP_USERNAME: u\nSMTP_PASSWORD: p\nSMTP_DOMAIN: acme.io\nSMTP_OPENSSL_VERIFY_MODE: none\nSMTP_SENDER: ml@acme.io\n";
        let c = extract(cnvrg);
        assert!(!c.is_empty());
        assert!(c.iter().all(|c| c.dialect.id() != "mastodon-env"), "{c:?}");
        let c = extract("SMTP_SERVER=h.acme.io\nSMTP_PASSWORD=p\nSMTP_ENABLE_STARTTLS_AUTO=true\nSMTP_DELIVERY_METHOD=smtp\n");
        assert!(c.iter().all(|c| c.dialect.id() != "mastodon-env"), "{c:?}");
        // With a name of Mastodon's own they still count.
        let c = extract(&format!("{cnvrg}LOCAL_DOMAIN=social.acme.io\n").replace(": ", "="));
        assert_eq!(c[0].dialect.id(), "mastodon-env");
    }
}

//! SMTP URLs and DSNs wherever they stand: a `.env` value, a YAML key, a
//! string in code, or alone on a line. The key that holds the URL says
//! which client reads it, and each reads the scheme its own way:
//!
//! * `symfony-dsn` (`MAILER_DSN`, `framework.mailer.dsn`, `Transport::fromDsn`):
//!   Symfony Mailer's `EsmtpTransportFactory`. `smtps://` is implicit TLS;
//!   `smtp://` upgrades with STARTTLS whenever the server offers it, except
//!   that port 465 means implicit TLS, and with NO port (and a host other
//!   than `localhost`) it connects to 465 with implicit TLS. Query options:
//!   `verify_peer`, `peer_fingerprint`, `auto_tls` (7.1; `false` = no
//!   STARTTLS), `require_tls` (7.3), `local_domain`, `source_ip`,
//!   `max_per_second`, `restart_threshold(_sleep)`, `ping_threshold`; any
//!   other parameter (`encryption`, `auth_mode`…) is silently ignored.
//! * `swiftmailer-url` (`MAILER_URL` of SwiftmailerBundle, Symfony 3.4/4):
//!   `encryption=ssl` implicit TLS, `encryption=tls` required STARTTLS,
//!   none clear text; credentials in the user information or in
//!   `username`/`password` query parameters (see [`SWIFTMAILER_URL`]).
//! * `django-environ` (`EMAIL_URL`, `env.email_url()`): `smtps://` and
//!   `smtp+tls://` set `EMAIL_USE_TLS` (STARTTLS!), `smtp+ssl://` sets
//!   `EMAIL_USE_SSL` (implicit), `smtp://` neither (plain text); the query
//!   may set `EMAIL_USE_TLS`/`EMAIL_USE_SSL`. No port: smtplib's 25 / 465.
//! * `kratos-courier` (`courier.smtp.connection_uri`,
//!   `COURIER_SMTP_CONNECTION_URI`): `smtp://` requires STARTTLS unless
//!   `?disable_starttls=true`; `smtps://` is implicit TLS;
//!   `?skip_ssl_verify=true` turns verification off. There is no default port.
//! * `smtp-url` (any other key holding an SMTP URL, a nodemailer connection
//!   string, a bare URL): nodemailer's reading. `smtp://` is STARTTLS when
//!   offered (`secure: false`, even on 465), `smtps://` is implicit TLS;
//!   query options `secure`, `requireTLS`, `ignoreTLS`,
//!   `tls.rejectUnauthorized`; default port 587, or 465 when secure.
//!
//! A URL becomes one configuration: a `Url` field with the whole URL and
//! fields for its parts, with the exact bytes of each (decoded text,
//! `verbatim = false` when percent-decoding changed it).

use crate::extract::profile::{
    k, kr, mark, mark_value, pairs, syn, words, Hooks, Key, Profile, Read, Switch, UrlFlavor,
    Words, BASE,
};
use crate::extract::read::url::{self, Scheme, SmtpUrl};
use crate::extract::read::Document;
use crate::extract::{Config, Write};
use crate::model::{
    parse_bool, Evidence, Field, Role, Role::*, Security, Setting, SettingValue, Tls,
};

/// Which client reads the URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Flavor {
    Symfony,
    DjangoEnviron,
    /// dj-email-url (Saleor): see `dj_email_url.rs`.
    DjEmailUrl,
    Kratos,
    /// Shoutrrr's `smtp://` service (Watchtower's notification URL): see
    /// `watchtower.rs`.
    Shoutrrr,
    /// SwiftmailerBundle's `MAILER_URL` (Symfony 3.4/4 apps): see
    /// [`SWIFTMAILER_URL`].
    SwiftMailer,
    /// Tryton's `[email] uri` (`trytond/sendmail.py`): see `tryton.rs`.
    Tryton,
    /// FitTrackee's `EMAIL_URL` (`parse_email_url`): see `fittrackee.rs`.
    FitTrackee,
    Plain,
}

fn flavor(cfg: &Config) -> Flavor {
    match cfg.dialect.id {
        // Mautic 5, wallabag, Kimai, Pimcore and Drupal's Symfony Mailer
        // module (`plugin: dsn`) hand their DSN to Symfony Mailer.
        "symfony-dsn"
        | "symfony-mailer"
        | "mautic-dsn"
        | "wallabag"
        | "kimai-env"
        | "drupal-symfony-mailer"
        | "pimcore" => Flavor::Symfony,
        // Funkwhale (EMAIL_CONFIG) and DefectDojo (DD_EMAIL_URL) hand their
        // URL to django-environ's `email_url`.
        "django-environ" | "funkwhale" | "defectdojo-env" => Flavor::DjangoEnviron,
        "dj-email-url" => Flavor::DjEmailUrl,
        "kratos-courier" => Flavor::Kratos,
        "watchtower-url" => Flavor::Shoutrrr,
        "swiftmailer-url" => Flavor::SwiftMailer,
        "tryton" => Flavor::Tryton,
        "fittrackee" => Flavor::FitTrackee,
        _ => Flavor::Plain,
    }
}

pub(super) const HOOKS: Hooks = Hooks {
    tls: Some(tls),
    default_port: Some(default_port),
    write: Some(write),
    settings: Some(settings),
    finish: Some(finish),
    ..Hooks::NONE
};

/// One configuration per URL: labelled by its key and line when there are
/// several, all in use except where the same key is written again (the
/// loaders keep the last value: Symfony Dotenv, python-dotenv, and
/// django-environ's `read_env` since 0.8). Where the client reads one
/// sender for whatever URL is used (Django's DEFAULT_FROM_EMAIL, Symfony's
/// mailer envelope and headers), every configuration gets it.
pub(super) fn finish(doc: &Document, configs: &mut Vec<Config>) {
    // Apprise's `mailto(s)://` is no URL these clients read (`apprise.rs`).
    if configs.first().is_some_and(|c| c.dialect.id != "apprise") {
        configs.retain(|c| {
            url_of(c).is_none_or(|(_, u)| !matches!(u.kind, Scheme::Mailto | Scheme::Mailtos))
        });
    }
    read_in_paste(configs);
    read_once(configs);
    let n = configs.iter().filter(|c| c.get(Url).is_some()).count();
    let keys: Vec<Option<String>> = configs
        .iter()
        .map(|c| c.get(Url).map(|f| f.key.clone()))
        .collect();
    for (i, c) in configs.iter_mut().enumerate() {
        let Some((key, at)) = c.get(Url).map(|u| (u.key.clone(), u.value.span.start)) else {
            continue;
        };
        c.active = !keys[i + 1..]
            .iter()
            .any(|k| k.as_deref() == Some(key.as_str()));
        c.label = (n > 1).then(|| format!("{key} at line {}", doc.line_of(at)));
    }
    let shared = configs.first().is_some_and(|c| {
        matches!(
            flavor(c),
            Flavor::DjangoEnviron | Flavor::DjEmailUrl | Flavor::Symfony | Flavor::FitTrackee
        )
    });
    if shared {
        let sides: Vec<Field> = configs
            .iter()
            .flat_map(|c| {
                c.fields
                    .iter()
                    .filter(|f| matches!(f.role, From | Stream))
                    .cloned()
            })
            .collect();
        for c in configs.iter_mut() {
            for f in &sides {
                if !c.fields.iter().any(|g| g.role == f.role) {
                    c.fields.push(f.clone());
                }
            }
        }
    }
    // A configuration of only a sender is no configuration of its own.
    if configs.iter().any(|c| c.get(Url).is_some()) {
        configs.retain(|c| c.get(Url).is_some());
    }
}

/// A Kubernetes `env:` item (`- name: SMTP_CONNECTION_URL` / `value:
/// smtp://…`) is read as the variable it names, beside its raw `value`
/// key: one URL, not two configurations. The `value` one is dropped when
/// another configuration's URL has the same bytes.
fn read_once(configs: &mut Vec<Config>) {
    let raw = |f: &Field| matches!(f.key.as_str(), "value" | "Value");
    let named: rustc_hash::FxHashSet<(usize, usize)> = configs
        .iter()
        .filter_map(|c| c.get(Url))
        .filter(|f| !raw(f))
        .map(|f| (f.value.span.start, f.value.span.end))
        .collect();
    if named.is_empty() {
        return;
    }
    configs.retain(|c| {
        c.get(Url)
            .is_none_or(|f| !raw(f) || !named.contains(&(f.value.span.start, f.value.span.end)))
    });
}

/// `env.email_url("EMAIL_URL", default=…)` beside the `.env` line
/// `EMAIL_URL=smtp://…` it reads: one setting, the line's value. The
/// configuration of the call (a reference, see `fields::call_with_default`)
/// is dropped when another configuration's URL is written under the
/// variable the call names.
fn read_in_paste(configs: &mut Vec<Config>) {
    let written: Vec<String> = configs
        .iter()
        .filter_map(|c| c.get(Url))
        .filter(|f| !f.value.is_reference())
        .map(|f| f.key.clone())
        .collect();
    if written.is_empty() {
        return;
    }
    configs.retain(|c| {
        let Some(expr) = c.get(Url).and_then(|f| f.value.reference.as_deref()) else {
            return true;
        };
        !written
            .iter()
            .any(|k| expr.contains(&format!("(\"{k}\"")) || expr.contains(&format!("('{k}'")))
    });
}

const STREAM: Key = k("X-PM-Message-Stream", Stream);

/// Symfony Mailer's DSN names its transport by its scheme
/// (symfony.com/doc/current/mailer.html#using-built-in-transports):
/// `smtp`/`smtps` are SMTP; `null://null` (or `null://default`) discards
/// every message (mail switched off on purpose: Kimai's and many apps'
/// default); `sendmail://default` and `native://default` hand the mail to
/// the local sendmail binary / php.ini's setting; any other scheme
/// (`postmark+api://`, `ses+https://`) is a provider's API transport.
pub(super) const SYMFONY_SWITCH: Switch = Switch {
    smtp: words!["smtp", "smtps"],
    no_mail: words!["null"],
    local: words!["sendmail", "native"],
    missing: None,
    off: None,
    name: "the DSN's scheme",
};

pub static SYMFONY_DSN: Profile = Profile {
    id: "symfony-dsn",
    name: "Symfony Mailer DSN",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://symfony.com/doc/current/mailer.html#using-built-in-transports https://github.com/symfony/mailer/blob/7.1/Transport/Smtp/EsmtpTransportFactory.php",
    syntaxes: syn::ANY,
    keys: &[
        // `$framework->mailer()->dsn('…')->envelope()->sender('…')`: the
        // PHP form of config/packages/mailer.yaml (FrameworkConfig).
        kr("MAILER_DSN|mailer.dsn|mailer_dsn|fromDsn(#0)|dsn(#0)", Url, Read::Url(UrlFlavor::Symfony)),
        k("envelope.sender|headers.From|sender(#0)", From),
        STREAM,
    ],
    markers: &[mark("MAILER_DSN"), mark("mailer.dsn"), mark("fromDsn()"), mark("mailer_dsn"), mark("mailer()")],
    needs_marker: true,
    url_params: &[
        ("verify_peer", Some(VerifyPeer)),
        ("auto_tls", Some(StartTls)),
        // The Postmark bridge's stream (`postmark+smtp://ID@default?message_stream=…`,
        // sent as `X-PM-Message-Stream`); other schemes ignore it (see
        // `fields::url_fields`).
        ("message_stream", Some(Stream)),
        ("peer_fingerprint", None),
        ("require_tls", None),
        ("local_domain", None),
        ("source_ip", None),
        ("max_per_second", None),
        ("restart_threshold", None),
        ("restart_threshold_sleep", None),
        ("ping_threshold", None),
    ],
    leftovers: pairs![
        // The scheme carries the TLS choice (smtp:// or smtps://).
        ("encryption", "scheme"),
        // SwiftmailerBundle's `MAILER_URL` options (`resolveOptions`) that
        // the DSN has no setting for: Symfony Mailer tries its
        // authenticators in turn and reads no timeout or transport from
        // the query (`EsmtpTransportFactory`); an empty name says so.
        ("auth_mode", ""),
        ("timeout", ""),
        ("transport", "scheme"),
        ("verify_peer_name", "verify_peer"),
        ("disable_starttls", "auto_tls"),
    ],
    other_keys: words!["verify_peer", "peer_fingerprint", "auto_tls", "require_tls", "local_domain", "source_ip", "max_per_second", "restart_threshold", "restart_threshold_sleep", "ping_threshold"],
    sender_hint: "the From header of each Email (`->from()`), or `framework.mailer.envelope.sender` / `framework.mailer.headers.From` in config/packages/mailer.yaml",
    switch: Some(SYMFONY_SWITCH),
    hooks: HOOKS,
    ..BASE
};

/// SwiftmailerBundle's `MAILER_URL` (the `symfony/swiftmailer-bundle`
/// recipe of Symfony 3.4 and 4; Shopware 6 before 6.4, UVdesk 1.0, Sylius,
/// Akeneo and other apps of that era), read by the bundle's
/// `SwiftmailerTransportFactory::resolveOptions` into a
/// `Swift_SmtpTransport` (swiftmailer-bundle 3.x,
/// `DependencyInjection/SwiftmailerTransportFactory.php`; Swift Mailer 6
/// `Swift_Transport_EsmtpTransport`):
///
/// * `smtp://host:port?encryption=…&auth_mode=…&username=…&password=…`:
///   the credentials may also be the URL's user information;
///   `encryption=ssl` is TLS from the first byte, `encryption=tls`
///   required STARTTLS, anything else (none, empty) clear text: Swift has
///   no opportunistic STARTTLS.
/// * No port: 465 with `ssl`, else 25.
/// * `null://localhost` sends nothing; `sendmail://` and `mail://` hand
///   the mail to the local program; `gmail://user:pass@localhost` is
///   smtp.gmail.com:465 with `ssl`.
/// * Symfony Mailer's own `MAILER_DSN` ignores `encryption`/`auth_mode`
///   (`symfony-dsn`); apps that hand `MAILER_URL` to Symfony Mailer
///   (Kimai) have tables of their own.
pub static SWIFTMAILER_URL: Profile = Profile {
    id: "swiftmailer-url",
    name: "SwiftmailerBundle MAILER_URL",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://symfony.com/doc/4.4/email.html#configuration https://github.com/symfony/swiftmailer-bundle/blob/v3.5.4/DependencyInjection/SwiftmailerTransportFactory.php",
    syntaxes: syn::ANY,
    keys: &[
        kr("MAILER_URL|swiftmailer.url|mailer_url", Url, Read::Url(UrlFlavor::Symfony)),
        k("swiftmailer.sender_address", From),
        STREAM,
    ],
    // The bundle's own query words: a bare `MAILER_URL=smtp://u:p@host`
    // is any app's (Kimai hands it to Symfony Mailer, and its own names
    // beside such a URL keep it Kimai's).
    markers: &[
        mark_value("MAILER_URL", "encryption="),
        mark_value("MAILER_URL", "auth_mode="),
        mark("swiftmailer.url"),
    ],
    needs_marker: true,
    url_params: &[
        ("encryption", Some(Encryption)),
        ("username", Some(Username)),
        ("password", Some(Password)),
        ("auth_mode", Some(AuthMethod)),
        ("transport", None),
        ("local_domain", None),
        ("timeout", None),
        ("source_ip", None),
    ],
    leftovers: pairs![
        ("verify_peer", "encryption"),
        ("auto_tls", "encryption"),
        ("user", "username"),
    ],
    other_keys: words!["swiftmailer.spool", "swiftmailer.delivery_addresses", "swiftmailer.disable_delivery"],
    sender_hint: "the From of each message (`->setFrom()`), or `swiftmailer.sender_address` in config/packages/swiftmailer.yaml",
    switch: Some(Switch {
        smtp: words!["smtp", "gmail"],
        no_mail: words!["null"],
        local: words!["sendmail", "mail"],
        missing: None,
        off: None,
        name: "the URL's scheme",
    }),
    hooks: HOOKS,
    ..BASE
};

/// The query parameters django-environ's `email_url` reads (shared by the
/// apps that hand it their URL: Funkwhale, DefectDojo).
pub(super) const ENVIRON_PARAMS: &[(&str, Option<Role>)] = &[
    ("EMAIL_USE_TLS", Some(StartTls)),
    ("EMAIL_USE_SSL", Some(ImplicitTls)),
];
pub(super) const ENVIRON_PARAM_KEYS: Words = words!["EMAIL_USE_TLS", "EMAIL_USE_SSL"];

pub static DJANGO_ENVIRON: Profile = Profile {
    id: "django-environ",
    name: "django-environ EMAIL_URL",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://django-environ.readthedocs.io/en/latest/types.html#environ-env-email-url",
    syntaxes: syn::ANY,
    keys: &[
        kr(
            "EMAIL_URL|email_url(#0)|email_url(default)|email(default)",
            Url,
            Read::Url(UrlFlavor::DjangoEnviron),
        ),
        k("DEFAULT_FROM_EMAIL", From),
        STREAM,
    ],
    markers: &[mark("EMAIL_URL"), mark("email_url()")],
    needs_marker: true,
    url_params: ENVIRON_PARAMS,
    leftovers: pairs![
        ("use_tls", "EMAIL_USE_TLS"),
        ("tls", "EMAIL_USE_TLS"),
        ("use_ssl", "EMAIL_USE_SSL"),
        ("ssl", "EMAIL_USE_SSL"),
    ],
    other_keys: ENVIRON_PARAM_KEYS,
    sender_hint: "DEFAULT_FROM_EMAIL in settings.py (the URL carries no sender)",
    hooks: HOOKS,
    ..BASE
};

pub static KRATOS_COURIER: Profile = Profile {
    id: "kratos-courier",
    name: "Ory Kratos courier connection URI",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.ory.sh/docs/kratos/self-hosted/email-http#smtp",
    syntaxes: syn::ANY,
    keys: &[
        kr("COURIER_SMTP_CONNECTION_URI|courier.smtp.connection_uri|courier.smtp.connection_uri", Url, Read::Url(UrlFlavor::Kratos)),
        k("COURIER_SMTP_FROM_ADDRESS|courier.smtp.from_address", From),
        STREAM,
    ],
    markers: &[mark("COURIER_SMTP_CONNECTION_URI"), mark("smtp.connection_uri")],
    needs_marker: true,
    url_params: &[("skip_ssl_verify", Some(SkipVerify)), ("disable_starttls", None), ("server_name", None)],
    leftovers: pairs![
        ("verify_peer", "skip_ssl_verify"),
        ("insecure_skip_verify", "skip_ssl_verify"),
        ("starttls", "disable_starttls"),
        ("legacy_ssl", "scheme"),
    ],
    other_keys: words!["skip_ssl_verify", "disable_starttls", "server_name"],
    sender_hint: "courier.smtp.from_address (COURIER_SMTP_FROM_ADDRESS); it defaults to no-reply@ory.kratos.sh",
    hooks: HOOKS,
    ..BASE
};

pub static SMTP_URL: Profile = Profile {
    id: "smtp-url",
    name: "SMTP URL",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://nodemailer.com/smtp/#general-options (connection URLs)",
    syntaxes: syn::ANY,
    keys: &[
        kr("*", Url, Read::Url(UrlFlavor::Nodemailer)),
        // nodemailer's `createTransport(url)` / `{ url }` named: an
        // environment read handed to it (`process.env.SMTP_URL`) is the
        // URL, read elsewhere.
        kr(
            "createTransport(#0)|createTransport(#0).url",
            Url,
            Read::Url(UrlFlavor::Nodemailer),
        ),
        k("from|sender|*_FROM|*_SENDER|*_FROM_ADDRESS|*_FROM_EMAIL|*FromAddress|*fromAddress|*fromEmail", From),
        STREAM,
    ],
    url_params: &[
        ("secure", Some(ImplicitTls)),
        ("requireTLS", Some(StartTls)),
        // `createTransport(url)` picks the transport from the options the
        // query sets: `?sendmail=true` pipes to the local sendmail binary,
        // `?jsonTransport=true` / `?streamTransport=true` only build the
        // message (Bluesky PDS documents `smtp:///?sendmail=true`).
        ("sendmail", Some(Transport)),
        ("jsonTransport", Some(Transport)),
        ("streamTransport", Some(Transport)),
        ("tls.rejectUnauthorized", Some(VerifyPeer)),
        ("ignoreTLS", None),
        ("opportunisticTLS", None),
        ("name", None),
        ("localAddress", None),
        ("authMethod", None),
        ("pool", None),
        ("maxConnections", None),
        ("maxMessages", None),
        ("rateDelta", None),
        ("rateLimit", None),
        ("connectionTimeout", None),
        ("greetingTimeout", None),
        ("socketTimeout", None),
        ("dnsTimeout", None),
        ("logger", None),
        ("debug", None),
        ("service", None),
        ("servername", None),
        ("lmtp", None),
        ("transactionLog", None),
        ("tls.*", None),
    ],
    leftovers: pairs![("secureConnection", "secure"), ("encryption", "secure"), ("rejectUnauthorized", "tls.rejectUnauthorized")],
    switch: Some(Switch {
        smtp: words![],
        no_mail: words!["streamTransport", "jsonTransport"],
        local: words!["sendmail"],
        missing: None,
        off: None,
        name: "the URL's query",
    }),
    sender_hint: "the `from` of each message (an SMTP URL carries no sender)",
    hooks: HOOKS,
    ..BASE
};

/// The URL field of a configuration, parsed (offsets relative to the value).
pub(super) fn url_of(cfg: &Config) -> Option<(&Field, SmtpUrl)> {
    let f = cfg.get(Url)?;
    let u = url::parse(&f.value.text, 0..f.value.text.len())?;
    Some((f, u))
}

/// `what` at `range` of the URL value, as evidence.
pub(super) fn evidence(f: &Field, range: std::ops::Range<usize>, what: String) -> Evidence {
    let span = if f.value.verbatim {
        f.value.span.start + range.start..f.value.span.start + range.end
    } else {
        f.value.span.clone()
    };
    Evidence {
        what,
        span: Some(span),
        note: None,
    }
}

fn param_text<'a>(u: &'a SmtpUrl, name: &str) -> Option<&'a str> {
    u.param(name)
        .map(|p| p.value.as_ref().map_or("", |v| v.text.as_str()))
}

/// The parameter as written (`verify_peer=0`) and where.
pub(super) fn param_evidence(f: &Field, u: &SmtpUrl, name: &str) -> Option<Evidence> {
    let p = u.param(name)?;
    let end = p.value.as_ref().map_or(p.key.raw.end, |v| v.raw.end);
    let what = f.value.text[p.key.raw.start..end].to_string();
    Some(evidence(f, p.key.raw.start..end, what))
}

/// PHP `filter_var(…, FILTER_VALIDATE_BOOL)`: anything not truthy is false.
fn php_bool(v: &str) -> bool {
    matches!(
        v.trim().to_ascii_lowercase().as_str(),
        "1" | "true" | "on" | "yes"
    )
}

/// Go `strconv.ParseBool`; invalid text reads as false.
fn go_bool(v: &str) -> bool {
    matches!(v, "1" | "t" | "T" | "true" | "TRUE" | "True")
}

fn default_port(cfg: &Config) -> Option<u16> {
    let (_, u) = url_of(cfg)?;
    if u.port.is_some() {
        return None;
    }
    let implicit = tls(cfg).mode == Some(Security::Implicit);
    match flavor(cfg) {
        // Tryton hands `uri.port` (None) to smtplib: 25, or 465 for SMTP_SSL.
        Flavor::Symfony | Flavor::DjangoEnviron | Flavor::SwiftMailer | Flavor::Tryton => {
            Some(if implicit { 465 } else { 25 })
        }
        // `smtp://` gets 25 before the query is read; `submission://` 587;
        // `smtps://` none, so smtplib's own (465 with `ssl`).
        Flavor::DjEmailUrl => Some(match u.kind {
            Scheme::Submission => 587,
            Scheme::Smtps if implicit => 465,
            _ => 25,
        }),
        // `25 if parsed_url.port is None`, whatever the TLS.
        Flavor::FitTrackee => Some(25),
        Flavor::Kratos => None,
        // `Port: 25` in the service's initial config, whatever the TLS.
        Flavor::Shoutrrr => Some(25),
        Flavor::Plain => Some(if implicit { 465 } else { 587 }),
    }
}

/// The TLS mode a configuration's SMTP URL gives, read by its client
/// (next-auth's `server` URL is nodemailer's).
pub(super) fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let Some((f, u)) = url_of(cfg) else {
        return tls;
    };
    let t = &f.value.text;
    let port_ref = u
        .port
        .as_ref()
        .is_some_and(|p| crate::extract::read::refs::has_template(&t[p.raw.clone()], true));
    if port_ref {
        return tls;
    }
    // `what` is a code-like snippet: rules quote it.
    let scheme_ev = || {
        evidence(
            f,
            u.scheme.raw.clone(),
            format!("{}://", &t[u.scheme.raw.clone()]),
        )
    };
    let port = u.port_number();
    match flavor(cfg) {
        Flavor::Symfony => {
            let auto_tls = param_text(&u, "auto_tls").is_none_or(|v| v.is_empty() || php_bool(v));
            match u.kind {
                Scheme::Smtps => {
                    tls.choose(Security::Implicit, scheme_ev());
                }
                // A provider bridge: its own TLS (`read::bridges`).
                Scheme::Bridge(b) if b.implicit => {
                    tls.choose(Security::Implicit, scheme_ev());
                }
                Scheme::Bridge(_) => tls.mode = Some(Security::StartTls),
                Scheme::Smtp => {
                    let host = u.host.as_ref().map_or("", |h| h.text.as_str());
                    if port == Some(465) {
                        let p = u.port.as_ref().map_or(0..0, |p| p.raw.clone());
                        tls.choose(
                            Security::Implicit,
                            evidence(f, p, format!("{}://…:465", u.scheme.text)),
                        );
                    } else if u.port.is_none() && auto_tls && host != "localhost" {
                        // No port: Symfony Mailer dials 465 with implicit TLS.
                        tls.choose(
                            Security::Implicit,
                            evidence(f, 0..t.len(), url::display(t, &u, None, None, None, &[])),
                        );
                    } else if !auto_tls {
                        tls.disabled = param_evidence(f, &u, "auto_tls");
                        tls.mode = Some(Security::None);
                    } else {
                        tls.mode = Some(Security::StartTls);
                    }
                }
                // `smtp+tls://` and the like: Symfony refuses the scheme.
                _ => {}
            }
        }
        Flavor::DjangoEnviron => {
            let truthy = |v: &str| !(v.is_empty() || v.trim().parse::<i64>() == Ok(0));
            let (mut use_tls, mut use_ssl) = (None, None);
            match u.kind {
                Scheme::Smtps | Scheme::SmtpTls => use_tls = Some(scheme_ev()), // EMAIL_USE_TLS: STARTTLS
                Scheme::SmtpSsl => use_ssl = Some(scheme_ev()),                 // EMAIL_USE_SSL
                Scheme::Smtp => {}
                Scheme::Submission | Scheme::Bridge(_) | Scheme::Mailto | Scheme::Mailtos => {
                    return tls
                }
            }
            for p in &u.query {
                let v = p.value.as_ref().map_or("", |v| v.text.as_str());
                let ev = || param_evidence(f, &u, &p.key.text);
                if p.key.text.eq_ignore_ascii_case("EMAIL_USE_TLS") {
                    use_tls = if truthy(v) { ev() } else { None };
                } else if p.key.text.eq_ignore_ascii_case("EMAIL_USE_SSL") {
                    use_ssl = if truthy(v) { ev() } else { None };
                }
            }
            tls.conflicting = use_tls.is_some() && use_ssl.is_some();
            tls.mode = if tls.conflicting {
                None
            } else if use_ssl.is_some() {
                Some(Security::Implicit)
            } else if use_tls.is_some() {
                Some(Security::StartTls)
            } else {
                tls.disabled = Some(scheme_ev());
                Some(Security::None)
            };
            tls.implicit = use_ssl;
            tls.starttls = use_tls;
        }
        Flavor::DjEmailUrl => {
            // `TRUTHY` of dj_email_url.py, matched exactly.
            let truthy = |v: &str| {
                matches!(
                    v,
                    "1" | "y"
                        | "Y"
                        | "yes"
                        | "Yes"
                        | "YES"
                        | "t"
                        | "T"
                        | "true"
                        | "True"
                        | "TRUE"
                        | "on"
                        | "On"
                        | "ON"
                )
            };
            let mut use_tls = match u.kind {
                Scheme::Smtps | Scheme::Submission => Some(scheme_ev()),
                Scheme::Smtp => None,
                _ => return tls,
            };
            let mut use_ssl = None;
            // `ssl`, when given a value, is the only one read.
            match param_text(&u, "ssl").filter(|v| !v.is_empty()) {
                Some(v) if truthy(v) => {
                    use_ssl = param_evidence(f, &u, "ssl");
                    use_tls = None;
                }
                Some(_) => {}
                None if param_text(&u, "tls").is_some_and(truthy) => {
                    use_tls = param_evidence(f, &u, "tls");
                }
                None => {}
            }
            tls.mode = if use_ssl.is_some() {
                Some(Security::Implicit)
            } else if use_tls.is_some() {
                Some(Security::StartTls)
            } else {
                tls.disabled = Some(scheme_ev());
                Some(Security::None)
            };
            tls.implicit = use_ssl;
            tls.starttls = use_tls;
        }
        Flavor::Kratos => match u.kind {
            Scheme::Smtp => {
                if param_text(&u, "disable_starttls").is_some_and(go_bool) {
                    tls.disabled = param_evidence(f, &u, "disable_starttls");
                    tls.mode = Some(Security::None);
                } else {
                    tls.choose(Security::StartTls, scheme_ev());
                }
            }
            Scheme::Smtps => {
                tls.choose(Security::Implicit, scheme_ev());
            }
            _ => {}
        },
        Flavor::Shoutrrr => shoutrrr_tls(f, &u, &mut tls),
        Flavor::FitTrackee => fittrackee_tls(f, &u, &mut tls),
        // `get_smtp_server`: a scheme starting `smtps` is `SMTP_SSL` (TLS
        // from the first byte); `tls` in the scheme calls `starttls()`
        // (required); anything else (`smtp://`, `smtp+ssl://`) stays in
        // clear text: smtplib never upgrades by itself.
        Flavor::Tryton => match u.kind {
            Scheme::Smtps => {
                tls.choose(Security::Implicit, scheme_ev());
            }
            Scheme::SmtpTls => {
                tls.choose(Security::StartTls, scheme_ev());
            }
            Scheme::Smtp | Scheme::SmtpSsl => {
                tls.choose(Security::None, scheme_ev());
            }
            // (Apprise's `mailto` schemes never reach another table.)
            Scheme::Submission | Scheme::Bridge(_) | Scheme::Mailto | Scheme::Mailtos => {}
        },
        // `Swift_SmtpTransport::setEncryption`: `ssl` is TLS from the
        // first byte, `tls` required STARTTLS; anything else (none, empty)
        // stays in clear: Swift has no opportunistic STARTTLS.
        Flavor::SwiftMailer => {
            // `gmail://` (the one bridge Swift has): `encryption=ssl` forced.
            if let Scheme::Bridge(b) = u.kind {
                if b.implicit {
                    tls.choose(Security::Implicit, scheme_ev());
                }
                return tls;
            }
            if u.kind != Scheme::Smtp {
                return tls;
            }
            match param_text(&u, "encryption").map(|v| v.trim().to_ascii_lowercase()) {
                Some(v) if v == "ssl" => {
                    tls.implicit = param_evidence(f, &u, "encryption");
                    tls.mode = Some(Security::Implicit);
                }
                Some(v) if v == "tls" => {
                    tls.starttls = param_evidence(f, &u, "encryption");
                    tls.mode = Some(Security::StartTls);
                }
                written => {
                    tls.disabled = match written {
                        Some(_) => param_evidence(f, &u, "encryption"),
                        None => Some(Evidence::absent("no encryption= in the URL")),
                    };
                    tls.mode = Some(Security::None);
                }
            }
        }
        Flavor::Plain => {
            let secure_param = param_text(&u, "secure").map(|v| parse_bool(v) == Some(true));
            // Meteor's `MAIL_URL` (`meteor.rs`): `smtp://` on port 465 is
            // rewritten to `smtps://` before nodemailer reads it.
            let meteor_465 = cfg.dialect.id == "meteor-mail-url"
                && u.kind == Scheme::Smtp
                && u.port.as_ref().is_some_and(|p| p.text == "465");
            let secure = match u.kind {
                // Apprise's scheme: nodemailer refuses it.
                Scheme::Mailto | Scheme::Mailtos => return tls,
                _ if meteor_465 => Some(true),
                Scheme::Smtps | Scheme::SmtpSsl => Some(true),
                Scheme::Bridge(b) => Some(b.implicit),
                Scheme::Smtp | Scheme::SmtpTls | Scheme::Submission => Some(false),
            };
            if secure_param == Some(true) {
                tls.implicit = param_evidence(f, &u, "secure");
                tls.mode = Some(Security::Implicit);
            } else if secure == Some(true) && secure_param.is_none() {
                tls.choose(Security::Implicit, scheme_ev());
            } else if param_text(&u, "ignoreTLS").is_some_and(|v| parse_bool(v) == Some(true)) {
                tls.disabled = param_evidence(f, &u, "ignoreTLS");
                tls.mode = Some(Security::None);
            } else {
                tls.starttls = param_evidence(f, &u, "requireTLS")
                    .or_else(|| (u.kind == Scheme::SmtpTls).then(scheme_ev));
                tls.mode = Some(Security::StartTls);
            }
        }
    }
    tls
}

/// Shoutrrr's `smtp://` service (`smtp_encmethod.go` `useImplicitTLS`,
/// `smtp.go` `getClientConnection` and `doSend`): `encryption=ImplicitTLS`
/// is TLS from the first byte on any port, `Auto` (the default) only on
/// port 465, `None` and `ExplicitTLS` never; otherwise STARTTLS when the
/// server offers it unless `usestarttls` (or `starttls`) is `no`. An
/// unknown encryption word or boolean makes Shoutrrr refuse the URL: the
/// reading is left open.
fn shoutrrr_tls(f: &Field, u: &SmtpUrl, tls: &mut Tls) {
    // `smtp` is the service's only scheme.
    if u.kind != Scheme::Smtp {
        return;
    }
    // `format.ParseBool`, case ignored.
    let flag = |v: &str| match v.to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "y" => Some(true),
        "false" | "0" | "no" | "n" => Some(false),
        _ => None,
    };
    let starttls_key = ["usestarttls", "starttls"]
        .into_iter()
        .find(|n| u.param(n).is_some());
    let use_starttls = match starttls_key {
        Some(n) => flag(param_text(u, n).unwrap_or("")),
        None => Some(true),
    };
    let enc = param_text(u, "encryption").map(str::to_ascii_lowercase);
    let port = match &u.port {
        Some(_) => u.port_number(),
        None => Some(25),
    };
    let implicit = match enc.as_deref().unwrap_or("auto") {
        "implicittls" => param_evidence(f, u, "encryption"),
        "auto" => match (port, &u.port) {
            (Some(465), Some(p)) => Some(evidence(
                f,
                p.raw.clone(),
                format!("{}://…:465", u.scheme.text),
            )),
            (Some(_), _) => None,
            (None, _) => return,
        },
        "none" | "explicittls" => None,
        _ => return,
    };
    if implicit.is_some() {
        tls.implicit = implicit;
        tls.mode = Some(Security::Implicit);
        return;
    }
    match use_starttls {
        Some(true) => {
            tls.starttls = starttls_key
                .or(enc.is_some().then_some("encryption"))
                .and_then(|n| param_evidence(f, u, n));
            tls.mode = Some(Security::StartTls);
        }
        Some(false) => {
            tls.disabled = starttls_key.and_then(|n| param_evidence(f, u, n));
            tls.mode = Some(Security::None);
        }
        None => {}
    }
}

/// FitTrackee's `parse_email_url`: only `smtp://` (any other scheme
/// raises); the whole query compared with exact text: `tls=True` is
/// STARTTLS (`starttls()`, required), `ssl=True` TLS from the first byte
/// (`SMTP_SSL`), anything else (`tls=true`, `tls=1`, `?tls=True&x=1`)
/// clear text.
fn fittrackee_tls(f: &Field, u: &SmtpUrl, tls: &mut Tls) {
    if u.kind != Scheme::Smtp {
        return;
    }
    let t = &f.value.text;
    let only = match u.query.as_slice() {
        [p] => p
            .value
            .as_ref()
            .map(|v| (&t[p.key.raw.clone()], &t[v.raw.clone()])),
        _ => None,
    };
    match only {
        Some(("tls", "True")) => {
            tls.starttls = param_evidence(f, u, "tls");
            tls.mode = Some(Security::StartTls);
        }
        Some(("ssl", "True")) => {
            tls.implicit = param_evidence(f, u, "ssl");
            tls.mode = Some(Security::Implicit);
        }
        _ => {
            tls.disabled = match u.query.first() {
                Some(p) => param_evidence(f, u, &p.key.text),
                None => Some(Evidence::absent("no ?tls=True in the URL")),
            };
            tls.mode = Some(Security::None);
        }
    }
}

fn write(cfg: &Config, what: &Write) -> Option<String> {
    let (f, u) = url_of(cfg)?;
    let t = &f.value.text;
    let fl = flavor(cfg);
    // `KEY=url` for environment variables, `key: url` for YAML keys,
    // the URL alone where it sits in code.
    let assign = |url: String| -> String {
        let k = f.key.as_str();
        let env = !k.is_empty()
            && k.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
        if env && k != "URL" {
            format!("{k}={url}")
        } else if matches!(k, "dsn" | "connection_uri" | "url" | "connection_url") {
            format!("{k}: {url}")
        } else {
            url
        }
    };
    let tls_params: &[&str] = match fl {
        // `encryption=Auto` and STARTTLS are Shoutrrr's defaults.
        Flavor::Shoutrrr => &["encryption", "usestarttls", "starttls"],
        _ => &[
            "auto_tls",
            "disable_starttls",
            "EMAIL_USE_SSL",
            "ssl",
            "tls",
            "secure",
            "ignoreTLS",
        ],
    };
    let verify_params: &[&str] = &[
        "verify_peer",
        "skip_ssl_verify",
        "tls.rejectUnauthorized",
        "skiptlsverify",
    ];
    // STARTTLS in the URL, in the flavor's words; `host`/`port` replace
    // the written ones (a move to Postmark), else the port stays unless 465.
    let starttls = |host: Option<&str>, port: Option<u16>| -> String {
        let port = port.unwrap_or(match u.port_number() {
            Some(p) if p != 465 => p,
            _ => 587,
        });
        match fl {
            // The whole query must be exactly `tls=True`.
            Flavor::FitTrackee => {
                let names: Vec<&str> = u.query.iter().map(|p| p.key.text.as_str()).collect();
                let url = url::display(t, &u, Some("smtp"), host, Some(port), &names);
                assign(format!("{}?tls=True", url.trim_end_matches('?')))
            }
            // `smtp://` also for `gmail://`, whose host Swift replaces.
            Flavor::SwiftMailer => {
                let url = url::display(t, &u, Some("smtp"), host, Some(port), &["encryption"]);
                let sep = if url.contains('?') { '&' } else { '?' };
                assign(format!("{url}{sep}encryption=tls"))
            }
            _ => {
                let scheme = match fl {
                    Flavor::DjangoEnviron | Flavor::Tryton => "smtp+tls",
                    Flavor::DjEmailUrl => "submission",
                    _ => "smtp",
                };
                assign(url::display(
                    t,
                    &u,
                    Some(scheme),
                    host,
                    Some(port),
                    tls_params,
                ))
            }
        }
    };
    Some(match what {
        // The URL is one setting: a port fix away from 465 also drops
        // what forces implicit TLS, so it reads the same as `StartTls`.
        Write::Port(p) if *p != 465 && tls(cfg).mode == Some(Security::Implicit) => write(cfg, &Write::StartTls)?.replace(":587", &format!(":{p}")),
        Write::Port(p) => assign(url::display(t, &u, None, None, Some(*p), &[])),
        // A bridge DSN dials the bridge's host whatever it names: another
        // host is a plain SMTP DSN on 587, without the bridge's options.
        Write::Host(h) if matches!(u.kind, Scheme::Bridge(_)) && fl == Flavor::SwiftMailer => {
            starttls(Some(h), Some(587))
        }
        Write::Host(h) if matches!(u.kind, Scheme::Bridge(_)) => {
            let drop: Vec<&str> = match u.kind {
                Scheme::Bridge(b) => b.options.to_vec(),
                _ => Vec::new(),
            };
            assign(url::display(t, &u, Some("smtp"), Some(h), Some(587), &drop))
        }
        // Moved to Postmark from a port it does not serve (a catcher's
        // 1025): to 587 with STARTTLS in the same URL.
        Write::Host(h)
            if h.ends_with("postmarkapp.com")
                && cfg
                    .effective_port()
                    .is_some_and(|p| !crate::rules::port::POSTMARK_PORTS.contains(&p)) =>
        {
            starttls(Some(h), Some(587))
        }
        Write::Host(h) => assign(url::display(t, &u, None, Some(h), None, &[])),
        Write::StartTls => starttls(None, None),
        Write::VerifyOn => assign(url::display(t, &u, None, None, None, verify_params)),
        Write::TlsModern => match fl {
            Flavor::Symfony | Flavor::SwiftMailer => {
                "a PHP/OpenSSL build that supports TLS 1.2".into()
            }
            Flavor::DjangoEnviron | Flavor::DjEmailUrl | Flavor::Tryton | Flavor::FitTrackee => {
                "a Python/OpenSSL build that supports TLS 1.2".into()
            }
            Flavor::Kratos => "a current Kratos release (Go negotiates TLS 1.2+)".into(),
            Flavor::Shoutrrr => "a current Watchtower release (Go negotiates TLS 1.2+)".into(),
            Flavor::Plain => "allow TLS 1.2 or later (`tls.minVersion=TLSv1.2`)".into(),
        },
        Write::AuthOn => format!(
            "put the credentials in the URL: {}",
            assign(format!(
                "{}://TOKEN:TOKEN@{}",
                &t[u.scheme.raw.clone()],
                url::display(t, &u, Some(""), None, None, &[]).trim_start_matches("://")
            ))
        ),
        Write::Username(v) => format!("{} with `{v}` as the user (percent-encode `@ : / # ? %`)", assign(url::display(t, &u, None, None, None, &[]))),
        Write::Password(v) => format!("{} with `{v}` as the password (percent-encode `@ : / # ? %`)", assign(url::display(t, &u, None, None, None, &[]))),
        Write::From(v) => match fl {
            Flavor::Symfony => format!("framework.mailer.envelope.sender: '{v}' and the From header of your messages (`->from('{v}')`)"),
            Flavor::DjangoEnviron | Flavor::DjEmailUrl => format!("DEFAULT_FROM_EMAIL = \"{v}\""),
            Flavor::Kratos => format!("courier.smtp.from_address: {v}"),
            Flavor::Tryton => format!("from = {v} under [email] in trytond.conf"),
            Flavor::FitTrackee => format!("SENDER_EMAIL={v}"),
            Flavor::Shoutrrr => {
                let url = url::display(t, &u, None, None, None, &["fromaddress", "from"]);
                assign(match url.split_once('?') {
                    Some((head, "")) | Some((head, "/")) => format!("{head}?fromaddress={v}"),
                    Some((head, rest)) => format!("{head}?fromaddress={v}&{rest}"),
                    None => format!("{url}?fromaddress={v}"),
                })
            }
            Flavor::SwiftMailer => format!("the From of your messages (`->setFrom('{v}')`), or `swiftmailer.sender_address` in config/packages/swiftmailer.yaml"),
            Flavor::Plain => format!("from: \"{v}\" in each message"),
        },
        Write::Stream(v) => match fl {
            Flavor::Symfony => format!("framework.mailer.headers: {{ X-PM-Message-Stream: '{v}' }}"),
            Flavor::Kratos => format!("courier.smtp.headers: {{ X-PM-Message-Stream: {v} }}"),
            _ => format!("the header `X-PM-Message-Stream: {v}` on each message"),
        },
    })
}

/// Parts of the URL are changed in place; nothing is added to it.
fn settings(cfg: &Config, what: &Write) -> Option<Vec<Setting>> {
    let text = |role: Role, key: &'static str, v: &str| Setting {
        role,
        key,
        value: SettingValue::Text(v.to_string()),
        insert: false,
        near: None,
    };
    let scheme = |word: &str| text(Scheme, "scheme", word);
    Some(match what {
        Write::Port(p) => vec![text(Port, "port", &p.to_string())],
        Write::Host(h) => vec![text(Host, "host", h)],
        // Without a port in the URL the scheme picks it: no in-place fix.
        Write::StartTls if cfg.get(Port).is_none() => Vec::new(),
        Write::StartTls => match flavor(cfg) {
            Flavor::Symfony => vec![scheme("smtp"), text(StartTls, "auto_tls", "true")],
            Flavor::DjangoEnviron => {
                vec![scheme("smtp+tls"), text(ImplicitTls, "EMAIL_USE_SSL", "0")]
            }
            Flavor::Kratos => vec![scheme("smtp")],
            Flavor::Tryton => vec![scheme("smtp+tls")],
            // `ssl`/`tls` may be absent: the text fix drops them.
            Flavor::DjEmailUrl => Vec::new(),
            // `encryption` may be absent: the text fix drops it; FitTrackee's
            // query is rewritten whole.
            Flavor::Shoutrrr | Flavor::SwiftMailer | Flavor::FitTrackee => Vec::new(),
            Flavor::Plain => vec![scheme("smtp"), text(ImplicitTls, "secure", "false")],
        },
        Write::VerifyOn => match flavor(cfg) {
            Flavor::Symfony => vec![text(VerifyPeer, "verify_peer", "1")],
            Flavor::Kratos => vec![text(SkipVerify, "skip_ssl_verify", "false")],
            Flavor::Shoutrrr => vec![text(SkipVerify, "skiptlsverify", "no")],
            Flavor::Plain => vec![text(VerifyPeer, "tls.rejectUnauthorized", "true")],
            Flavor::DjangoEnviron
            | Flavor::DjEmailUrl
            | Flavor::SwiftMailer
            | Flavor::Tryton
            | Flavor::FitTrackee => Vec::new(),
        },
        _ => Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted};

    /// The messages of the findings with this id.
    fn messages(r: &crate::report::Report, id: &str) -> Vec<String> {
        r.findings
            .iter()
            .filter(|f| f.id == id)
            .map(|f| f.message.clone())
            .collect()
    }

    /// Every query option Symfony Mailer's DSN ignores that another library
    /// reads is reported alike: `encryption` (named `scheme` here) and
    /// SwiftMailer's `auth_mode`/`timeout` (no counterpart); the options
    /// `EsmtpTransportFactory` reads are not.
    #[test]
    fn symfony_dsn_reports_every_ignored_swiftmailer_option() {
        let r = crate::lint(
            "MAILER_DSN=smtp://u:p@smtp.postmarkapp.com:587?encryption=tls&auth_mode=login&timeout=5&verify_peer=1&local_domain=acme.io&require_tls=1\n",
            &crate::Options::default(),
        );
        let unknown = messages(&r, "input/unknown-key");
        assert_eq!(unknown.len(), 3, "{unknown:?}");
        for key in ["`encryption`", "`auth_mode`", "`timeout`"] {
            assert!(
                unknown.iter().any(|m| m.contains(key)),
                "{key}: {unknown:?}"
            );
        }
    }

    /// A URL whose host or port is written out and whose other parts are
    /// references (Wekan's `smtp://${U}:${P}@smtp.mailgun.org:${PORT}`)
    /// is judged by its written parts; each referenced part gets its own
    /// note. A URL of references alone stays one reference.
    #[test]
    fn a_url_written_in_part_is_judged_by_its_written_parts() {
        let opts = crate::Options::default();
        let r = crate::lint(
            "MAIL_URL=smtp://${U}:${P}@smtp.mailgun.org:${PORT}\n",
            &opts,
        );
        assert_eq!(
            r.configs[0].settings.host.as_deref(),
            Some("smtp.mailgun.org")
        );
        let notes = messages(&r, "input/unresolved-reference");
        assert_eq!(notes.len(), 3, "{notes:?}");
        assert!(notes
            .iter()
            .any(|m| m.starts_with("MAIL_URL port is read from")));
        let ids: Vec<String> = r.findings.iter().map(|f| f.id.to_string()).collect();
        assert!(has(&ids, "host/other-provider"), "{ids:?}");
        // No credential-encoding finding on the `${…}` of the user information.
        assert!(!has(&ids, "url/unencoded-credentials"), "{ids:?}");
        // A written port with a written scheme: the TLS mode is read.
        let r = crate::lint("MAIL_URL=smtps://${U}:${P}@${HOST}:587\n", &opts);
        let ids: Vec<String> = r.findings.iter().map(|f| f.id.to_string()).collect();
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // Nothing written but the scheme: one note for the whole URL.
        let r = crate::lint("MAIL_URL=smtp://${U}:${P}@${HOST}:${PORT}\n", &opts);
        let notes = messages(&r, "input/unresolved-reference");
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(notes[0].starts_with("MAIL_URL is read from"), "{notes:?}");
    }

    /// A Kubernetes `env:` item holding a URL is one configuration, read
    /// under the variable's name (not also under its raw `value` key).
    #[test]
    fn a_kubernetes_env_url_is_one_configuration() {
        let r = crate::lint(
            "env:\n  - name: SMTP_CONNECTION_URL\n    value: \"smtp://u:p@smtp.postmarkapp.com:587\"\n  - name: EMAIL_FROM_ADDRESS\n    value: \"app@acme.io\"\n",
            &crate::Options::default(),
        );
        assert_eq!(r.configs.len(), 1, "{:?}", r.configs);
        assert!(!r.findings.iter().any(|f| f.id == "input/multiple-configs"));
        let s = serde_json::to_value(&r.configs[0].settings).expect("settings");
        assert_eq!(s["from"], "app@acme.io");
    }

    /// nodemailer's `createTransport(url)` takes its transport from the
    /// query: `?sendmail=true` is the local sendmail binary, with or
    /// without a host (Bluesky PDS documents `smtp:///?sendmail=true`).
    #[test]
    fn a_query_choosing_sendmail_is_not_smtp() {
        for input in [
            "PDS_EMAIL_SMTP_URL=smtp:///?sendmail=true\nPDS_EMAIL_FROM_ADDRESS=admin@acme.io\n",
            "SMTP_URL=smtp://localhost/?sendmail=true\n",
            "MAIL_URL=smtp:///?jsonTransport=true\n",
        ] {
            let (client, _, ids) = linted(input);
            assert_eq!(client, "smtp-url", "{input}");
            assert!(has(&ids, "input/smtp-not-enabled"), "{input}: {ids:?}");
        }
        // A URL without a transport choice is not switched off.
        let r = crate::lint("see smtp://:587 for the port\n", &crate::Options::default());
        assert!(
            r.findings.iter().all(|f| f.id != "input/smtp-not-enabled"),
            "{:?}",
            r.findings
        );
    }

    /// Symfony's Postmark bridge sends `?message_stream=` as the stream
    /// (`PostmarkTransportFactory`); a plain `smtp://` DSN ignores it. The
    /// bare `postmark://` scheme is the bridge's SMTP transport too.
    #[test]
    fn the_postmark_bridge_reads_its_message_stream() {
        let t = "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c";
        let stream = |dsn: &str| {
            let r = crate::lint(&format!("MAILER_DSN={dsn}\n"), &crate::Options::default());
            let c = r
                .configs
                .into_iter()
                .find(|c| c.active)
                .expect("a configuration");
            (c.settings.host, c.settings.stream)
        };
        let pm = Some("smtp.postmarkapp.com".to_string());
        assert_eq!(
            stream(&format!(
                "postmark+smtp://{t}@default?message_stream=broadcast"
            )),
            (pm.clone(), Some("broadcast".into()))
        );
        assert_eq!(
            stream(&format!("postmark://{t}@default?message_stream=outbound")),
            (pm.clone(), Some("outbound".into()))
        );
        assert_eq!(
            stream(&format!(
                "smtp://{t}:{t}@smtp.postmarkapp.com:587?message_stream=broadcast"
            )),
            (pm, None)
        );
    }

    /// SwiftmailerBundle's `MAILER_URL`: the query's `encryption` is the
    /// TLS choice (no opportunistic STARTTLS), the query's `username` and
    /// `password` the login.
    #[test]
    fn swiftmailer_url_query_words_are_read() {
        let t = "5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c";
        let url = |q: &str| {
            format!("APP_ENV=prod\nMAILER_URL=smtp://smtp.postmarkapp.com:587?{q}auth_mode=login&username={t}&password={t}\n")
        };
        let (c, s, ids) = linted(&url("encryption=tls&"));
        assert_eq!(c, "swiftmailer-url");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["username"], "5c3e…5b6c");
        assert!(!has(&ids, "auth/missing-password"), "{ids:?}");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
        let (_, s, ids) = linted(&url("encryption=ssl&"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = linted(&url(""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // Without the bundle's words the URL is any app's (nodemailer's
        // reading): STARTTLS when offered.
        let (c, _, _) = linted(&format!(
            "MAILER_URL=smtp://{t}:{t}@smtp.postmarkapp.com:587\n"
        ));
        assert_ne!(c, "swiftmailer-url");
    }
}

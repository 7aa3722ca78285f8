//! Apprise's e-mail service (caronc/apprise, `apprise/plugins/email/base.py`
//! `NotifyEmail` and `common.py` `SECURE_MODES`; the wiki page
//! "Notify_email"): a `mailto://` or `mailtos://` URL, wherever it is
//! written: `apprise.yml`/`apprise.txt` (`urls:` items, `tag=URL` lines),
//! `APPRISE_URLS`, `apprise -b … 'mailtos://…'`, `Apprise().add('…')`, or
//! the notification-URL settings of apps that embed Apprise
//! (Changedetection.io, Healthchecks, Tautulli, Mailrise…).
//!
//! `{schema}://{user}:{password}@{host}:{port}/{to}?{params}`:
//!
//! * `mailto://` is clear text (`secure_mode` `insecure`) and
//!   `mailtos://` STARTTLS, unless `mode=` says `ssl` (TLS from the first
//!   byte, `smtplib.SMTP_SSL`), `starttls` (`SMTP` + `starttls()`) or
//!   `insecure`; another word makes Apprise refuse the URL ("The secure
//!   mode specified … is invalid"). The mode's port is the default:
//!   `insecure` 25, `starttls` 587, `ssl` 465. The port written wins.
//! * The server dialled is `smtp=` when given, else the URL's host (which
//!   is otherwise the sender's domain). For a few public mailbox domains
//!   without `smtp=` Apprise fills in the provider's server (`gmail.com` →
//!   smtp.gmail.com:587 STARTTLS, `templates.py`), TLS on whatever the
//!   scheme; `mode=` and a port written still win.
//! * It logs in when both a user and a password are given (the URL's user
//!   information, or `user=`/`pass=` in the query).
//! * The From is `from=` (with `name=` as its display name); without it
//!   Apprise writes `{user}@{host}`, which for a token login is no address
//!   a Postmark sender signature can match.

use super::url::{evidence, finish as url_finish, param_evidence, url_of};
use crate::extract::profile::{
    fix_text, kr, mark_value, pairs, syn, Fix, Hooks, Key, Marker, Profile, Read, UrlFlavor,
    WriteKind as W, BASE,
};
use crate::extract::read::url::{Scheme, SmtpUrl};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Role::*, Security, Tls};

const KEYS: &[Key] = &[kr("*", Url, Read::Url(UrlFlavor::Nodemailer))];

const MARKERS: &[Marker] = &[mark_value("*", "mailtos://"), mark_value("*", "mailto://")];

/// The query arguments of `NotifyEmail` and of every Apprise URL
/// (`NotifyBase`: `format`, `overflow`, `emojis`, `tz`, `verify`, `cto`,
/// `rto`, `store`); `+Name=value` adds a header.
const URL_PARAMS: &[(&str, Option<crate::model::Role>)] = &[
    ("smtp", Some(Host)),
    ("from", Some(From)),
    ("mode", Some(Encryption)),
    ("user", Some(Username)),
    ("pass", Some(Password)),
    ("+X-PM-Message-Stream", Some(Stream)),
    ("name", None),
    ("to", None),
    ("cc", None),
    ("bcc", None),
    ("reply", None),
    ("pgp", None),
    ("pgppub", None),
    ("pgpkey", None),
    ("pgpprv", None),
    ("wkd", None),
    ("format", None),
    ("overflow", None),
    ("emojis", None),
    ("tz", None),
    ("verify", None),
    ("cto", None),
    ("rto", None),
    ("store", None),
    ("+*", None),
];

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "`:{port}` after the host, with `mode=starttls`",
    ),
    fix_text(
        W::StartTls,
        &[],
        "`mailtos://…:587?mode=starttls` (not `mode=ssl`)",
    ),
    fix_text(W::Host, &[], "`smtp={value}` in the URL's query"),
    fix_text(W::From, &[], "`from={value}` in the URL's query"),
    fix_text(
        W::Username,
        &[],
        "`mailtos://{value}:…@…` (the URL's user part)",
    ),
    fix_text(
        W::Password,
        &[],
        "`mailtos://…:{value}@…` (the URL's password part)",
    ),
    fix_text(W::AuthOn, &[], "`mailtos://TOKEN:TOKEN@…`"),
];

/// `templates.py` `EMAIL_TEMPLATES`: without `smtp=`, a URL whose host
/// is one of these mailbox domains dials the provider's server, with TLS
/// whatever the scheme: (domains, server, port, implicit TLS).
const PROVIDERS: &[(&[&str], &str, u16, bool)] = &[
    (&["gmail.com"], "smtp.gmail.com", 587, false),
    (
        &[
            "yandex.com",
            "yandex.ru",
            "yandex.ua",
            "yandex.by",
            "yandex.kz",
            "yandex.uz",
            "yandex.tr",
            "yandex.fr",
        ],
        "smtp.yandex.ru",
        465,
        true,
    ),
    (
        &["hotmail.com", "live.com", "hotmail.com.au", "live.com.au"],
        "smtp-mail.outlook.com",
        587,
        false,
    ),
    (
        &[
            "outlook.com",
            "smtp.outlook.com",
            "outlook.com.au",
            "smtp.outlook.com.au",
        ],
        "smtp.outlook.com",
        587,
        false,
    ),
    (
        &["office365.com", "smtp.office365.com"],
        "smtp.office365.com",
        587,
        false,
    ),
    // Port 465 with STARTTLS, as the template says.
    (
        &["yahoo.com", "yahoo.ca"],
        "smtp.mail.yahoo.com",
        465,
        false,
    ),
    (
        &["gmx.com", "gmx.net", "gmx.de", "gmx.at", "gmx.ch", "gmx.fr"],
        "mail.gmx.com",
        587,
        false,
    ),
    (
        &[
            "fastmail.com",
            "fastmail.fm",
            "fastmail.net",
            "fastmail.org",
            "fastmail.de",
            "fastmail.co.uk",
        ],
        "smtp.fastmail.com",
        465,
        true,
    ),
    (&["zoho.com", "zohomail.com"], "smtp.zoho.com", 587, false),
    (
        &["sendgrid.com", "sendgrid.net"],
        "smtp.sendgrid.net",
        465,
        true,
    ),
    (&["163.com"], "smtp.163.com", 465, true),
    (&["qq.com", "foxmail.com"], "smtp.qq.com", 587, false),
    (&["comcast.net"], "smtp.comcast.net", 465, true),
];

/// The provider whose defaults Apprise applies to this URL, if any.
fn provider(u: &SmtpUrl) -> Option<&'static (&'static [&'static str], &'static str, u16, bool)> {
    if u.param("smtp")
        .and_then(|p| p.value.as_ref())
        .is_some_and(|v| !v.text.is_empty())
    {
        return None;
    }
    let host = u.host.as_ref()?.text.to_ascii_lowercase();
    PROVIDERS.iter().find(|p| p.0.contains(&host.as_str()))
}

/// The scheme and `mode=`, as `NotifyEmail.__init__` reads them.
fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let Some((f, u)) = url_of(cfg) else {
        return tls;
    };
    let known = provider(&u);
    let scheme = || {
        let r = u.scheme.raw.clone();
        evidence(f, r.clone(), format!("{}://", &f.value.text[r]))
    };
    let mode = u
        .param("mode")
        .and_then(|p| p.value.as_ref())
        .map(|v| v.text.trim().to_ascii_lowercase())
        .filter(|m| !m.is_empty());
    match (mode.as_deref(), u.kind) {
        (Some("ssl"), _) => {
            tls.implicit = param_evidence(f, &u, "mode");
            tls.mode = Some(Security::Implicit);
        }
        (Some("starttls"), _) => {
            tls.starttls = param_evidence(f, &u, "mode");
            tls.mode = Some(Security::StartTls);
        }
        (Some("insecure"), _) => {
            tls.disabled = param_evidence(f, &u, "mode");
            tls.mode = Some(Security::None);
        }
        // Apprise refuses another word: the reading is left open.
        (Some(_), _) => {}
        // The provider's own mode, whatever the scheme.
        (None, _) if known.is_some() => {
            let ev = u.host.as_ref().map(|h| {
                evidence(
                    f,
                    h.raw.clone(),
                    format!("{}://…@{}", u.scheme.text, h.text),
                )
            });
            if known.is_some_and(|p| p.3) {
                tls.implicit = ev;
                tls.mode = Some(Security::Implicit);
            } else {
                tls.starttls = ev;
                tls.mode = Some(Security::StartTls);
            }
        }
        (None, Scheme::Mailtos) => {
            tls.choose(Security::StartTls, scheme());
        }
        (None, Scheme::Mailto) => {
            tls.choose(Security::None, scheme());
        }
        (None, _) => {}
    }
    tls
}

/// `SECURE_MODES[mode]["default_port"]`.
fn default_port(cfg: &Config) -> Option<u16> {
    let (_, u) = url_of(cfg)?;
    if u.port.is_some() {
        return None;
    }
    if let Some(p) = provider(&u) {
        return Some(p.2);
    }
    match tls(cfg).mode? {
        Security::Implicit => Some(465),
        Security::StartTls => Some(587),
        Security::None => Some(25),
    }
}

/// One configuration per `mailto(s)://` URL (the other SMTP URLs are
/// other clients'); `smtp=` names the server dialled, so the URL's host
/// (then the sender's domain) is no host setting.
fn finish(doc: &Document, configs: &mut Vec<Config>) {
    configs.retain(|c| {
        url_of(c).is_some_and(|(_, u)| matches!(u.kind, Scheme::Mailto | Scheme::Mailtos))
    });
    url_finish(doc, configs);
    for c in configs.iter_mut() {
        // A provider's mailbox domain: Apprise dials its server.
        let server = url_of(c).and_then(|(_, u)| provider(&u)).map(|p| p.1);
        if let (Some(server), Some(h)) = (
            server,
            c.fields
                .iter_mut()
                .find(|f| f.role == Host && f.key.ends_with(" host")),
        ) {
            h.value.text = server.to_string();
            h.value.verbatim = false;
        }
        let smtp = c
            .fields
            .iter()
            .any(|f| f.role == Host && f.key.eq_ignore_ascii_case("smtp"));
        if smtp {
            c.fields
                .retain(|f| !(f.role == Host && f.key.ends_with(" host")));
        }
    }
}

pub static APPRISE: Profile = Profile {
    id: "apprise",
    name: "Apprise mailto:// URL",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/caronc/apprise/wiki/Notify_email https://github.com/caronc/apprise/blob/master/apprise/plugins/email/base.py",
    syntaxes: syn::ANY,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    url_params: URL_PARAMS,
    leftovers: pairs![
        ("secure", "mode"),
        ("tls", "mode"),
        ("ssl", "mode"),
        ("encryption", "mode"),
        ("password", "pass"),
        ("username", "user"),
        ("host", "smtp"),
        ("server", "smtp"),
        ("sender", "from"),
        ("from_addr", "from"),
    ],
    fixes: FIXES,
    sender_hint: "`from=` in the URL's query (without it Apprise sends from `{user}@{host}` of the URL)",
    hooks: Hooks {
        tls: Some(tls),
        default_port: Some(default_port),
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const TOKEN: &str = "5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c";

    #[test]
    fn mailtos_is_starttls_on_587_and_mailto_clear_on_25() {
        let (client, s, ids) = first(&format!(
            "APPRISE_URLS=mailtos://{TOKEN}:{TOKEN}@acme.io?smtp=smtp.postmarkapp.com&from=alerts@acme.io&to=ops@acme.io\n"
        ));
        assert_eq!(client, "apprise");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], serde_json::Value::Null);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "alerts@acme.io");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
        assert!(!has(&ids, "host/other-provider"), "{ids:?}");
        // mailto:// without mode: clear text on port 25.
        let (_, s, ids) = first(&format!(
            "urls:\n  - mailto://{TOKEN}:{TOKEN}@smtp.postmarkapp.com?from=alerts@acme.io\n"
        ));
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn mode_ssl_is_implicit_tls_and_its_port_465() {
        let (client, s, ids) = first(&format!(
            "mailtos://{TOKEN}:{TOKEN}@smtp.postmarkapp.com?mode=ssl&from=alerts@acme.io\n"
        ));
        assert_eq!(client, "apprise");
        assert_eq!(s["security"], "implicit");
        assert!(
            has(&ids, "port/465-unsupported") || has(&ids, "tls/implicit-tls"),
            "{ids:?}"
        );
        let (_, s, ids) = first(&format!(
            "apobj.add('mailtos://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:587?mode=ssl&from=alerts@acme.io')\n"
        ));
        assert_eq!(s["port"], 587);
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // mode=starttls on mailto:// switches TLS on.
        let (_, s, _) = first(&format!(
            "mailto://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:2525?mode=starttls&from=alerts@acme.io\n"
        ));
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["port"], 2525);
    }

    #[test]
    fn a_mailbox_domain_dials_its_providers_server() {
        let (_, s, _) =
            first("apprise -vv -t 'my title' -b 'body' 'mailto://email:passkey@gmail.com'\n");
        assert_eq!(s["host"], "smtp.gmail.com");
        assert_eq!(s["security"], "starttls");
        let (_, s, _) = first("mailtos://me:pw@fastmail.com\n");
        assert_eq!(s["host"], "smtp.fastmail.com");
        assert_eq!(s["security"], "implicit");
        // `smtp=` names the server: no provider defaults.
        let (_, s, _) = first("mailto://me:pw@gmail.com?smtp=smtp.postmarkapp.com\n");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn other_smtp_urls_are_not_apprise() {
        let (client, _, _) = first(&format!(
            "SMTP_URL=smtp://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:587\n"
        ));
        assert_ne!(client, "apprise");
        // A mailto URL under a name another URL client reads is still
        // Apprise's (django-environ refuses the scheme).
        let (client, s, _) = first(&format!(
            "email_url = \"mailtos://{TOKEN}:{TOKEN}@acme.io?smtp=smtp.postmarkapp.com&from=alerts@acme.io\"\n"
        ));
        assert_eq!(client, "apprise");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
    }
}

//! pfSense (and the OPNsense releases that kept its notices code):
//! `config.xml`'s `<notifications><smtp>` block, set on the "System >
//! Advanced > Notifications" page.
//!
//! Meaning (pfSense `src/etc/inc/notices.inc` `send_smtp_message`, which
//! hands the settings to PEAR `Mail::factory('smtp', …)` over `Net_SMTP`;
//! `src/usr/local/www/system_advanced_notifications.php` for the form):
//!
//! * `ipaddress` is the server, `port` defaults to 25, `timeout` to 20.
//!   Without `ipaddress` or `notifyemailaddress` nothing is sent.
//! * `<ssl/>` (the element is a flag: written means on) prefixes the host
//!   with `ssl://`: TLS from the first byte.
//! * Otherwise PEAR's `Net_SMTP` starts TLS only inside `auth()`: with a
//!   login it uses STARTTLS when the server offers it, without one the
//!   mail goes in clear text.
//! * It logs in only when `username` and `password` are both non-empty
//!   (`authentication_mechanism`, default `PLAIN`).
//! * `sslvalidate` `disabled` turns certificate checks off.
//! * `fromaddress` is the From; without it `pfsense@` the firewall's
//!   hostname and domain.
//! * `<disable/>` turns SMTP notifications off.
//! * Releases before 2.4 (and OPNsense until it dropped the page) sent
//!   with `smtp_class`, where a `<tls/>` flag asked for STARTTLS; current
//!   releases ignore it.
//!
//! `ipaddress`, `port`, `username` are everyone's names: the table needs
//! the block's own (`notifyemailaddress`, `fromaddress`,
//! `authentication_mechanism`, `sslvalidate`) under `smtp`.

use crate::extract::profile::{
    fix_text, k, mark, syn, words, Fix, Hooks, Key, Marker, Profile, Switch, Truth, Words,
    WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("smtp.ipaddress", Host),
    k("smtp.port", Port),
    k("smtp.username", Username),
    k("smtp.password", Password),
    k("smtp.fromaddress", From),
    k("smtp.ssl", ImplicitTls),
    k("smtp.tls", StartTls),
    k("smtp.sslvalidate", VerifyPeer),
    k("smtp.authentication_mechanism", AuthMethod),
    k("smtp.disable", Disabled),
];

const MARKERS: &[Marker] = &[
    mark("smtp.notifyemailaddress"),
    mark("smtp.fromaddress"),
    mark("smtp.authentication_mechanism"),
    mark("smtp.sslvalidate"),
];

const OTHER_KEYS: Words = words!["notifyemailaddress", "timeout"];

/// `ssl://` with `<ssl/>`; otherwise STARTTLS comes with the login only
/// (see the module docs).
fn tls(cfg: &Config) -> Tls {
    if let Some(ssl) = cfg.get(ImplicitTls) {
        return Tls::chosen(Security::Implicit, Evidence::of(ssl));
    }
    let filled =
        |f: Option<&crate::model::Field>| f.is_some_and(|f| !f.value.text.trim().is_empty());
    if filled(cfg.get(Username)) && filled(cfg.get(Password)) {
        return Tls {
            mode: Some(Security::StartTls),
            starttls: cfg.get(StartTls).map(Evidence::of),
            ..Tls::default()
        };
    }
    Tls::chosen(
        Security::None,
        Evidence::absent(
            "no <ssl/> and no login: pfSense's PEAR Mail starts TLS only when it logs in",
        ),
    )
}

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "<port>{port}</port> in <notifications><smtp>"),
    fix_text(W::Host, &[], "<ipaddress>{value}</ipaddress>"),
    fix_text(
        W::StartTls,
        &[],
        "<port>587</port> without <ssl/>, with a username and password (pfSense then uses STARTTLS)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "<sslvalidate>enabled</sslvalidate> (\"Validate SSL/TLS\" on the Notifications page)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "both <username> and <password> (pfSense logs in only when both are filled in)",
    ),
    fix_text(W::TlsModern, &[], "a current pfSense release"),
    fix_text(W::Username, &[], "<username>{value}</username>"),
    fix_text(W::Password, &[], "<password>{value}</password>"),
    fix_text(W::From, &[], "<fromaddress>{value}</fromaddress>"),
    fix_text(
        W::Stream,
        &[],
        "pfSense has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static PFSENSE: Profile = Profile {
    id: "pfsense",
    name: "pfSense config.xml <notifications><smtp>",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.netgate.com/pfsense/en/latest/config/advanced-notifications.html https://github.com/pfsense/pfsense/blob/master/src/etc/inc/notices.inc",
    syntaxes: syn::XML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    // A flag element (`<disable/>`) is on by being written (an empty
    // value); `sslvalidate` is `enabled` (the form's default) or `disabled`.
    truth: Truth::Only(words!["", "enabled"]),
    port: Some(25),
    switch: Some(Switch::plain("<disable/> in <notifications><smtp>")),
    sender_hint: "<fromaddress> in <notifications><smtp>",
    fixes: FIXES,
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const XML: &str = "<?xml version=\"1.0\"?>\n<pfsense>\n\t<system>\n\t\t<hostname>fw</hostname>\n\t\t<domain>acme.lan</domain>\n\t</system>\n\t<notifications>\n\t\t<smtp>\n\t\t\t<ipaddress>smtp.postmarkapp.com</ipaddress>\n\t\t\t<port>587</port>\n\t\t\t<timeout>20</timeout>\n\t\t\t<sslvalidate>enabled</sslvalidate>\n\t\t\t<notifyemailaddress>ops@acme-widgets.io</notifyemailaddress>\n\t\t\t<username>5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c</username>\n\t\t\t<password>5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c</password>\n\t\t\t<authentication_mechanism>PLAIN</authentication_mechanism>\n\t\t\t<fromaddress>fw@acme-widgets.io</fromaddress>\n\t\t</smtp>\n\t</notifications>\n</pfsense>\n";

    #[test]
    fn the_block_is_read() {
        let (client, s, ids) = first(XML);
        assert_eq!(client, "pfsense");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "fw@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn ssl_flag_and_login_decide_tls() {
        let (_, s, ids) = first(&XML.replace("\t\t\t<timeout>", "\t\t\t<ssl/>\n\t\t\t<timeout>"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // Without a login PEAR Mail never starts TLS.
        let no_login = XML.replace(
            "\t\t\t<password>5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c</password>\n",
            "\t\t\t<password></password>\n",
        );
        let (_, s, ids) = first(&no_login);
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn sslvalidate_disabled_and_disable_flag() {
        let (_, _, ids) = first(&XML.replace(">enabled<", ">disabled<"));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
        let (_, _, ids) = first(&XML.replace("\t\t\t<port>", "\t\t\t<disable/>\n\t\t\t<port>"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn another_xml_smtp_block_is_not_taken() {
        // .NET's `<smtp>` in web.config has none of pfSense's names.
        let (client, _, _) = first("<configuration><system.net><mailSettings><smtp from=\"a@acme.io\"><network host=\"smtp.postmarkapp.com\" port=\"587\" /></smtp></mailSettings></system.net></configuration>");
        assert_ne!(client, "pfsense");
    }
}

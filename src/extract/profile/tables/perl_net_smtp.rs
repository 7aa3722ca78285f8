//! Perl's libnet Net::SMTP and what is built on it: `my $smtp =
//! Net::SMTP->new($host, Port => 587, SSL => 0)`, `$smtp->starttls()`,
//! `$smtp->auth($user, $pass)`, `$smtp->mail($from)`; Net::SMTPS
//! (`doSSL => 'starttls' | 'ssl'`); and MIME::Lite's SMTP sending,
//! `MIME::Lite->send('smtp', $host, Port => …, AuthUser => …, AuthPass =>
//! …, SSL => 1)` (or `$msg->send('smtp', …)`), which hands them to
//! Net::SMTP.
//!
//! Meaning:
//!
//! * Net::SMTP (<https://metacpan.org/pod/Net::SMTP>, "new", "starttls",
//!   "auth"): the host is the first argument or `Host` (it may carry
//!   `:port`); `Port` defaults to 25, and to 465 with `SSL => 1` (TLS from
//!   the first byte). Without `SSL` the session stays in clear text unless
//!   the script calls `starttls()`, which fails when the server does not
//!   offer it. It logs in only when the script calls `auth($user, $pass)`;
//!   `mail($from)` gives the envelope sender.
//! * Net::SMTPS (<https://metacpan.org/pod/Net::SMTPS>): `doSSL =>
//!   'starttls'` upgrades with STARTTLS, `doSSL => 'ssl'` is TLS from the
//!   first byte; without it, clear text. Same `Port`, `auth`, `mail`.
//! * MIME::Lite (<https://metacpan.org/pod/MIME::Lite>, "send_by_smtp"):
//!   `send('smtp', HOST, ARGS)` sends through Net::SMTP with `Port`,
//!   `SSL`, `Hello`, `Timeout`, `Debug` passed on and `AuthUser` /
//!   `AuthPass` given to `auth`; it has no STARTTLS. `send('sendmail', …)`
//!   pipes to a local program. The From is the message's `From`.

use crate::extract::profile::tls::truth;
use crate::extract::profile::{
    fix_text, k, kr, mark, syn, words, Both, Fix, Hooks, Key, Marker, Profile, Read, Sec, Switch,
    TlsModel, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    kr(
        "Net.SMTP.new(#0)|Net.SMTP.new().Host|Net.SMTPS.new(#0)|Net.SMTPS.new().Host",
        Host,
        Read::HostPort,
    ),
    k("Net.SMTP.new().Port|Net.SMTPS.new().Port", Port),
    k("Net.SMTP.new().SSL", ImplicitTls),
    k("Net.SMTPS.new().doSSL", Encryption),
    kr("starttls()", StartTls, Read::Presence),
    k("auth(#0)", Username),
    k("auth(#1)", Password),
    k("mail(#0)", From),
];

const MARKERS: &[Marker] = &[mark("Net.SMTP.new()"), mark("Net.SMTPS.new()")];

const TLS: TlsModel = TlsModel {
    words: &[("starttls", Sec::StartTls), ("ssl", Sec::Implicit)],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Conflict,
    absent: "no starttls() call",
};

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "Port => {port}"),
    fix_text(
        W::StartTls,
        &[],
        "$smtp->starttls() before auth (and no SSL => 1)",
    ),
    fix_text(W::Host, &[], "Net::SMTP->new('{host}', …)"),
];

pub static PERL_NET_SMTP: Profile = Profile {
    id: "perl-net-smtp",
    name: "Perl Net::SMTP / Net::SMTPS",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://metacpan.org/pod/Net::SMTP https://metacpan.org/pod/Net::SMTPS",
    syntaxes: syn::PERL,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    tls: TLS,
    fixes: FIXES,
    other_keys: words![
        "Hello",
        "LocalAddr",
        "LocalPort",
        "Timeout",
        "Debug",
        "ExactAddresses"
    ],
    sender_hint: "`$smtp->mail('you@yourdomain.com')` and the message's From header",
    hooks: Hooks {
        default_port: Some(default_port),
        ..Hooks::NONE
    },
    ..BASE
};

/// Whether the configuration turns TLS from the first byte on: `SSL =>
/// 1` (Net::SMTP, MIME::Lite) or `doSSL => 'ssl'` (Net::SMTPS); `None`
/// when that is a reference.
fn implicit(p: &Profile, cfg: &Config) -> Option<bool> {
    if let Some(f) = cfg.get(ImplicitTls) {
        return (!f.value.is_reference()).then(|| truth(p, f) == Some(true));
    }
    match cfg.get(Encryption) {
        Some(f) if f.value.is_reference() => None,
        Some(f) => Some(f.value.text.eq_ignore_ascii_case("ssl")),
        None => Some(false),
    }
}

/// 465 with TLS from the first byte, else 25.
fn default_port(cfg: &Config) -> Option<u16> {
    implicit(&PERL_NET_SMTP, cfg).map(|on| if on { 465 } else { 25 })
}

/// `send('smtp', HOST, …)` as a class method or on a message.
const MIME_LITE_KEYS: &[Key] = &[
    k("send(#0)", Transport),
    kr("send(#1)", Host, Read::HostPort),
    k("send().Port", Port),
    k("send().SSL", ImplicitTls),
    k("send().AuthUser", Username),
    k("send().AuthPass", Password),
    k("Lite.new().From", From),
];

const MIME_LITE_MARKERS: &[Marker] = &[mark("MIME.Lite.send()"), mark("MIME.Lite.new()")];

pub static PERL_MIME_LITE: Profile = Profile {
    id: "perl-mime-lite",
    name: "Perl MIME::Lite (send 'smtp')",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://metacpan.org/pod/MIME::Lite https://metacpan.org/pod/Net::SMTP",
    syntaxes: syn::PERL,
    keys: MIME_LITE_KEYS,
    markers: MIME_LITE_MARKERS,
    needs_marker: true,
    case_sensitive: true,
    tls: TlsModel {
        absent: "no SSL => 1 (MIME::Lite has no STARTTLS)",
        ..TLS
    },
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["sendmail", "sub"],
        missing: Some("sendmail"),
        off: None,
        name: "send('smtp', …)",
    }),
    fixes: &[
        fix_text(W::Port, &[], "Port => {port}"),
        fix_text(W::Host, &[], "send('smtp', '{host}', …)"),
    ],
    other_keys: words![
        "Hello",
        "Timeout",
        "Debug",
        "NoAuth",
        "FromSender",
        "To",
        "Subject",
        "Type",
        "Data"
    ],
    sender_hint: "`From => 'you@yourdomain.com'` in MIME::Lite->new",
    hooks: Hooks {
        default_port: Some(mime_lite_port),
        ..Hooks::NONE
    },
    ..BASE
};

fn mime_lite_port(cfg: &Config) -> Option<u16> {
    implicit(&PERL_MIME_LITE, cfg).map(|on| if on { 465 } else { 25 })
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted};

    const NET_SMTP: &str = "use Net::SMTP;\nmy $smtp = Net::SMTP->new('smtp.postmarkapp.com', Port => 587, Timeout => 30) or die \"connect: $@\";\n$smtp->starttls() or die;\n$smtp->auth('5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58', '5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58');\n$smtp->mail('hello@acme-widgets.io');\n$smtp->to('a@b.io');\n$smtp->quit;\n";

    #[test]
    fn net_smtp_with_starttls_is_clean() {
        let (client, s, ids) = linted(NET_SMTP);
        assert_eq!(client, "perl-net-smtp");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "hello@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn net_smtp_without_starttls_is_clear_text() {
        let (_, s, _) = linted(&NET_SMTP.replace("$smtp->starttls() or die;\n", ""));
        assert_eq!(s["security"], "none");
        let (_, s, ids) = linted(
            &NET_SMTP
                .replace("Port => 587, Timeout => 30", "SSL => 1")
                .replace("$smtp->starttls() or die;\n", ""),
        );
        assert_eq!(s["security"], "implicit");
        // (No port written: the default with SSL is 465.)
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn net_smtps_do_ssl() {
        let src = "use Net::SMTPS;\nmy $smtp = Net::SMTPS->new('smtp.postmarkapp.com', Port => 587, doSSL => 'starttls');\n$smtp->auth('u', 'p');\n";
        let (client, s, _) = linted(src);
        assert_eq!(client, "perl-net-smtp");
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn mime_lite_send_smtp() {
        let src = "use MIME::Lite;\nmy $msg = MIME::Lite->new(From => 'hello@acme-widgets.io', To => 'a@b.io', Subject => 'hi', Data => 'x');\n$msg->send('smtp', 'smtp.postmarkapp.com', Port => 2525, AuthUser => '5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58', AuthPass => '5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58');\n";
        let (client, s, ids) = linted(src);
        assert_eq!(client, "perl-mime-lite");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 2525);
        assert_eq!(s["security"], "none");
        assert_eq!(s["from"], "hello@acme-widgets.io");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }
}

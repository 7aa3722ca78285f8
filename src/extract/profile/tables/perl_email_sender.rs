//! Perl Email::Sender's SMTP transport: `my $transport =
//! Email::Sender::Transport::SMTP->new({ host => …, port => …, ssl => …,
//! sasl_username => …, sasl_password => … })`, handed to
//! `sendmail($email, { transport => $transport })`; and its deprecated
//! fork Email::Sender::Transport::SMTPS (Net::SMTPS underneath), which
//! takes the same attributes.
//!
//! Meaning (the module's pod, <https://metacpan.org/pod/Email::Sender::Transport::SMTP>,
//! "ATTRIBUTES"; <https://metacpan.org/pod/Email::Sender::Transport::SMTPS>):
//!
//! * `host` (or `hosts`, a list tried in order) defaults to `localhost`;
//! * `ssl`: `'starttls'` upgrades with STARTTLS (and fails without it),
//!   `'ssl'` or `1` is TLS from the first byte, `'maybestarttls'` upgrades
//!   when the server offers it; anything else (`0`, absent) is clear text;
//! * `port` defaults to 25 without `ssl`, 465 with `'ssl'`, 587 with
//!   `'starttls'`;
//! * it logs in when `sasl_username` is given (`sasl_password` is then
//!   required);
//! * `ssl_options` are IO::Socket::SSL's (`SSL_verify_mode => 0` turns
//!   certificate checks off);
//! * the From is the message's `From` header (or `sendmail`'s `from`
//!   argument, the envelope).

use crate::extract::profile::{
    fix_text, k, mark, syn, words, Both, Fix, Hooks, Key, Marker, Profile, Sec, TlsModel,
    WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::Role::*;

/// An attribute given to the constructor, as a hash reference or a list.
macro_rules! attr {
    ($name:literal) => {
        concat!(
            "Transport.SMTP.new(#0).",
            $name,
            "|Transport.SMTP.new().",
            $name,
            "|Transport.SMTPS.new(#0).",
            $name,
            "|Transport.SMTPS.new().",
            $name
        )
    };
}

const KEYS: &[Key] = &[
    k(attr!("host"), Host),
    k(concat!(attr!("hosts"), ".#0"), Host),
    k(attr!("port"), Port),
    k(attr!("ssl"), Encryption),
    k(attr!("sasl_username"), Username),
    k(attr!("sasl_password"), Password),
    k(
        concat!(attr!("ssl_options"), ".SSL_verify_mode"),
        VerifyMode,
    ),
    k("header.From|header_str.From|sendmail(#1).from", From),
];

const MARKERS: &[Marker] = &[mark("Transport.SMTP.new()"), mark("Transport.SMTPS.new()")];

const TLS: TlsModel = TlsModel {
    words: &[
        ("starttls", Sec::StartTls),
        ("ssl", Sec::Implicit),
        ("1", Sec::Implicit),
        ("maybestarttls", Sec::Auto),
        ("0", Sec::Plain),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Conflict,
    absent: "no ssl attribute",
};

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port => {port}"),
    fix_text(W::StartTls, &[], "ssl => 'starttls'"),
    fix_text(W::Host, &[], "host => '{host}'"),
];

pub static PERL_EMAIL_SENDER: Profile = Profile {
    id: "perl-email-sender",
    name: "Perl Email::Sender::Transport::SMTP",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://metacpan.org/pod/Email::Sender::Transport::SMTP https://metacpan.org/pod/Email::Sender::Transport::SMTPS",
    syntaxes: syn::PERL,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    tls: TLS,
    host: Some("localhost"),
    other_keys: words![
        "timeout",
        "helo",
        "localaddr",
        "localport",
        "debug",
        "allow_partial_success",
        "sasl_authenticator",
        "ssl_options",
        "To",
        "Subject"
    ],
    fixes: FIXES,
    sender_hint: "`From => 'you@yourdomain.com'` in the message's header",
    hooks: Hooks {
        default_port: Some(default_port),
        ..Hooks::NONE
    },
    ..BASE
};

/// 465 with `ssl => 'ssl'` (or 1), 587 with `'starttls'`, else 25
/// (`maybestarttls` included); unknown when `ssl` is a reference.
fn default_port(cfg: &Config) -> Option<u16> {
    let Some(f) = cfg.get(Encryption) else {
        return Some(25);
    };
    if f.value.is_reference() {
        return None;
    }
    Some(match f.value.text.to_ascii_lowercase().as_str() {
        "ssl" | "1" => 465,
        "starttls" => 587,
        _ => 25,
    })
}

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted};

    fn transport(attrs: &str) -> String {
        format!("use Email::Sender::Simple qw(sendmail);\nuse Email::Sender::Transport::SMTP;\nmy $transport = Email::Sender::Transport::SMTP->new({{\n    host => 'smtp.postmarkapp.com',\n{attrs}    sasl_username => '5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58',\n    sasl_password => '5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58',\n}});\nmy $email = Email::Simple->create(\n    header => [\n        To => 'a@b.io',\n        From => 'hello@acme-widgets.io',\n    ],\n    body => 'hi',\n);\nsendmail($email, {{ transport => $transport }});\n")
    }

    /// The port this configuration dials when none is written, as the
    /// `port/missing` finding says it.
    fn default_port_said(src: &str) -> String {
        let r = crate::lint(src, &crate::Options::default());
        let f = r.findings.iter().find(|f| f.id == "port/missing");
        f.map(|f| f.message.clone()).unwrap_or_default()
    }

    #[test]
    fn starttls_defaults_to_587() {
        let src = transport("    ssl => 'starttls',\n");
        let (client, s, ids) = linted(&src);
        assert_eq!(client, "perl-email-sender");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "hello@acme-widgets.io");
        assert_eq!(ids, ["port/missing"]);
        assert!(default_port_said(&src).contains("port 587"));
        clean_starttls(
            &transport("    ssl => 'starttls',\n    port => 587,\n"),
            "perl-email-sender",
        );
    }

    #[test]
    fn ssl_one_is_implicit_tls_on_465() {
        let (client, s, ids) = linted(&transport("    port => 465,\n    ssl => 1,\n"));
        assert_eq!(client, "perl-email-sender");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        // No false reading of the pairs' `=>`.
        for id in ["host/invalid", "host/whitespace", "auth/whitespace"] {
            assert!(!has(&ids, id), "{ids:?}");
        }
    }

    #[test]
    fn no_ssl_is_clear_text_on_port_25() {
        let (_, s, ids) = linted(&transport(""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        assert!(default_port_said(&transport("")).contains("port 25"));
    }
}

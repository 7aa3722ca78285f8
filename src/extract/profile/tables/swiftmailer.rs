//! Swift Mailer written in PHP code (Swift Mailer 5 and 6, the mailer of
//! Laravel ≤ 8 and Symfony ≤ 4): `new Swift_SmtpTransport($host, $port,
//! $encryption)` or Swift 5's `Swift_SmtpTransport::newInstance(…)`, then
//! `->setUsername(…)`, `->setPassword(…)`, and the message's `->setFrom(…)`.
//! (Yii's `'transport' => ['class' => 'Swift_SmtpTransport', …]` array is
//! `yii2`'s.)
//!
//! Meaning (<https://swiftmailer.symfony.com/docs/sending.html>, and
//! `Swift_SmtpTransport`, `Swift_Transport_EsmtpTransport` of swiftmailer 6,
//! swiftmailer/swiftmailer#1239 on the missing STARTTLS without `tls`):
//!
//! * The constructor's defaults are host `localhost`, port 25 and no
//!   encryption; `setHost`, `setPort`, `setEncryption` set them afterwards.
//! * `ssl` is TLS from the first byte; `tls` sends STARTTLS after EHLO and
//!   fails when the server does not offer it. Without either the session
//!   stays in clear: Swift has no opportunistic STARTTLS.
//! * `setStreamOptions(['ssl' => ['verify_peer' => false]])` turns
//!   certificate checks off; `setAuthMode('login')` picks the mechanism.
//! * The From is the message's: `setFrom('a@b')`, `setFrom('a@b', 'Name')`
//!   or `setFrom(['a@b' => 'Name'])` (the address as the array's key, read
//!   by [`finish`]).

use crate::extract::profile::{
    fix_text, k, mark, syn, words, Both, Fix, Hooks, Key, Marker, Profile, Sec, TlsModel,
    WriteKind as W, BASE,
};
use crate::extract::read::{Document, SegKind};
use crate::extract::Config;
use crate::model::Role::*;

/// The constructor (`new Swift_SmtpTransport(…)`) and Swift 5's factory.
const KEYS: &[Key] = &[
    k(
        "Swift_SmtpTransport(#0)|Swift_SmtpTransport.newInstance(#0)|setHost(#0)",
        Host,
    ),
    k(
        "Swift_SmtpTransport(#1)|Swift_SmtpTransport.newInstance(#1)|setPort(#0)",
        Port,
    ),
    k(
        "Swift_SmtpTransport(#2)|Swift_SmtpTransport.newInstance(#2)|setEncryption(#0)",
        Encryption,
    ),
    k("setUsername(#0)", Username),
    k("setPassword(#0)", Password),
    k("setAuthMode(#0)", AuthMethod),
    k("setStreamOptions(#0).ssl.verify_peer", VerifyPeer),
    k("setStreamOptions(#0).ssl.verify_peer_name", VerifyPeer),
    k("setStreamOptions(#0).ssl.allow_self_signed", SkipVerify),
    k("setFrom(#0)", From),
];

const MARKERS: &[Marker] = &[
    mark("Swift_SmtpTransport()"),
    mark("Swift_SmtpTransport.newInstance()"),
];

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "new Swift_SmtpTransport('smtp.postmarkapp.com', {port}, 'tls') (or ->setPort({port}))",
    ),
    fix_text(
        W::Host,
        &[],
        "new Swift_SmtpTransport('{value}', 587, 'tls') (or ->setHost('{value}'))",
    ),
    fix_text(
        W::StartTls,
        &[],
        "'tls' as the third argument of Swift_SmtpTransport (or ->setEncryption('tls')), with port 587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove 'verify_peer' => false from ->setStreamOptions()",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "->setUsername('<server token>')->setPassword('<server token>')",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a PHP/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "->setUsername('{value}')"),
    fix_text(W::Password, &[], "->setPassword('{value}')"),
    fix_text(W::From, &[], "->setFrom('{value}') on the Swift_Message"),
    fix_text(
        W::Stream,
        &[],
        "$message->getHeaders()->addTextHeader('X-PM-Message-Stream', '{value}')",
    ),
];

pub static SWIFTMAILER: Profile = Profile {
    id: "swiftmailer",
    name: "Swift Mailer (Swift_SmtpTransport)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://swiftmailer.symfony.com/docs/sending.html https://github.com/swiftmailer/swiftmailer/blob/v6.3.0/lib/classes/Swift/Transport/EsmtpTransport.php",
    syntaxes: syn::PHP,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: words!["setLocalDomain(#0)", "setTimeout(#0)", "setSourceIp(#0)"],
    tls: TlsModel {
        words: &[("ssl", Sec::Implicit), ("tls", Sec::StartTls)],
        both: Both::Implicit,
        absent: "no encryption argument",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(25),
    host: Some("localhost"),
    fixes: FIXES,
    sender_hint: "->setFrom('you@yourdomain.com') on each Swift_Message",
    hooks: Hooks {
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

/// `setFrom(['a@b' => 'Name'])`: the address is the array's key.
// The hook's type is `&mut Vec<Config>`.
#[allow(clippy::ptr_arg)]
fn finish(doc: &Document, configs: &mut Vec<Config>) {
    super::yii2::address_key_from(doc, configs, |arg, call| {
        arg.kind == SegKind::Arg(0)
            && call.kind == SegKind::Call
            && call.text(doc.input).eq_ignore_ascii_case("setFrom")
    });
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted};

    const TOKEN: &str = "3e9b1c7a-52d4-4f08-9a6e-0c1d2b3a4f5e";

    fn src(args: &str) -> String {
        format!("<?php\n$transport = (new Swift_SmtpTransport({args}))\n  ->setUsername('{TOKEN}')\n  ->setPassword('{TOKEN}');\n$mailer = new Swift_Mailer($transport);\n$message = (new Swift_Message('Hi'))\n  ->setFrom(['hello@acme-widgets.io' => 'Acme'])\n  ->setTo(['x@acme-widgets.io']);\n")
    }

    #[test]
    fn constructor_arguments_and_the_address_key_from() {
        let (client, s, ids) = linted(&src("'smtp.postmarkapp.com', 587, 'tls'"));
        assert_eq!(client, "swiftmailer");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "hello@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn no_encryption_is_clear_text_and_ssl_is_implicit() {
        let (_, s, ids) = linted(&src("'smtp.postmarkapp.com', 2525"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = linted(&src("'smtp.postmarkapp.com', 587, 'ssl'"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn swift_5_factory_and_setters() {
        let text = "<?php\n$transport = Swift_SmtpTransport::newInstance('smtp.postmarkapp.com', 25);\n$transport->setEncryption('tls');\n$transport->setUsername(getenv('POSTMARK_TOKEN'));\n$transport->setPassword(getenv('POSTMARK_TOKEN'));\n$transport->setStreamOptions(['ssl' => ['verify_peer' => false]]);\n$message = Swift_Message::newInstance('x')->setFrom('app@acme-widgets.io');\n";
        let (client, s, ids) = linted(text);
        assert_eq!(client, "swiftmailer");
        assert_eq!(s["port"], 25);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["username"], "getenv('POSTMARK_TOKEN')");
        assert_eq!(s["from"], "app@acme-widgets.io");
        assert!(has(&ids, "port/25-blocked"), "{ids:?}");
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
    }
}

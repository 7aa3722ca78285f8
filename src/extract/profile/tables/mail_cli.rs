//! Mail tools run from the command line, as people paste the command they
//! test with (read by `read::argv`: each option is a key of the program's
//! call, `swaks().server`; a switch holds its own name).
//!
//! **swaks** (swaks(1), <https://jetmore.org/john/code/swaks/latest/doc/ref.txt>):
//!
//! * `-s/--server host[:port]`; without it swaks delivers to the MX of the
//!   recipient's domain, not to a relay. `-p/--port` (default 25, 465 with
//!   `--tls-on-connect`) is a number or a service name (`submission`,
//!   looked up in `/etc/services`: 587; `smtp` 25; `smtps` 465).
//! * `--tls` requires STARTTLS (swaks stops when the server does not offer
//!   it); `--tls-optional`/`--tlso` (and `--tls-optional-strict`) use it
//!   when offered; `--tls-on-connect`/`--tlsc` is TLS from the first byte;
//!   none of them: clear text.
//! * `-au/--auth-user`, `-ap/--auth-password` (either implies `--auth`),
//!   `-a/--auth [TYPE]`; `-f/--from` is the envelope sender and From.
//!
//! **sendEmail** (Brandon Zehm's Perl script; `sendEmail --help`, the
//! README of 1.56):
//!
//! * `-s server[:port]` (default `localhost:25`); `-xu`/`-xp` (or
//!   `-o username=`/`-o password=`) the login; `-f` the From.
//! * `-o tls=auto|yes|no` (default `auto`: STARTTLS when the server offers
//!   it and Net::SSLeay/IO::Socket::SSL are installed; `yes` requires it;
//!   `no` never). It cannot do TLS from the first byte: on port 465 it
//!   waits for a greeting that never comes.
//!
//! **msmtp** given its settings as options (msmtp(1) "OPTIONS": each
//! configuration command is also `--command[=value]`; read only with
//! `--host=`, else msmtp reads its account from its file):
//!
//! * `--host=`, `--port=` (default 25, 465 with TLS on connect);
//! * `--tls[=on]` is TLS, by STARTTLS unless `--tls-starttls=off` (TLS
//!   from the first byte); without `--tls` clear text;
//! * `--auth[=on|method]` logs in with `--user=`; the password is never an
//!   option: `--passwordeval=` runs a command, else msmtp asks the key
//!   ring or `~/.netrc`; without `--auth` no login;
//! * `--from=` (or `-f`) is the envelope sender; `--tls-certcheck=off`
//!   skips verification.
//!
//! **curl** with an SMTP URL (curl(1) `--ssl`, `--ssl-reqd`, `--mail-from`,
//! `-u`; <https://everything.curl.dev/usingcurl/smtp>):
//!
//! * the URL (`--url` or a bare argument) is `smtp://host[:port]` (port 25)
//!   or `smtps://host[:port]` (TLS from the first byte, port 465);
//! * with `smtp://`, `--ssl-reqd` requires STARTTLS, `--ssl` tries it and
//!   goes on in clear when it fails; neither: clear text;
//! * `-u/--user user:password` is the login; `--mail-from` the envelope
//!   sender (the From header is in the uploaded message);
//! * `-k/--insecure` skips certificate verification.

use super::kit::{password_elsewhere, At, Source};
use super::mailx::standing_for;
use crate::extract::profile::{
    fix_text, k, kr, mark, syn, weighs, words, Fix, Hooks, Key, Marker, Profile, Read, Sec,
    TlsModel, Truth, UrlFlavor, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Field, Role::*, Security, Tls};

/// A port given as a service name (`-p submission`): its number, as
/// `getservbyname` gives it.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn service_ports(_doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        let named = cfg.get(Port).and_then(|f| {
            let number = match f.value.text.trim().to_ascii_lowercase().as_str() {
                "smtp" => "25",
                "submission" => "587",
                "smtps" | "submissions" | "ssmtp" => "465",
                _ => return None,
            };
            Some(standing_for(f, Port, number))
        });
        if let Some(f) = named {
            cfg.fields.retain(|g| g.role != Port);
            cfg.push(f);
        }
    }
}

/// A switch holds its own name: any word but an empty one is on.
const SWITCH_TRUTH: Truth = Truth::Except(words![]);

const SWAKS_KEYS: &[Key] = &[
    kr("swaks().server|swaks().s", Host, Read::HostPort),
    k("swaks().port|swaks().p", Port),
    k(
        "swaks().tls|swaks().tlsc|swaks().tls-on-connect|swaks().tlso|swaks().tls-optional|swaks().tlsos|swaks().tls-optional-strict",
        Encryption,
    ),
    k("swaks().auth-user|swaks().au", Username),
    k("swaks().auth-password|swaks().ap", Password),
    k("swaks().auth|swaks().a", AuthMethod),
    k("swaks().from|swaks().f", From),
];

const SWAKS_MARKERS: &[Marker] = &[mark("swaks().*"), mark("swaks(#0)")];

const SWAKS_TLS: TlsModel = TlsModel {
    words: &[
        ("tls", Sec::StartTls),
        ("tls-on-connect", Sec::Implicit),
        ("tlsc", Sec::Implicit),
        ("tls-optional", Sec::Auto),
        ("tlso", Sec::Auto),
        ("tls-optional-strict", Sec::Auto),
        ("tlsos", Sec::Auto),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: crate::extract::profile::Both::Implicit,
    absent: "no --tls (swaks then sends in clear text)",
};

const SWAKS_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "--port {port}"),
    fix_text(W::Host, &[], "--server {value}"),
    fix_text(W::StartTls, &[], "--tls (and no --tls-on-connect)"),
    fix_text(W::AuthOn, &[], "--auth-user and --auth-password"),
    fix_text(W::Username, &[], "--auth-user {value}"),
    fix_text(W::Password, &[], "--auth-password {value}"),
    fix_text(W::From, &[], "--from {value}"),
];

pub static SWAKS: Profile = Profile {
    id: "swaks",
    name: "swaks command line",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://jetmore.org/john/code/swaks/latest/doc/ref.txt https://github.com/jetmore/swaks/blob/develop/doc/base.pod",
    syntaxes: syn::WORDS,
    keys: SWAKS_KEYS,
    markers: SWAKS_MARKERS,
    needs_marker: true,
    truth: SWITCH_TRUTH,
    tls: SWAKS_TLS,
    port: Some(25),
    implicit_port: Some(465),
    fixes: SWAKS_FIXES,
    sender_hint: "--from on the swaks command line",
    hooks: Hooks {
        finish: Some(service_ports),
        ..Hooks::NONE
    },
    ..BASE
};

const SENDEMAIL_KEYS: &[Key] = &[
    kr("sendemail().s", Host, Read::HostPort),
    k("sendemail().tls", Encryption),
    // `-o username=…`/`-o password=…` are the same as `-xu`/`-xp`.
    k("sendemail().xu|sendemail().username", Username),
    k("sendemail().xp|sendemail().password", Password),
    k("sendemail().f", From),
];

const SENDEMAIL_MARKERS: &[Marker] = &[mark("sendemail().*")];

const SENDEMAIL_TLS: TlsModel = TlsModel {
    words: &[
        ("yes", Sec::StartTls),
        ("auto", Sec::Auto),
        ("no", Sec::Plain),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Auto,
    both: crate::extract::profile::Both::StartTls,
    absent: "",
};

const SENDEMAIL_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "-s smtp.postmarkapp.com:{port}"),
    fix_text(W::Host, &[], "-s {value}:587"),
    fix_text(W::StartTls, &[], "-o tls=yes"),
    fix_text(W::AuthOn, &[], "-xu and -xp"),
    fix_text(W::Username, &[], "-xu {value}"),
    fix_text(W::Password, &[], "-xp {value}"),
    fix_text(W::From, &[], "-f {value}"),
];

pub static SENDEMAIL: Profile = Profile {
    id: "sendemail",
    name: "sendEmail command line",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/mogaal/sendemail/blob/master/sendEmail https://github.com/mogaal/sendemail/blob/master/README",
    syntaxes: syn::WORDS,
    keys: SENDEMAIL_KEYS,
    markers: SENDEMAIL_MARKERS,
    needs_marker: true,
    tls: SENDEMAIL_TLS,
    port: Some(25),
    host: Some("localhost"),
    fixes: SENDEMAIL_FIXES,
    sender_hint: "-f on the sendEmail command line",
    ..BASE
};

const MSMTP_KEYS: &[Key] = &[
    k("msmtp().host", Host),
    k("msmtp().port", Port),
    k("msmtp().tls", StartTls),
    k("msmtp().tls-starttls", Encryption),
    k("msmtp().tls-certcheck", VerifyPeer),
    k("msmtp().auth", Auth),
    k("msmtp().user", Username),
    k("msmtp().passwordeval", CredentialsFile),
    k("msmtp().from|msmtp().f", From),
];

/// msmtp's reading: no `--tls` is clear text; `--tls` is STARTTLS unless
/// `--tls-starttls=off`.
fn msmtp_tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let on = |f: &Field| !matches!(f.value.text.trim(), "off" | "");
    match cfg.get(StartTls) {
        Some(f) if f.value.is_reference() => {}
        Some(f) if on(f) => match cfg.get(Encryption) {
            Some(s) if s.value.is_reference() => {}
            Some(s) if !on(s) => {
                tls.choose(Security::Implicit, Evidence::of(s));
            }
            _ => {
                tls.choose(Security::StartTls, Evidence::of(f));
            }
        },
        f => {
            tls.choose(
                Security::None,
                f.map_or_else(
                    || Evidence::absent("no --tls (msmtp then sends in clear text)"),
                    Evidence::of,
                ),
            );
        }
    }
    tls
}

fn msmtp_port(cfg: &Config) -> Option<u16> {
    Some(if msmtp_tls(cfg).mode == Some(Security::Implicit) {
        465
    } else {
        25
    })
}

/// A user without a password option: msmtp runs `--passwordeval` or asks
/// the key ring / `~/.netrc`.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn msmtp_password(_doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        password_elsewhere(
            cfg,
            "--passwordeval",
            Source::Asked("the system key ring or ~/.netrc (msmtp has no password option)"),
            At::ValueEnd,
        );
    }
}

const MSMTP_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "--port={port}"),
    fix_text(W::Host, &[], "--host={value}"),
    fix_text(W::StartTls, &[], "--tls=on (and no --tls-starttls=off)"),
    fix_text(W::VerifyOn, &[], "--tls-certcheck=on"),
    fix_text(
        W::AuthOn,
        &[],
        "--auth=on --user=TOKEN (the password from --passwordeval or the key ring)",
    ),
    fix_text(W::Username, &[], "--user={value}"),
    fix_text(
        W::Password,
        &[],
        "--passwordeval='echo {value}' (msmtp has no password option)",
    ),
    fix_text(W::From, &[], "--from={value}"),
];

pub static MSMTP_CLI: Profile = Profile {
    id: "msmtp-cli",
    name: "msmtp command line",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://marlam.de/msmtp/msmtp.html#Options",
    syntaxes: syn::WORDS,
    keys: MSMTP_KEYS,
    // (OpenSMTPD's `relay host … auth <table>` words are `host` and `auth`
    // too: the call's name outweighs them.)
    markers: &[weighs(mark("msmtp().host"), 4)],
    needs_marker: true,
    truth: SWITCH_TRUTH,
    port: Some(25),
    auth_switch: Some("--auth=on"),
    fixes: MSMTP_FIXES,
    sender_hint: "--from on the msmtp command line",
    hooks: Hooks {
        tls: Some(msmtp_tls),
        default_port: Some(msmtp_port),
        finish: Some(msmtp_password),
        ..Hooks::NONE
    },
    ..BASE
};

const CURL_KEYS: &[Key] = &[
    kr("curl().url|curl(#0)", Url, Read::Url(UrlFlavor::Nodemailer)),
    k("curl().ssl-reqd|curl().ssl", Encryption),
    k("curl().user.#0|curl().u.#0", Username),
    k("curl().user.#1|curl().u.#1", Password),
    k("curl().insecure|curl().k", SkipVerify),
    k("curl().mail-from", From),
];

const CURL_MARKERS: &[Marker] = &[
    mark("curl().mail-from"),
    mark("curl().mail-rcpt"),
    mark("curl().url"),
    mark("curl(#0)"),
];

const CURL_TLS: TlsModel = TlsModel {
    words: &[
        ("smtps", Sec::Implicit),
        ("smtp", Sec::Ignored),
        ("ssl-reqd", Sec::StartTls),
        ("ssl", Sec::Auto),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: crate::extract::profile::Both::Implicit,
    absent: "no --ssl-reqd (curl then sends in clear text)",
};

const CURL_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "--url 'smtp://smtp.postmarkapp.com:{port}'"),
    fix_text(W::Host, &[], "--url 'smtp://{value}:587'"),
    fix_text(
        W::StartTls,
        &[],
        "--url 'smtp://…:587' with --ssl-reqd (not smtps://)",
    ),
    fix_text(W::VerifyOn, &[], "no -k/--insecure"),
    fix_text(W::AuthOn, &[], "--user 'TOKEN:TOKEN'"),
    fix_text(W::Username, &[], "--user '{value}:…'"),
    fix_text(W::Password, &[], "--user '…:{value}'"),
    fix_text(
        W::From,
        &[],
        "--mail-from {value} (and the From: header of the message)",
    ),
];

pub static CURL_SMTP: Profile = Profile {
    id: "curl-smtp",
    name: "curl SMTP command line",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://curl.se/docs/manpage.html#--ssl-reqd https://everything.curl.dev/usingcurl/smtp",
    syntaxes: syn::WORDS,
    keys: CURL_KEYS,
    markers: CURL_MARKERS,
    needs_marker: true,
    truth: SWITCH_TRUTH,
    tls: CURL_TLS,
    port: Some(25),
    implicit_port: Some(465),
    fixes: CURL_FIXES,
    sender_hint:
        "--mail-from on the curl command line (and the From: header of the uploaded message)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const TOKEN: &str = "4a7c9e1b-2d3f-4c5e-8a9b-0c1d2e3f4a5b";

    #[test]
    fn swaks_tls_switches() {
        let cmd = format!("swaks --to ops@acme.io --from alerts@acme.io --server smtp.postmarkapp.com --port 587 --auth LOGIN --auth-user {TOKEN} --auth-password {TOKEN} --tls\n");
        let (client, s, ids) = first(&cmd);
        assert_eq!(client, "swaks");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "alerts@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        // -s host:port and --tls-on-connect: implicit TLS.
        let cmd = format!("swaks -t ops@acme.io -s smtp.postmarkapp.com:465 --tls-on-connect -au {TOKEN} -ap {TOKEN} -f alerts@acme.io\n");
        let (_, s, ids) = first(&cmd);
        assert_eq!(s["port"], 465);
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        // No TLS switch: clear text.
        let cmd = format!(
            "swaks -t ops@acme.io -s smtp.postmarkapp.com -p 2525 -au {TOKEN} -ap {TOKEN}\n"
        );
        let (_, s, ids) = first(&cmd);
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // A service name for the port.
        let cmd = format!("swaks -tls -a LOGIN -au {TOKEN} -ap {TOKEN} -f alerts@acme.io -t ops@acme.io -s smtp.postmarkapp.com -p submission\n");
        let (_, s, ids) = first(&cmd);
        assert_eq!(s["port"], 587);
        assert!(!has(&ids, "port/invalid"), "{ids:?}");
    }

    #[test]
    fn each_swaks_command_is_its_own_run() {
        // The second command has no `--server` (swaks delivers to the
        // recipient's MX): its `--from` is no part of the first command's.
        let text = format!("# relay\nswaks --to ops@acme.io --server smtp.postmarkapp.com --port 587 -tls -au {TOKEN} -ap {TOKEN} --from alerts@acme.io\n# local MTA\nswaks --to ops@acme.io --from root@host.acme.io\n");
        let r = crate::lint(&text, &crate::Options::default());
        assert_eq!(r.configs.len(), 1, "{:?}", r.configs);
        let (_, s, ids) = first(&text);
        assert_eq!(s["from"], "alerts@acme.io");
        assert!(!has(&ids, "input/duplicate-setting"), "{ids:?}");
        // Two commands naming servers stay two configurations.
        let text = format!("swaks -s smtp.postmarkapp.com -p 587 -tls -au {TOKEN} -ap {TOKEN} -f a@acme.io\nswaks -s smtp.postmarkapp.com -p 2525 -tls -au {TOKEN} -ap {TOKEN}\n");
        let r = crate::lint(&text, &crate::Options::default());
        assert_eq!(r.configs.len(), 2, "{:?}", r.configs);
        assert_eq!(r.configs[1].settings.from, None);
    }

    #[test]
    fn sendemail_tls_option() {
        let cmd = format!("sendemail -f alerts@acme.io -t ops@acme.io -u test -m body -s smtp.postmarkapp.com:587 -xu {TOKEN} -xp {TOKEN} -o tls=yes\n");
        let (client, s, ids) = first(&cmd);
        assert_eq!(client, "sendemail");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&cmd.replace(":587", ":465"));
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "tls/starttls-on-implicit-port"), "{ids:?}");
    }

    #[test]
    fn msmtp_options() {
        let cmd = format!("printf 'Subject: x\\n\\nbody' | msmtp --host=smtp.postmarkapp.com --port=587 --tls --auth=on --user={TOKEN} --passwordeval='cat /run/secrets/pm' --from=alerts@acme.io ops@acme.io\n");
        let (client, s, ids) = first(&cmd);
        assert_eq!(client, "msmtp-cli");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "alerts@acme.io");
        assert!(!has(&ids, "auth/missing-password"), "{ids:?}");
        let (_, s, ids) = first(
            &cmd.replace(" --tls ", " --tls --tls-starttls=off ")
                .replace("587", "465"),
        );
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        let (_, s, ids) = first(&cmd.replace(" --tls ", " ").replace(" --auth=on", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        assert!(has(&ids, "auth/not-configured"), "{ids:?}");
    }

    #[test]
    fn curl_url_and_ssl_switches() {
        let cmd = format!("curl --url 'smtp://smtp.postmarkapp.com:587' --ssl-reqd \\\n  --mail-from 'alerts@acme.io' --mail-rcpt 'ops@acme.io' \\\n  --user '{TOKEN}:{TOKEN}' --upload-file mail.txt\n");
        let (client, s, ids) = first(&cmd);
        assert_eq!(client, "curl-smtp");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "alerts@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&cmd.replace(
            "smtp://smtp.postmarkapp.com:587",
            "smtps://smtp.postmarkapp.com:465",
        ));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        let (_, s, ids) = first(&cmd.replace(" --ssl-reqd", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }
}

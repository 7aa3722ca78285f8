//! sSMTP (`/etc/ssmtp/ssmtp.conf`): `Key=value` lines.
//!
//! Meaning (ssmtp.conf(5); ssmtp.c `parse_config`, `smtp_open`, read in
//! <https://github.com/ajwans/sSMTP/blob/master/ssmtp.c>):
//! * a `#` anywhere starts a comment; a line without `=` is ignored; the
//!   key and the value are the first two words split at `=`, blanks and
//!   tabs (so a value ends at its first blank or `=`); keys are compared
//!   case-insensitively; switches are on only for the word `YES` (any
//!   case): `true` or `1` mean no;
//! * `mailhub=host:port` gives host and port in one value (port 25 when
//!   absent); `RemotePort=` sets the port too;
//! * `UseTLS=YES` starts TLS on the first byte; `UseSTARTTLS=YES` turns
//!   both on and means STARTTLS; `UseTLS=NO` later turns both off again:
//!   the lines count in order;
//! * it authenticates whenever `AuthUser` is set;
//! * there is no From setting: mail goes out as user@hostname
//!   (`rewriteDomain` changes the domain; `FromLineOverride=YES` keeps the
//!   message's own From).

use super::kit;
use crate::extract::profile::Write;
use crate::extract::profile::{
    fix, fix_text, k, kr, mark, set_if, set_near, syn, words, Fix, Hooks, Key, Marker, Profile,
    Read, Set, SetVal, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Field, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    kr("mailhub", Host, Read::HostPort),
    k("RemotePort", Port),
    k("AuthUser", Username),
    k("AuthPass", Password),
    k("AuthMethod", AuthMethod),
    k("UseTLS", ImplicitTls),
    k("UseSTARTTLS", StartTls),
];

/// `mailhub` is ssmtp's own word; `root=` or `hostname=` alone are far too
/// common to say anything.
const MARKERS: &[Marker] = &[mark("mailhub"), mark("UseSTARTTLS"), mark("rewriteDomain")];

const OTHER_KEYS: Words = words![
    "root",
    "hostname",
    "rewriteDomain",
    "FromLineOverride",
    "TLS_CA_File",
    "TLS_CA_Dir",
    "UseTLSCert",
    "TLSCert",
    "TLSKey",
    "UseOldAUTH",
    "AddHeader",
    "Debug",
];

/// The port is part of `mailhub=host:port`: changed there, never added.
const PORT: &[Set] = &[set_if(Port, "", SetVal::Port)];
const HOST: &[Set] = &[set_if(Host, "", SetVal::Given)];
const START_TLS: &[Set] = &[set_near(
    StartTls,
    "UseSTARTTLS",
    SetVal::Word("YES"),
    ImplicitTls,
)];

const FIXES: &[Fix] = &[
    // The sentences for the port and host name the whole mailhub (see `write`).
    fix(W::Port, PORT),
    fix(W::Host, HOST),
    fix_text(
        W::StartTls,
        START_TLS,
        "UseSTARTTLS=YES (UseTLS=YES alone starts TLS on the first byte)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "TLS_CA_File=/etc/ssl/certs/ca-certificates.crt",
    ),
    fix_text(W::AuthOn, &[], "AuthUser= and AuthPass= lines"),
    fix_text(
        W::TlsModern,
        &[],
        "an ssmtp build linked to an OpenSSL that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "AuthUser={value}"),
    fix_text(W::Password, &[], "AuthPass={value}"),
    fix_text(
        W::From,
        &[],
        "FromLineOverride=YES and a From: {value} header in the message",
    ),
    fix_text(
        W::Stream,
        &[],
        "a header `X-PM-Message-Stream: {value}` in the message",
    ),
];

pub static SSMTP: Profile = Profile {
    id: "ssmtp",
    name: "sSMTP (ssmtp.conf)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://manpages.debian.org/bookworm/ssmtp/ssmtp.conf.5.en.html",
    syntaxes: syn::ENV | syn::INI | syn::CONF | syn::PROPERTIES,
    keys: KEYS,
    markers: MARKERS,
    other_keys: OTHER_KEYS,
    truth: Truth::Only(words!["yes"]),
    port: Some(25),
    fixes: FIXES,
    sender_hint: "the From header of the message with FromLineOverride=YES (otherwise ssmtp sends as user@hostname, or user@rewriteDomain)",
    hooks: Hooks {
        tls: Some(tls),
        write: Some(write),
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

/// One configuration per file, then ssmtp's one-word values.
fn finish(doc: &Document, configs: &mut Vec<Config>) {
    one_per_file(configs);
    cut_values(doc, configs);
}

/// ssmtp reads its one file line by line, each key setting its variable
/// again (ssmtp.c `parse_config`): a second `mailhub=` further down the
/// same file (the stock file's `mailhub=mail` with the user's own lines
/// appended) replaces the first and keeps every other key. The blocks the
/// engine starts at each host of one file are therefore one
/// configuration, the repeated keys duplicates of which the last is used.
/// Files of their own (two heredocs in a script) stay apart.
fn one_per_file(configs: &mut Vec<Config>) {
    if configs.len() < 2 {
        return;
    }
    let mut out: Vec<Config> = Vec::with_capacity(configs.len());
    for c in configs.drain(..) {
        match out.iter_mut().find(|o| o.root == c.root) {
            Some(o) => {
                o.absorb(c);
                o.label = o.label.as_deref().and_then(kit::without_block);
            }
            None => out.push(c),
        }
    }
    *configs = out;
}

/// ssmtp's value is one word: it ends at a blank, `=` or `#` (a comment
/// anywhere). The readers keep `AuthPass=abc#def` whole; ssmtp reads `abc`.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn cut_values(_doc: &Document, configs: &mut Vec<Config>) {
    for c in configs.iter_mut() {
        for f in c.fields.iter_mut() {
            let v = &mut f.value;
            if v.is_reference() || !v.verbatim {
                continue;
            }
            if let Some(cut) = v.text.find(['#', ' ', '\t', '=']) {
                v.text.truncate(cut);
                v.span = v.span.start..v.span.start + cut;
            }
        }
    }
}

fn is_yes(f: &Field) -> bool {
    f.value.text.trim().eq_ignore_ascii_case("yes")
}

/// ssmtp applies `UseTLS` and `UseSTARTTLS` in the order of the lines.
fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let switches = cfg
        .fields
        .iter()
        .filter(|f| matches!(f.role, ImplicitTls | StartTls));
    if switches.clone().any(|f| f.value.is_reference()) {
        return tls;
    }
    let (mut use_tls, mut use_starttls) = (None::<&Field>, None::<&Field>);
    let mut last_off: Option<&Field> = None;
    for f in switches {
        match (f.role, is_yes(f)) {
            (ImplicitTls, true) => use_tls = Some(f),
            (ImplicitTls, false) => {
                use_tls = None;
                use_starttls = None;
                last_off = Some(f);
            }
            (_, true) => {
                use_starttls = Some(f);
                use_tls = use_tls.or(Some(f));
            }
            (_, false) => {
                use_starttls = None;
                last_off = Some(f);
            }
        }
    }
    match (use_tls, use_starttls) {
        (_, Some(s)) => {
            tls.choose(Security::StartTls, Evidence::of(s));
        }
        (Some(t), None) => {
            tls.choose(Security::Implicit, Evidence::of(t));
        }
        (None, None) => {
            tls.choose(
                Security::None,
                match last_off {
                    Some(f) if !f.value.text.trim().eq_ignore_ascii_case("no") => Evidence {
                        note: Some("ssmtp reads only YES as on".into()),
                        ..Evidence::of(f)
                    },
                    Some(f) => Evidence::of(f),
                    None => Evidence::absent("no UseSTARTTLS=YES"),
                },
            );
        }
    }
    tls
}

/// Host and port share `mailhub`: the sentence names both.
fn write(cfg: &Config, what: &Write) -> Option<String> {
    let host = cfg.literal(Host).unwrap_or("smtp.postmarkapp.com");
    let port = cfg.port_number().unwrap_or(587);
    match what {
        Write::Port(p) => Some(format!("mailhub={host}:{p}")),
        Write::Host(h) => Some(format!("mailhub={h}:{port}")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Security;

    fn cfg(input: &str) -> Config {
        let c = crate::extract::extract(input);
        assert_eq!(c.first().map(|c| c.dialect.id), Some("ssmtp"), "{input}");
        c.into_iter().next().unwrap()
    }

    /// The stock file's `mailhub=mail` with the user's lines appended below
    /// it: one configuration, the last `mailhub` used, the first reported
    /// as a duplicate; two heredocs (two files) stay two configurations.
    #[test]
    fn a_file_with_mailhub_twice_is_one_configuration() {
        let input = "root=postmaster\nmailhub=mail\nhostname=pi\nFromLineOverride=YES\nroot=me@acme.io\nmailhub=smtp.postmarkapp.com:587\nAuthUser=abc\nAuthPass=abc\nUseSTARTTLS=YES\n";
        let cfgs = crate::extract::extract(input);
        assert_eq!(cfgs.len(), 1);
        let c = &cfgs[0];
        assert!(c.active && c.label.is_none());
        assert_eq!(c.literal(Host), Some("smtp.postmarkapp.com"));
        assert_eq!(c.port_number(), Some(587));
        assert_eq!(SSMTP.tls(c).mode, Some(Security::StartTls));
        let (_, _, ids) = super::super::linted(input);
        assert!(
            ids.iter().any(|i| i == "input/duplicate-setting"),
            "{ids:?}"
        );
        assert!(
            !ids.iter().any(|i| i == "input/multiple-configs"),
            "{ids:?}"
        );
        assert!(
            !ids.iter().any(|i| i.starts_with("auth/missing")),
            "{ids:?}"
        );
        let two = "cat <<EOF > /etc/ssmtp/ssmtp.conf\nmailhub=smtp.postmarkapp.com:587\nUseSTARTTLS=YES\nEOF\ncat <<EOF > /tmp/other/ssmtp.conf\nmailhub=mail.acme.io:25\nEOF\n";
        assert_eq!(crate::extract::extract(two).len(), 2);
        assert_eq!(kit::without_block("block 2 of 2"), None);
        assert_eq!(
            kit::without_block("ssmtp.conf, block 1 of 2").as_deref(),
            Some("ssmtp.conf")
        );
    }

    #[test]
    fn mailhub_splits_with_exact_spans() {
        let input = "root=postmaster\nmailhub=smtp.postmarkapp.com:587\nAuthUser=abc\nAuthPass=abc\nUseSTARTTLS=YES\n";
        let c = cfg(input);
        let h = c.get(Host).unwrap();
        assert_eq!(&input[h.value.span.clone()], "smtp.postmarkapp.com");
        assert_eq!(c.port_number(), Some(587));
        assert_eq!(SSMTP.tls(&c).mode, Some(Security::StartTls));
    }

    #[test]
    fn tls_switches_in_order() {
        let c = cfg("mailhub=smtp.postmarkapp.com:587\nUseTLS=YES\n");
        assert_eq!(SSMTP.tls(&c).mode, Some(Security::Implicit));
        let c = cfg("mailhub=smtp.postmarkapp.com:587\nUseTLS=YES\nUseSTARTTLS=YES\n");
        assert_eq!(SSMTP.tls(&c).mode, Some(Security::StartTls));
        let c = cfg("mailhub=smtp.postmarkapp.com:587\nUseSTARTTLS=YES\nUseTLS=NO\n");
        assert_eq!(SSMTP.tls(&c).mode, Some(Security::None));
        let c = cfg("MailHub=smtp.postmarkapp.com\nusestarttls=true\n");
        let t = SSMTP.tls(&c);
        assert_eq!(t.mode, Some(Security::None));
        assert!(t
            .disabled
            .unwrap()
            .note
            .is_some_and(|n| n.contains("only YES")));
        assert_eq!(c.effective_port(), Some(25));
    }

    #[test]
    fn values_end_at_hashes() {
        let c = cfg("mailhub=smtp.postmarkapp.com:2525\nAuthPass=abc#def\n");
        assert_eq!(c.literal(Host), Some("smtp.postmarkapp.com"));
        assert_eq!(c.port_number(), Some(2525));
        assert_eq!(c.literal(Password), Some("abc"));
    }
}

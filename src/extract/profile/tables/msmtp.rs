//! msmtp (`~/.msmtprc`, `/etc/msmtprc`): `command argument` lines grouped
//! in accounts.
//!
//! Meaning (msmtp manual, <https://marlam.de/msmtp/msmtp.html>, and `conf.c`):
//! * commands are lowercase words; the argument is the rest of the line
//!   (no inline comments: only lines starting with `#` are comments), with
//!   surrounding double quotes removed;
//! * `defaults` settings are copied into every account defined after them;
//!   `account NAME : A, B` also copies what accounts A and B set; settings
//!   before any `account` form an account named `default`;
//! * msmtp uses the account named `default` unless told otherwise
//!   (`account default : NAME` makes NAME the default);
//! * `tls` is off by default; `tls on` uses STARTTLS unless
//!   `tls_starttls off`, which starts TLS on the first byte; a bare switch
//!   (`tls`, `auth`) means `on`;
//! * the port defaults to 25, or 465 with `tls on` + `tls_starttls off`;
//! * authentication is off unless `auth on` (or a method name: `auth login`);
//!   without `password`/`passwordeval` the password comes from the system
//!   key ring or `~/.netrc`;
//! * `tls_certcheck off` (older: `tls_nocertcheck`) skips verification;
//!   `tls_force_sslv3 on` (old versions) forces SSLv3; `tls_priorities` is a
//!   GnuTLS priority string that may limit the TLS version.
//!
//! The accounts are all written at the top of one file, so the engine's
//! grouping by scope cannot tell them apart: the `finish` hook rebuilds
//! the configurations account by account (and lists their ignored keys).

use std::ops::Range;

use rustc_hash::FxHashMap as HashMap;

use crate::extract::profile::engine::{MAX_CONFIGS, MAX_UNKNOWN};
use crate::extract::profile::{
    fields, fix_text, k, mark, set, set_if, syn, words, Fix, Hooks, Key, Marker, Profile, Set,
    SetVal, Words, WriteKind as W, BASE,
};
use crate::extract::read::{Document, Entry};
use crate::extract::Config;
use crate::model::{Evidence, Field, KeyUse, Quote, Role, Role::*, Security, Syntax, Tls, Value};

use super::kit::{forced_old_version, password_elsewhere, At, Source};

/// Commands with a role. Rows for detection and the known keys; the
/// fields are built by [`accounts`].
const KEYS: &[Key] = &[
    k("host", Host),
    k("port", Port),
    k("from", From),
    k("user", Username),
    k("password", Password),
    k("passwordeval", CredentialsFile),
    k("tls", StartTls),
    k("tls_starttls", Encryption),
    k("tls_certcheck", VerifyPeer),
    k("tls_nocertcheck", SkipVerify),
    k("auth", Auth),
    k("tls_force_sslv3", TlsVersion),
    k("tls_priorities", TlsVersion),
];

/// `host`, `port`, `user` are everyone's words; these are msmtp's.
const MARKERS: &[Marker] = &[
    mark("account"),
    mark("defaults"),
    mark("passwordeval"),
    mark("tls"),
    mark("auth"),
    mark("tls_*"),
];

/// Commands msmtp reads that carry nothing we check (and the two that
/// structure the file).
const OTHER_KEYS: Words = words![
    "account",
    "defaults",
    "timeout",
    "connect_timeout",
    "protocol",
    "domain",
    "auto_from",
    "maildomain",
    "dsn_notify",
    "dsn_return",
    "keepbcc",
    "remove_bcc_headers",
    "undisclosed_recipients",
    "set_from_header",
    "set_date_header",
    "set_msgid_header",
    "allow_from_override",
    "ntlmdomain",
    "tls_trust_file",
    "tls_crl_file",
    "tls_fingerprint",
    "tls_key_file",
    "tls_cert_file",
    "tls_min_dh_prime_bits",
    "tls_host_override",
    "logfile",
    "logfile_time_format",
    "syslog",
    "aliases",
    "proxy_host",
    "proxy_port",
    "source_ip",
];

const PORT: &[Set] = &[set(Port, "port", SetVal::Port)];
const HOST: &[Set] = &[set(Host, "host", SetVal::Given)];
const START_TLS: &[Set] = &[
    set(StartTls, "tls", SetVal::Word("on")),
    set_if(Encryption, "tls_starttls", SetVal::Word("on")),
];
const VERIFY: &[Set] = &[set_if(VerifyPeer, "tls_certcheck", SetVal::Word("on"))];
const AUTH: &[Set] = &[set(Auth, "auth", SetVal::Word("on"))];

const FIXES: &[Fix] = &[
    fix_text(W::Port, PORT, "port {port}"),
    fix_text(W::Host, HOST, "host {host}"),
    fix_text(W::StartTls, START_TLS, "tls on and tls_starttls on"),
    fix_text(
        W::VerifyOn,
        VERIFY,
        "tls_certcheck on (with tls_trust_file /etc/ssl/certs/ca-certificates.crt)",
    ),
    fix_text(W::AuthOn, AUTH, "auth on"),
    fix_text(
        W::TlsModern,
        &[],
        "remove tls_force_sslv3 and the tls_priorities line that limits the version",
    ),
    fix_text(W::Username, &[], "user {value}"),
    fix_text(W::Password, &[], "password {value} (or passwordeval)"),
    fix_text(W::From, &[], "from {value}"),
    fix_text(
        W::Stream,
        &[],
        "a header `X-PM-Message-Stream: {value}` in the message (msmtp sends headers as given)",
    ),
];

pub static MSMTP: Profile = Profile {
    id: "msmtp",
    name: "msmtp (msmtprc)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://marlam.de/msmtp/msmtp.html#Configuration-files",
    syntaxes: syn::CONF,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    port: Some(25),
    auth_switch: Some("auth on"),
    fixes: FIXES,
    sender_hint:
        "the account's `from` line (the envelope sender) and the From header of the message",
    hooks: Hooks {
        tls: Some(tls),
        default_port: Some(default_port),
        finish: Some(accounts),
        ..Hooks::NONE
    },
    own_unknown: true,
    ..BASE
};

/// One setting line: its command (one of [`KEYS`]) and its entry.
#[derive(Clone, Copy)]
struct Line {
    cmd: &'static str,
    entry: u32,
}

/// Adds `new` over `base`, one line per command: a command set again
/// replaces the inherited one. `base` holds at most one line per command
/// of [`KEYS`], so this is bounded.
fn overlay(base: &mut Vec<Line>, new: &[Line]) {
    for n in new {
        match base.iter_mut().find(|b| b.cmd == n.cmd) {
            Some(b) => *b = *n,
            None => base.push(*n),
        }
    }
}

struct Account<'d> {
    name: &'d str,
    name_span: Range<usize>,
    parents: usize,
    /// The first parent's name, as written.
    first_parent: Option<&'d str>,
    /// What `defaults` held when the account was defined.
    from_defaults: Vec<Line>,
    /// What the parent accounts set (themselves and through their parents).
    from_parents: Vec<Line>,
    /// Its own lines, repeats included (real duplicates).
    own: Vec<Line>,
    unknown: Vec<KeyUse>,
}

impl Account<'_> {
    /// What a child account inherits from this one (not its defaults).
    fn handed_down(&self) -> Vec<Line> {
        let mut v = self.from_parents.clone();
        overlay(&mut v, &self.own);
        v
    }

    fn lines(&self) -> Vec<Line> {
        let mut v = self.from_defaults.clone();
        overlay(&mut v, &self.from_parents);
        v.retain(|x| !self.own.iter().any(|n| n.cmd == x.cmd));
        v.extend(self.own.iter().copied());
        v
    }
}

fn command(key: &str) -> Option<&'static str> {
    KEYS.iter().map(|k| k.path).find(|c| *c == key)
}

/// The accounts of the file, in order (see the module docs).
fn read_accounts<'d>(doc: &'d Document) -> Vec<Account<'d>> {
    let mut defaults: Vec<Line> = Vec::new();
    let mut accts: Vec<Account> = Vec::new();
    let mut by_name: HashMap<&str, usize> = HashMap::default();
    let mut in_defaults = false;
    for (ei, e) in doc.entries.iter().enumerate() {
        if e.commented() || e.syntax != Syntax::Conf {
            continue;
        }
        let key = doc.key_of(e);
        match key {
            "defaults" => in_defaults = true,
            "account" => {
                in_defaults = false;
                let arg = doc.text_of(&e.value);
                let (name, parents) = match arg.split_once(':') {
                    Some((n, p)) => (n.trim(), Some(p)),
                    None => (arg.trim(), None),
                };
                let mut from_parents = Vec::new();
                let mut count = 0;
                let mut first_parent = None;
                for p in parents.into_iter().flat_map(|p| p.split(',')) {
                    count += 1;
                    first_parent = first_parent.or(Some(p.trim()));
                    if let Some(&i) = by_name.get(p.trim()) {
                        let handed = accts[i].handed_down();
                        overlay(&mut from_parents, &handed);
                    }
                }
                let vs = e.value.span();
                let name_start = if doc.input.get(vs.clone()) == Some(arg) {
                    vs.start + (arg.len() - arg.trim_start().len())
                } else {
                    e.key_span().start
                };
                by_name.insert(name, accts.len());
                accts.push(Account {
                    name,
                    name_span: name_start..name_start + name.len(),
                    parents: count,
                    first_parent,
                    from_defaults: defaults.clone(),
                    from_parents,
                    own: Vec::new(),
                    unknown: Vec::new(),
                });
            }
            _ => {
                let Some(cmd) = command(key) else {
                    if OTHER_KEYS.contains(key) || in_defaults || key.starts_with('#') {
                        continue;
                    }
                    if let Some(a) = accts.last_mut() {
                        if a.unknown.len() < MAX_UNKNOWN {
                            a.unknown.push(KeyUse {
                                key: key.to_string(),
                                span: e.key_span(),
                            });
                        }
                    }
                    continue;
                };
                let line = Line {
                    cmd,
                    entry: ei as u32,
                };
                if in_defaults {
                    overlay(&mut defaults, &[line]);
                    continue;
                }
                if accts.is_empty() {
                    // Settings before any `account`: msmtp names them `default`.
                    let at = e.key_span().start;
                    by_name.insert("default", 0);
                    accts.push(Account {
                        name: "default",
                        name_span: at..at,
                        parents: 0,
                        first_parent: None,
                        from_defaults: defaults.clone(),
                        from_parents: Vec::new(),
                        own: Vec::new(),
                        unknown: Vec::new(),
                    });
                }
                if let Some(a) = accts.last_mut() {
                    a.own.push(line);
                }
            }
        }
    }
    accts
}

/// A value msmtp's word stands for (`auth login` means on), pointing at
/// what was written.
fn decoded(doc: &Document, e: &Entry, role: Role, text: &str, span: Range<usize>) -> Field {
    Field {
        role,
        key: doc.key_of(e).to_string(),
        key_span: e.key_span(),
        value: Value {
            text: text.to_string(),
            span,
            quote: Quote::None,
            verbatim: false,
            reference: None,
        },
        syntax: e.syntax,
    }
}

/// The fields one line gives.
fn fields_of(doc: &Document, l: Line) -> Vec<Field> {
    let e = &doc.entries[l.entry as usize];
    let value = fields::value_of(doc, e, &MSMTP);
    let arg = value.text.trim().to_string();
    let plain = |role| vec![fields::field(doc, e, role, value.clone())];
    let key = e.key_span();
    // A bare switch (`tls`, `auth`) means `on`.
    let on_if_bare = |role| {
        if arg.is_empty() {
            vec![decoded(doc, e, role, "on", key.clone())]
        } else {
            plain(role)
        }
    };
    match l.cmd {
        "tls" => on_if_bare(StartTls),
        "tls_starttls" => on_if_bare(Encryption),
        "tls_certcheck" => on_if_bare(VerifyPeer),
        "tls_nocertcheck" => vec![decoded(doc, e, SkipVerify, "true", key)],
        "auth" => match arg.as_str() {
            "" => on_if_bare(Auth),
            "on" | "off" => plain(Auth),
            // A method name: authentication on, with that method.
            _ => vec![
                decoded(doc, e, Auth, "on", value.span.clone()),
                fields::field(doc, e, AuthMethod, value.clone()),
            ],
        },
        "tls_force_sslv3" if arg == "on" || arg.is_empty() => {
            let end = value.span.end.max(key.end);
            vec![decoded(doc, e, TlsVersion, "SSLv3", key.start..end)]
        }
        "tls_force_sslv3" => Vec::new(),
        "tls_priorities" => match forced_old_version(&arg) {
            Some(v) => vec![decoded(doc, e, TlsVersion, v, value.span.clone())],
            None => Vec::new(),
        },
        _ => plain(
            KEYS.iter()
                .find(|k| k.path == l.cmd)
                .map_or(Host, |k| k.role),
        ),
    }
}

/// msmtp asks the key ring or `~/.netrc` when authentication is on, a user
/// is set and no password is: credentials kept elsewhere.
/// `asked` says what is missing in the table's words (`no password line`).
pub(super) fn keyring_password(cfg: &mut Config, asked: &'static str) {
    let auth_on = cfg
        .get(Auth)
        .is_some_and(|f| f.value.as_bool() == Some(true));
    if auth_on {
        password_elsewhere(cfg, "password", Source::Asked(asked), At::ValueEnd);
    }
}

/// The configurations, one per account: the account msmtp uses first,
/// then the others in file order, at most [`MAX_CONFIGS`].
fn accounts(doc: &Document, configs: &mut Vec<Config>) {
    let accts = read_accounts(doc);
    configs.clear();
    // `account default : X` with nothing of its own just names X.
    let alias_of = accts
        .iter()
        .find(|a| a.name == "default" && a.own.is_empty() && a.parents == 1)
        .and_then(|a| a.first_parent);
    let is_alias = |a: &Account| alias_of.is_some() && a.name == "default" && a.own.is_empty();
    let active = alias_of.or_else(|| {
        accts
            .iter()
            .find(|a| a.name == "default")
            .or(accts.first())
            .map(|a| a.name)
    });
    let many = accts.len() > 1;
    let first = accts.iter().position(|a| Some(a.name) == active);
    let order = first
        .into_iter()
        .chain((0..accts.len()).filter(|i| Some(*i) != first));
    for i in order {
        if configs.len() >= MAX_CONFIGS {
            break;
        }
        let a = &accts[i];
        if is_alias(a) {
            continue;
        }
        let lines = a.lines();
        if lines.is_empty() {
            continue;
        }
        let mut cfg = Config::new(&MSMTP, a.name_span.clone());
        for l in lines {
            for f in fields_of(doc, l) {
                cfg.fields.push(f);
            }
        }
        if let Some(l) = a.own.first() {
            let e = &doc.entries[l.entry as usize];
            cfg.span = e.key_span();
        }
        cfg.unknown_keys = a.unknown.clone();
        keyring_password(
            &mut cfg,
            "the system key ring or ~/.netrc (no password line)",
        );
        super::java_props::fit_span(&mut cfg);
        cfg.active = active == Some(a.name);
        if many {
            cfg.label = Some(if cfg.active && alias_of.is_some() {
                format!("account {} (default)", a.name)
            } else {
                format!("account {}", a.name)
            });
        }
        configs.push(cfg);
    }
}

fn default_port(cfg: &Config) -> Option<u16> {
    match tls(cfg).mode {
        Some(Security::Implicit) => Some(465),
        None if cfg.get(StartTls).is_some_and(|f| f.value.is_reference()) => None,
        _ => Some(25),
    }
}

/// `tls on` is STARTTLS, with `tls_starttls off` TLS on the first byte;
/// off by default.
fn tls(cfg: &Config) -> Tls {
    let tls = Tls::default();
    if [StartTls, Encryption]
        .iter()
        .any(|r| cfg.get(*r).is_some_and(|f| f.value.is_reference()))
    {
        return tls;
    }
    let tls_on = cfg.get(StartTls).filter(|f| f.value.text.trim() == "on");
    let starttls_off = cfg.get(Encryption).filter(|f| f.value.text.trim() == "off");
    let off = cfg
        .get(StartTls)
        .map(Evidence::of)
        .unwrap_or_else(|| Evidence::absent("no `tls on` (msmtp's default is off)"));
    reading(tls, tls_on, starttls_off, off)
}

/// msmtp's reading of its two switches, for tables that write an msmtp
/// account from other names (Friendica's image): `tls on` (`tls_on`) is
/// STARTTLS, with `tls_starttls off` (`starttls_off`) TLS on the first
/// byte; without `tls on` the session stays in clear (`off` says why).
pub(super) fn reading(
    mut tls: Tls,
    tls_on: Option<&Field>,
    starttls_off: Option<&Field>,
    off: Evidence,
) -> Tls {
    match (tls_on, starttls_off) {
        (Some(_), Some(f)) => {
            tls.choose(Security::Implicit, Evidence::of(f));
        }
        (Some(on), None) => {
            tls.choose(Security::StartTls, Evidence::of(on));
        }
        (None, _) => {
            tls.choose(Security::None, off);
        }
    }
    tls
}

#[cfg(test)]
mod tests {
    use super::*;

    const RC: &str = "# Set default values for all following accounts.\ndefaults\nauth           on\ntls            on\ntls_trust_file /etc/ssl/certs/ca-certificates.crt\n\naccount        postmark\nhost           smtp.postmarkapp.com\nport           587\nfrom           alerts@acme-widgets.io\nuser           1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\npassword       1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\n\naccount        smtps : postmark\nport           465\ntls_starttls   off\n\naccount default : postmark\n";

    fn cfgs(input: &str) -> Vec<Config> {
        let c = crate::extract::extract(input);
        assert!(c.iter().all(|c| c.dialect.id == "msmtp"), "{input}");
        c
    }

    #[test]
    fn accounts_inherit_defaults_and_parents() {
        let cfgs = cfgs(RC);
        assert_eq!(cfgs.len(), 2);
        let pm = cfgs.iter().find(|c| c.active).unwrap();
        assert_eq!(pm.label.as_deref(), Some("account postmark (default)"));
        assert_eq!(MSMTP.tls(pm).mode, Some(Security::StartTls));
        assert_eq!(pm.literal(Auth), Some("on"));
        let s = cfgs.iter().find(|c| !c.active).unwrap();
        assert_eq!(s.label.as_deref(), Some("account smtps"));
        assert_eq!(s.port_number(), Some(465));
        assert_eq!(s.literal(Host), Some("smtp.postmarkapp.com"));
        assert_eq!(MSMTP.tls(s).mode, Some(Security::Implicit));
        // No duplicate `port` from the parent.
        assert_eq!(s.all(Port).count(), 1);
    }

    #[test]
    fn bare_file_is_account_default_in_clear() {
        let input = "host smtp.postmarkapp.com\nport 2525\nauth on\nuser abc\npasswordeval \"pass show postmark\"\n";
        let cfgs = cfgs(input);
        assert_eq!(cfgs.len(), 1);
        assert_eq!(MSMTP.tls(&cfgs[0]).mode, Some(Security::None));
        assert_eq!(cfgs[0].literal(CredentialsFile), Some("pass show postmark"));
    }

    #[test]
    fn keyring_and_hash_in_password() {
        let input = "account default\nhost smtp.postmarkapp.com\nauth on\nuser abc\ntls on\n";
        let c = &cfgs(input)[0];
        assert!(c.get(CredentialsFile).unwrap().value.is_reference());
        let input = "account default\nhost h\ntls on\npassword ab#cd\n";
        let c = &cfgs(input)[0];
        assert_eq!(c.literal(Password), Some("ab#cd"));
    }

    #[test]
    fn unknown_commands_stay_with_their_account() {
        let input = "account a\nhost smtp.postmarkapp.com\ntls on\nbogus 1\naccount b\nhost smtp.example.org\ntls on\nother 2\naccount default : a\n";
        let cfgs = cfgs(input);
        let a = cfgs.iter().find(|c| c.active).unwrap();
        let b = cfgs.iter().find(|c| !c.active).unwrap();
        let keys = |c: &Config| {
            c.unknown_keys
                .iter()
                .map(|k| k.key.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(keys(a), ["bogus"]);
        assert_eq!(keys(b), ["other"]);
    }

    #[test]
    fn forced_sslv3_and_priorities() {
        let c =
            &cfgs("account default\nhost smtp.postmarkapp.com\ntls on\ntls_force_sslv3 on\n")[0];
        assert_eq!(c.literal(TlsVersion), Some("SSLv3"));
        let c = &cfgs(
            "host smtp.postmarkapp.com\ntls on\ntls_priorities NORMAL:-VERS-TLS-ALL:+VERS-TLS1.0\n",
        )[0];
        assert_eq!(c.literal(TlsVersion), Some("TLSv1"));
    }

    #[test]
    fn many_accounts_inheriting_stay_bounded() {
        let mut s = String::from("account base\nhost smtp.postmarkapp.com\ntls on\nauth on\n");
        for i in 0..2000 {
            s.push_str(&format!("account a{i} : base\nport 587\n"));
        }
        let c = cfgs(&s);
        assert!(c.len() <= MAX_CONFIGS);
        assert!(c
            .iter()
            .all(|c| c.literal(Host) == Some("smtp.postmarkapp.com")));
    }
}

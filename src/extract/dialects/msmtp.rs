//! msmtp (`~/.msmtprc`, `/etc/msmtprc`): `command argument` lines grouped
//! in accounts.
//!
//! Meaning (msmtp manual and `conf.c`):
//! * commands are lowercase words; the argument is the rest of the line
//!   (no inline comments: only lines starting with `#` are comments), with
//!   surrounding double quotes removed;
//! * `defaults` settings are copied into every account defined after them;
//!   `account NAME : A, B` also copies what accounts A and B set; settings
//!   before any `account` form an account named `default`;
//! * msmtp uses the account named `default` unless told otherwise
//!   (`account default : NAME` makes NAME the default);
//! * `tls` is off by default; `tls on` uses STARTTLS unless
//!   `tls_starttls off`, which starts TLS on the first byte;
//! * the port defaults to 25, or 465 with `tls on` + `tls_starttls off`;
//! * authentication is off unless `auth on` (or a method name);
//!   without `password`/`passwordeval` the password comes from the system
//!   key ring or `~/.netrc`;
//! * `tls_certcheck off` (older: `tls_nocertcheck`) skips verification.

use std::ops::Range;

use crate::extract::lines::line_ranges;
use crate::extract::value::trim_range;
use crate::extract::{Dialect, Document, Write};
use crate::fix::Setting;
use crate::model::{Config, Evidence, Field, KeyUse, Quote, Role, Security, Tls, Value};

use super::kit::{decoded, field, fit_span, forced_old_version};

pub struct Msmtp;
pub static MSMTP: Msmtp = Msmtp;

/// Commands msmtp reads that carry nothing we check.
const OTHER_COMMANDS: [&str; 30] = [
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

/// Commands with a role (or that structure the file).
const COMMANDS: [&str; 14] = [
    "defaults",
    "account",
    "host",
    "port",
    "from",
    "auth",
    "user",
    "password",
    "passwordeval",
    "tls",
    "tls_starttls",
    "tls_certcheck",
    "tls_nocertcheck",
    "tls_priorities",
];

/// One `command argument` line.
struct Line {
    cmd: String,
    cmd_span: Range<usize>,
    /// The argument, inside its double quotes if it had them.
    arg: Range<usize>,
}

fn read_lines(input: &str) -> Vec<Line> {
    let mut out = Vec::new();
    for r in line_ranges(input) {
        let t = trim_range(input, r.clone());
        let text = &input[t.clone()];
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        let cmd_len = text.find([' ', '\t']).unwrap_or(text.len());
        let cmd_span = t.start..t.start + cmd_len;
        let mut arg = trim_range(input, cmd_span.end..t.end);
        let a = &input[arg.clone()];
        if a.len() >= 2 && a.starts_with('"') && a.ends_with('"') {
            arg = arg.start + 1..arg.end - 1;
        }
        out.push(Line {
            cmd: text[..cmd_len].to_string(),
            cmd_span,
            arg,
        });
    }
    out
}

/// The command word of each line, as `read_lines` reads it, without
/// building the lines (detection runs on every paste).
fn commands(input: &str) -> impl Iterator<Item = &str> + '_ {
    line_ranges(input).filter_map(move |r| {
        let text = &input[trim_range(input, r)];
        if text.is_empty() || text.starts_with('#') {
            return None;
        }
        let cmd_len = text.bytes().position(|b| b == b' ' || b == b'\t');
        Some(&text[..cmd_len.unwrap_or(text.len())])
    })
}

fn is_command(cmd: &str) -> bool {
    COMMANDS.contains(&cmd) || OTHER_COMMANDS.contains(&cmd)
}

/// The fields one line contributes.
fn fields_of(input: &str, l: &Line) -> Vec<Field> {
    let arg = &input[l.arg.clone()];
    let key = l.cmd.as_str();
    let span = l.arg.clone();
    let plain = |role| vec![field(input, role, key, l.cmd_span.clone(), span.clone())];
    // A bare switch (`tls`, `auth`) means `on`.
    let on_if_bare = |role| {
        if arg.is_empty() {
            vec![decoded(
                role,
                key,
                l.cmd_span.clone(),
                "on",
                l.cmd_span.clone(),
            )]
        } else {
            plain(role)
        }
    };
    match key {
        "host" => plain(Role::Host),
        "port" => plain(Role::Port),
        "from" => plain(Role::From),
        "user" => plain(Role::Username),
        "password" => plain(Role::Password),
        "passwordeval" => plain(Role::CredentialsFile),
        "tls" => on_if_bare(Role::StartTls),
        "tls_starttls" => on_if_bare(Role::Encryption),
        "tls_certcheck" => on_if_bare(Role::VerifyPeer),
        "tls_nocertcheck" => vec![decoded(
            Role::SkipVerify,
            key,
            l.cmd_span.clone(),
            "true",
            l.cmd_span.clone(),
        )],
        "auth" => match arg {
            "" => on_if_bare(Role::Auth),
            "on" | "off" => plain(Role::Auth),
            // A method name: authentication on, with that method.
            _ => vec![
                decoded(Role::Auth, key, l.cmd_span.clone(), "on", span.clone()),
                field(
                    input,
                    Role::AuthMethod,
                    key,
                    l.cmd_span.clone(),
                    span.clone(),
                ),
            ],
        },
        "tls_force_sslv3" if arg == "on" || arg.is_empty() => {
            vec![decoded(
                Role::TlsVersion,
                key,
                l.cmd_span.clone(),
                "SSLv3",
                l.cmd_span.start..l.arg.end.max(l.cmd_span.end),
            )]
        }
        "tls_priorities" => match forced_old_version(arg) {
            Some(v) => vec![decoded(Role::TlsVersion, key, l.cmd_span.clone(), v, span)],
            None => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// Adds `new` over `base`: a command set again replaces the inherited one.
fn overlay(base: &mut Vec<Field>, new: &[Field]) {
    base.retain(|f| !new.iter().any(|n| n.key == f.key));
    base.extend(new.iter().cloned());
}

struct Account {
    name: String,
    name_span: Range<usize>,
    parents: Vec<String>,
    /// What `defaults` held when the account was defined.
    from_defaults: Vec<Field>,
    /// What the parent accounts set themselves.
    from_parents: Vec<Field>,
    own: Vec<Field>,
    unknown: Vec<KeyUse>,
}

impl Account {
    fn fields(&self) -> Vec<Field> {
        let mut f = self.from_defaults.clone();
        overlay(&mut f, &self.from_parents);
        // Repeats inside the account itself are real duplicates: keep them.
        f.retain(|x| !self.own.iter().any(|n| n.key == x.key));
        f.extend(self.own.iter().cloned());
        f
    }
}

fn accounts(input: &str) -> Vec<Account> {
    let mut defaults: Vec<Field> = Vec::new();
    let mut accts: Vec<Account> = Vec::new();
    let mut in_defaults = false;
    for l in read_lines(input) {
        if !is_command(&l.cmd) {
            if let Some(a) = accts.last_mut().filter(|_| !in_defaults) {
                a.unknown.push(KeyUse {
                    key: l.cmd.clone(),
                    span: l.cmd_span.clone(),
                });
            }
            continue;
        }
        match l.cmd.as_str() {
            "defaults" => in_defaults = true,
            "account" => {
                in_defaults = false;
                let arg = &input[l.arg.clone()];
                let (name, parents) = match arg.split_once(':') {
                    Some((n, p)) => (
                        n.trim(),
                        p.split(',').map(|s| s.trim().to_string()).collect(),
                    ),
                    None => (arg.trim(), Vec::new()),
                };
                let name_start = l.arg.start + (arg.len() - arg.trim_start().len());
                let mut from_parents = Vec::new();
                for p in &parents {
                    if let Some(pa) = accts.iter().find(|a| &a.name == p) {
                        let mut pf = pa.from_parents.clone();
                        overlay(&mut pf, &pa.own);
                        overlay(&mut from_parents, &pf);
                    }
                }
                accts.push(Account {
                    name: name.to_string(),
                    name_span: name_start..name_start + name.len(),
                    parents,
                    from_defaults: defaults.clone(),
                    from_parents,
                    own: Vec::new(),
                    unknown: Vec::new(),
                });
            }
            _ => {
                let new = fields_of(input, &l);
                if in_defaults {
                    overlay(&mut defaults, &new);
                    continue;
                }
                if accts.is_empty() {
                    // Settings before any `account`: msmtp names them `default`.
                    accts.push(Account {
                        name: "default".into(),
                        name_span: l.cmd_span.start..l.cmd_span.start,
                        parents: Vec::new(),
                        from_defaults: defaults.clone(),
                        from_parents: Vec::new(),
                        own: Vec::new(),
                        unknown: Vec::new(),
                    });
                }
                if let Some(a) = accts.last_mut() {
                    a.own.extend(new);
                }
            }
        }
    }
    accts
}

/// msmtp asks the key ring or `~/.netrc` when authentication is on, a user
/// is set and no password is: credentials kept elsewhere.
fn keyring_password(cfg: &mut Config) {
    let auth_on = cfg
        .get(Role::Auth)
        .is_some_and(|f| f.value.as_bool() == Some(true));
    let has_password =
        cfg.get(Role::Password).is_some() || cfg.get(Role::CredentialsFile).is_some();
    let Some(user) = cfg.get(Role::Username) else {
        return;
    };
    if !auth_on || has_password {
        return;
    }
    let at = user.value.span.end;
    cfg.push(Field {
        role: Role::CredentialsFile,
        key: "password".into(),
        key_span: user.key_span.clone(),
        value: Value {
            text: String::new(),
            span: at..at,
            quote: Quote::None,
            verbatim: false,
            reference: Some("the system key ring or ~/.netrc (no password line)".into()),
        },
    });
}

impl Dialect for Msmtp {
    fn id(&self) -> &'static str {
        "msmtp"
    }
    fn name(&self) -> &'static str {
        "msmtp (msmtprc)"
    }
    fn detect(&self, doc: &Document) -> u32 {
        let mut seen: Vec<&str> = Vec::new();
        let mut marker = false;
        for cmd in commands(doc.input) {
            if let Some(c) = COMMANDS
                .iter()
                .chain(OTHER_COMMANDS.iter())
                .find(|c| **c == cmd)
            {
                if !seen.contains(c) {
                    seen.push(c);
                }
                marker |=
                    matches!(*c, "defaults" | "account" | "passwordeval") || c.starts_with("tls_");
            }
        }
        if seen.len() < 2 {
            return 0;
        }
        (if marker { 100 } else { 0 }) + 10 * seen.len() as u32
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        let accts = accounts(doc.input);
        // `account default : X` with nothing of its own just names X.
        let alias_of = accts
            .iter()
            .find(|a| a.name == "default" && a.own.is_empty() && a.parents.len() == 1)
            .map(|a| a.parents[0].clone());
        let active = alias_of.clone().or_else(|| {
            accts
                .iter()
                .find(|a| a.name == "default")
                .or(accts.first())
                .map(|a| a.name.clone())
        });
        let many = accts.len() > 1;
        let mut out: Vec<Config> = Vec::new();
        for a in &accts {
            if alias_of.is_some() && a.name == "default" && a.own.is_empty() {
                continue;
            }
            let fields = a.fields();
            if fields.is_empty() {
                continue;
            }
            let mut cfg = Config::new(self, a.name_span.clone());
            if let Some(first) = a.own.first() {
                cfg.span = first.whole_span();
            }
            cfg.fields = fields;
            cfg.unknown_keys = a.unknown.clone();
            keyring_password(&mut cfg);
            fit_span(&mut cfg);
            cfg.active = active.as_deref() == Some(a.name.as_str());
            if many {
                cfg.label = Some(if cfg.active && alias_of.is_some() {
                    format!("account {} (default)", a.name)
                } else {
                    format!("account {}", a.name)
                });
            }
            out.push(cfg);
        }
        // The account msmtp uses first: other accounts may share its
        // inherited lines.
        out.sort_by_key(|c| !c.active);
        out
    }
    fn default_port(&self, cfg: &Config) -> Option<u16> {
        match self.tls(cfg).mode {
            Some(Security::Implicit) => Some(465),
            None if cfg
                .get(Role::StartTls)
                .is_some_and(|f| f.value.is_reference()) =>
            {
                None
            }
            _ => Some(25),
        }
    }
    fn tls(&self, cfg: &Config) -> Tls {
        let mut tls = Tls::default();
        if [Role::StartTls, Role::Encryption]
            .iter()
            .any(|r| cfg.get(*r).is_some_and(|f| f.value.is_reference()))
        {
            return tls;
        }
        let tls_on = cfg
            .get(Role::StartTls)
            .filter(|f| f.value.text.trim() == "on");
        let starttls_off = cfg
            .get(Role::Encryption)
            .filter(|f| f.value.text.trim() == "off");
        match (tls_on, starttls_off) {
            (Some(_), Some(off)) => {
                tls.mode = Some(Security::Implicit);
                tls.implicit = Some(Evidence::of(off));
            }
            (Some(on), None) => {
                tls.mode = Some(Security::StartTls);
                tls.starttls = Some(Evidence::of(on));
            }
            (None, _) => {
                tls.mode = Some(Security::None);
                tls.disabled = cfg
                    .get(Role::StartTls)
                    .map(Evidence::of)
                    .or_else(|| Some(Evidence::absent("no `tls on` (msmtp's default is off)")));
            }
        }
        tls
    }
    fn write(&self, _cfg: &Config, what: &Write) -> String {
        match what {
            Write::Port(p) => format!("port {p}"),
            Write::Host(h) => format!("host {h}"),
            Write::StartTls => "tls on and tls_starttls on".into(),
            Write::VerifyOn => {
                "tls_certcheck on (with tls_trust_file /etc/ssl/certs/ca-certificates.crt)".into()
            }
            Write::AuthOn => "auth on".into(),
            Write::TlsModern => {
                "remove tls_force_sslv3 and the tls_priorities line that limits the version".into()
            }
            Write::Username(v) => format!("user {v}"),
            Write::Password(v) => format!("password {v} (or passwordeval)"),
            Write::From(v) => format!("from {v}"),
            Write::Stream(v) => format!(
                "a header `X-PM-Message-Stream: {v}` in the message (msmtp sends headers as given)"
            ),
        }
    }
    fn settings_for(&self, _cfg: &Config, what: &Write) -> Vec<Setting> {
        match what {
            Write::Port(p) => vec![Setting::text(Role::Port, "port", p.to_string())],
            Write::Host(h) => vec![Setting::text(Role::Host, "host", *h)],
            Write::StartTls => vec![
                Setting::text(Role::StartTls, "tls", "on"),
                Setting::text(Role::Encryption, "tls_starttls", "on").if_present(),
            ],
            Write::VerifyOn => {
                vec![Setting::text(Role::VerifyPeer, "tls_certcheck", "on").if_present()]
            }
            Write::AuthOn => vec![Setting::text(Role::Auth, "auth", "on")],
            _ => Vec::new(),
        }
    }
    fn sender_hint(&self) -> &'static str {
        "the account's `from` line (the envelope sender) and the From header of the message"
    }
    fn auth_switch(&self) -> Option<&'static str> {
        Some("auth on")
    }
    fn known_keys(&self) -> Vec<&'static str> {
        let mut k: Vec<&'static str> = COMMANDS.to_vec();
        k.extend(OTHER_COMMANDS);
        k.push("tls_force_sslv3");
        k
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RC: &str = "# Set default values for all following accounts.\ndefaults\nauth           on\ntls            on\ntls_trust_file /etc/ssl/certs/ca-certificates.crt\n\naccount        postmark\nhost           smtp.postmarkapp.com\nport           587\nfrom           alerts@acme-widgets.io\nuser           1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\npassword       1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\n\naccount        smtps : postmark\nport           465\ntls_starttls   off\n\naccount default : postmark\n";

    #[test]
    fn accounts_inherit_defaults_and_parents() {
        let cfgs = MSMTP.extract(&Document::new(RC));
        assert_eq!(cfgs.len(), 2);
        let pm = &cfgs[0];
        assert!(pm.active);
        assert_eq!(pm.label.as_deref(), Some("account postmark (default)"));
        assert_eq!(MSMTP.tls(pm).mode, Some(Security::StartTls));
        assert_eq!(pm.literal(Role::Auth), Some("on"));
        let s = &cfgs[1];
        assert!(!s.active);
        assert_eq!(s.port_number(), Some(465));
        assert_eq!(s.literal(Role::Host), Some("smtp.postmarkapp.com"));
        assert_eq!(MSMTP.tls(s).mode, Some(Security::Implicit));
        // No duplicate `port` from the parent.
        assert_eq!(s.all(Role::Port).count(), 1);
    }

    #[test]
    fn bare_file_is_account_default_in_clear() {
        let input = "host smtp.postmarkapp.com\nport 2525\nauth on\nuser abc\npasswordeval \"pass show postmark\"\n";
        let cfgs = MSMTP.extract(&Document::new(input));
        assert_eq!(cfgs.len(), 1);
        assert_eq!(MSMTP.tls(&cfgs[0]).mode, Some(Security::None));
        assert_eq!(
            cfgs[0].literal(Role::CredentialsFile),
            Some("pass show postmark")
        );
        assert!(MSMTP.detect(&Document::new(input)) > 100);
    }

    #[test]
    fn keyring_and_hash_in_password() {
        let input = "account default\nhost smtp.postmarkapp.com\nauth on\nuser abc\ntls on\n";
        let c = &MSMTP.extract(&Document::new(input))[0];
        assert!(c.get(Role::CredentialsFile).unwrap().value.is_reference());
        let input = "account default\nhost h\npassword ab#cd\n";
        let c = &MSMTP.extract(&Document::new(input))[0];
        assert_eq!(c.literal(Role::Password), Some("ab#cd"));
    }
}

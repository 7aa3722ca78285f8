//! msmtp as NixOS configures it: the `programs.msmtp` module writes
//! `/etc/msmtprc` from Nix attribute sets, so msmtp's meaning applies
//! (see [`super::msmtp`]) through the module's names.
//!
//! Meaning (nixpkgs `nixos/modules/programs/msmtp.nix`, and the msmtp
//! manual <https://marlam.de/msmtp/msmtp.html>):
//! * every attribute of `defaults` and of `accounts.<name>` is written as
//!   the msmtp command of the same name (`true`/`false` as `on`/`off`);
//!   `defaults` comes first, so it fills every account that does not set
//!   the command itself;
//! * the account named `default` is the one msmtp uses unless told
//!   otherwise; `extraConfig` lines are written verbatim after the
//!   `defaults` section and the accounts, so its lines before any
//!   `account` line are defaults when `accounts` is empty (see
//!   `extra_config`);
//! * `tls` is off unless set; `tls on` is STARTTLS, with `tls_starttls
//!   off` TLS from the first byte; the port defaults to 25, or 465 with
//!   TLS from the first byte;
//! * `auth` is off unless set; a method name (`auth = "login"`) is on;
//!   `passwordeval` is the command printing the password;
//! * `setSendmail` (default true) makes msmtp the system's sendmail.
//!
//! Home Manager's `programs.msmtp` differs: its accounts are
//! `accounts.email.accounts.<name>` (read by [`super::home_manager_email`]),
//! written with `auth on` and `tls_starttls` from `smtp.tls.useStartTls`.

use crate::extract::profile::engine::{MAX_CONFIGS, MAX_UNKNOWN};
use crate::extract::profile::{
    fields, k, mark, syn, words, Hooks, Key, Marker, Profile, Write, BASE,
};
use crate::extract::read::{Document, Entry, SegKind};
use crate::extract::Config;
use crate::model::{Evidence, Field, KeyUse, Quote, Role, Role::*, Security, Tls, Value};

use super::postfix::WRITTEN_BY_HOOK;

const KEYS: &[Key] = &[
    k("msmtp.accounts.*.host|msmtp.defaults.host", Host),
    k("msmtp.accounts.*.port|msmtp.defaults.port", Port),
    k("msmtp.accounts.*.from|msmtp.defaults.from", From),
    k("msmtp.accounts.*.user|msmtp.defaults.user", Username),
    k(
        "msmtp.accounts.*.password|msmtp.defaults.password",
        Password,
    ),
    k(
        "msmtp.accounts.*.passwordeval|msmtp.defaults.passwordeval",
        CredentialsFile,
    ),
    k("msmtp.accounts.*.tls|msmtp.defaults.tls", StartTls),
    k(
        "msmtp.accounts.*.tls_starttls|msmtp.defaults.tls_starttls",
        Encryption,
    ),
    k(
        "msmtp.accounts.*.tls_certcheck|msmtp.defaults.tls_certcheck",
        VerifyPeer,
    ),
    k("msmtp.accounts.*.auth|msmtp.defaults.auth", Auth),
    // Read for recognition only (a paste whose settings are all in
    // `extraConfig` has no other key); `read` builds no field from it.
    k("msmtp.enable", Enabled),
];

const MARKERS: &[Marker] = &[
    mark("msmtp.accounts.*.host"),
    mark("msmtp.accounts.*.passwordeval"),
    mark("msmtp.defaults.host"),
    mark("msmtp.defaults.tls"),
    mark("msmtp.extraConfig"),
];

pub static MSMTP_NIXOS: Profile = Profile {
    id: "msmtp-nixos",
    name: "msmtp on NixOS (programs.msmtp)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/NixOS/nixpkgs/blob/master/nixos/modules/programs/msmtp.nix https://marlam.de/msmtp/msmtp.html#Configuration-files",
    syntaxes: syn::NIX,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: words![
        "setSendmail",
        "extraConfig",
        "aliases",
        "logfile",
        "syslog",
        "tls_trust_file",
        "tls_fingerprint",
        "domain",
        "maildomain",
        "timeout",
        "protocol",
        "auto_from",
        "set_from_header",
        "undisclosed_recipients",
    ],
    case_sensitive: true,
    port: Some(25),
    auth_switch: Some("auth = true;"),
    fixes: WRITTEN_BY_HOOK,
    sender_hint: "the account's `from` (the envelope sender) and the From header of the message",
    hooks: Hooks {
        tls: Some(tls),
        default_port: Some(default_port),
        read: Some(read),
        write: Some(write),
        ..Hooks::NONE
    },
    own_unknown: true,
    ..BASE
};

/// Where an entry sits: `defaults` or the account it names, with its
/// command (`programs.msmtp.accounts.default.host`: account `default`,
/// command `host`).
fn place<'d>(doc: &'d Document, e: &'d Entry) -> Option<(Option<&'d str>, &'d str)> {
    let mut keys = doc
        .path_rev(e)
        .filter(|s| s.kind == SegKind::Key)
        .map(|s| s.text(doc.input).trim_matches('"'));
    let (cmd, parent, above) = (keys.next()?, keys.next()?, keys.next()?);
    if parent == "defaults" && above == "msmtp" {
        return Some((None, cmd));
    }
    (above == "accounts" && keys.next()? == "msmtp").then_some((Some(parent), cmd))
}

/// The role of an msmtp command, from [`KEYS`].
fn role_of(cmd: &str) -> Option<Role> {
    KEYS.iter()
        .find(|k| k.path.rsplit('.').next() == Some(cmd))
        .map(|k| k.role)
}

struct Account<'d> {
    name: &'d str,
    fields: Vec<Field>,
    unknown: Vec<KeyUse>,
}

/// One configuration per account, `defaults` filling the commands it does
/// not set; the account named `default` is the active one; `auth =
/// "login"` (a method name) is authentication on.
fn read(doc: &Document) -> Vec<Config> {
    let p = &MSMTP_NIXOS;
    let mut defaults: Vec<Field> = Vec::new();
    let mut accounts: Vec<Account> = Vec::new();
    let mut extra = None;
    for e in doc.entries.iter().filter(|e| !e.commented()) {
        if is_extra_config(doc, e) {
            extra = Some(e);
            continue;
        }
        let Some((account, cmd)) = place(doc, e) else {
            continue;
        };
        // Named by its place, which the fix writes to (`defaults.port`,
        // `accounts.default.port`).
        let field = role_of(cmd).map(|r| {
            let mut f = fields::field(doc, e, r, fields::value_of(doc, e, p));
            f.key = match account {
                Some(name) => format!("accounts.{name}.{cmd}"),
                None => format!("defaults.{cmd}"),
            };
            f
        });
        let Some(name) = account else {
            defaults.extend(field);
            continue;
        };
        let at = match accounts.iter().position(|a| a.name == name) {
            Some(at) => at,
            None if accounts.len() < MAX_CONFIGS => {
                accounts.push(Account {
                    name,
                    fields: Vec::new(),
                    unknown: Vec::new(),
                });
                accounts.len() - 1
            }
            None => continue,
        };
        let a = &mut accounts[at];
        match field {
            Some(f) => a.fields.push(f),
            None if !p.other_keys.contains(cmd) && a.unknown.len() < MAX_UNKNOWN => {
                a.unknown.push(KeyUse {
                    key: cmd.to_string(),
                    span: e.key_span(),
                })
            }
            None => {}
        }
    }
    if let Some(e) = extra {
        extra_config(doc, e, &mut defaults, &mut accounts);
    }
    if accounts.is_empty() && !defaults.is_empty() {
        // No account in the paste: the defaults are all there is to read.
        accounts.push(Account {
            name: "default",
            fields: Vec::new(),
            unknown: Vec::new(),
        });
    }
    let has_default = accounts.iter().any(|a| a.name == "default");
    let many = accounts.len() > 1;
    let mut configs = Vec::with_capacity(accounts.len());
    for (i, a) in accounts.into_iter().enumerate() {
        let mut c = Config::new(p, 0..0);
        c.fields = a.fields;
        for d in &defaults {
            if !c.fields.iter().any(|f| f.role == d.role) {
                c.fields.push(d.clone());
            }
        }
        auth_method(&mut c);
        // msmtp asks the key ring or `~/.netrc` when authentication is on
        // and no password is set.
        super::msmtp::keyring_password(
            &mut c,
            "the system key ring or ~/.netrc (no password or passwordeval)",
        );
        c.unknown_keys = a.unknown;
        c.active = if has_default {
            a.name == "default"
        } else {
            i == 0
        };
        if many {
            c.label = Some(format!("account {}", a.name));
        }
        if let Some(first) = c.fields.first() {
            c.span = first.whole_span();
        }
        super::java_props::fit_span(&mut c);
        configs.push(c);
    }
    configs
}

/// `programs.msmtp.extraConfig`.
fn is_extra_config(doc: &Document, e: &Entry) -> bool {
    let mut keys = doc
        .path_rev(e)
        .filter(|s| s.kind == SegKind::Key)
        .map(|s| s.text(doc.input).trim_matches('"'));
    keys.next() == Some("extraConfig") && keys.next() == Some("msmtp")
}

/// The msmtprc lines of `extraConfig`. The module writes them verbatim
/// after its `defaults` section and the accounts of `accounts` (these in
/// name order), so a line before any `account` line continues the last of
/// those accounts, or the defaults when there is none; `account NAME`
/// starts an account and `defaults` returns to the defaults. (msmtp applies
/// a later `defaults` section only to the accounts after it; here it fills
/// them all, as the attribute set's defaults do.)
fn extra_config<'d>(
    doc: &'d Document,
    e: &Entry,
    defaults: &mut Vec<Field>,
    accounts: &mut Vec<Account<'d>>,
) {
    let text = doc.text_of(&e.value);
    let span = e.value.span();
    // Exact spans only when the string is the input as written.
    let base = (doc.input.get(span.clone()) == Some(text)).then_some(span.start);
    let at = |part: &str| match base {
        Some(b) => {
            let from = b + (part.as_ptr() as usize - text.as_ptr() as usize);
            from..from + part.len()
        }
        None => span.clone(),
    };
    let mut into = accounts
        .iter()
        .enumerate()
        .max_by_key(|(_, a)| a.name)
        .map(|(i, _)| i);
    for line in text.lines() {
        let body = line.trim();
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        let (cmd, arg) = body
            .split_once(char::is_whitespace)
            .map_or((body, ""), |(c, a)| (c, a.trim()));
        match cmd {
            "defaults" => into = None,
            "account" => {
                let name = arg.split(':').next().unwrap_or("").trim();
                into = match accounts.iter().position(|a| a.name == name) {
                    Some(i) => Some(i),
                    None if accounts.len() < MAX_CONFIGS => {
                        accounts.push(Account {
                            name,
                            fields: Vec::new(),
                            unknown: Vec::new(),
                        });
                        Some(accounts.len() - 1)
                    }
                    None => None,
                };
            }
            _ => {
                let Some(role) = role_of(cmd) else { continue };
                let value = arg.trim_matches('"');
                let field = Field {
                    role,
                    key: format!("extraConfig {cmd}"),
                    key_span: at(cmd),
                    value: Value {
                        text: value.to_string(),
                        span: at(value),
                        quote: Quote::None,
                        verbatim: base.is_some(),
                        // A command (passwordeval) is reported as one already.
                        reference: (role != CredentialsFile && value.contains("${"))
                            .then(|| value.to_string()),
                    },
                    syntax: e.syntax,
                };
                let list = match into {
                    Some(i) => &mut accounts[i].fields,
                    None => &mut *defaults,
                };
                // A command set again replaces the earlier one.
                list.retain(|f| f.role != role);
                list.push(field);
            }
        }
    }
}

/// `auth = "login"`: msmtp authenticates with that method.
fn auth_method(c: &mut Config) {
    let Some(i) = c.fields.iter().position(|f| f.role == Auth) else {
        return;
    };
    let f = &c.fields[i];
    let word = f.value.literal().map(str::trim).unwrap_or("");
    if f.value.as_bool().is_some() || word.is_empty() {
        return;
    }
    let mut method = f.clone();
    method.role = AuthMethod;
    method.key = f.key.replace(".auth", ".auth (method)");
    c.fields[i].value.text = "on".into();
    c.fields.push(method);
}

fn switch(c: &Config, role: Role) -> Option<(&Field, Option<bool>)> {
    c.get(role).map(|f| (f, f.value.as_bool()))
}

/// `tls` on is STARTTLS, with `tls_starttls` off TLS from the first byte;
/// off when not set.
fn tls(c: &Config) -> Tls {
    let (on, starttls) = (switch(c, StartTls), switch(c, Encryption));
    let unknown = |s: Option<(&Field, Option<bool>)>| s.is_some_and(|(_, b)| b.is_none());
    if unknown(on) || unknown(starttls) {
        return Tls::default();
    }
    let tls_on = on.filter(|(_, b)| *b == Some(true)).map(|(f, _)| f);
    let starttls_off = starttls.filter(|(_, b)| *b == Some(false)).map(|(f, _)| f);
    let off = on.map(|(f, _)| Evidence::of(f)).unwrap_or_else(|| {
        Evidence::absent("no tls setting (msmtp's default is off: the session stays in clear)")
    });
    super::msmtp::reading(Tls::default(), tls_on, starttls_off, off)
}

fn default_port(c: &Config) -> Option<u16> {
    match tls(c).mode {
        Some(Security::Implicit) => Some(465),
        None => None,
        _ => Some(25),
    }
}

/// In the account's own attribute set (`defaults` when that is where the
/// setting is written).
fn write(c: &Config, what: &Write) -> Option<String> {
    let name = c
        .fields
        .iter()
        .find_map(|f| f.key.strip_prefix("accounts.")?.split('.').next())
        .unwrap_or("default");
    let at = |role: Role, cmd: &str| match c.get(role) {
        Some(f) if f.key.starts_with("defaults.") => format!("programs.msmtp.defaults.{cmd}"),
        _ => format!("programs.msmtp.accounts.{name}.{cmd}"),
    };
    Some(match what {
        Write::Port(p) => format!("{} = {p};", at(Port, "port")),
        Write::Host(h) => format!("{} = \"{h}\";", at(Host, "host")),
        Write::StartTls => format!(
            "{} = true; and {} = true;",
            at(StartTls, "tls"),
            at(Encryption, "tls_starttls")
        ),
        Write::VerifyOn => format!("{} = true;", at(VerifyPeer, "tls_certcheck")),
        Write::AuthOn => format!("{} = true;", at(Auth, "auth")),
        Write::TlsModern => "remove the tls_priorities setting that limits the TLS version".into(),
        Write::Username(v) => format!("{} = \"{v}\";", at(Username, "user")),
        Write::Password(v) => format!(
            "{} = a command printing {v} (the module writes password into the world-readable Nix store)",
            at(CredentialsFile, "passwordeval")
        ),
        Write::From(v) => format!("{} = \"{v}\";", at(From, "from")),
        Write::Stream(v) => format!("a header `X-PM-Message-Stream: {v}` in the message"),
    })
}

#[cfg(test)]
mod tests {
    use super::super::linted;

    const MODULE: &str = "{ config, pkgs, ... }:\n{\n  programs.msmtp = {\n    enable = true;\n    setSendmail = true;\n    defaults = {\n      aliases = \"/etc/aliases\";\n      port = 465;\n      tls = \"on\";\n      auth = \"login\";\n      tls_starttls = \"off\";\n    };\n    accounts = {\n      default = {\n        host = \"smtp.postmarkapp.com\";\n        passwordeval = \"cat /run/secrets/postmark\";\n        user = \"3f9c2a1e-77aa-4b1c-9d2e-5a6b7c8d9e0f\";\n        from = \"hello@acme-widgets.io\";\n      };\n    };\n  };\n}\n";

    #[test]
    fn defaults_fill_the_account() {
        let (client, s, ids) = linted(MODULE);
        assert_eq!(client, "msmtp-nixos");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 465);
        assert_eq!(s["security"], "implicit");
        assert_eq!(s["username"], "3f9c…9e0f");
        assert!(!ids.iter().any(|i| i == "port/missing"), "{ids:?}");
        assert!(!ids.iter().any(|i| i == "auth/not-configured"), "{ids:?}");
    }

    #[test]
    fn the_accounts_own_setting_wins_and_booleans_are_on_off() {
        let own = MODULE.replace(
            "        from = ",
            "        port = 587;\n        tls_starttls = true;\n        from = ",
        );
        let (_, s, ids) = linted(&own);
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(
            ids.is_empty() || !ids.iter().any(|i| i.starts_with("tls/")),
            "{ids:?}"
        );
        // Implicit TLS on 587: the defaults' tls_starttls off reaches the account.
        let wrong = MODULE.replace("        from = ", "        port = 587;\n        from = ");
        let (_, s, ids) = linted(&wrong);
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        let r = crate::lint(&wrong, &crate::Options::default());
        let f = r.findings.iter().find(|f| f.id == "tls/implicit-tls");
        assert!(
            f.is_some_and(|f| f.fix.contains("programs.msmtp.defaults.tls_starttls")),
            "{:?}",
            f.map(|f| &f.fix)
        );
    }

    #[test]
    fn without_tls_the_session_is_in_clear() {
        let clear = MODULE
            .replace("      tls = \"on\";\n", "")
            .replace("      tls_starttls = \"off\";\n", "")
            .replace("port = 465", "port = 2525");
        let (_, s, ids) = linted(&clear);
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn the_default_account_is_the_active_one() {
        let two = "{\n  programs.msmtp.accounts = {\n    backup = {\n      host = \"smtp.example.net\";\n      tls = true;\n    };\n    default = {\n      host = \"smtp.postmarkapp.com\";\n      port = 587;\n      tls = true;\n      auth = true;\n      user = \"3f9c2a1e-77aa-4b1c-9d2e-5a6b7c8d9e0f\";\n      passwordeval = \"cat /run/keys/pm\";\n      from = \"hello@acme-widgets.io\";\n    };\n  };\n}\n";
        let r = crate::lint(two, &crate::Options::default());
        assert_eq!(r.configs.len(), 2);
        let active = r.configs.iter().find(|c| c.active).expect("active");
        assert_eq!(
            active.settings.host.as_deref(),
            Some("smtp.postmarkapp.com")
        );
        assert_eq!(active.label.as_deref(), Some("account default"));
    }

    #[test]
    fn does_not_claim_an_msmtprc() {
        let (client, _, _) = linted(
            "defaults\ntls on\naccount default\nhost smtp.postmarkapp.com\nport 587\nauth on\nuser a\npassword a\n",
        );
        assert_eq!(client, "msmtp");
    }

    #[test]
    fn extra_config_lines_before_an_account_are_defaults() {
        // hnefatl/nixos-config os/modules/msmtp.nix, with Postmark's host.
        let nix = "{ config, pkgs, ... }:\n{\n  sops.secrets.\"email_accounts/password\" = {\n    owner = config.users.users.keith.name;\n    group = config.users.users.keith.group;\n  };\n\n  programs.msmtp = {\n    enable = true;\n    extraConfig = ''\n      auth           on\n      tls            on\n      tls_trust_file /etc/ssl/certs/ca-certificates.crt\n      account        default\n      host           smtp.postmarkapp.com\n      port           587\n      from           hello@acme-widgets.io\n      user           3f9c2a1e-77aa-4b1c-9d2e-5a6b7c8d9e0f\n      passwordeval   \"${pkgs.coreutils}/bin/cat /run/secrets/postmark\"\n    '';\n  };\n}\n";
        let (client, s, ids) = linted(nix);
        assert_eq!(client, "msmtp-nixos");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "hello@acme-widgets.io");
        assert!(!ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        assert!(!ids.iter().any(|i| i == "auth/not-configured"), "{ids:?}");
    }

    #[test]
    fn extra_config_continues_the_last_attribute_set_account() {
        // The module writes extraConfig after the accounts: a leading
        // `tls off` belongs to the account written last.
        let nix = "{ config, pkgs, ... }:\n{\n  environment.systemPackages = [ pkgs.msmtp ];\n  programs.msmtp = {\n    enable = true;\n    accounts.default = {\n      host = \"smtp.postmarkapp.com\";\n      port = 587;\n      auth = true;\n      tls = true;\n      user = \"abc\";\n      passwordeval = \"cat /run/secrets/pm\";\n    };\n    extraConfig = ''\n      tls off\n    '';\n  };\n}\n";
        let (_, s, ids) = linted(nix);
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
    }
}

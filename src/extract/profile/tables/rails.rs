//! Rails ActionMailer (`config.action_mailer.smtp_settings = { … }`,
//! `ActionMailer::Base.smtp_settings = { … }`, or the `mail` gem's
//! `delivery_method :smtp, { … }`), in `key: value` or `:key => value` form.
//!
//! Meaning (ActionMailer::Base docs, "Configuration options", and the
//! `mail` gem's `Mail::SMTP`): `address` defaults to `localhost`, the port
//! to 25; the TLS settings are the gem's (see [`super::mail_gem`]).
//! Net::SMTP logs in whenever `user_name` is given (`authentication`
//! defaults to `:plain`). `domain`, `ca_path`, `ca_file`, `open_timeout`,
//! `read_timeout` and `return_response` are read but carry nothing we
//! check. The sender is `default from:` in the mailer class (or
//! `default_options = { from: … }`).
//!
//! Several `config/environments/*.rb` pasted together give one
//! configuration per `smtp_settings` hash, labelled by environment (from a
//! `config/environments/<env>.rb` comment or a `Rails.env.<env>?` test
//! before it); production is the one in use, else the last.
//!
//! A `:key => value` hash keeps its style in fixes (`:port => 587`).
//!
//! The mail switch (the guide's "Action Mailer Configuration"):
//! `delivery_method` is `:smtp` by default; `:sendmail` hands the mail to
//! the local program, `:test` and `:file` keep it (as do the
//! `letter_opener` gems, which open it in a browser), and a gem's own
//! method (`:postmark`, `:mailgun`, `:ses`…) sends without the SMTP
//! settings. `perform_deliveries = false` sends nothing at all. In a paste
//! of several environments each switch belongs to its own environment's
//! settings.

use crate::extract::profile::engine::branch_head;
use crate::extract::profile::fields::settings_from_elsewhere;
use crate::extract::profile::{
    fix, k, pairs, set, set_if, set_near, syn, words, Fix, Hooks, Key, Pairs, Profile, SetVal,
    Switch, Words, Write, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

use super::mail_gem;

/// Where ActionMailer's settings hash is written (`SMTP_SETTINGS = { … }`
/// is the constant thoughtbot's suspenders writes in `config/smtp.rb` and
/// hands to `config.action_mailer.smtp_settings`).
macro_rules! at {
    ($key:literal) => {
        concat!(
            "smtp_settings.",
            $key,
            "|SMTP_SETTINGS.",
            $key,
            "|delivery_method(#1).",
            $key,
            "|delivery_method().",
            $key,
            "|smtp_settings.*.merge().",
            $key
        )
    };
}

const KEYS: &[Key] = &[
    k(at!("address"), Host),
    k(at!("port"), Port),
    k(at!("user_name"), Username),
    k(at!("password"), Password),
    k(at!("authentication"), AuthMethod),
    k(at!("enable_starttls_auto"), StartTls),
    // true | :always | :auto | false: read by the gem's rules.
    k(at!("enable_starttls"), Encryption),
    k(at!("ssl"), ImplicitTls),
    k(at!("tls"), ImplicitTls),
    k(at!("openssl_verify_mode"), VerifyMode),
    // `default from: "…"` in a mailer, `default_options = { from: … }`.
    k("default().from|default_options.from", From),
    // The whole hash from elsewhere (`smtp_settings =
    // Rails.application.credentials.smtp`): every setting is unknown here.
    k(
        "action_mailer.smtp_settings|ActionMailer.Base.smtp_settings",
        Url,
    ),
    // `config.action_mailer.delivery_method = :smtp` (the mail switch),
    // `ActionMailer::Base.perform_deliveries = false` (no mail at all).
    k(
        "action_mailer.delivery_method|ActionMailer.Base.delivery_method",
        Transport,
    ),
    k(
        "action_mailer.perform_deliveries|ActionMailer.Base.perform_deliveries",
        Enabled,
    ),
];

const SWITCH: Switch = Switch {
    smtp: words!["smtp"],
    no_mail: words!["test", "file", "letter_opener", "letter_opener_web"],
    local: words!["sendmail"],
    missing: None,
    off: None,
    name: "config.action_mailer.delivery_method",
};

/// Settings ActionMailer passes on that carry nothing we check.
pub(super) const OTHER_KEYS: Words = words![
    "domain",
    "ca_path",
    "ca_file",
    "open_timeout",
    "read_timeout",
    "return_response",
];

/// Names from other libraries that Mail::SMTP silently ignores.
pub(super) const LEFTOVERS: Pairs = pairs![
    ("host", "address"),
    ("server", "address"),
    ("hostname", "address"),
    ("user", "user_name"),
    ("username", "user_name"),
    ("login", "user_name"),
    ("pass", "password"),
    ("auth", "authentication"),
    ("auth_method", "authentication"),
    ("starttls", "enable_starttls_auto"),
    ("enable_tls", "tls"),
    ("enable_ssl", "ssl"),
    ("secure", "tls"),
    ("use_ssl", "ssl"),
    ("use_tls", "tls"),
    ("start_tls", "enable_starttls_auto"),
    ("starttls_auto", "enable_starttls_auto"),
    ("verify_mode", "openssl_verify_mode"),
    ("openssl_verify", "openssl_verify_mode"),
    ("from", "default from: in the mailer"),
];

/// ActionMailer's `port`, `address` and `openssl_verify_mode`, wherever
/// the hash is written (Ruby here, Consul's `secrets.yml`).
pub(super) const PORT_FIX: Fix = fix(W::Port, &[set(Port, "port", SetVal::Port)]);
pub(super) const HOST_FIX: Fix = fix(W::Host, &[set(Host, "address", SetVal::Given)]);
pub(super) const VERIFY_FIX: Fix = fix(
    W::VerifyOn,
    &[set_if(
        VerifyMode,
        "openssl_verify_mode",
        SetVal::Word("peer"),
    )],
);

/// The machine settings; the sentences are [`write`]'s (they keep the
/// hash style of the paste).
pub(super) const FIXES: &[Fix] = &[
    PORT_FIX,
    HOST_FIX,
    fix(
        W::StartTls,
        &[
            set_if(ImplicitTls, "ssl", SetVal::Lit("false")),
            set_if(ImplicitTls, "tls", SetVal::Lit("false")),
            set_near(
                StartTls,
                "enable_starttls_auto",
                SetVal::Lit("true"),
                ImplicitTls,
            ),
        ],
    ),
    VERIFY_FIX,
];

pub static RAILS: Profile = Profile {
    id: "rails",
    name: "Rails ActionMailer",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration https://github.com/mikel/mail/blob/master/lib/mail/network/delivery_methods/smtp.rb",
    syntaxes: syn::RUBY,
    keys: KEYS,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    port: Some(25),
    host: Some("localhost"),
    switch: Some(SWITCH),
    fixes: FIXES,
    sender_hint: "`default from:` in ApplicationMailer (or `from:` in each `mail(…)` call)",
    constants: mail_gem::CONSTANTS,
    hooks: Hooks {
        tls: Some(mail_gem::tls),
        finish: Some(environments),
        write: Some(write),
        ..Hooks::NONE
    },
    ..BASE
};

/// The hash style the paste uses.
fn rocket(cfg: &Config) -> bool {
    cfg.fields.iter().any(|f| f.key.starts_with(':'))
}

fn assign(cfg: &Config, key: &str, value: &str) -> String {
    if rocket(cfg) {
        format!(":{key} => {value}")
    } else {
        format!("{key}: {value}")
    }
}

/// The sentences, in the paste's hash style.
pub(super) fn write(cfg: &Config, what: &Write) -> Option<String> {
    let set = |key: &str, value: &str| assign(cfg, key, value);
    Some(match what {
        Write::Port(p) => set("port", &p.to_string()),
        Write::Host(h) => set("address", &format!("\"{h}\"")),
        Write::StartTls => {
            let on = set("enable_starttls_auto", "true");
            match cfg.get(ImplicitTls) {
                Some(f) => format!(
                    "{on} and remove `{}`",
                    set(f.key.trim_start_matches(':'), &f.value.text)
                ),
                None => on,
            }
        }
        Write::VerifyOn => format!(
            "remove openssl_verify_mode (or set {})",
            set("openssl_verify_mode", "\"peer\"")
        ),
        Write::AuthOn => format!(
            "{}, {} and {}",
            set("user_name", "…"),
            set("password", "…"),
            set("authentication", ":plain")
        ),
        Write::TlsModern => "a Ruby built with an OpenSSL that supports TLS 1.2".into(),
        Write::Username(v) => set("user_name", &format!("\"{v}\"")),
        Write::Password(v) => set("password", &format!("\"{v}\"")),
        Write::From(v) => format!("default from: \"{v}\" (in ApplicationMailer)"),
        Write::Stream(v) => {
            format!("default \"X-PM-Message-Stream\" => \"{v}\" (in ApplicationMailer)")
        }
    })
}

/// Markers that name the environment of the settings after them: a file
/// path (`config/environments/production.rb`) and the tests of `Rails.env`
/// (`Rails.env.production?`, `Rails.env == "production"`), whose forms
/// differ only after [`RAILS_ENV`].
const ENV_PATH: &str = "environments/";
const RAILS_ENV: &str = "Rails.env";
const RAILS_ENV_TESTS: [&str; 3] = [".", " == \"", " == '"];

/// Every environment marker of the paste, in text order: (where, name).
/// Two passes: one for [`ENV_PATH`], one for [`RAILS_ENV`].
fn environment_marks(input: &str) -> Vec<(usize, &str)> {
    let mut out: Vec<(usize, &str)> = Vec::new();
    let mut push = |pos: usize, marker_len: usize| {
        let rest = &input[pos + marker_len..];
        let len = rest
            .bytes()
            .take(32)
            .take_while(|c| c.is_ascii_alphanumeric() || *c == b'_')
            .count();
        let name = &rest[..len];
        if !name.is_empty() && name != "to_s" {
            out.push((pos, name));
        }
    };
    for (pos, _) in input.match_indices(ENV_PATH) {
        push(pos, ENV_PATH.len());
    }
    for (pos, _) in input.match_indices(RAILS_ENV) {
        let after = &input[pos + RAILS_ENV.len()..];
        if let Some(test) = RAILS_ENV_TESTS.iter().find(|t| after.starts_with(**t)) {
            if !negated(input, pos) {
                push(pos, RAILS_ENV.len() + test.len());
            }
        }
    }
    crate::sort::by_key(&mut out, |(p, _)| *p);
    out
}

/// `smtp_settings = Rails.application.credentials.smtp` (or `ENV`, a
/// `config_for` call): the hash itself is read from elsewhere, so its
/// address, port and login are that reference, not missing; and no key of
/// the hash is in the paste (`default_url_options: { host: … }` beside it
/// is ActionMailer's, for links, not a misspelt `address`).
fn whole_hash_from_elsewhere(doc: &Document, configs: &mut Vec<Config>) {
    // `smtp_settings = SMTP_SETTINGS` with `SMTP_SETTINGS = { … }` in the
    // paste: that hash's configuration is the one used (it takes the switch).
    let assigned = |name: &str| {
        name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
            && !name.is_empty()
            && (doc.input.contains(&format!("{name} =")) || doc.input.contains(&format!("{name}=")))
    };
    if configs.len() > 1 {
        if let Some(i) = configs.iter().position(|c| {
            c.fields.iter().any(|f| {
                f.role == Url && f.value.is_reference() && assigned(hash_name(&f.value.text))
            })
        }) {
            let gone = configs.remove(i);
            let to = configs
                .iter()
                .rposition(|c| c.active)
                .unwrap_or(configs.len() - 1);
            configs[to].active = true;
            if configs.len() == 1 {
                configs[0].label = None;
            }
            // `base.merge(port: 465)`: the keys the call gives win.
            let call = gone
                .fields
                .iter()
                .find(|f| f.role == Url)
                .map_or(0..0, |f| f.value.span.clone());
            let given = |f: &crate::model::Field| {
                f.role != Url && call.start <= f.value.span.start && f.value.span.end <= call.end
            };
            let roles: Vec<_> = gone
                .fields
                .iter()
                .filter(|f| given(f))
                .map(|f| f.role)
                .collect();
            configs[to].fields.retain(|f| !roles.contains(&f.role));
            configs[to].fields.extend(
                gone.fields
                    .into_iter()
                    .filter(|f| matches!(f.role, Transport | Enabled) || given(f)),
            );
        }
    }
    for c in configs.iter_mut() {
        let Some(i) = c.fields.iter().position(|f| f.role == Url) else {
            continue;
        };
        if !c.fields[i].value.is_reference() {
            c.fields.remove(i);
            continue;
        }
        let hash = c.fields.remove(i);
        // No scope of the paste holds its keys: none is "ignored".
        settings_from_elsewhere(c, &hash, &[Host, Port, Username, Password, StartTls]);
    }
}

/// The hash a reference names, past the methods that return the same
/// settings (`smtp_settings.compact`, `SMTP_SETTINGS.freeze`,
/// `settings.symbolize_keys`), and before a `merge(…)`, whose arguments
/// are read into the hash's copy (the code reader spreads the hash there).
fn hash_name(text: &str) -> &str {
    let mut t = text.trim();
    if let Some(at) = t.find(".merge(").or_else(|| t.find(".merge!(")) {
        if t.ends_with(')') {
            t = &t[..at];
        }
    }
    while let Some((head, method)) = t.rsplit_once('.') {
        if !matches!(
            method,
            "compact"
                | "freeze"
                | "dup"
                | "to_h"
                | "symbolize_keys"
                | "deep_symbolize_keys"
                | "with_indifferent_access"
        ) {
            break;
        }
        t = head;
    }
    t
}

/// Whether the `Rails.env` test at `pos` is negated: `!Rails.env.x?`,
/// `not Rails.env.x?`, or in an `unless` condition (`unless
/// Rails.env.production?`, `x = 1 unless Rails.env.test? || …`), whose
/// settings are for the other environments. Looks at the line before it.
fn negated(input: &str, pos: usize) -> bool {
    let line = &input[input[..pos].rfind('\n').map_or(0, |n| n + 1)..pos];
    let before = line.trim_end();
    if before.ends_with('!') || before.ends_with(" not") || before == "not" {
        return true;
    }
    // The condition's word: the last `if` or `unless` of the line.
    let word = |w: &str| {
        line.match_indices(w)
            .filter(|(i, _)| {
                let b = line.as_bytes();
                (*i == 0 || !b[i - 1].is_ascii_alphanumeric())
                    && b.get(i + w.len())
                        .is_none_or(|c| !c.is_ascii_alphanumeric())
            })
            .map(|(i, _)| i)
            .last()
    };
    match (word("unless"), word("if")) {
        (Some(u), Some(i)) => u > i,
        (Some(_), None) => true,
        _ => false,
    }
}

/// The environment (`production`…) whose settings hold `at`: the marker
/// in the branch `at` is in (`if Rails.env.production?` heads its
/// branch; a modifier's `… if Rails.env.production?` follows its
/// statement), else the last marker before `at` outside every branch (a
/// `config/environments/production.rb` line, or a test whose branch is
/// not recorded). A marker in another branch is that branch's: `else`
/// after `if Rails.env.production?` is not production.
fn environment_at<'a>(doc: &Document, marks: &[(usize, &'a str)], at: usize) -> Option<&'a str> {
    if let Some((_, b)) = doc.branch_at(at) {
        let r = &doc.branches[b].0;
        let from = marks.partition_point(|(p, _)| *p < r.start as usize);
        if let Some((_, name)) = marks.get(from).filter(|(p, _)| *p < r.end as usize) {
            return Some(name);
        }
    }
    let i = marks.partition_point(|(p, _)| *p < at);
    marks[..i]
        .iter()
        .rev()
        .find(|(p, _)| doc.branch_at(*p).is_none())
        .map(|(_, name)| *name)
}

/// A mail switch (`delivery_method`, `perform_deliveries`) is grouped with
/// the settings around it, but a switch under another environment's test
/// (`elsif Rails.env.development?`), or in another branch of the `if` whose
/// branch holds the settings (the `else` with `delivery_method = :test`),
/// is that environment's or branch's: it joins that one's settings, or is
/// dropped when they are not in the paste.
fn switches_by_environment<'d>(
    doc: &'d Document,
    configs: &mut [Config],
    marks: &mut Option<Vec<(usize, &'d str)>>,
) {
    let switch = |f: &crate::model::Field| matches!(f.role, Transport | Enabled);
    if !configs.iter().any(|c| c.fields.iter().any(switch)) {
        return;
    }
    let marks: &[(usize, &str)] = marks.get_or_insert_with(|| environment_marks(doc.input));
    if marks.is_empty() && doc.branches.is_empty() {
        return;
    }
    // Each configuration's environment and branch: those of its settings.
    let places: Vec<Option<Place>> = configs
        .iter()
        .map(|c| {
            let start = c
                .fields
                .iter()
                .filter(|f| !switch(f))
                .map(|f| f.key_span.start)
                .min();
            start.map(|s| (environment_at(doc, marks, s), doc.branch_at(s)))
        })
        .collect();
    // Where a switch at `at` belongs when not with configuration `i`'s
    // settings: `Some(place)` (moved there, or dropped), `None` (stays).
    let elsewhere = |i: usize, at: usize| -> Option<Place> {
        let (env, branch) = (environment_at(doc, marks, at), doc.branch_at(at));
        let (own_env, own_branch) = places[i]?;
        if env.is_some() && env != own_env {
            return Some((env, branch));
        }
        match (branch, own_branch) {
            (Some(b), Some(o)) if b.0 == o.0 && b.1 != o.1 => Some((env, branch)),
            _ => None,
        }
    };
    let mut moved = Vec::new();
    for (i, c) in configs.iter_mut().enumerate() {
        c.fields.retain(|f| {
            let to = switch(f).then(|| elsewhere(i, f.key_span.start)).flatten();
            if let Some(place) = to {
                moved.push((place, f.clone()));
            }
            to.is_none()
        });
    }
    for ((env, branch), f) in moved {
        let to = places.iter().position(|p| match (p, branch) {
            // Another branch of one if: the configuration set there.
            (Some((_, Some(b))), Some(fb)) if b.0 == fb.0 => *b == fb,
            (Some((e, _)), _) => env.is_some() && *e == env,
            (None, _) => false,
        });
        if let Some(to) = to {
            configs[to].fields.push(f);
        }
    }
}

/// Where settings are written: their environment (see [`environment_at`])
/// and their branch (see [`Document::branch_at`]).
type Place<'a> = (Option<&'a str>, Option<(u32, usize)>);

/// Several settings hashes: each is labelled by its environment and only
/// production's (else the last one's) is used; the sender (`default from:`,
/// written once for the app) belongs to the one in use.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn environments(doc: &Document, configs: &mut Vec<Config>) {
    whole_hash_from_elsewhere(doc, configs);
    let n = configs.len();
    // The markers are searched for once, when a step needs them.
    let mut marks = None;
    if n > 1 {
        let marks: &[(usize, &str)] = marks.get_or_insert_with(|| environment_marks(doc.input));
        // Without a marker naming the environment, a configuration in a
        // branch is named by the branch's header (`else`, `when 'staging'`).
        let mut named = vec![false; n];
        for (c, named) in configs.iter_mut().zip(named.iter_mut()) {
            if let Some(env) = environment_at(doc, marks, c.span.start) {
                c.label = Some(env.to_string());
                *named = true;
            } else if let Some((_, b)) = doc.branch_at(c.span.start) {
                c.label = Some(branch_head(doc, b));
            } else {
                c.label = None;
            }
        }
        let production = (0..n)
            .rev()
            .find(|&i| named[i] && configs[i].label.as_deref() == Some("production"));
        // Without a production marker, the branch the engine chose among
        // one if/else's alternatives (the `else` of `if
        // Rails.env.development?`), else the last.
        let chosen = production.or_else(|| {
            let mut active = configs.iter().enumerate().filter(|(_, c)| c.active);
            match (active.next(), active.next()) {
                (Some((i, c)), None) if doc.branch_at(c.span.start).is_some() => Some(i),
                _ => None,
            }
        });
        for (i, c) in configs.iter_mut().enumerate() {
            c.active = chosen.map_or(i == n - 1, |p| p == i);
            if c.label.is_none() {
                c.label = Some(format!("block {} of {n}", i + 1));
            }
        }
    }
    switches_by_environment(doc, configs, &mut marks);
    // The sender joins the configuration in use.
    let Some(active) = configs.iter().position(|c| c.active) else {
        return;
    };
    let mut from = Vec::new();
    for c in configs.iter_mut() {
        from.extend(c.fields.iter().filter(|f| f.role == From).cloned());
        c.fields.retain(|f| f.role != From);
    }
    crate::sort::by_key(&mut from, |f| f.key_span.start);
    if let Some(f) = from.into_iter().next() {
        configs[active].fields.push(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::model::Security;

    fn configs(input: &str) -> Vec<Config> {
        extract(input)
    }

    #[test]
    fn both_hash_styles_and_references() {
        let src = "Rails.application.configure do\n  config.action_mailer.default_url_options = { host: 'acme.io', port: 443 }\n  config.action_mailer.smtp_settings = {\n    :address => \"smtp.postmarkapp.com\",\n    port: ENV.fetch(\"SMTP_PORT\", 587).to_i,\n    user_name: Rails.application.credentials.dig(:postmark, :token),\n    :enable_starttls => :auto,\n    secure: true\n  }\nend\nclass ApplicationMailer < ActionMailer::Base\n  default from: \"Acme <hello@acme.io>\"\nend\n";
        let cfgs = configs(src);
        assert_eq!(cfgs.len(), 1, "{cfgs:?}");
        let cfg = &cfgs[0];
        assert_eq!(cfg.dialect.id(), "rails");
        assert_eq!(cfg.literal(Host), Some("smtp.postmarkapp.com"));
        assert!(cfg.get(Port).is_some_and(|f| f.value.is_reference()));
        assert!(cfg.get(Username).is_some_and(|f| f.value.is_reference()));
        assert_eq!(cfg.literal(From), Some("Acme <hello@acme.io>"));
        assert_eq!(cfg.dialect.tls(cfg).mode, Some(Security::StartTls));
        assert_eq!(cfg.unknown_keys[0].key, "secure");
    }

    #[test]
    fn a_hash_variable_handed_on_or_merged() {
        let base = "base = {\n  address: \"smtp.postmarkapp.com\",\n  port: 587,\n  user_name: ENV.fetch(\"POSTMARK_API_TOKEN\"),\n  password: ENV.fetch(\"POSTMARK_API_TOKEN\"),\n  enable_starttls_auto: true,\n}\nconfig.action_mailer.delivery_method = :smtp\n";
        let cfgs = configs(&format!(
            "{base}config.action_mailer.smtp_settings = base\n"
        ));
        assert_eq!(cfgs.len(), 1, "{cfgs:?}");
        assert_eq!(cfgs[0].literal(Host), Some("smtp.postmarkapp.com"));
        assert_eq!(cfgs[0].literal(Port), Some("587"));
        // `merge`: the hash, with the keys the call gives winning.
        let cfgs = configs(&format!(
            "{base}config.action_mailer.smtp_settings = base.merge(port: 465)\n"
        ));
        assert_eq!(cfgs.len(), 1, "{cfgs:?}");
        assert_eq!(cfgs[0].literal(Host), Some("smtp.postmarkapp.com"));
        assert_eq!(cfgs[0].literal(Port), Some("465"));
        assert!(
            cfgs[0].get(Username).is_some_and(
                |f| f.value.is_reference() && f.value.text.contains("POSTMARK_API_TOKEN")
            )
        );
        assert_eq!(cfgs[0].dialect.tls(&cfgs[0]).mode, Some(Security::StartTls));
        // `x = x.merge(other)` (SUSE Portus's initializer): the merged hash
        // is the one handed on, the other hash's keys winning.
        let src = "smtp_settings = {\n  address: \"smtp.postmarkapp.com\",\n  port: 2525,\n  enable_starttls_auto: false\n}\nauth_settings = {\n  user_name: ENV[\"T\"],\n  password: ENV[\"T\"],\n  enable_starttls_auto: true\n}\nsmtp_settings = smtp_settings.merge(auth_settings)\nActionMailer::Base.smtp_settings = smtp_settings\n";
        let cfgs = configs(src);
        assert_eq!(cfgs.len(), 1, "{cfgs:?}");
        assert_eq!(cfgs[0].literal(Host), Some("smtp.postmarkapp.com"));
        assert_eq!(cfgs[0].literal(Port), Some("2525"));
        assert!(cfgs[0].get(Password).is_some());
        assert_eq!(cfgs[0].dialect.tls(&cfgs[0]).mode, Some(Security::StartTls));
    }

    #[test]
    fn defaults_and_explicit_off() {
        let cfgs = configs("ActionMailer::Base.smtp_settings = { address: 'smtp.postmarkapp.com', user_name: 'a', password: 'a' }\n");
        assert_eq!(cfgs[0].effective_port(), Some(25));
        assert_eq!(cfgs[0].dialect.tls(&cfgs[0]).mode, Some(Security::StartTls));
        let cfgs = configs("ActionMailer::Base.smtp_settings = { address: 'smtp.postmarkapp.com', enable_starttls_auto: false }\n");
        let tls = cfgs[0].dialect.tls(&cfgs[0]);
        assert_eq!(tls.mode, Some(Security::None));
        assert!(tls.disabled.is_some());
    }

    #[test]
    fn tls_with_starttls_conflicts_and_ssl_is_implicit() {
        let cfgs = configs("config.action_mailer.smtp_settings = {\n  address: 'smtp.postmarkapp.com', port: 465, ssl: true\n}\n");
        assert_eq!(cfgs[0].dialect.tls(&cfgs[0]).mode, Some(Security::Implicit));
        let cfgs = configs("config.action_mailer.smtp_settings = {\n  address: 'smtp.postmarkapp.com', port: 465, tls: true, enable_starttls_auto: true\n}\n");
        assert!(cfgs[0].dialect.tls(&cfgs[0]).conflicting);
        assert_eq!(
            cfgs[0].dialect.write(&cfgs[0], &Write::StartTls),
            "enable_starttls_auto: true and remove `tls: true`"
        );
    }

    #[test]
    fn environments_are_labelled() {
        let src = "# config/environments/development.rb\nconfig.action_mailer.smtp_settings = { address: 'localhost', port: 1025 }\n# config/environments/production.rb\nconfig.action_mailer.smtp_settings = { address: 'smtp.postmarkapp.com', port: 587 }\n";
        let cfgs = configs(src);
        assert_eq!(cfgs.len(), 2);
        assert_eq!(cfgs[0].label.as_deref(), Some("development"));
        assert!(!cfgs[0].active);
        assert_eq!(cfgs[1].label.as_deref(), Some("production"));
        assert!(cfgs[1].active);
        // Production first: still the one in use, and the sender joins it.
        let src = "if Rails.env.production?\n  config.action_mailer.smtp_settings = { address: 'smtp.postmarkapp.com' }\nend\nif Rails.env.development?\n  config.action_mailer.smtp_settings = { address: 'localhost' }\nend\nclass ApplicationMailer < ActionMailer::Base\n  default(from: 'a@acme.io')\nend\n";
        let cfgs = configs(src);
        assert_eq!(cfgs.len(), 2, "{cfgs:?}");
        assert!(cfgs[0].active && !cfgs[1].active);
        assert_eq!(cfgs[0].literal(From), Some("a@acme.io"));
        assert_eq!(cfgs[0].label.as_deref(), Some("production"));
        assert_eq!(cfgs[1].label.as_deref(), Some("development"));
    }

    /// The branches of one `if`/`unless`/`case` on `Rails.env`, and a
    /// modifier's test after its statement: each configuration is named by
    /// its own branch's environment (an `else` after `if
    /// Rails.env.production?` is not production), and production's (or the
    /// branch the engine picks) is the one in use.
    #[test]
    fn branches_on_rails_env_are_alternatives() {
        let pm = "{ address: 'smtp.postmarkapp.com', port: 587, user_name: ENV['T'], password: ENV['T'] }";
        let local = "{ address: 'localhost', port: 1025 }";
        let used = |src: &str| {
            let cfgs = configs(src);
            assert_eq!(cfgs.iter().filter(|c| c.active).count(), 1, "{cfgs:?}");
            let c = cfgs.iter().find(|c| c.active).expect("active");
            let labels: Vec<String> = cfgs.iter().filter_map(|c| c.label.clone()).collect();
            (c.literal(Host).map(str::to_string), labels)
        };
        let postmark = Some("smtp.postmarkapp.com".to_string());
        let if_else = format!(
            "Rails.application.configure do
  if Rails.env.production?
    config.action_mailer.delivery_method = :smtp
    config.action_mailer.smtp_settings = {pm}
  else
    config.action_mailer.delivery_method = :letter_opener
    config.action_mailer.smtp_settings = {local}
  end
end
"
        );
        assert_eq!(
            used(&if_else),
            (postmark.clone(), vec!["production".into(), "else".into()])
        );
        let ids = super::super::linted(&if_else).2;
        assert!(
            !super::super::has(&ids, "input/smtp-not-enabled"),
            "{ids:?}"
        );
        let unless = format!(
            "unless Rails.env.production?
  ActionMailer::Base.smtp_settings = {local}
else
  ActionMailer::Base.smtp_settings = {pm}
end
"
        );
        assert_eq!(used(&unless).0, postmark);
        assert_eq!(used(&unless).1[1], "else");
        let case = format!(
            "case Rails.env
when 'production'
  ActionMailer::Base.smtp_settings = {pm}
when 'development'
  ActionMailer::Base.smtp_settings = {local}
end
"
        );
        assert_eq!(used(&case).0, postmark);
        let elsif = format!(
            "if Rails.env.development?
  ActionMailer::Base.smtp_settings = {local}
elsif Rails.env.staging?
  ActionMailer::Base.smtp_settings = {{ address: 'smtp.mailtrap.io' }}
else
  ActionMailer::Base.smtp_settings = {pm}
end
"
        );
        let (host, labels) = used(&elsif);
        assert_eq!(host, postmark);
        assert_eq!(labels, ["development", "staging", "else"]);
        // The switch as an if-expression: production's :smtp is the one.
        let expr = format!("Rails.application.configure do\n  config.action_mailer.delivery_method = if Rails.env.production?\n    :smtp\n  else\n    :letter_opener\n  end\n  config.action_mailer.smtp_settings = {pm}\nend\n");
        let off =
            |src: &str| super::super::has(&super::super::linted(src).2, "input/smtp-not-enabled");
        assert!(!off(&expr));
        let dev = expr
            .replace(":smtp", ":smtpx")
            .replace(":letter_opener", ":smtp")
            .replace(":smtpx", ":letter_opener");
        assert!(off(&dev));
        let modifier = format!(
            "config.action_mailer.smtp_settings = {pm} if Rails.env.production?
config.action_mailer.smtp_settings = {local} if Rails.env.development?
"
        );
        assert_eq!(
            used(&modifier),
            (postmark, vec!["production".into(), "development".into()])
        );
    }

    /// `smtp_settings = settings.compact` with `settings = {…}` in the
    /// paste: that hash is the one used, as `smtp_settings = settings` is.
    #[test]
    fn a_hash_named_through_a_same_settings_method() {
        let src = "smtp_settings = {\n  address: 'smtp.postmarkapp.com',\n  port: 587,\n  user_name: ENV['T'],\n  password: ENV['T']\n}\nconfig.action_mailer.smtp_settings = smtp_settings.compact\n";
        let cfgs = configs(src);
        assert_eq!(cfgs.len(), 1, "{cfgs:?}");
        assert_eq!(cfgs[0].literal(Host), Some("smtp.postmarkapp.com"));
        assert_eq!(hash_name(" S.freeze.compact "), "S");
        // `merge`: the hash's copy with the call's keys (the code reader
        // spreads it into the call).
        assert_eq!(hash_name("S.merge(port: 1)"), "S");
    }

    #[test]
    fn mail_gem_inline_form() {
        let cfgs = configs("Mail.defaults do\n  delivery_method :smtp, { :address => 'smtp.postmarkapp.com', :port => 2525, :user_name => 'x', :password => 'x' }\nend\n");
        assert_eq!(cfgs[0].port_number(), Some(2525));
        assert_eq!(
            cfgs[0].dialect.write(&cfgs[0], &Write::Port(587)),
            ":port => 587"
        );
        let cfgs = configs("Mail.defaults do\n  delivery_method :smtp, address: 'smtp.postmarkapp.com', port: 2525,\n    enable_starttls: :always, hostname: 'x'\nend\n");
        assert_eq!(cfgs.len(), 1, "{cfgs:?}");
        assert_eq!(cfgs[0].port_number(), Some(2525));
        assert_eq!(cfgs[0].dialect.tls(&cfgs[0]).mode, Some(Security::StartTls));
        let unknown: Vec<&str> = cfgs[0]
            .unknown_keys
            .iter()
            .map(|u| u.key.as_str())
            .collect();
        assert_eq!(unknown, ["hostname"]);
    }

    #[test]
    fn default_options_sender() {
        let cfgs = configs("ActionMailer::Base.smtp_settings = { address: 'smtp.postmarkapp.com' }\nActionMailer::Base.default_options = { from: 'hi@acme.io' }\n");
        assert_eq!(cfgs[0].literal(From), Some("hi@acme.io"));
    }

    #[test]
    fn delivery_method_is_the_mail_switch() {
        use super::super::{has, linted};
        let smtp = "config.action_mailer.delivery_method = :smtp\nconfig.action_mailer.smtp_settings = { address: 'smtp.postmarkapp.com', port: 587, user_name: ENV['T'], password: ENV['T'] }\n";
        let (client, _, ids) = linted(smtp);
        assert_eq!(client, "rails");
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        for (method, sev) in [
            (":letter_opener", "error"),
            (":test", "error"),
            (":sendmail", "warning"),
            (":postmark", "info"),
        ] {
            let src = smtp.replace(":smtp", method);
            let r = crate::lint(&src, &crate::Options::default());
            let f = r.findings.iter().find(|f| f.id == "input/smtp-not-enabled");
            assert_eq!(f.map(|f| f.severity.as_str()), Some(sev), "{method}");
        }
        let off = format!("{smtp}ActionMailer::Base.perform_deliveries = false\n");
        assert!(has(&linted(&off).2, "input/smtp-not-enabled"));
        // Each environment's switch stays with its own settings, even when
        // written before them.
        let envs = "# config/environments/development.rb\nconfig.action_mailer.delivery_method = :letter_opener\nconfig.action_mailer.smtp_settings = { address: 'localhost', port: 1025 }\n# config/environments/production.rb\nconfig.action_mailer.delivery_method = :smtp\nconfig.action_mailer.smtp_settings = { address: 'smtp.postmarkapp.com', port: 587 }\n";
        let cfgs = configs(envs);
        assert_eq!(cfgs.len(), 2, "{cfgs:?}");
        assert_eq!(cfgs[0].literal(Transport), Some("letter_opener"));
        assert_eq!(cfgs[1].literal(Transport), Some("smtp"));
        // Another environment's switch, with no settings of its own here.
        let one = "if Rails.env.production?\n  ActionMailer::Base.delivery_method = :smtp\n  ActionMailer::Base.smtp_settings = { address: 'smtp.postmarkapp.com', port: 587 }\nelsif Rails.env.development?\n  ActionMailer::Base.delivery_method = :letter_opener\nelse\n  ActionMailer::Base.delivery_method = :test\nend\n";
        let ids = linted(one).2;
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        assert!(!has(&ids, "input/duplicate-setting"), "{ids:?}");
    }

    #[test]
    fn suspenders_smtp_settings_constant() {
        let src = "SMTP_SETTINGS = {\n  address: ENV.fetch(\"SMTP_ADDRESS\"),\n  authentication: :plain,\n  enable_starttls_auto: true,\n  password: ENV.fetch(\"SMTP_PASSWORD\"),\n  port: \"587\",\n  user_name: ENV.fetch(\"SMTP_USERNAME\")\n}\n";
        let cfgs = configs(src);
        assert_eq!(cfgs.len(), 1, "{cfgs:?}");
        assert_eq!(cfgs[0].dialect.id(), "rails");
        assert!(cfgs[0].get(Host).is_some_and(|f| f.value.is_reference()));
        assert_eq!(cfgs[0].port_number(), Some(587));
        // Handed over by name in the same paste: that hash is the one used.
        let both = format!("{src}config.action_mailer.delivery_method = :smtp\nconfig.action_mailer.smtp_settings = SMTP_SETTINGS\n");
        let cfgs = configs(&both);
        assert_eq!(cfgs.len(), 1, "{cfgs:?}");
        assert_eq!(cfgs[0].port_number(), Some(587));
        assert_eq!(cfgs[0].literal(Transport), Some("smtp"));
    }

    #[test]
    fn the_whole_hash_from_credentials() {
        use super::super::{has, linted};
        let src = "Rails.application.configure do\n  config.action_mailer.delivery_method = :smtp\n  config.action_mailer.smtp_settings = Rails.application.credentials.smtp\n  config.action_mailer.default_url_options = { host: 'app.acme.io' }\nend\n";
        let (client, settings, ids) = linted(src);
        assert_eq!(client, "rails");
        assert_eq!(settings["host"], serde_json::Value::Null);
        assert_eq!(settings["security"], serde_json::Value::Null);
        for id in [
            "host/missing",
            "port/missing",
            "auth/missing-username",
            "input/unknown-key",
        ] {
            assert!(!has(&ids, id), "{id}: {ids:?}");
        }
        assert!(has(&ids, "input/unresolved-reference"), "{ids:?}");
    }
}

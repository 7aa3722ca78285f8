//! Which fix each finding gets, by rule id.
//!
//! Safe: the intended meaning is certain (465 → 587 with STARTTLS, implicit
//! TLS → STARTTLS, a mistyped or API host → the SMTP host, stray blanks and
//! quotes, unencoded URL credentials, a misspelled key). Unsafe: plausible
//! but the user must confirm (port 25 → 2525, an added port line,
//! verification or STARTTLS or authentication switched back on, the TLS
//! version limit removed). The rest have no machine fix: they need a value
//! only the user knows (a token, a From address) or a decision (which of
//! two duplicate settings, which provider).

use crate::extract::url;
use crate::extract::Config;
use crate::extract::Write;
use crate::model::{Field, Role};
use crate::report::{Applicability, Draft, Edit, Fix};
use crate::rules::host::{bare_host, classify, HostKind, TRANSACTIONAL_HOST};
use crate::rules::similar::is_blank_or_invisible;

use super::edit::{delete_chars, plan_each, replace_text};
use crate::extract::profile::write::key_matches;
use crate::model::{Setting, SettingValue};
use crate::rules::input::suggest_key;

use Applicability::{Safe, Unsafe};

/// The fixes for one finding (empty: none from here).
pub fn fixes_for(input: &str, cfg: &Config, d: &Draft) -> Vec<Fix> {
    let fix = match d.rule.id {
        "port/465-unsupported" => {
            let mut whats = vec![Write::StartTls];
            if cfg.get(Role::Port).is_some() || cfg.dialect.default_port(cfg) != Some(587) {
                whats.insert(0, Write::Port(587));
            }
            settings_fix(input, cfg, &whats, "Use port 587 with STARTTLS", Safe)
        }
        "tls/starttls-on-implicit-port" => {
            settings_fix(input, cfg, &[Write::Port(587)], "Use port 587", Safe)
        }
        "tls/implicit-tls" => settings_fix(
            input,
            cfg,
            &[Write::StartTls],
            "Switch implicit TLS off and STARTTLS on",
            Safe,
        ),
        "tls/conflicting" => settings_fix(
            input,
            cfg,
            &[Write::StartTls],
            "Keep STARTTLS, switch implicit TLS off",
            Safe,
        ),
        "tls/disabled" => settings_fix(input, cfg, &[Write::StartTls], "Turn STARTTLS on", Unsafe),
        "tls/verify-disabled" => settings_fix(
            input,
            cfg,
            &[Write::VerifyOn],
            "Turn certificate verification back on",
            Unsafe,
        ),
        "tls/old-version" => settings_fix(
            input,
            cfg,
            &[Write::TlsModern],
            "Allow TLS 1.2 and later",
            Unsafe,
        ),
        "auth/not-configured" | "auth/disabled" => settings_fix(
            input,
            cfg,
            &[Write::AuthOn],
            "Turn SMTP authentication on",
            Unsafe,
        )
        .map(|mut f| {
            f.title.push_str(&auth_on_note(cfg));
            f
        }),
        "port/25-blocked" => settings_fix(
            input,
            cfg,
            &[Write::Port(2525)],
            "Use port 2525 (open where 25 is blocked)",
            Unsafe,
        ),
        "port/unsupported" | "port/invalid" => {
            settings_fix(input, cfg, &[Write::Port(587)], "Use port 587", Unsafe)
        }
        "port/missing" => settings_fix(input, cfg, &[Write::Port(587)], "Write the port", Unsafe),
        "host/typo" | "host/api-host" => host_to_postmark(input, cfg, d),
        "host/has-scheme" | "host/has-port" => host_bare(input, cfg, d),
        "host/whitespace" => strip(input, cfg, d, &[Role::Host], blank, "blank or invisible"),
        "auth/whitespace" => strip(input, cfg, d, SECRETS, blank, "blank or invisible"),
        "auth/wrapped-quotes" => strip(input, cfg, d, SECRETS, stray_quote, "quote"),
        "from/whitespace" => strip(
            input,
            cfg,
            d,
            &[Role::From],
            from_blank,
            "blank or invisible",
        ),
        "url/unencoded-credentials" => percent_encode(input, cfg, d),
        "input/unknown-key" => rename_key(input, cfg, d),
        _ => None,
    };
    fix.into_iter().collect()
}

/// Turning authentication on where the username or password is empty
/// leaves the file with a login that fails: the title says what the user
/// must add, so the fix leaves no error it does not name.
fn auth_on_note(cfg: &Config) -> String {
    let empty = |role: Role| {
        cfg.get(role).is_none_or(|f| {
            crate::summary::is_null(f) || f.value.literal().is_some_and(|t| t.trim().is_empty())
        })
    };
    let missing: Vec<&str> = [(Role::Username, "username"), (Role::Password, "password")]
        .into_iter()
        .filter(|(r, _)| empty(*r))
        .map(|(_, w)| w)
        .collect();
    if missing.is_empty() {
        String::new()
    } else {
        format!(
            "; then set the {} (your Server API token), empty here",
            missing.join(" and ")
        )
    }
}

const SECRETS: &[Role] = &[
    Role::Username,
    Role::Password,
    Role::ServerToken,
    Role::AccountToken,
];

/// A fix from what the dialect writes for `whats`, or `None` when the
/// dialect has no machine form for one of them or nothing would change.
fn settings_fix(
    input: &str,
    cfg: &Config,
    whats: &[Write],
    title: &str,
    applicability: Applicability,
) -> Option<Fix> {
    let mut settings: Vec<Setting> = Vec::new();
    for w in whats {
        let s = cfg.dialect.settings_for(cfg, w);
        if s.is_empty() {
            return None;
        }
        settings.extend(s);
    }
    let (edits, changed) = plan_each(input, cfg, &settings)?;
    if edits.is_empty() {
        return None;
    }
    let shown: Vec<String> = settings
        .iter()
        .zip(changed)
        .filter(|(_, c)| *c)
        .map(|(s, _)| match &s.value {
            SettingValue::Text(v) | SettingValue::Quoted(v) | SettingValue::Bare(v) => {
                let key = match s.key {
                    "" => cfg.get(s.role).map_or("", |f| f.key.as_str()),
                    k => k,
                };
                format!("{key}={v}")
            }
            SettingValue::Remove => format!("remove {}", s.key),
        })
        .collect();
    Some(Fix {
        title: format!("{title}: {}", shown.join(", ")),
        applicability,
        edits,
    })
}

/// The field of one of `roles` the finding points into.
fn field_at<'c>(cfg: &'c Config, d: &Draft, roles: &[Role]) -> Option<&'c Field> {
    let at = d.span.as_ref()?.start;
    cfg.fields
        .iter()
        .filter(|f| roles.contains(&f.role) && !f.value.is_reference())
        .find(|f| f.value.span.contains(&at) || f.whole_span().contains(&at))
}

/// `host/typo`, `host/api-host`: the Postmark SMTP host the user meant.
fn host_to_postmark(input: &str, cfg: &Config, d: &Draft) -> Option<Fix> {
    let f = field_at(cfg, d, &[Role::Host]).or(cfg.get(Role::Host))?;
    let target = match classify(&bare_host(&f.value.text)) {
        HostKind::Typo(t) => t,
        HostKind::Api => TRANSACTIONAL_HOST,
        _ => return None,
    };
    Some(Fix {
        title: format!("Use {target}"),
        applicability: Safe,
        edits: replace_text(input, f, target)?,
    })
}

/// `host/has-scheme`, `host/has-port`: keep the host name alone, when the
/// port written in it is the configuration's port anyway (or there is none).
fn host_bare(input: &str, cfg: &Config, d: &Draft) -> Option<Fix> {
    let f = field_at(cfg, d, &[Role::Host]).or(cfg.get(Role::Host))?;
    let text = &f.value.text;
    let bare = bare_host(text);
    let clean: String = text
        .chars()
        .filter(|c| !is_blank_or_invisible(*c))
        .collect();
    let authority = clean
        .split_once("://")
        .map_or(clean.as_str(), |(_, rest)| rest);
    let authority = &authority[..authority.find(['/', '?', '#']).unwrap_or(authority.len())];
    let authority = authority.rsplit('@').next().unwrap_or(authority);
    let port = authority
        .rsplit_once(':')
        .filter(|(h, p)| !h.contains(':') && !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        .map(|(_, p)| p);
    if let Some(p) = port {
        if cfg.port_number().map(|n| n.to_string()).as_deref() != Some(p) {
            return None; // which port is meant is the user's call
        }
    }
    // Keep the letter case as written: only the surroundings go.
    let start = clean.to_ascii_lowercase().find(&bare)?;
    let keep = &clean[start..start + bare.len()];
    Some(Fix {
        title: format!("Keep only the host name `{keep}`"),
        applicability: Safe,
        edits: replace_text(input, f, keep)?,
    })
}

fn blank(_: usize, c: char, _: &str) -> bool {
    is_blank_or_invisible(c)
}

/// Quotes that are part of a secret's value: smart quotes anywhere, and
/// ASCII quotes at its ends (nested quoting).
fn stray_quote(i: usize, c: char, text: &str) -> bool {
    let smart = matches!(
        c,
        '\u{201C}' | '\u{201D}' | '\u{2018}' | '\u{2019}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}'
    );
    let edge = i == 0 || i + c.len_utf8() == text.len();
    smart || (edge && matches!(c, '\'' | '"' | '`'))
}

/// In a From value: invisible characters anywhere, blanks only inside the
/// address (a display name has legitimate spaces).
fn from_blank(i: usize, c: char, text: &str) -> bool {
    if crate::summary::is_invisible(c) || (c.is_control() && c != ' ') {
        return true;
    }
    if !c.is_whitespace() {
        return false;
    }
    match (text.find('<'), text.rfind('>')) {
        (Some(open), Some(close)) if open < close => i > open && i < close,
        // No angle brackets: the whole value is the address.
        _ => !text.trim().contains(' ') || text.contains('@') && !text.contains('"'),
    }
}

/// Deletes characters from the value the finding points into.
fn strip(
    input: &str,
    cfg: &Config,
    d: &Draft,
    roles: &[Role],
    remove: fn(usize, char, &str) -> bool,
    what: &str,
) -> Option<Fix> {
    let f = field_at(cfg, d, roles)?;
    let edits = delete_chars(input, f, remove)?;
    // Keep something: a value that is only blanks is a missing value.
    let removed: usize = edits.iter().map(|e| e.end - e.start).sum();
    if removed >= f.value.text.len() {
        return None;
    }
    let n: usize = edits
        .iter()
        .map(|e| input[e.start..e.end].chars().count())
        .sum();
    Some(Fix {
        title: format!(
            "Remove {n} {what} character{} from {}",
            if n == 1 { "" } else { "s" },
            f.key
        ),
        applicability: Safe,
        edits,
    })
}

/// `url/unencoded-credentials`: each reserved character of the user or
/// password becomes its `%XX` escape, in place (the secret is not re-typed:
/// every edit holds only an escape).
fn percent_encode(input: &str, cfg: &Config, d: &Draft) -> Option<Fix> {
    let at = d.span.as_ref()?.start;
    // A URL never spans lines: look in the finding's line only.
    let line_start = input.get(..at)?.rfind('\n').map_or(0, |i| i + 1);
    let line_end = at + input[at..].find('\n').unwrap_or(input.len() - at);
    let span = url::find_all(&input[line_start..line_end])
        .into_iter()
        .map(|r| line_start + r.start..line_start + r.end)
        .find(|r| r.start <= at && at < r.end)
        .or_else(|| {
            cfg.all(Role::Url)
                .map(|f| f.value.span.clone())
                .find(|r| r.contains(&at))
        })?;
    let parsed = url::parse(input, span)?;
    let creds = parsed.credentials(input)?;
    let edits: Vec<Edit> = creds
        .chars
        .iter()
        .filter(|c| !c.harmless)
        .map(|c| Edit {
            start: c.at,
            end: c.at + c.ch.len_utf8(),
            text: url::encode_userinfo(&c.ch.to_string()),
        })
        .collect();
    (!edits.is_empty()).then(|| Fix {
        title: format!(
            "Percent-encode {} character{} in the URL credentials",
            edits.len(),
            if edits.len() == 1 { "" } else { "s" }
        ),
        applicability: Safe,
        edits,
    })
}

/// `input/unknown-key`: a misspelled key renamed to the one the client
/// reads. Safe for near-misses and letter case; another library's name for
/// a setting is unsafe (its values may mean something else there); a key
/// that lives elsewhere (`user` → `auth.user`) or one already written is
/// left to the user.
fn rename_key(input: &str, cfg: &Config, d: &Draft) -> Option<Fix> {
    let at = d.span.as_ref()?.start;
    let unknown = cfg.unknown_keys.iter().find(|u| u.span.start == at)?;
    let known = cfg.dialect.known_keys();
    let set: Vec<&str> = cfg.fields.iter().map(|f| f.key.as_str()).collect();
    let (should, why) = suggest_key(&unknown.key, &known, cfg.dialect.leftover_keys(), &set)?;
    let elsewhere = should.contains('.') && !unknown.key.contains('.');
    let already = cfg.fields.iter().any(|f| key_matches(&f.key, should));
    if elsewhere || already || input.get(unknown.span.clone()) != Some(unknown.key.as_str()) {
        return None;
    }
    Some(Fix {
        title: format!("Rename `{}` to `{should}`", unknown.key),
        applicability: if why == "leftover" { Unsafe } else { Safe },
        edits: vec![Edit {
            start: unknown.span.start,
            end: unknown.span.end,
            text: should.to_string(),
        }],
    })
}

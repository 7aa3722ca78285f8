//! `input/*` rules: the paste as a whole (empty, too large, not understood,
//! several configurations) and settings that are repeated, misspelled or
//! read from somewhere the page cannot see.

use super::host::WithFixOpt;
use super::similar::{distance_within, swap_distance_within};
use super::Context;
use crate::extract::profile::write::key_matches;
use crate::extract::Config;
use crate::model::{Field, Role};
use crate::registry::Rule;
use crate::report::{Applicability, Draft, Edit, Fix, LazyLineIndex, Severity};
use crate::summary::SECRET_ROLES;

/// The fix the finding gives (the rule's own, kept in the page).
const EMPTY_FIX: &str = "Paste your SMTP settings: a .env file, settings.py, a nodemailer object, an SMTP URL, main.cf…";

/// Nothing but whitespace was pasted.
///
/// **Example**: an empty text box, or only blank lines.
pub static EMPTY: Rule = Rule {
    id: "input/empty",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The input holds nothing but whitespace (or invisible characters).",
    why: "There is nothing to check: the settings were probably not copied, or the clipboard was empty.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "(an empty text box, or only blank lines and spaces)",
    #[cfg(not(target_arch = "wasm32"))]
    fix: EMPTY_FIX,
    network: false,
};

/// The fix the finding gives (the rule's own, kept in the page).
const TOO_LARGE_FIX: &str = "Paste only the file or block that holds the SMTP settings.";

/// The input is over the size limit; nothing else is checked.
///
/// **Example**: a whole log file or database dump pasted by mistake.
pub static TOO_LARGE: Rule = Rule {
    id: "input/too-large",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The input is larger than 1 MiB; it is refused before any other check runs.",
    why: "SMTP settings fit in a few hundred bytes; a paste this large is probably a log, a dump or a binary file, and checking it would only be slow.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "(a 2 MB log file)",
    #[cfg(not(target_arch = "wasm32"))]
    fix: TOO_LARGE_FIX,
    network: false,
};

/// The fix the finding gives (the rule's own, kept in the page).
const UNRECOGNIZED_FIX: &str = "Paste the block that configures SMTP (e.g. `MAIL_HOST=…` lines, `EMAIL_HOST = …` in settings.py, a `createTransport({…})` call, an `smtp://` URL).";

/// No SMTP setting could be found.
///
/// **Example**: a paragraph of prose, or a config of an unrelated service.
pub static UNRECOGNIZED: Rule = Rule {
    id: "input/unrecognized",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "No SMTP setting (host, port, username or password) was found in any of the understood formats. When the only SMTP settings are commented out, says how many and on which lines: commented-out lines are not read.",
    why: "The settings are written in a form this tool does not read, or the paste holds no SMTP settings at all, so nothing could be checked.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "DATABASE_URL=postgres://db:5432/app",
    #[cfg(not(target_arch = "wasm32"))]
    fix: UNRECOGNIZED_FIX,
    network: false,
};

/// A setting is given twice with different values.
///
/// **Example**: `MAIL_PORT=465` and later `MAIL_PORT=587` in the same `.env`.
pub static DUPLICATE_SETTING: Rule = Rule {
    id: "input/duplicate-setting",
    severity: Severity::Warning,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "Within one configuration, the same key is assigned twice with different values; says which one the detected client uses (the last for most, the first for PHP constants). The same value twice is not flagged.",
    why: "Only one of the two takes effect, and it is easy to edit the one that does not: the value you checked may not be the value the client sends.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_PORT=465\nMAIL_PORT=587",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Delete the assignment that is not used, so only one value remains.",
    network: false,
};

/// A key the client ignores that looks like a misspelling or another
/// library's name for a setting it reads.
///
/// **Example**: `MAIL_PASWORD=…` (Laravel reads `MAIL_PASSWORD`), nodemailer
/// `secureConnection: true` (it reads `secure`).
pub static UNKNOWN_KEY: Rule = Rule {
    id: "input/unknown-key",
    severity: Severity::Warning,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "A key (or URL query parameter) the detected client does not read that is one or two edits away from a key it reads, differs from one only in letter case where the client is case-sensitive, or is another library's name for one of its settings. Other unknown keys are not flagged.",
    why: "The client silently ignores a key it does not know: the setting does nothing, and the client uses its default instead (no password, the wrong port, no TLS), which Postmark then refuses.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_PASWORD=1f86a2b4-0000-0000-0000-3c2d11115948",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Rename the key to the one the client reads (here MAIL_PASSWORD).",
    network: false,
};

/// The fix the finding gives (the rule's own, kept in the page).
const MULTIPLE_CONFIGS_FIX: &str = "Make sure the configuration you fix is the one the client uses; remove alternatives you no longer need.";

/// The paste holds several configurations, or commented-out alternatives.
///
/// **Example**: a `.env` with a `# MAIL_HOST=smtp.mailtrap.io` line above the
/// active `MAIL_HOST=smtp.postmarkapp.com`.
pub static MULTIPLE_CONFIGS: Rule = Rule {
    id: "input/multiple-configs",
    severity: Severity::Info,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The paste holds more than one SMTP configuration (environments, providers, repeated blocks) or commented-out alternative hosts.",
    why: "Each configuration is checked on its own; where the client reads only one of them (the last block of a .env, the active environment) the report says which, so you fix the one that is used. Commented-out lines are not checked.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "# MAIL_HOST=smtp.mailtrap.io\nMAIL_HOST=smtp.postmarkapp.com",
    #[cfg(not(target_arch = "wasm32"))]
    fix: MULTIPLE_CONFIGS_FIX,
    network: false,
};

/// SMTP settings the client is told not to use.
///
/// **Example**: `MAIL_MAILER=log` beside `MAIL_HOST=smtp.postmarkapp.com`;
/// PHPMailer settings without `$mail->isSMTP()`.
pub static SMTP_NOT_ENABLED: Rule = Rule {
    id: "input/smtp-not-enabled",
    severity: Severity::Warning,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "SMTP settings are written, but the client's switch sends mail another way or not at all: Laravel `MAIL_MAILER` other than `smtp`, Django `EMAIL_BACKEND` other than the SMTP backend, PHPMailer without `isSMTP()`, GitLab without `smtp_enable = true`, WP Mail SMTP without `WPMS_ON`, an app whose mail switch is off. An error where no mail leaves at all (the log, array, console, file or locmem backends, a disabled switch); a warning where a local mail program (sendmail, PHP `mail()`) sends instead; an info where another real transport is chosen (`MAIL_MAILER=postmark`, Postmark's HTTP API driver: then the SMTP settings do not matter).",
    why: "The client reads its switch first: with another transport selected, every SMTP setting is ignored, so fixing them changes nothing, and mail either goes nowhere or leaves another way.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_MAILER=log\nMAIL_HOST=smtp.postmarkapp.com",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Select SMTP (`MAIL_MAILER=smtp`, the SMTP backend, `isSMTP()`, the switch on), or keep the other transport on purpose and ignore the SMTP settings.",
    network: false,
};

/// A value is a reference to something the page cannot see.
///
/// **Example**: `'password' => env('MAIL_PASSWORD')`, `pass: process.env.SMTP_PASS`.
pub static UNRESOLVED_REFERENCE: Rule = Rule {
    id: "input/unresolved-reference",
    severity: Severity::Info,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "A value is an environment variable or code expression (`${VAR}`, `env('X')`, `os.environ[\"X\"]`, `process.env.X`, `ENV[\"X\"]`, `getenv`…); one note per setting, naming the checks that were skipped.",
    why: "The real value lives elsewhere (an .env file, the server's environment, a secrets store), so the checks on it could not run here: a problem in it would not be reported.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "pass: process.env.SMTP_PASS",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Paste the file that defines it (e.g. the .env with SMTP_PASS) as well, or check that value with this tool separately.",
    network: false,
};

/// Every rule of this family.
pub static RULES: &[&Rule] = &[
    &EMPTY,
    &TOO_LARGE,
    &UNRECOGNIZED,
    &DUPLICATE_SETTING,
    &UNKNOWN_KEY,
    &MULTIPLE_CONFIGS,
    &UNRESOLVED_REFERENCE,
    &SMTP_NOT_ENABLED,
];

/// Checks the paste as a whole. Returns `false` when nothing else should run
/// (empty, too large, nothing recognised).
pub fn check(cx: &mut Context) -> bool {
    let limit = crate::MAX_INPUT_BYTES;
    let bytes = cx.options.input_size(cx.input);
    if bytes > limit {
        cx.emit(
            Draft::new(
                &TOO_LARGE,
                format!(
                    "The input is {bytes} bytes ({}), more than the {} ({limit} bytes) this tool reads: it was not checked.",
                    size(bytes),
                    size(limit)
                ),
            )
            .fix(TOO_LARGE_FIX),
        );
        return false;
    }
    if cx
        .input
        .chars()
        .all(|c| c.is_whitespace() || crate::summary::is_invisible(c))
    {
        cx.emit(
            Draft::new(&EMPTY, "The input is empty: there is nothing to check.").fix(EMPTY_FIX),
        );
        return false;
    }
    if cx.configs.is_empty() {
        if let Some(d) = all_commented_out(cx) {
            cx.emit(d);
            return false;
        }
        cx.emit(Draft::new(&UNRECOGNIZED, unrecognized_message()).fix(UNRECOGNIZED_FIX));
        return false;
    }
    // Only a transport switch is active (`EMAIL_BACKEND = …console…` below
    // commented-out SMTP settings): the switch is reported, and so are the
    // commented-out settings, the paste's SMTP configuration.
    // (A DSN naming another transport, `MAILER_DSN=null://null`, is the
    // whole mail setting: a commented-out DSN beside it is an alternative
    // value of it, reported by `input/multiple-configs`.)
    let switch_only = |c: &Config| {
        c.fields
            .iter()
            .all(|f| f.role == Role::Transport && !f.value.text.contains("://"))
    };
    if cx.configs.iter().all(switch_only) {
        if let Some(d) = all_commented_out(cx) {
            cx.emit(d);
        }
    }
    let lines = cx.lines;
    // Built once, when the first unresolved reference needs it.
    let assigned = std::cell::OnceCell::new();
    // Built once, when the first setting written twice needs it.
    let branched = std::cell::OnceCell::new();
    let mut drafts = Vec::new();
    for (i, cfg) in cx.configs.iter().enumerate() {
        let mut found = duplicates(
            cfg,
            lines,
            || branched.get_or_init(|| in_branches(cx.doc)),
            || cx.doc.star_imports(),
        );
        found.extend(unknown_keys(cfg, cx.input));
        found.extend(references(cfg, cx.input, &assigned));
        found.extend(not_enabled(cfg));
        drafts.extend(found.into_iter().map(|d| d.config(Some(i))));
    }
    drafts.extend(multiple(cx, lines));
    for d in drafts {
        cx.emit(d);
    }
    true
}

/// `input/unrecognized` when the only SMTP settings are commented out:
/// the paste is read again with the comment markers of its commented-out
/// `key = value` lines blanked (same length, so every position still
/// points into the paste), and the settings found then are named.
fn all_commented_out(cx: &Context) -> Option<Draft> {
    // The copy only when there is something to blank (most pastes have no
    // commented-out entry: no 1 MiB copy for a 1 MiB paste).
    if !cx.doc.entries.iter().any(|e| e.commented()) {
        return None;
    }
    let mut bytes = cx.input.as_bytes().to_vec();
    let mut blanked = false;
    // Where the commented-out keys start, in order: only those settings are
    // named (an active line beside them is not "commented out").
    let mut commented: Vec<usize> = cx
        .doc
        .entries
        .iter()
        .filter(|e| e.commented())
        .map(|e| e.key_span().start)
        .collect();
    crate::sort::values(&mut commented);
    // Each byte blanked at most once: many commented-out keys on one long
    // line do not rescan it from its start each.
    let mut done = 0;
    for &key_start in &commented {
        let start = cx.lines.get().line_start(key_start).max(done);
        for b in &mut bytes[start..key_start] {
            if matches!(*b, b'#' | b'/' | b';' | b'-' | b'*') {
                *b = b' ';
                blanked = true;
            }
        }
        done = key_start;
    }
    if !blanked {
        return None;
    }
    // Only ASCII bytes were replaced by ASCII blanks: still UTF-8.
    let uncommented = String::from_utf8(bytes).ok()?;
    let configs = crate::extract::extract(&uncommented);
    let fields: Vec<&crate::model::Field> = configs
        .iter()
        .flat_map(|c| c.fields.iter())
        .filter(|f| commented.binary_search(&f.key_span.start).is_ok())
        .collect();
    let first = fields.iter().min_by_key(|f| f.key_span.start)?.whole_span();
    let mut at: Vec<usize> = fields.iter().map(|f| f.key_span.start).collect();
    crate::sort::values(&mut at);
    let lines = cx.lines;
    let mut numbers: Vec<usize> = at.iter().map(|&b| lines.line_of(b)).collect();
    numbers.dedup();
    let n = numbers.len();
    let shown: Vec<String> = numbers.iter().take(8).map(|l| l.to_string()).collect();
    let more = if n > 8 { ", …" } else { "" };
    let client = configs[0].dialect.name();
    Some(
        Draft::new(
            &UNRECOGNIZED,
            format!(
                "No active SMTP setting was found: {n} SMTP setting{} ({client}) {} commented out (line{} {}{more}), and commented-out lines are not read.",
                if n == 1 { "" } else { "s" },
                if n == 1 { "is" } else { "are" },
                if n == 1 { "" } else { "s" },
                shown.join(", ")
            ),
        )
        .fix("Remove the comment markers (`#`, `//`) from the settings the application uses and paste again; commented-out lines are not read by the client either.")
        .at(first),
    )
}

/// `1.5 MiB`, `1 MiB`, `900 KiB`.
fn size(bytes: usize) -> String {
    const MIB: usize = 1024 * 1024;
    if bytes >= MIB {
        let tenths = bytes * 10 / MIB;
        if tenths % 10 == 0 {
            format!("{} MiB", tenths / 10)
        } else {
            format!("{}.{} MiB", tenths / 10, tenths % 10)
        }
    } else {
        format!("{} KiB", bytes.div_ceil(1024))
    }
}

/// A value as it may be shown: secrets by line only.
fn shown_value(field: &Field, lines: &LazyLineIndex) -> String {
    if SECRET_ROLES.contains(&field.role) {
        format!("the value on line {}", lines.line_of(field.key_span.start))
    } else {
        let text = field
            .value
            .reference
            .as_deref()
            .unwrap_or(&field.value.text);
        format!(
            "`{}` on line {}",
            text.trim(),
            lines.line_of(field.key_span.start)
        )
    }
}

/// Where the keys and values written inside an `if`/`else` branch start
/// (one pass). A setting read from a call's argument (`$mail->setFrom('a')`)
/// is keyed by the call's name, which is no entry's key: its value, the
/// argument's entry, is.
fn in_branches(doc: &crate::extract::read::Document) -> rustc_hash::FxHashSet<usize> {
    doc.entries
        .iter()
        .filter(|e| e.flags & crate::extract::read::flag::CONDITIONAL != 0)
        .flat_map(|e| [e.key_span().start, e.value.span().start])
        .collect()
}

/// `input/duplicate-setting`: the same key twice with different values.
/// Values written in branches (`if (…) { Port = 465 } else { Port = 587
/// }`) are alternatives, not a duplicate: one of them runs.
fn duplicates<'b>(
    cfg: &Config,
    lines: &LazyLineIndex,
    branched: impl Fn() -> &'b rustc_hash::FxHashSet<usize>,
    layers: impl Fn() -> &'b [usize],
) -> Vec<Draft> {
    let mut out = Vec::new();
    let mut done: Vec<String> = Vec::new();
    for field in &cfg.fields {
        let key = field.key.to_ascii_lowercase();
        if done.contains(&key) {
            continue;
        }
        done.push(key.clone());
        let same: Vec<&Field> = cfg
            .fields
            .iter()
            .filter(|f| f.role == field.role && f.key.eq_ignore_ascii_case(&field.key))
            .collect();
        if same.len() < 2 {
            continue;
        }
        let used = if cfg.dialect.first_wins() {
            same[0]
        } else {
            same[same.len() - 1]
        };
        let rule = if cfg.dialect.first_wins() {
            "the first definition wins"
        } else {
            "the last assignment wins"
        };
        let alternative = |f: &Field| {
            let b = branched();
            b.contains(&f.key_span.start) || b.contains(&f.value.span.start)
        };
        // A settings module that star-imports another and then sets the
        // key again (`from .base import *` in production.py, pasted after
        // base.py) overrides it by design: one layer, not a duplicate.
        let layered = |f: &Field| {
            let (a, b) = (f.key_span.start, used.key_span.start);
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            let l = layers();
            let i = l.partition_point(|&p| p < lo);
            !cfg.dialect.first_wins() && a < b && l.get(i).is_some_and(|&p| p < hi)
        };
        for other in same
            .iter()
            .filter(|f| f.value.text != used.value.text)
            .filter(|f| !(alternative(f) && alternative(used)))
            .filter(|f| !layered(f))
        {
            out.push(
                Draft::new(
                    &DUPLICATE_SETTING,
                    format!(
                        "{} is set twice with different values: {} uses {} ({rule}) and ignores {}.",
                        used.key,
                        cfg.dialect.name(),
                        shown_value(used, lines),
                        shown_value(other, lines)
                    ),
                )
                .fix(format!(
                    "Delete the assignment on line {} so only the value on line {} remains (or move the value you want there).",
                    lines.line_of(other.key_span.start),
                    lines.line_of(used.key_span.start)
                ))
                .at(other.whole_span()),
            );
        }
    }
    out
}

/// How many edits a key may be away from a known one to count as a typo.
fn key_tolerance(key: &str) -> usize {
    match key.chars().count() {
        0..=3 => 0,
        4..=5 => 1,
        _ => 2,
    }
}

/// The key a misspelled or foreign key should be, and why.
///
/// Of two keys equally close, one the configuration does not set yet is
/// the likelier intent (`EMAIL_POST = 587` next to `EMAIL_HOST` means
/// `EMAIL_PORT`); `set` holds the keys as written in the configuration.
pub fn suggest_key(
    key: &str,
    known: &[&'static str],
    leftovers: crate::extract::profile::Pairs,
    set: &[&str],
) -> Option<(&'static str, &'static str)> {
    if known.contains(&key) {
        return None;
    }
    if let Some((_, to)) = leftovers.iter().find(|(from, _)| *from == key) {
        return Some((to, "leftover"));
    }
    if let Some(k) = known.iter().find(|k| k.eq_ignore_ascii_case(key)) {
        return Some((k, "case"));
    }
    if let Some((_, to)) = leftovers
        .iter()
        .find(|(from, _)| from.eq_ignore_ascii_case(key))
    {
        return Some((to, "leftover"));
    }
    let tolerance = key_tolerance(key);
    if tolerance == 0 {
        return None;
    }
    let mut best: Option<(&'static str, (usize, bool))> = None;
    let key_digits = || key.bytes().filter(u8::is_ascii_digit);
    for k in known {
        // Numbered variants (`SMTP_HOST2`) are other settings, not typos.
        // A key whose length alone puts it out of reach is passed over
        // before any distance is worked out (a paste's unknown keys meet
        // every known key here).
        if k.chars().count() < 4
            || (k.is_ascii() && key.is_ascii() && k.len().abs_diff(key.len()) > tolerance)
            || !k.bytes().filter(u8::is_ascii_digit).eq(key_digits())
        {
            continue;
        }
        // Swapped neighbours count as one edit only in long keys: in short
        // ones they turn real words into typos (`form` of `from`).
        let d = if tolerance >= 2 {
            swap_distance_within(key, k, tolerance)
        } else {
            distance_within(key, k, tolerance)
        };
        let rank = (d, set.iter().any(|w| key_matches(w, k)));
        if d > 0 && d <= tolerance && best.is_none_or(|(_, b)| rank < b) {
            best = Some((k, rank));
        }
    }
    best.map(|(k, _)| (k, "typo"))
}

/// `input/unknown-key`: near-misses and other libraries' keys only.
fn unknown_keys(cfg: &Config, input: &str) -> Vec<Draft> {
    // The client's key list is gathered (and sorted) only when there is a
    // key to suggest for: most configurations have none.
    if cfg.unknown_keys.is_empty() {
        return Vec::new();
    }
    let known = cfg.dialect.known_keys();
    let leftovers = cfg.dialect.leftover_keys();
    let name = cfg.dialect.name();
    let mut out = Vec::new();
    let set: Vec<&str> = cfg.fields.iter().map(|f| f.key.as_str()).collect();
    for u in &cfg.unknown_keys {
        let Some((should, why)) = suggest_key(&u.key, &known, leftovers, &set) else {
            continue;
        };
        // Another library's sender key that the report took as the From (the
        // paste has no From key of the client's own), beside names many apps
        // share: the app's own name for it (GrowthBook's `EMAIL_FROM` beside
        // Django's `EMAIL_HOST_USER`, Docuseal's `SMTP_FROM` beside the
        // Rails `SMTP_ADDRESS`), not a misnamed setting of this client.
        if why == "leftover"
            && cfg.dialect.shared_names
            && cfg
                .fields
                .iter()
                .any(|f| f.role == Role::From && f.key_span == u.span && !f.syntax.is_code())
        {
            continue;
        }
        // Another library's option this client has no setting for.
        if why == "leftover" && should.is_empty() {
            out.push(
                Draft::new(
                    &UNKNOWN_KEY,
                    format!(
                        "{name} does not read `{}` (another library's option, with no counterpart here): the setting does nothing.",
                        u.key
                    ),
                )
                .fix(format!("Remove `{}`.", u.key))
                .at(u.span.clone()),
            );
            continue;
        }
        let message = match why {
            "leftover" => format!(
                "{name} does not read `{}` (another library's name for it): the setting does nothing; {name} reads `{should}`.",
                u.key
            ),
            "case" => format!(
                "{name} does not read `{}`: key names are case-sensitive here, it reads `{should}`.",
                u.key
            ),
            _ => format!(
                "{name} does not read `{}`: did you mean `{should}`? As written, the setting does nothing.",
                u.key
            ),
        };
        // Only where the span is exactly the key as named (not `$mail->key`).
        let rename = (input.get(u.span.clone()) == Some(u.key.as_str())).then(|| Fix {
            title: format!("Rename to `{should}`"),
            applicability: Applicability::Unsafe,
            edits: vec![Edit {
                start: u.span.start,
                end: u.span.end,
                text: should.to_string(),
            }],
        });
        out.push(
            Draft::new(&UNKNOWN_KEY, message)
                .fix(format!("Rename `{}` to `{should}`.", u.key))
                .at(u.span.clone())
                .with_fix_opt(rename),
        );
    }
    out
}

/// What the rules could not check on a referenced value of this role.
fn skipped_checks(role: Role) -> &'static str {
    match role {
        Role::Host => "the host checks (typo, API host, whitespace, scheme or port in the host) and the Postmark-or-not decision",
        Role::Port => "the port checks (465, 25, unsupported ports) and the port/TLS consistency checks",
        Role::Username | Role::Password => "the whitespace, placeholder and token-shape checks and the username/password comparison",
        Role::From => "the From address checks (syntax, placeholder domain, public mailbox domain, verified senders)",
        Role::Stream => "the message stream/host checks",
        Role::Encryption | Role::StartTls | Role::ImplicitTls | Role::Scheme | Role::NoStartTls => "the TLS mode checks (implicit TLS vs STARTTLS, TLS switched off)",
        Role::Transport | Role::Enabled | Role::Disabled => "the transport checks (whether the client sends through SMTP at all)",
        Role::VerifyPeer | Role::SkipVerify | Role::VerifyMode => "the certificate verification checks",
        Role::TlsVersion => "the TLS version checks",
        Role::Auth | Role::AuthMethod => "the authentication setting checks",
        Role::AccountToken | Role::ServerToken => "the Account/Server token comparison",
        Role::CredentialsFile => "the credential checks",
        Role::Url => "the URL checks (credential encoding, host, port, scheme)",
    }
}

/// A reference as it may be shown: for secrets, a default value written
/// into the expression (`env('MAIL_PASSWORD', 'default')`) is cut off.
pub(crate) fn shown_reference(expr: &str, secret: bool) -> String {
    // Only the first line, at most 80 characters: on broken input an
    // "expression" can run over the next lines, which may hold secrets.
    let first = expr.trim().lines().next().unwrap_or("").trim_end();
    let expr = match first.char_indices().nth(80) {
        Some((i, _)) => format!("{}…", &first[..i]),
        None if first.len() < expr.trim().len() => format!("{first}…"),
        None => first.to_string(),
    };
    // Variable names (`env('MAIL_PASSWORD')`) are shown, never a quoted
    // literal that could be a secret (on broken input an expression can
    // swallow a neighbouring line).
    // `"#{ENV['X']}"` (Ruby) and `` `${process.env.X}` `` (JS) are the
    // expression inside: show that, not a string hidden as a literal.
    let expr = unwrap_interpolation(&expr);
    let expr = &hide_literals(expr, secret);
    if !secret {
        return expr.to_string();
    }
    let cut = [",", "||", "??", " or ", ":-", "|"]
        .iter()
        .filter_map(|m| expr.find(m))
        .min();
    match cut {
        Some(i) => format!("{}…", expr[..i].trim_end()),
        None => expr.to_string(),
    }
}

/// The inside of a string that is one interpolation and nothing else.
fn unwrap_interpolation(expr: &str) -> &str {
    let t = expr.trim();
    for q in ['"', '`'] {
        if let Some(inner) = t.strip_prefix(q).and_then(|r| r.strip_suffix(q)) {
            let one = (inner.starts_with("#{") || inner.starts_with("${"))
                && inner.ends_with('}')
                && inner.matches('{').count() == 1;
            if one {
                return inner;
            }
        }
    }
    t
}

/// Replaces quoted text that is not a plain name with `…`. For settings
/// that are not secret, a plain default (`'587'`, `"smtp/host"`) is shown.
fn hide_literals(expr: &str, secret: bool) -> String {
    let mut out = String::with_capacity(expr.len());
    let mut rest = expr;
    // After an assignment (`x = \n other['smtp_user_name'] = "…"`: a
    // value left empty swallowed the next setting), a literal is another
    // setting's value, never a name: hidden.
    let mut assigned = false;
    let mut depth = 0i32;
    while let Some(q) = rest.find(['\'', '"', '`']) {
        let quote = rest[q..].chars().next().unwrap_or('"');
        assigned |= assigns(&rest[..q], &mut depth);
        out.push_str(&rest[..=q]);
        let body = &rest[q + 1..];
        let close = body.find(quote).unwrap_or(body.len());
        let inner = &body[..close];
        let name_like = !assigned
            && inner.len() <= 40
            && inner
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || !secret)
            && inner.chars().all(|c| {
                c.is_ascii_alphanumeric()
                    || matches!(c, '_' | '.' | ':')
                    || (!secret && matches!(c, '-' | '/'))
            });
        out.push_str(if name_like { inner } else { "…" });
        rest = &body[close..];
        if let Some(c) = rest.chars().next() {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out.push_str(rest);
    out
}

/// Whether code holds an assignment outside brackets: a `=` that is not
/// part of `==`, `=>`, `!=`, `<=`, `>=` or `=~`, nor a keyword argument
/// (`default="…"`). `depth` carries the bracket depth across the pieces
/// of code between literals.
fn assigns(code: &str, depth: &mut i32) -> bool {
    let b = code.as_bytes();
    let mut found = false;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'(' | b'[' | b'{' => *depth += 1,
            b')' | b']' | b'}' => *depth -= 1,
            b'=' if *depth <= 0
                && !matches!(b.get(i + 1), Some(b'=' | b'>' | b'~'))
                && !(i > 0 && matches!(b[i - 1], b'=' | b'!' | b'<' | b'>')) =>
            {
                found = true
            }
            _ => {}
        }
    }
    found
}

/// `input/unresolved-reference`: one note per referenced setting.
fn references<'a>(
    cfg: &Config,
    input: &'a str,
    assigned: &std::cell::OnceCell<AssignedNames<'a>>,
) -> Vec<Draft> {
    let mut out = Vec::new();
    let mut seen: Vec<(String, String)> = Vec::new();
    let mut spans: Vec<std::ops::Range<usize>> = Vec::new();
    for f in &cfg.fields {
        let Some(expr) = &f.value.reference else {
            continue;
        };
        // A setting another one overrides (nodemailer's `service` preset
        // over a written host, a later duplicate) is not in use: the
        // checks skipped for it would not have applied anyway.
        if cfg
            .get(f.role)
            .is_some_and(|used| used.value.span != f.value.span && used.key_span != f.key_span)
        {
            continue;
        }
        let secret = SECRET_ROLES.contains(&f.role);
        let shown = shown_reference(expr, secret);
        // One note per place: a value that stands for two settings (the
        // username that is also the sender) is one reference.
        if seen.contains(&(f.key.clone(), shown.clone())) || spans.contains(&f.value.span) {
            continue;
        }
        seen.push((f.key.clone(), shown.clone()));
        spans.push(f.value.span.clone());
        // A variable assigned in the paste itself (`const myemail = '…'`)
        // is there, but its value is not followed.
        // (Only a plain identifier can be one: `var.pass` or
        // `process.env.X` is answered without the pass over the paste.)
        let name = expr.trim();
        let macro_of = cfg
            .dialect
            .send_macros
            .iter()
            .find(|(m, _)| name.contains(m));
        let (whence, fix) = if let Some((m, what)) = macro_of {
            // Filled in by the client itself: there is no other file to paste.
            (
                format!("where the client puts {what} in place of `{m}` when it sends"),
                format!("Make sure the address `{shown}` becomes (with {what}) is a verified Sender Signature or at a verified Domain in Postmark, or write the address in full."),
            )
        } else if let Some(block) = terraform_block_of(name, input) {
            // A data source is read from its provider when Terraform plans;
            // a resource's attribute is known once it is applied.
            let when = if block.starts_with("data.") {
                "reads it from the provider when it plans"
            } else {
                "knows it only once it applies that block"
            };
            (
                format!("a computed attribute of `{block}`, which the paste defines (Terraform {when})"),
                format!("Check the value `{shown}` takes when Terraform runs (e.g. through an output), or paste it to check it here."),
            )
        } else if AssignedNames::may_hold(name)
            && assigned
                .get_or_init(|| AssignedNames::new(input))
                .contains(name)
        {
            (
                "a variable assigned in the paste whose value is not followed here".into(),
                format!("Check the value `{shown}` is given separately (and where it comes from, e.g. the environment)."),
            )
        } else {
            (
                "which is not in the paste".into(),
                format!("Paste where `{shown}` is defined too (e.g. the .env or the environment settings), or check that value separately."),
            )
        };
        out.push(
            Draft::new(
                &UNRESOLVED_REFERENCE,
                format!(
                    "{} is read from `{shown}`, {whence}: {} were skipped for it.",
                    f.key,
                    skipped_checks(f.role)
                ),
            )
            .fix(fix)
            .at(f.value.span.clone()),
        );
    }
    out
}

/// The block a Terraform attribute reference reads (`aws_iam_access_key.smtp`
/// of `aws_iam_access_key.smtp.ses_smtp_password_v4`, `data.x.y` of
/// `data.x.y.attr`) when the paste defines it (`resource "aws_iam_access_key"
/// "smtp" {`, `data "x" "y" {`): the value is computed by the provider at
/// apply time (the SES SMTP password is derived from the access key's
/// secret), so it is in no file to paste. Only a reference of that shape
/// searches the text, once per occurrence of the quoted type.
fn terraform_block_of<'a>(expr: &'a str, input: &str) -> Option<&'a str> {
    let (keyword, rest) = match expr.strip_prefix("data.") {
        Some(rest) => ("data", rest),
        None => ("resource", expr),
    };
    let mut parts = rest.splitn(3, '.');
    let (ty, name, attr) = (parts.next()?, parts.next()?, parts.next()?);
    let word = |w: &str| {
        !w.is_empty()
            && w.bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
    };
    // A resource type is `provider_kind` (`var.x.y`, `local.a.b`,
    // `module.m.out` have no `_` in their first word).
    if !ty.contains('_') || !word(ty) || !word(name) || attr.is_empty() {
        return None;
    }
    let quoted_ty = format!("\"{ty}\"");
    let quoted_name = format!("\"{name}\"");
    let defined = input.match_indices(&quoted_ty).any(|(at, _)| {
        input[..at].trim_end().ends_with(keyword)
            && input[at + quoted_ty.len()..]
                .trim_start()
                .starts_with(&quoted_name)
    });
    defined.then(|| &expr[..expr.len() - attr.len() - 1])
}

/// The plain identifiers assigned somewhere in the text: `name = …`,
/// `const string name = …`, `$name = …` (not `name ==`, `a.name =`,
/// `x => …`). One pass: each `=` looks back over the blanks and the
/// identifier before it, which end at the previous `=` at the latest.
/// (Names borrowed from the text, not a String per `=`.) A map to 0, not a
/// set: the page then carries one hash table type fewer (the msmtp and
/// JavaMail tables' `&str → usize` maps have its code already).
struct AssignedNames<'a>(rustc_hash::FxHashMap<&'a str, usize>);

impl<'a> AssignedNames<'a> {
    fn new(input: &'a str) -> Self {
        let b = input.as_bytes();
        let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
        let mut names = rustc_hash::FxHashMap::default();
        for (at, _) in input.match_indices('=') {
            if matches!(b.get(at + 1), Some(b'=' | b'>')) {
                continue;
            }
            let mut end = at;
            while end > 0 && matches!(b[end - 1], b' ' | b'\t') {
                end -= 1;
            }
            let mut start = end;
            while start > 0 && ident(b[start - 1]) {
                start -= 1;
            }
            if start == end {
                continue;
            }
            if start > 0 && b[start - 1] == b'$' {
                start -= 1;
            }
            if start > 0 && (ident(b[start - 1]) || matches!(b[start - 1], b'.' | b'$')) {
                continue;
            }
            names.insert(&input[start..end], 0);
        }
        AssignedNames(names)
    }

    /// Whether `name` has the shape of the names kept: an identifier,
    /// `$` before it or not.
    fn may_hold(name: &str) -> bool {
        let n = name.strip_prefix('$').unwrap_or(name);
        !n.is_empty() && n.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_')
    }

    // `get`, not `contains_key`: the page has `get` of this map type already.
    #[allow(clippy::unnecessary_get_then_check)]
    fn contains(&self, name: &str) -> bool {
        self.0.get(name).is_some()
    }
}

/// What `input/unrecognized` says the tool reads, in short sentences: how
/// many clients and apps with the common ones by name, the syntaxes, and
/// where the whole list is. Not the whole list: with every table it ran to
/// 180 names, too long to read in a message.
fn unrecognized_message() -> String {
    let mut names: Vec<&str> = crate::extract::profile::tables::ALL
        .iter()
        .filter(|p| !p.infer)
        .map(|p| p.name)
        .collect();
    names.dedup();
    format!(
        "No SMTP setting was found. This tool reads {} clients and apps (Laravel, Django, \
         Rails, nodemailer, PHPMailer, WordPress, Symfony, Spring Boot, GitLab, Postfix, \
         SMTP URLs…) and any `SMTP_*`/`MAIL_*`/`EMAIL_*` settings. It reads .env, INI, YAML, \
         JSON, TOML, .properties, XML, HCL and Nix files, PowerShell and shell commands, and \
         JS/TS, PHP, Python, Ruby, Go, C#, Java/Kotlin, Elixir, Rust and Perl code. The full list is under \"Supported clients and apps\" in the \
         README (`smtp-probe rules --clients`).",
        names.len()
    )
}

#[cfg(test)]
fn assigned_in(input: &str, name: &str) -> bool {
    AssignedNames::new(input).contains(name)
}

/// Whether a commented-out key names an SMTP host or URL: the same key as
/// a host/URL setting of a configuration, or a common host key name.
/// `host_keys`: the host keys of the configurations, each with whether its
/// client reads key names case-sensitively (dma's `SMARTHOST`: a comment
/// `# smarthost support.` is prose, not that setting commented out).
fn names_host(key: &str, host_keys: &[(&str, bool)]) -> bool {
    if host_keys.iter().any(|&(k, case)| {
        if case {
            k == key
        } else {
            k.eq_ignore_ascii_case(key)
        }
    }) {
        return true;
    }
    let words = split_words(key);
    let mailish = words
        .iter()
        .any(|w| matches!(w.as_str(), "smtp" | "mail" | "email" | "mailer" | "relay"));
    let n = words.len();
    let last = words.last().map(String::as_str);
    let prev = n.checked_sub(2).map(|i| words[i].as_str());
    let host_word = match last {
        Some("host" | "hostname" | "server" | "relayhost" | "url" | "dsn") => true,
        // `SMTP_ADDRESS`, not `MAIL_FROM_ADDRESS`.
        Some("address") => matches!(prev, Some("smtp" | "mail" | "relay")),
        _ => false,
    };
    mailish && host_word || key.eq_ignore_ascii_case("relayhost")
}

/// Whether a value is the URL of a transport that is not SMTP: Symfony's
/// recipe line `# MAILER_DSN=null://null`, `sendmail://default`,
/// `native://default`, an HTTP API (`postmark+api://…`), django-environ's
/// `consolemail://`. Such a commented-out line is no SMTP alternative.
/// Schemes that speak SMTP name it (`smtp`, `smtps`, `smtp+tls`,
/// `postmark+smtp`) or wrap others (Symfony's `failover(…)`,
/// `roundrobin(…)`); the URL reader's other SMTP schemes
/// (django-environ's `submission://`, the Postmark bridge's `postmark://`)
/// count too.
fn other_transport_url(v: &str) -> bool {
    let Some((scheme, _)) = v.split_once("://") else {
        return false;
    };
    let scheme = scheme.to_ascii_lowercase();
    !scheme.is_empty()
        && scheme
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'))
        && !scheme.contains("smtp")
        && crate::extract::read::url::Scheme::from_word(&scheme).is_none()
}

/// Lowercase words of a key (`MAIL_HOST`, `smtpHost`, `smtp.host`).
fn split_words(key: &str) -> Vec<String> {
    crate::extract::profile::generic::words(key)
}

/// `input/multiple-configs`: several configurations, or commented-out hosts.
fn multiple(cx: &Context, lines: &LazyLineIndex) -> Option<Draft> {
    let host_keys: Vec<(&str, bool)> = cx
        .configs
        .iter()
        .flat_map(|c| c.fields.iter().map(|f| (f, c.dialect.case_sensitive)))
        .filter(|(f, _)| matches!(f.role, Role::Host | Role::Url))
        .map(|(f, case)| (f.key.as_str(), case))
        .collect();
    let doc = cx.doc;
    let commented: Vec<&crate::extract::read::Entry> = doc
        .entries
        .iter()
        .filter(|e| {
            // The flag first: most entries are active, and their value's
            // text is then never looked at (a trim per entry of the paste).
            if !e.commented() {
                return false;
            }
            let v = doc.text_of(&e.value).trim();
            // A word that ends a sentence (`# smarthost support.`) is
            // prose in a comment, not a host.
            !v.is_empty()
                && !v.contains(char::is_whitespace)
                && !v.ends_with(['.', ',', ':', ';', '!', '?'])
                && !other_transport_url(v)
                && names_host(doc.key_of(e), &host_keys)
        })
        .collect();
    let n = cx.configs.len();
    if n < 2 && commented.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    if n > 1 {
        let describe = |c: &Config| -> String {
            let mut s = c.dialect.name().to_string();
            if let Some(l) = &c.label {
                s = format!("{s} ({l})");
            }
            format!("{s} at line {}", lines.line_of(c.span.start))
        };
        let active: Vec<String> = cx
            .configs
            .iter()
            .filter(|c| c.active)
            .map(describe)
            .collect();
        // Say which one the client uses only where the dialect decided it.
        let which = match active.len() {
            1 if n > 1 => format!(" The client uses {}.", active[0]),
            _ => String::new(),
        };
        parts.push(format!(
            "The paste holds {n} SMTP configurations; each is checked on its own.{which}"
        ));
    }
    if !commented.is_empty() {
        let at: Vec<String> = commented
            .iter()
            .take(5)
            .map(|e| lines.line_of(e.key_span().start).to_string())
            .collect();
        parts.push(format!(
            "{} commented-out alternative{} (line{} {}) {} not checked.",
            commented.len(),
            if commented.len() == 1 { "" } else { "s" },
            if at.len() == 1 { "" } else { "s" },
            at.join(", "),
            if commented.len() == 1 { "is" } else { "are" }
        ));
    }
    let span = if n > 1 {
        cx.configs.get(1).map(|c| c.span.clone())
    } else {
        commented
            .first()
            .map(|e| e.key_span().start..e.value.span().end)
    };
    Some(
        Draft::new(&MULTIPLE_CONFIGS, parts.join(" "))
            .fix(MULTIPLE_CONFIGS_FIX)
            .span(span),
    )
}

/// `input/smtp-not-enabled`: the client's mail switch selects something
/// other than SMTP (see the table's [`Switch`](crate::extract::profile::Switch)).
/// Whether the client is told to send another way than SMTP: its
/// transport names something else (`MAIL_MAILER=log`, `EMAIL_BACKEND =
/// …console…`, `transport: 'sendmail'`, `postmark`), or its switch is off
/// and no mail leaves (not WP Mail SMTP's, which then sends with the
/// settings page's SMTP settings). Then its SMTP settings are ignored, and
/// what is missing from them is no problem ([`super::run`]).
pub fn smtp_switched_off(cfg: &Config) -> bool {
    let Some(sw) = cfg.dialect.switch else {
        return false;
    };
    let off = sw.off.is_none()
        && (cfg.get(Role::Enabled).is_some_and(|f| {
            f.value.literal().is_some()
                && crate::extract::profile::tls::truth(cfg.dialect, f) == Some(false)
        }) || switched_off_by_inverse(cfg).is_some());
    let other = cfg
        .get(Role::Transport)
        .and_then(|f| sw.selects_by(&f.key, f.value.literal()?))
        .is_some_and(|s| s != crate::extract::profile::Selects::Smtp);
    off || other
}

/// The switch as this paste writes it: the key written here where the
/// table's name for the switch does not hold it (`$mail2->Mailer`, not
/// `$mail->isSMTP()`), and the table's name said on the configuration's
/// own object otherwise (`$mail2->isSMTP()`).
fn switch_named(
    cfg: &Config,
    sw: &crate::extract::profile::Switch,
    written: Option<&Field>,
) -> String {
    let holds = |key: &str| {
        sw.name
            .to_ascii_lowercase()
            .contains(&key.to_ascii_lowercase())
    };
    match written {
        Some(f) if !holds(&f.key) => format!("`{}`", f.key),
        _ => cfg.on_own_object(sw.name),
    }
}

/// An inverted mail switch set to true (`SMTP_DISABLED=true`,
/// `DISABLE_EMAIL=true`), when no plain switch is written.
fn switched_off_by_inverse(cfg: &Config) -> Option<&Field> {
    if cfg.get(Role::Enabled).is_some() {
        return None;
    }
    cfg.get(Role::Disabled).filter(|f| {
        f.value.literal().is_some()
            && crate::extract::profile::tls::truth(cfg.dialect, f) == Some(true)
    })
}

/// `input/smtp-not-enabled` at a mail switch that is off: the switch as
/// written, what the client does instead, and how to turn it back on.
fn switch_off(cfg: &Config, sw: &crate::extract::profile::Switch, f: &Field, fix: String) -> Draft {
    let name = cfg.dialect.name();
    let (severity, then) = match sw.off {
        Some(instead) => (
            Severity::Warning,
            format!("{name} sends with {instead} instead"),
        ),
        None => (Severity::Error, format!("{name} sends no mail at all")),
    };
    Draft::new(
        &SMTP_NOT_ENABLED,
        format!(
            "`{}` switches SMTP off: {then}, and the SMTP settings here are ignored.",
            f.shown()
        ),
    )
    .severity(severity)
    .fix(fix)
    .at(f.whole_span())
}

fn not_enabled(cfg: &Config) -> Option<Draft> {
    let sw = cfg.dialect.switch?;
    let name = cfg.dialect.name();
    if let Some(f) = switched_off_by_inverse(cfg) {
        return Some(switch_off(
            cfg,
            &sw,
            f,
            format!("Set `{}` to false.", f.key),
        ));
    }
    if let Some(f) = cfg.get(Role::Enabled) {
        let on = f.value.literal().map(|t| {
            crate::extract::profile::tls::truth(cfg.dialect, f).unwrap_or(!t.trim().is_empty())
        });
        // An explicit off switch wins: the transport is never read then
        // (Gitea's `ENABLED = false` next to `PROTOCOL = smtp`).
        if on == Some(false) {
            let fix = format!("Turn {} on.", switch_named(cfg, &sw, Some(f)));
            return Some(switch_off(cfg, &sw, f, fix));
        }
    }
    if let Some(f) = cfg.get(Role::Transport) {
        use crate::extract::profile::Selects;
        let shown = f.shown();
        let (severity, what) = match sw.selects_by(&f.key, f.value.literal()?)? {
            Selects::Smtp => return None,
            Selects::NoMail => (Severity::Error, format!("`{shown}`: {name} keeps the mail (log, memory, console or file) and none of it leaves")),
            Selects::Local => (Severity::Warning, format!("`{shown}`: {name} hands the mail to a local program (sendmail) instead of an SMTP server")),
            Selects::Other => (Severity::Info, format!("`{shown}` selects another transport, which sends without these SMTP settings (with Postmark's HTTP API driver, the Server token is what matters)")),
        };
        // A transport chosen by a flag (`sendmail: true`) is undone by removing it.
        let fix = if sw.flag(f.value.literal()?).is_some() {
            format!("To send through Postmark's SMTP server, remove `{shown}` ({name} then uses SMTP); to keep the other transport, the SMTP settings can go.")
        } else {
            format!("To send through Postmark's SMTP server, set {} to its SMTP value (`{}`); to keep the other transport, the SMTP settings can go.", switch_named(cfg, &sw, Some(f)), sw.smtp.iter().next().unwrap_or("smtp"))
        };
        return Some(
            Draft::new(
                &SMTP_NOT_ENABLED,
                format!("{what}: the SMTP settings here are ignored."),
            )
            .severity(severity)
            .fix(fix)
            .at(f.whole_span()),
        );
    }
    // A written switch turns SMTP on: only without one does the client
    // fall back to `missing`. An inverse switch counts where it is the one
    // that chooses between SMTP and the client's other sender (its `off`
    // names that sender: OpenNMS's `useJMTA=false`); elsewhere it only
    // stops mail (Magento's `system/smtp/disable`), and the transport
    // still falls back. An unwritten switch may be in the environment file
    // the service loads and the paste does not hold.
    let inverse_chooses = sw.off.is_some() && cfg.get(Role::Disabled).is_some();
    if cfg.get(Role::Enabled).is_some() || inverse_chooses || cfg.env_source.is_some() {
        return None;
    }
    let instead = sw.missing?;
    let switch = switch_named(cfg, &sw, None);
    Some(
        Draft::new(&SMTP_NOT_ENABLED, format!("Nothing turns SMTP on ({switch} is not set): {name} sends with {instead}, and the SMTP settings here are ignored."))
            .fix(format!("Add {switch} so the SMTP settings are used."))
            .at(cfg.span.clone()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ids of the findings for a paste.
    use crate::lint_ids as ids;

    #[test]
    fn variables_assigned_in_the_paste() {
        assert!(assigned_in(
            "const myemail = 'a@b.c';\nfrom: myemail",
            "myemail"
        ));
        assert!(assigned_in("$pass= 'x';", "$pass"));
        assert!(!assigned_in("if (myemail == x) {}", "myemail"));
        assert!(!assigned_in(
            "cfg.myemail = 1; from: process.env.X",
            "myemail"
        ));
        assert!(!assigned_in(
            "from: process.env.MAIL_FROM",
            "process.env.MAIL_FROM"
        ));
    }

    #[test]
    fn every_kept_name_has_the_shape_asked_first() {
        // `may_hold` only passes over names the map could never hold.
        let text = "a = 1\n$b= 2\nc.d = 3\n_e1 =4\nx == y\nf => g\nh.i.j = k\n$$l = m\né = 5\n";
        let names = AssignedNames::new(text);
        assert!(!names.0.is_empty());
        for name in names.0.keys() {
            assert!(AssignedNames::may_hold(name), "{name:?}");
        }
        for (name, shaped) in [
            ("var.pass", false),
            ("process.env.X", false),
            ("$pass", true),
            ("SMTP_PASS", true),
            ("$", false),
            ("", false),
        ] {
            assert_eq!(AssignedNames::may_hold(name), shaped, "{name:?}");
        }
    }

    #[test]
    fn the_switch_is_named_on_the_pastes_own_object_and_key() {
        let lint = |t: &str| crate::lint(t, &crate::Options::default()).findings;
        let first = "<?php\n$mail = new PHPMailer(true);\n$mail->isSMTP();\n$mail->SMTPAuth = true;\n$mail->Host = 'smtp.postmarkapp.com';\n$mail->Port = 587;\n";
        // The second object never calls isSMTP(): its own call is named.
        let src = format!("{first}$mail2 = new PHPMailer(true);\n$mail2->Host = 'smtp.postmarkapp.com';\n$mail2->Port = 587;\n");
        let f = lint(&src);
        let off: Vec<_> = f
            .iter()
            .filter(|f| f.id == "input/smtp-not-enabled")
            .collect();
        assert_eq!(off.len(), 1, "{f:?}");
        assert!(off[0].message.contains("$mail2->isSMTP()"), "{:?}", off[0]);
        let fix = &off[0].fix;
        assert!(
            fix.contains("$mail2->isSMTP()") && !fix.contains("$mail->"),
            "{fix}"
        );
        // Its login switch too.
        let auth = f
            .iter()
            .find(|f| f.id == "auth/not-configured")
            .expect("auth");
        assert!(auth.message.contains("$mail2->SMTPAuth"), "{auth:?}");
        // A transport written on it: the fix names that key.
        let f = lint(&format!("{src}$mail2->Mailer = 'sendmail';\n"));
        let off = f
            .iter()
            .find(|f| f.id == "input/smtp-not-enabled")
            .expect("off");
        let fix = &off.fix;
        assert!(fix.contains("`$mail2->Mailer`"), "{fix}");
    }

    #[test]
    fn an_off_switch_wins_over_the_transport() {
        let ini = "[mailer]\nENABLED = false\nPROTOCOL = smtp+starttls\nSMTP_ADDR = smtp.postmarkapp.com\nSMTP_PORT = 587\n";
        assert!(ids(ini).iter().any(|i| i == "input/smtp-not-enabled"));
        let on = ini.replace("ENABLED = false", "ENABLED = true");
        assert!(!ids(&on).iter().any(|i| i == "input/smtp-not-enabled"));
        // A switch that cannot be read leaves the transport to decide.
        let dummy = ini
            .replace("ENABLED = false", "ENABLED = ${MAIL_ON}")
            .replace("smtp+starttls", "dummy");
        assert!(ids(&dummy).iter().any(|i| i == "input/smtp-not-enabled"));
    }

    #[test]
    fn suggests_keys() {
        let known = [
            "MAIL_HOST",
            "MAIL_PORT",
            "MAIL_PASSWORD",
            "MAIL_USERNAME",
            "secure",
            "host",
            "port",
        ];
        let left = crate::extract::profile::pairs![("secureConnection", "secure")];
        assert_eq!(
            suggest_key("MAIL_PASWORD", &known, left, &[]),
            Some(("MAIL_PASSWORD", "typo"))
        );
        assert_eq!(
            suggest_key("mail_host", &known, left, &[]),
            Some(("MAIL_HOST", "case"))
        );
        assert_eq!(
            suggest_key("secureConnection", &known, left, &[]),
            Some(("secure", "leftover"))
        );
        assert_eq!(suggest_key("MAIL_HOST", &known, left, &[]), None);
        // Unrelated keys and numbered variants are not flagged.
        assert_eq!(suggest_key("MAIL_FROM_NAME", &known, left, &[]), None);
        assert_eq!(suggest_key("MAIL_HOST2", &known, left, &[]), None);
        assert_eq!(suggest_key("to", &known, left, &[]), None);
        assert_eq!(suggest_key("hots", &known, left, &[]), None);
    }

    #[test]
    fn an_equally_close_key_not_yet_set_is_preferred() {
        let known = ["EMAIL_HOST", "EMAIL_PORT", "EMAIL_USE_SSL", "EMAIL_USE_TLS"];
        // A swap of neighbours is one edit in a long key.
        assert_eq!(
            suggest_key(
                "EMAIL_USE_TSL",
                &known,
                crate::extract::profile::Pairs::NONE,
                &["EMAIL_USE_SSL"]
            ),
            Some(("EMAIL_USE_TLS", "typo"))
        );
        // Two keys one edit away: the one the paste already sets loses.
        assert_eq!(
            suggest_key(
                "EMAIL_POST",
                &known,
                crate::extract::profile::Pairs::NONE,
                &["EMAIL_HOST"]
            ),
            Some(("EMAIL_PORT", "typo"))
        );
        assert_eq!(
            suggest_key(
                "EMAIL_POST",
                &known,
                crate::extract::profile::Pairs::NONE,
                &["EMAIL_PORT"]
            ),
            Some(("EMAIL_HOST", "typo"))
        );
        // Nothing set: the first of equals, as before.
        assert_eq!(
            suggest_key(
                "EMAIL_POST",
                &known,
                crate::extract::profile::Pairs::NONE,
                &[]
            ),
            Some(("EMAIL_HOST", "typo"))
        );
    }

    /// A Terraform attribute of a resource the paste defines (the SES SMTP
    /// password of an `aws_iam_access_key`) is computed at apply time, not
    /// missing from the paste; a resource it does not define is.
    #[test]
    fn a_cast_reference_with_a_default_stays_a_reference_spanning_the_expression() {
        // PHP: a cast and parentheses around the environment read, and a
        // literal default after `??` or `?:`, are still the reference.
        for (src, expr) in [
            (
                "<?php\n$mail->isSMTP();\n$mail->Host = 'smtp.postmarkapp.com';\n$mail->Port = (int) ($_ENV['MAIL_PORT'] ?? 587);\n",
                "(int) ($_ENV['MAIL_PORT'] ?? 587)",
            ),
            (
                "<?php\n$mail->isSMTP();\n$mail->Host = 'smtp.postmarkapp.com';\n$mail->Port = (int) getenv('SMTP_PORT') ?: 587;\n",
                "(int) getenv('SMTP_PORT') ?: 587",
            ),
        ] {
            let r = crate::lint(src, &crate::Options::default());
            assert_eq!(r.configs[0].settings.port, None, "{src}");
            let note = r
                .findings
                .iter()
                .find(|f| f.id == "input/unresolved-reference" && f.message.contains("Port"))
                .unwrap_or_else(|| panic!("{src}: {:?}", r.findings));
            let span = note.span.as_ref().expect("span");
            assert_eq!(&src[span.start..span.end], expr);
        }
    }

    #[test]
    fn a_computed_terraform_attribute_is_not_missing_from_the_paste() {
        let data = "resource \"kubernetes_secret\" \"mail\" {\n  data = {\n    SMTP_HOST = \"smtp.postmarkapp.com\"\n    SMTP_PORT = \"587\"\n    SMTP_USERNAME = aws_iam_access_key.smtp.id\n    SMTP_PASSWORD = aws_iam_access_key.smtp.ses_smtp_password_v4\n  }\n}\n";
        let notes = |src: &str| -> Vec<String> {
            crate::lint(src, &crate::Options::default())
                .findings
                .into_iter()
                .filter(|f| f.id == "input/unresolved-reference")
                .map(|f| f.message)
                .collect()
        };
        let defined = format!(
            "resource \"aws_iam_access_key\"   \"smtp\" {{\n  user = aws_iam_user.smtp.name\n}}\n{data}"
        );
        let got = notes(&defined);
        assert_eq!(got.len(), 2, "{got:?}");
        for n in &got {
            assert!(
                n.contains("computed attribute of `aws_iam_access_key.smtp`"),
                "{n}"
            );
            assert!(!n.contains("not in the paste"), "{n}");
        }
        let got = notes(data);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(
            got.iter().all(|n| n.contains("not in the paste")),
            "{got:?}"
        );
        // Another block of the same type is not the one read.
        let other = defined.replace("\"smtp\" {", "\"ci\" {");
        assert!(notes(&other).iter().all(|n| n.contains("not in the paste")));
        assert_eq!(terraform_block_of("var.smtp.password", &defined), None);
        // A data source's attribute: read when Terraform plans.
        let data = "data \"onepassword_item\" \"smtp\" {\n  vault = \"v\"\n}\n";
        assert_eq!(
            terraform_block_of("data.onepassword_item.smtp.password", data),
            Some("data.onepassword_item.smtp")
        );
        assert_eq!(
            terraform_block_of("onepassword_item.smtp.password", data),
            None
        );
    }

    #[test]
    fn a_reference_another_setting_overrides_gets_no_note() {
        // nodemailer applies a `service` preset over a written host and
        // port: their references are not in use, no checks were skipped.
        let src = "nodemailer.createTransport({\n  service: 'gmail',\n  host: process.env.EMAIL_HOST,\n  port: process.env.EMAIL_PORT,\n  auth: { user: process.env.EMAIL_USER, pass: 'x' },\n});\n";
        let r = crate::lint(src, &crate::Options::default());
        let notes: Vec<&str> = r
            .findings
            .iter()
            .filter(|f| f.id == "input/unresolved-reference")
            .map(|f| f.message.as_str())
            .collect();
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(notes[0].starts_with("user is read from"), "{notes:?}");
    }

    #[test]
    fn references_hide_literals_after_an_assignment() {
        // A port left empty at a line end reads the next line (Ruby).
        assert_eq!(
            shown_reference(
                "gitlab_rails['smtp_user_name'] = \"000a0a00-0a00-aaa0-aaaa-a000aa0a00aa\"",
                false
            ),
            "gitlab_rails['smtp_user_name'] = \"…\""
        );
        assert_eq!(
            shown_reference("env('MAIL_HOST', 'smtp-relay.example.com')", false),
            "env('MAIL_HOST', 'smtp-relay.example.com')"
        );
        assert_eq!(
            shown_reference("x == 'a-b' ? 1 : 2", false),
            "x == 'a-b' ? 1 : 2"
        );
        // A keyword argument is no assignment.
        assert_eq!(
            shown_reference(
                "env(\"EMAIL_HOST\", default=\"smtp.postmarkapp.com\")",
                false
            ),
            "env(\"EMAIL_HOST\", default=\"smtp.postmarkapp.com\")"
        );
    }

    #[test]
    fn references_hide_default_secrets() {
        assert_eq!(
            shown_reference("env('MAIL_PASSWORD', 'hunter2hunter2')", true),
            "env('MAIL_PASSWORD'…"
        );
        assert_eq!(
            shown_reference("process.env.SMTP_PASS || 'x'", true),
            "process.env.SMTP_PASS…"
        );
        assert_eq!(shown_reference("${SMTP_PASS}", true), "${SMTP_PASS}");
    }

    #[test]
    fn commented_out_settings_are_named() {
        let py = "DEBUG = False\n# EMAIL_HOST = 'smtp.postmarkapp.com'\n# EMAIL_PORT = 587\n#EMAIL_HOST_USER = 'x'\n";
        let report = crate::lint(py, &crate::Options::default());
        assert_eq!(report.findings.len(), 1);
        let f = &report.findings[0];
        assert_eq!(f.id, "input/unrecognized");
        assert!(f.message.contains("3 SMTP settings"), "{}", f.message);
        assert!(f.message.contains("lines 2, 3, 4"), "{}", f.message);
        let plain = crate::lint("# just a comment\nA = 1\n", &crate::Options::default());
        let m = &plain.findings[0].message;
        assert!(m.starts_with("No SMTP setting was found"), "{m}");
        // Short sentences, a handful of names and where the full list is.
        assert!(m.contains("Supported clients and apps"), "{m}");
        assert!(m.split(". ").all(|s| s.len() < 200), "{m}");
        assert!(m.len() < 600, "{m}");
    }

    #[test]
    fn sizes() {
        assert_eq!(size(1024 * 1024), "1 MiB");
        assert_eq!(size(3 * 1024 * 1024 / 2), "1.5 MiB");
        assert_eq!(size(1000), "1 KiB");
    }

    #[test]
    fn commented_host_keys() {
        assert!(names_host("MAIL_HOST", &[]));
        assert!(names_host("EMAIL_HOST", &[]));
        assert!(names_host("relayhost", &[]));
        assert!(names_host("MAILER_DSN", &[]));
        assert!(!names_host("DB_HOST", &[]));
        assert!(!names_host("MAIL_FROM_ADDRESS", &[]));
        assert!(names_host("smtp_address", &[]));
        assert!(names_host("Server", &[("Server", false)]));
        assert!(names_host("server", &[("Server", false)]));
        // A client that reads its names case-sensitively (dma's SMARTHOST).
        assert!(names_host("SMARTHOST", &[("SMARTHOST", true)]));
        assert!(!names_host("smarthost", &[("SMARTHOST", true)]));
    }

    #[test]
    fn a_settings_layer_over_a_star_import_is_no_duplicate() {
        let split = "# settings/base.py\nEMAIL_BACKEND = \"django.core.mail.backends.console.EmailBackend\"\nEMAIL_PORT = 25\n\n# settings/production.py\nfrom .base import *  # noqa\n\nEMAIL_BACKEND = \"django.core.mail.backends.smtp.EmailBackend\"\nEMAIL_HOST = \"smtp.postmarkapp.com\"\nEMAIL_PORT = 587\nEMAIL_USE_TLS = True\nEMAIL_HOST_USER = \"1f86c2b4-52a7-4e0b-9a6d-3c0f2e8d5948\"\nEMAIL_HOST_PASSWORD = \"1f86c2b4-52a7-4e0b-9a6d-3c0f2e8d5948\"\n";
        assert!(!ids(split).iter().any(|i| i == "input/duplicate-setting"));
        // Without the import, one module sets EMAIL_PORT twice.
        let one = split.replace("from .base import *  # noqa\n", "");
        assert!(ids(&one).iter().any(|i| i == "input/duplicate-setting"));
        assert_eq!(
            crate::extract::read::code::star_imports(
                "x = 1\n  from a.b import *  # noqa\nfrom c import d\n"
            ),
            vec![6]
        );
    }

    #[test]
    fn a_settings_layer_that_sets_the_host_again_overrides_it() {
        // production.py's host over base.py's local catcher: one
        // configuration with production's settings, read where production
        // writes them (no second configuration, no note on base's host).
        let src = "# settings/base.py\nEMAIL_HOST = \"localhost\"\nEMAIL_PORT = 1025\nDEFAULT_FROM_EMAIL = \"webmaster@localhost\"\n\n# settings/production.py\nfrom .base import *  # noqa\n\nEMAIL_HOST = \"smtp.postmarkapp.com\"\nEMAIL_PORT = 587\nEMAIL_USE_TLS = True\nEMAIL_HOST_USER = \"1f86c2b4-52a7-4e0b-9a6d-3c0f2e8d5948\"\nEMAIL_HOST_PASSWORD = \"1f86c2b4-52a7-4e0b-9a6d-3c0f2e8d5948\"\nDEFAULT_FROM_EMAIL = \"noreply@acme-tools.io\"\n";
        let r = crate::lint(src, &crate::Options::default());
        assert_eq!(r.configs.len(), 1, "{:?}", r.configs);
        let c = &r.configs[0];
        assert_eq!(c.settings.host.as_deref(), Some("smtp.postmarkapp.com"));
        assert_eq!(c.settings.port, Some(587));
        assert_eq!(c.settings.from.as_deref(), Some("noreply@acme-tools.io"));
        let ids = ids(src);
        assert!(
            !ids.iter()
                .any(|i| i == "host/other-provider" || i == "input/multiple-configs"),
            "{ids:?}"
        );
        // One module setting its host twice is still two configurations;
        // so are two siblings over the same base (development.py, then
        // production.py, each `from .base import *`).
        let one = src.replace("from .base import *  # noqa\n", "");
        assert_eq!(
            crate::lint(&one, &crate::Options::default()).configs.len(),
            2
        );
        let siblings = format!(
            "from .base import *\n{}",
            src.replace("# settings/base.py\n", "")
        );
        assert_eq!(
            crate::lint(&siblings, &crate::Options::default())
                .configs
                .len(),
            2
        );
    }

    #[test]
    fn a_commented_out_transport_that_is_not_smtp_is_no_alternative() {
        // Symfony's recipe block with the user's DSN under it.
        let env = "###> symfony/mailer ###\n# MAILER_DSN=null://null\nMAILER_DSN=smtp://a9c2e471-3f0d-4b8e-96a5-1d7c0e2f9b38:a9c2e471-3f0d-4b8e-96a5-1d7c0e2f9b38@smtp.postmarkapp.com:587\n###< symfony/mailer ###\n";
        assert!(!ids(env).iter().any(|i| i == "input/multiple-configs"));
        // A commented-out SMTP DSN still is one.
        let smtp = env.replace("null://null", "smtp://localhost:1025");
        assert!(ids(&smtp).iter().any(|i| i == "input/multiple-configs"));
        assert!(other_transport_url("sendmail://default"));
        assert!(other_transport_url("postmark+api://KEY@default"));
        assert!(!other_transport_url("postmark+smtp://KEY@default"));
        assert!(!other_transport_url("smtps://u:p@smtp.postmarkapp.com"));
        assert!(!other_transport_url("smtp.postmarkapp.com"));
    }

    #[test]
    fn prose_in_a_comment_is_no_commented_out_host() {
        // dma's stock dma.conf: `# smarthost support.` ends a sentence.
        let conf = "# Your smarthost (also called relayhost).  Leave blank if you don't want\n# smarthost support.\n# NOTE: on Debian systems this is handled via debconf\n# Please use dpkg-reconfigure dma to change this value\nSMARTHOST smtp.postmarkapp.com\nPORT 587\nAUTHPATH /etc/dma/auth.conf\nSECURETRANSFER\nSTARTTLS\n";
        let r = crate::lint(conf, &crate::Options::default());
        assert_eq!(r.configs[0].client, "dma");
        assert!(
            !r.findings.iter().any(|f| f.id == "input/multiple-configs"),
            "{:?}",
            r.findings
        );
        // A host commented out is still named.
        let r = crate::lint(
            &format!("{conf}#SMARTHOST mail.acme.io\n"),
            &crate::Options::default(),
        );
        assert!(
            r.findings.iter().any(|f| f.id == "input/multiple-configs"),
            "{:?}",
            r.findings
        );
    }
}

#[cfg(test)]
mod commented_out_tests {
    #[test]
    fn only_the_commented_out_lines_are_named() {
        let text = "EMAIL_FROM=\"no-reply@example.com\"\nEMAIL_TRANSPORT=\"smtp\"\n# EMAIL_SMTP_HOST=\"smtp.postmarkapp.com\"\n# EMAIL_SMTP_PORT=587\n";
        let r = crate::lint(text, &crate::Options::default());
        let f = r
            .findings
            .iter()
            .find(|f| f.id == "input/unrecognized")
            .expect("unrecognized");
        assert!(f.message.contains("2 SMTP settings"), "{}", f.message);
        assert!(f.message.contains("(lines 3, 4)"), "{}", f.message);
    }
}

#[cfg(test)]
mod switched_off_tests {
    use crate::lint_ids as ids;

    #[test]
    fn a_non_smtp_transport_makes_missing_smtp_settings_moot() {
        for src in [
            "MAIL_MAILER=log\nMAIL_FROM_ADDRESS=hello@acme-widgets.io\n",
            "EMAIL_BACKEND = 'django.core.mail.backends.console.EmailBackend'\nDEFAULT_FROM_EMAIL = 'hello@acme-widgets.io'\n",
            "{\n  \"mail\": {\n    \"transport\": \"sendmail\",\n    \"from\": \"hello@acme-widgets.io\"\n  }\n}\n",
        ] {
            let ids = ids(src);
            assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{src}: {ids:?}");
            for moot in ["host/missing", "auth/missing-username", "auth/missing-password", "tls/disabled", "port/missing"] {
                assert!(!ids.iter().any(|i| i == moot), "{src}: {ids:?}");
            }
        }
        // With SMTP selected, the same gaps are reported.
        let ids = ids("MAIL_MAILER=smtp\nMAIL_PORT=587\nMAIL_FROM_ADDRESS=hello@acme-widgets.io\n");
        assert!(ids.iter().any(|i| i == "host/missing"), "{ids:?}");
    }

    /// An inverted switch (`EMAIL_DISABLED=true`, `DISABLE_SMTP=yes`) turns
    /// mail off as `EMAIL_ENABLED=false` does; its near misses do not.
    #[test]
    fn an_inverted_mail_switch_set_to_true_turns_mail_off() {
        let body = "SMTP_PORT=587\nSMTP_USER=\nSMTP_PASS=\nSMTP_FROM=App <app@acme-widgets.io>\n";
        for k in [
            "EMAIL_DISABLED=true",
            "MAIL_DISABLED=1",
            "APP_EMAIL_DISABLED=true",
            "DISABLE_SMTP=yes",
        ] {
            let ids = ids(&format!("{k}\n{body}"));
            assert!(
                ids.iter().any(|i| i == "input/smtp-not-enabled"),
                "{k}: {ids:?}"
            );
            for moot in [
                "host/missing",
                "auth/missing-username",
                "auth/missing-password",
            ] {
                assert!(!ids.iter().any(|i| i == moot), "{k}: {ids:?}");
            }
        }
        for k in [
            "EMAIL_DISABLED=false",
            "DISABLE_EMAIL_VERIFICATION=true",
            "EMAIL_VERIFICATION_DISABLED=true",
            "USERS_DISABLED=true",
            // A plain switch written beside it decides.
            "EMAIL_ENABLED=true\nEMAIL_DISABLED=true",
        ] {
            let ids = ids(&format!("{k}\n{body}"));
            assert!(
                !ids.iter().any(|i| i == "input/smtp-not-enabled"),
                "{k}: {ids:?}"
            );
        }
    }

    #[test]
    fn the_engine_and_the_rule_read_the_switch_alike() {
        // A backend named by its dotted path is a configuration to report,
        // as `MAIL_MAILER=log` is.
        for src in [
            "EMAIL_BACKEND = 'django.core.mail.backends.console.EmailBackend'\n",
            "MAIL_MAILER=log\n",
        ] {
            let ids = ids(src);
            assert!(
                ids.iter().any(|i| i == "input/smtp-not-enabled"),
                "{src}: {ids:?}"
            );
            assert!(
                !ids.iter().any(|i| i == "input/unrecognized"),
                "{src}: {ids:?}"
            );
        }
    }
}

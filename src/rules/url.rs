//! `url/*` rules: SMTP URLs and DSNs (`smtp://user:pass@host:587`).
//!
//! Looks at every `Role::Url` setting and at SMTP URLs written as the value
//! of an active `KEY=value` line (so a `MAILER_DSN` is checked even when no
//! dialect claims it), re-reading the raw text with [`crate::extract::url`].

use std::ops::Range;

use super::Context;
use crate::extract::read::{Val, ValKind};
use crate::extract::url;
use crate::model::Role;
use crate::registry::Rule;
use crate::report::{redact, Draft, Severity};

/// Reserved characters left unencoded in the user or password of a URL.
///
/// **Example**: `MAILER_DSN=smtp://apikey:ab/c@d@smtp.postmarkapp.com:587`.
pub static UNENCODED_CREDENTIALS: Rule = Rule {
    id: "url/unencoded-credentials",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "`@`, `/`, `#`, `?`, `%` (not followed by two hex digits), or `:` in the user name, inside the user or password of an SMTP URL/DSN are not percent-encoded. Shows the encoded form, with the secret redacted.",
    why: "A URL uses those characters to separate its parts: URL parsers end the host part at the first `/`, `?` or `#` and read `%` as the start of an escape, so an unencoded character in the password makes the client read another user, password, host or port than the one you wrote. Postmark then refuses the login (535) or the client cannot even connect.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAILER_DSN=smtp://user:pa/ss@smtp.postmarkapp.com:587",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Percent-encode the characters in the user and password: `@` → %40, `:` → %3A, `/` → %2F, `?` → %3F, `#` → %23, `%` → %25.",
    network: false,
};

/// Every rule of this family.
pub static RULES: &[&Rule] = &[&UNENCODED_CREDENTIALS];

/// The spans of SMTP URLs to check, each with the key that holds it.
fn candidates(cx: &Context) -> Vec<(Range<usize>, String)> {
    let mut out: Vec<(Range<usize>, String)> = Vec::new();
    for f in cx.configs.iter().flat_map(|c| c.all(Role::Url)) {
        if f.value.is_reference() || !f.value.verbatim {
            continue;
        }
        let v = &f.value.span;
        for r in url::find_all(cx.input.get(v.clone()).unwrap_or("")) {
            out.push((v.start + r.start..v.start + r.end, f.key.clone()));
        }
    }
    // Starts already listed: a set, so many URLs stay linear. (u32: an
    // input is at most 1 MiB, and the page carries a u32 set already.)
    let mut seen: rustc_hash::FxHashSet<u32> = out.iter().map(|(s, _)| s.start as u32).collect();
    let doc = cx.doc;
    let ignored: rustc_hash::FxHashSet<u32> = cx
        .configs
        .iter()
        .flat_map(|c| c.ignored.iter().map(|r| r.start as u32))
        .collect();
    for e in doc.active() {
        if e.value.kind != ValKind::Literal || e.value.text != Val::VERBATIM {
            continue;
        }
        let v = e.value.span();
        // A URL the configuration's client ignores (Hoppscotch's
        // `MAILER_SMTP_URL` in custom mode) is not checked.
        if ignored.contains(&(v.start as u32)) {
            continue;
        }
        for r in url::find_all(cx.input.get(v.clone()).unwrap_or("")) {
            let span = v.start + r.start..v.start + r.end;
            if seen.insert(span.start as u32) {
                out.push((span, doc.key_of(e).to_string()));
            }
        }
    }
    crate::sort::by_key(&mut out, |(s, _)| s.start);
    out
}

/// Checks every SMTP URL in the paste.
pub fn check(cx: &mut Context) {
    for (span, key) in candidates(cx) {
        let Some(parsed) = url::parse(cx.input, span.clone()) else {
            continue;
        };
        let Some(creds) = parsed.credentials(cx.input) else {
            continue;
        };
        let config = cx
            .configs
            .iter()
            .position(|c| c.fields.iter().any(|f| f.value.span.contains(&span.start)))
            .or_else(|| cx.configs.iter().position(|c| c.span.contains(&span.start)));
        // A client that takes the user information up to the last `@`
        // reads an `@` in it right.
        let last_at = config.is_some_and(|i| cx.configs[i].dialect.userinfo_to_last_at);
        let bad: Vec<&url::Unencoded> = creds
            .chars
            .iter()
            .filter(|c| !(c.harmless || last_at && c.ch == '@'))
            .collect();
        let Some(first) = bad.first() else {
            continue;
        };
        let listed: Vec<String> = bad
            .iter()
            .take(4)
            .map(|c| {
                format!(
                    "`{}` (character {} of the {})",
                    c.ch,
                    c.index + 1,
                    if c.in_password {
                        "password"
                    } else {
                        "user name"
                    }
                )
            })
            .collect();
        let mut kinds: Vec<char> = bad.iter().map(|c| c.ch).collect();
        kinds.dedup();
        crate::sort::values(&mut kinds);
        kinds.dedup();
        let encodings: Vec<String> = kinds
            .iter()
            .map(|c| format!("`{c}` → {}", url::encode_userinfo(&c.to_string())))
            .collect();
        let consequence = if creds.splits_wrong {
            "URL parsers split it in the wrong place and read another user, password or host"
        } else {
            "some URL parsers split it in the wrong place"
        };
        let (user, password) = match creds.encoded_userinfo.split_once(':') {
            Some((u, p)) => (u.to_string(), Some(p.to_string())),
            None => (creds.encoded_userinfo.clone(), None),
        };
        let shown = match password {
            Some(p) => format!("{}:{}", redact(&user), redact(&p)),
            None => redact(&user),
        };
        let after = cx
            .input
            .get(creds.userinfo.end..span.end)
            .unwrap_or("")
            .to_string();
        let scheme = cx.input.get(parsed.scheme.raw.clone()).unwrap_or("smtp");
        let d = Draft::new(
            &UNENCODED_CREDENTIALS,
            format!(
                "The credentials in {key} contain {} that {} not percent-encoded: {consequence}.",
                listed.join(", "),
                if bad.len() == 1 { "is" } else { "are" }
            ),
        )
        .fix(format!(
            "Percent-encode them ({}): {scheme}://{shown}{after} (credentials shortened here).",
            encodings.join(", ")
        ))
        .at(first.at..first.at + first.ch.len_utf8())
        .config(config);
        cx.emit(d);
    }
}

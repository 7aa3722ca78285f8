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
        // A URL written in part (`smtp://${U}:${P}@host`): its
        // credentials are not in the paste, so not checked either.
        if f.value.is_reference()
            || !f.value.verbatim
            || crate::extract::read::refs::has_template(&f.value.text, true)
        {
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
        if nothing_to_encode(cx.input.get(span.clone()).unwrap_or("")) {
            continue;
        }
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

/// Whether a URL's credentials surely hold no character to encode, from
/// its text alone: after the first `://`, no `/ # ? %` and at most one `@`.
/// [`url::parse`] takes the credentials from that text, ending them before
/// an `@` of it or at the first `/ ? #`, and the user name at the first
/// `:`: then the user holds none of the characters
/// [`url::SmtpUrl::credentials`] lists, and the password at most a `:`
/// (harmless). Most URLs are such (`smtp://user:pass@host:587`), and need
/// no parse here (a parse per URL was most of a paste of URLs' rules).
fn nothing_to_encode(url: &str) -> bool {
    // (The scheme is a few bytes: a search set up for a long text costs
    // more than this walk.)
    let Some(sep) = url.as_bytes().windows(3).position(|w| w == b"://") else {
        return false;
    };
    let rest = url.as_bytes().get(sep + 3..).unwrap_or(&[]);
    let mut ats = 0;
    for &b in rest {
        match b {
            b'/' | b'#' | b'?' | b'%' => return false,
            b'@' => ats += 1,
            _ => {}
        }
    }
    ats <= 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The characters to encode `credentials` lists, past harmless ones.
    fn to_encode(text: &str) -> usize {
        url::parse(text, 0..text.len())
            .and_then(|u| u.credentials(text))
            .map_or(0, |c| c.chars.iter().filter(|c| !c.harmless).count())
    }

    #[test]
    fn a_url_said_clean_has_nothing_to_encode() {
        for clean in [
            "smtp://user:pass@smtp.postmarkapp.com:587",
            "smtps://user:pa:ss@smtp.postmarkapp.com",
            "smtp://smtp.postmarkapp.com:587",
            "smtp://token:secret",
        ] {
            assert!(nothing_to_encode(clean), "{clean}");
            assert_eq!(to_encode(clean), 0, "{clean}");
        }
        for not_said in [
            "smtp://us@er:pass@smtp.postmarkapp.com:587",
            "smtp://user:pa/ss@smtp.postmarkapp.com:587",
            "smtp://user:pa%zz@smtp.postmarkapp.com",
            "smtp://user:pass@smtp.postmarkapp.com:587/?x=1",
            "smtp:/user",
        ] {
            assert!(!nothing_to_encode(not_said), "{not_said}");
        }
        assert!(to_encode("smtp://us@er:pass@smtp.postmarkapp.com:587") > 0);
    }

    proptest! {
        // Never a URL with something to encode said clean.
        #[test]
        fn nothing_to_encode_is_never_wrong(
            scheme in "(smtp|smtps|submission|postmark\\+smtp)",
            rest in "[a-c:@/#?% .0-9\\[\\]]{0,24}",
        ) {
            let text = format!("{scheme}://{rest}");
            if nothing_to_encode(&text) {
                prop_assert_eq!(to_encode(&text), 0, "{}", text);
            }
        }
    }
}

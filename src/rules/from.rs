//! `from/*` rules: the sender address.
//!
//! Postmark only sends from a confirmed Sender Signature (one address) or a
//! verified Domain, and public mailbox domains cannot be verified. The From
//! value may be a bare address or `Name <address>`; the checks run in this
//! order and stop at the first that explains the problem:
//! `from/placeholder` (a template domain such as `YOUR_DOMAIN.com` or
//! `<domain>`, whatever its syntax: the value was meant to be replaced, so
//! its syntax is not the problem), `from/invalid` for a value with no `@`
//! at all (a label such as `From Email` or `your email`, not an address with
//! a stray blank: one finding, quoting the value as written),
//! `from/whitespace` (then the address is read without those characters),
//! `from/invalid`, `from/local-domain`, then `from/free-mail` and
//! `from/not-verified` (the latter only when none of the domain findings
//! fired).
//!
//! `from/not-verified` decision: an entry with `@` matches that exact address
//! (case-insensitive); a domain entry matches an address at that domain or at
//! any subdomain of it. Postmark verifies the exact domain, but whether a
//! subdomain is covered depends on how the account was set up; a false alarm
//! is worse than a miss here, and the native probe's `from/rejected` reports
//! a real refusal.
//!
//! Scope: `from/invalid` and `from/whitespace` break any client and run for
//! every configuration; the others are Postmark's rules and run only for
//! configurations aimed at Postmark ([`Target::Postmark`]): a local test
//! catcher happily takes `test@example.com`.

use std::ops::Range;

use super::host::Target;
use super::similar::{char_name, is_blank_or_invisible};
use super::Context;
use crate::extract::profile::{pairs, words, Pairs, Words};
use crate::extract::Config;
use crate::extract::Write;
use crate::model::{Field, Quote, Role};
use crate::registry::Rule;
use crate::report::{Draft, Severity};

/// No From address in the configuration.
///
/// **Example**: a Laravel `.env` without `MAIL_FROM_ADDRESS`.
pub static MISSING: Rule = Rule {
    id: "from/missing",
    severity: Severity::Info,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The configuration has no From address (or it is empty), so the sender checks cannot run. Says where the detected client expects it.",
    why: "Postmark refuses mail whose From is not a confirmed Sender Signature or an address at a verified Domain (\"422 The 'From' address you supplied is not a Sender Signature on your account\"). The From is often set in code rather than in the SMTP settings; the check needs it to tell.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Paste the From setting too (e.g. `MAIL_FROM_ADDRESS`), or make sure the address your code uses is verified in Postmark.",
    network: false,
};

/// Not a valid address.
///
/// **Example**: `John, Doe <john@acme.io>` (unquoted comma) or `noreply@`.
pub static INVALID: Rule = Rule {
    id: "from/invalid",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The From value is not a valid address: no `@` or more than one, an empty or over-long local part, dots at the wrong place, characters not allowed in an address or domain, or a display name with unquoted special characters (`,` `;` `:` `@` `[` `]`) before `<address>`.",
    why: "The client or Postmark cannot read the sender: libraries refuse to send (\"Invalid address\", \"does not comply with addr-spec of RFC 2822\") and Postmark answers \"Invalid 'From' address\". An unquoted comma in the display name splits it into two addresses.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_FROM_ADDRESS=\"John, Doe <john@acme.io>\"",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Write a plain address (`john@acme.io`), or quote a display name with special characters: `\"John, Doe\" <john@acme.io>`.",
    network: false,
};

/// Spaces or invisible characters inside the address.
///
/// **Example**: `john @acme.io` or a NO-BREAK SPACE copied from a web page.
pub static WHITESPACE: Rule = Rule {
    id: "from/whitespace",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The address part of From contains spaces, tabs or invisible characters (U+00A0, U+200B, U+FEFF…); blanks around a display name or just inside `< >` are fine. Names the character and its position.",
    why: "An address cannot contain blanks: the client rejects it or sends an address that matches no Sender Signature, and Postmark refuses the mail. Invisible characters are not removed by the usual trimming.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_FROM_ADDRESS=\"john@acme.io\u{00A0}\"",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Retype the address without the extra characters.",
    network: false,
};

/// A documentation domain or template value.
///
/// **Example**: `MAIL_FROM_ADDRESS=hello@example.com`.
pub static PLACEHOLDER: Rule = Rule {
    id: "from/placeholder",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The From domain is a stand-in from documentation or a template, in any language: `example.com`/`.org`/`.net`, `yourdomain.com`, `your-domain.com`, `mydomain.com`, `domain.tld`, `custom.tld`, `your.domain`, `company.com`, `tudominio.com`, `dominio.com`, `beispiel.de`, `exemple.fr`, `esempio.it`, `voorbeeld.nl`… (any `.tld` or `.domain` ending too).",
    why: "Nobody can verify such a domain in Postmark, so every message is refused (\"The 'From' address you supplied is not a Sender Signature on your account\"); the template value was meant to be replaced.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_FROM_ADDRESS=hello@example.com",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Use an address at your own domain that is verified in Postmark (Sender Signatures).",
    network: false,
};

/// A domain that only exists locally.
///
/// **Example**: `DEFAULT_FROM_EMAIL = 'webmaster@localhost'` (Django's default).
pub static LOCAL_DOMAIN: Rule = Rule {
    id: "from/local-domain",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The From domain cannot exist on the internet: `localhost`, a single label (`noreply@myserver`), a reserved or private top-level domain (`.local`, `.localhost`, `.test`, `.internal`, `.lan`, `.localdomain`, `.home.arpa`, `.invalid`, `.example`), or an IP literal (`[192.0.2.1]`).",
    why: "Postmark can only verify a public domain through DNS, so mail from such an address is refused; frameworks often default to one (Django's `webmaster@localhost`, a container's host name).",
    #[cfg(not(target_arch = "wasm32"))]
    example: "DEFAULT_FROM_EMAIL = 'webmaster@localhost'",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Set From to an address at your own public domain, verified in Postmark.",
    network: false,
};

/// A public mailbox domain.
///
/// **Example**: `MAIL_FROM_ADDRESS=me@gmail.com`.
pub static FREE_MAIL: Rule = Rule {
    id: "from/free-mail",
    severity: Severity::Warning,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The From address is at a public mailbox provider: gmail.com, googlemail.com, yahoo.*, outlook.com, hotmail.*, live.*, msn.com, icloud.com, me.com, aol.com, gmx.*, web.de, mail.ru, yandex.*, proton.me, protonmail.com, zoho.com, qq.com, 163.com….",
    why: "Postmark does not accept public mailbox domains as Domains or Sender Signatures: you do not control their DNS, so you cannot add DKIM, and their DMARC policies tell receivers to reject mail they did not send. Messages are refused or land in spam.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_FROM_ADDRESS=myshop@gmail.com",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Send from an address at a domain you own (e.g. `hello@yourshop.com`) and verify that domain in Postmark.",
    network: false,
};

/// From is none of the verified senders the user listed.
///
/// **Example**: verified `acme.io`, From `hello@acme.com`.
pub static NOT_VERIFIED: Rule = Rule {
    id: "from/not-verified",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "When verified Sender Signatures / Domains were given: the From address matches none of them. An address entry matches that exact address (case-insensitive); a domain entry matches addresses at that domain and its subdomains.",
    why: "Postmark refuses every message whose From is not a confirmed Sender Signature or an address at a verified Domain: \"422 The 'From' address you supplied is not a Sender Signature on your account\".",
    #[cfg(not(target_arch = "wasm32"))]
    example: "# verified: acme.io\nMAIL_FROM_ADDRESS=hello@acme.com",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Change From to a verified address or domain, or add this one in Postmark (Sender Signatures › Add Domain or Signature).",
    network: false,
};

/// Network: MAIL FROM refused.
pub static REJECTED: Rule = Rule {
    id: "from/rejected",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The server refused MAIL FROM or a test send, e.g. because the sender signature is not found (quotes the reply; checked by the native probe).",
    why: "A successful login does not prove mail will be accepted: Postmark checks the From against your Sender Signatures and Domains for every message.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "smtp-probe: 550 5.7.1 The 'From' address you supplied is not a Sender Signature on your account",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Verify the sender in Postmark (Sender Signatures) or use an address at a verified Domain.",
    network: true,
};

/// Every rule of this family.
pub static RULES: &[&Rule] = &[
    &MISSING,
    &INVALID,
    &WHITESPACE,
    &PLACEHOLDER,
    &LOCAL_DOMAIN,
    &FREE_MAIL,
    &NOT_VERIFIED,
    &REJECTED,
];

/// Checks this family for every configuration.
pub fn check(cx: &mut Context) {
    for (i, cfg) in cx.configs.iter().enumerate() {
        let pm = cx.targets[i] == Target::Postmark;
        for d in check_config(cfg, &cx.options.verified, pm) {
            cx.emit(d.config(Some(i)));
        }
    }
}

/// `pm`: whether the configuration sends to Postmark.
fn check_config(cfg: &Config, verified: &[String], pm: bool) -> Vec<Draft> {
    let mut out = Vec::new();
    let Some(field) = cfg.get(Role::From) else {
        if pm {
            out.push(missing(cfg, None));
        }
        return out;
    };
    if field.value.is_reference() {
        return out;
    }
    let text = field.value.text.as_str();
    let nullish = field.value.quote == Quote::None
        && ["null", "(null)", "nil", "none", "~"]
            .iter()
            .any(|n| text.trim().eq_ignore_ascii_case(n));
    if text.trim().is_empty() || nullish {
        if pm {
            out.push(missing(cfg, Some(field)));
        }
        return out;
    }
    // A placeholder is a placeholder whatever the target.
    if let Some(d) = placeholder_anywhere(cfg, field, text, pm) {
        out.push(d);
        return out;
    }
    let Some(mailbox) = split_mailbox(text) else {
        out.push(invalid(
            cfg,
            field,
            text,
            "its `<` and `>` do not pair up".into(),
            0..text.len(),
        ));
        return out;
    };
    if let Some(reason) = display_name_problem(mailbox.display) {
        out.push(invalid(cfg, field, text, reason, 0..text.len()));
        return out;
    }
    let raw = &text[mailbox.addr.clone()];
    let lead = raw.len() - raw.trim_start_matches([' ', '\t']).len();
    let trail = raw.len() - raw.trim_end_matches([' ', '\t', '\r', '\n']).len();
    let addr_range = mailbox.addr.start + lead..mailbox.addr.end - trail.min(raw.len() - lead);
    let addr_text = &text[addr_range.clone()];
    let blanks: Vec<(usize, char)> = addr_text
        .char_indices()
        .filter(|(_, c)| is_blank_or_invisible(*c))
        .collect();
    let address: String = addr_text
        .chars()
        .filter(|c| !is_blank_or_invisible(*c))
        .collect();
    if !address.contains('@') {
        // Not an address with a stray blank but a label or a name (`From
        // Email`): say that once, quoting it as written.
        out.push(invalid(
            cfg,
            field,
            addr_text,
            "it has no `@`".into(),
            addr_range,
        ));
        return out;
    }
    if let Some(&(b, c)) = blanks.first() {
        let pos = addr_text[..b].chars().count() + 1;
        let name = char_name(c);
        let (code, words) = name.split_once(' ').unwrap_or((name.as_str(), "character"));
        let more = if blanks.len() > 1 {
            format!(", and {} more", blanks.len() - 1)
        } else {
            String::new()
        };
        out.push(
            Draft::new(
                &WHITESPACE,
                format!(
                    "The From address `{}` in {} has a {words} ({code}) at character {pos}{more}: an address cannot contain blanks.",
                    addr_text.trim_matches(is_blank_or_invisible),
                    field.key
                ),
            )
            .fix(format!("Set {}.", cfg.dialect.write(cfg, &Write::From(&address))))
            .at(field.value.sub_span(addr_range.start + b..addr_range.start + b + c.len_utf8())),
        );
    }
    let span = field.value.sub_span(addr_range.clone());
    if let Some(reason) = address_problem(&address) {
        out.push(invalid(cfg, field, addr_text, reason, addr_range));
        return out;
    }
    if !pm {
        return out;
    }
    let domain = address
        .rsplit_once('@')
        .map_or("", |(_, d)| d)
        .to_ascii_lowercase();
    let domain = domain.trim_end_matches('.');
    let own = "an address at your own domain, verified in Postmark";
    if let Some(why) = local_domain(domain) {
        out.push(
            Draft::new(
                &LOCAL_DOMAIN,
                format!("The From address `{address}` is at `{domain}`, {why}: it cannot be verified in Postmark."),
            )
            .fix(format!("Set From to {own}: {}.", cfg.dialect.write(cfg, &Write::From("hello@<your verified domain>"))))
            .at(span),
        );
        return out;
    }
    if let Some(provider) = free_mail(domain) {
        out.push(
            Draft::new(
                &FREE_MAIL,
                format!(
                    "The From address `{address}` is at {provider}, a public mailbox domain: Postmark cannot verify it as your Domain."
                ),
            )
            .fix(format!("Send from {own}: {}.", cfg.dialect.write(cfg, &Write::From("hello@<your verified domain>"))))
            .at(span.clone()),
        );
    }
    if !verified.is_empty() && !is_verified(&address, verified) {
        let list = verified.join(", ");
        out.push(
            Draft::new(
                &NOT_VERIFIED,
                format!("The From address `{address}` matches none of the verified senders you listed ({list})."),
            )
            .fix(format!(
                "Use a verified sender (e.g. {}) or add `{domain}` in Postmark (Sender Signatures).",
                cfg.dialect.write(cfg, &Write::From(&example_sender(verified)))
            ))
            .at(span),
        );
    }
    out
}

/// `from/placeholder` for a From whose domain (the text after its last
/// `@`) is a template stand-in, read before any syntax check: `YOUR_DOMAIN.com`
/// and `<domain>` are not valid domains, but the problem is the template.
fn placeholder_anywhere(cfg: &Config, field: &Field, text: &str, pm: bool) -> Option<Draft> {
    let at = text.rfind('@')?;
    let before = &text[..at];
    let mut domain = text[at + 1..].trim_end();
    // `Name <noreply@<domain>>`: the last `>` closes the mailbox.
    if before.contains('<') {
        domain = domain.strip_suffix('>').unwrap_or(domain).trim_end();
    }
    let lower = domain.to_lowercase();
    if !is_placeholder_domain(lower.trim_end_matches('.')) {
        return None;
    }
    let start = before.rfind(['<', ' ', '\t']).map_or(0, |i| i + 1).min(at);
    let end = at + 1 + domain.len();
    let address = text[start..end].trim();
    Some(
        Draft::new(
            &PLACEHOLDER,
            format!("The From address `{address}` is at `{domain}`, a placeholder domain from documentation or a template."),
        )
        .fix(if pm {
            format!(
                "Set {} (an address at your own domain, verified in Postmark).",
                cfg.dialect.write(cfg, &Write::From("hello@<your verified domain>"))
            )
        } else {
            format!(
                "Set {} (an address at your own domain).",
                cfg.dialect.write(cfg, &Write::From("hello@<your domain>"))
            )
        })
        .at(field.value.sub_span(start..end)),
    )
}

fn missing(cfg: &Config, field: Option<&Field>) -> Draft {
    let hint = cfg.dialect.sender_hint();
    let d = match field {
        Some(f) => Draft::new(
            &MISSING,
            format!("{} is empty: the sender checks could not run.", f.key),
        )
        .at(f.whole_span()),
        None => Draft::new(
            &MISSING,
            format!(
                "No From address in this {} configuration: the sender checks could not run.",
                cfg.dialect.name()
            ),
        ),
    };
    d.fix(format!(
        "The From address is set in {hint}; paste it too, or check that it is a verified Sender Signature or Domain in Postmark."
    ))
}

fn invalid(cfg: &Config, field: &Field, shown: &str, reason: String, range: Range<usize>) -> Draft {
    Draft::new(
        &INVALID,
        format!(
            "The From value `{}` in {} is not a valid address: {reason}.",
            shown.trim(),
            field.key
        ),
    )
    .fix(format!(
        "Set {} (a display name with special characters goes in double quotes: `\"Doe, John\" <john@…>`).",
        cfg.dialect.write(cfg, &Write::From("hello@<your verified domain>"))
    ))
    .at(field.value.sub_span(range))
}

/// A verified address or one at a verified domain, for the fix.
fn example_sender(verified: &[String]) -> String {
    let first = verified.first().map(String::as_str).unwrap_or("");
    let v = first
        .trim()
        .trim_start_matches("*.")
        .trim_start_matches('@');
    if v.contains('@') {
        v.to_string()
    } else {
        format!("hello@{v}")
    }
}

// ---------------------------------------------------------------------------
// Address syntax

/// `Name <addr>` split into byte ranges of `text`.
pub struct Mailbox<'a> {
    pub display: &'a str,
    pub addr: Range<usize>,
}

/// Splits a From value into display name and address; `None` when angle
/// brackets do not pair up or text follows the `>`.
pub fn split_mailbox(text: &str) -> Option<Mailbox<'_>> {
    match (text.rfind('<'), text.rfind('>')) {
        (None, None) => Some(Mailbox {
            display: "",
            addr: 0..text.len(),
        }),
        (Some(lt), Some(gt)) if lt < gt => {
            if !text[gt + 1..].trim().is_empty() || text[..lt].contains(['<', '>']) {
                return None;
            }
            Some(Mailbox {
                display: text[..lt].trim(),
                addr: lt + 1..gt,
            })
        }
        _ => None,
    }
}

/// Why a display name needs quoting, or `None` when it is fine. Quoted
/// names (`"Doe, John"`) may hold anything but a lone `"`; unquoted ones may
/// not hold `,` `;` `:` `@` `[` `]` `"` `<` `>` (RFC 5322 specials; `.` is
/// accepted, as every library does).
pub fn display_name_problem(name: &str) -> Option<String> {
    let n = name.trim();
    if n.is_empty() {
        return None;
    }
    if n.len() >= 2 && n.starts_with('"') && n.ends_with('"') {
        let inner = &n[1..n.len() - 1];
        let mut escaped = false;
        for c in inner.chars() {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => {
                    return Some("the display name has a `\"` inside its quotes".into())
                }
                _ => {}
            }
        }
        return None;
    }
    let special = n
        .chars()
        .find(|c| matches!(c, ',' | ';' | ':' | '@' | '[' | ']' | '"' | '<' | '>'))?;
    Some(format!(
        "the display name `{n}` has an unquoted `{special}`; write it in double quotes: `\"{}\" <address>`",
        n.replace('"', "")
    ))
}

/// Why `addr` is not a valid addr-spec (`local@domain`), or `None`.
/// Non-ASCII letters are accepted (internationalised addresses).
pub fn address_problem(addr: &str) -> Option<String> {
    if addr.is_empty() {
        return Some("the address is empty".into());
    }
    let (local, domain) = if let Some(quoted) = addr.strip_prefix('"') {
        // A quoted local part: `"john doe"@acme.io`.
        let Some(close) = quoted.find('"').map(|i| i + 1) else {
            return Some("the quoted part before `@` is not closed".into());
        };
        let rest = &addr[close + 1..];
        let Some(domain) = rest.strip_prefix('@') else {
            return Some("nothing but `@domain` may follow a quoted local part".into());
        };
        (&addr[..=close], domain)
    } else {
        let ats = addr.matches('@').count();
        if ats == 0 {
            return Some("it has no `@`".into());
        }
        if ats > 1 {
            return Some(format!("it has {ats} `@` signs; an address has one"));
        }
        let (l, d) = addr.split_once('@')?;
        if let Some(p) = local_problem(l) {
            return Some(p);
        }
        (l, d)
    };
    if local.len() > 64 {
        return Some("the part before `@` is longer than 64 characters".into());
    }
    domain_problem(domain)
}

fn local_problem(local: &str) -> Option<String> {
    if local.is_empty() {
        return Some("nothing comes before the `@`".into());
    }
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return Some(
            "the part before `@` starts or ends with a dot, or has two dots in a row".into(),
        );
    }
    let atext = |c: char| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c);
    local
        .chars()
        .find(|c| !atext(*c))
        .map(|c| format!("`{c}` is not allowed before the `@` unless that part is quoted"))
}

fn domain_problem(domain: &str) -> Option<String> {
    if domain.is_empty() {
        return Some("nothing comes after the `@`".into());
    }
    if domain.starts_with('[') && domain.ends_with(']') {
        return None; // an IP literal: valid syntax, judged by `from/local-domain`
    }
    let d = domain.strip_suffix('.').unwrap_or(domain);
    if d.len() > 253 {
        return Some("the domain is longer than 253 characters".into());
    }
    for label in d.split('.') {
        if label.is_empty() {
            return Some(format!(
                "the domain `{domain}` has an empty part (two dots in a row, or a dot at an end)"
            ));
        }
        if label.chars().count() > 63 {
            return Some(format!(
                "the domain part `{label}` is longer than 63 characters"
            ));
        }
        if let Some(c) = label.chars().find(|c| !(c.is_alphanumeric() || *c == '-')) {
            return Some(format!("`{c}` is not allowed in the domain `{domain}`"));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Some(format!("the domain part `{label}` starts or ends with `-`"));
        }
    }
    None
}

// ---------------------------------------------------------------------------
// Domains

/// Second-level names used as stand-ins in documentation and templates,
/// across languages (compared without `-`).
const PLACEHOLDER_NAMES: Words = words![
    "example",
    "examples",
    "yourdomain",
    "mydomain",
    "domain",
    "yoursite",
    "mysite",
    "yourwebsite",
    "mywebsite",
    "yourcompany",
    "mycompany",
    "company",
    "yourapp",
    "yourbusiness",
    "yourbrand",
    "yourorg",
    "yourserver",
    "yourhost",
    "sitename",
    "tudominio",
    "midominio",
    "dominio",
    "tusitio",
    "seudominio",
    "meudominio",
    "beispiel",
    "deinedomain",
    "ihredomain",
    "meinedomain",
    "exemple",
    "mondomaine",
    "votredomaine",
    "esempio",
    "tuodominio",
    "ejemplo",
    "exemplo",
    "voorbeeld",
    "jouwdomein",
    "przyklad",
    "twojadomena",
    "primer",
    "esimerkki",
    "eksempel",
    "exempel",
];

/// Two-part public suffixes, so that `example.co.uk` is read as `example`.
const TWO_PART_SUFFIXES: Words = words![
    "co.uk", "org.uk", "com.au", "com.br", "co.jp", "co.nz", "com.mx", "com.ar", "co.za", "com.tr",
    "co.in", "com.es",
];

/// The registrable label: `mail.example.co.uk` → `example`.
fn second_level(domain: &str) -> Option<&str> {
    let labels: Vec<&str> = domain.split('.').collect();
    let n = labels.len();
    if n < 2 {
        return None;
    }
    let suffix2 = format!("{}.{}", labels[n - 2], labels[n - 1]);
    if n >= 3 && TWO_PART_SUFFIXES.contains(&suffix2) {
        Some(labels[n - 3])
    } else {
        Some(labels[n - 2])
    }
}

/// Whether a (lowercase) domain is a documentation or template stand-in:
/// a known stand-in name (`yourdomain`, `your_domain`, `your-domain`,
/// `your domain`), a `.tld` ending, or a template slot (`<domain>`,
/// `{domain}`, `{{ domain }}`, `[your domain]`, `%DOMAIN%`).
pub fn is_placeholder_domain(domain: &str) -> bool {
    // `.tld`, and `.domain` (no such top-level domain: `admin@your.domain`
    // in Bluesky's PDS README, `mail.domain`).
    if domain.ends_with(".tld") || domain == "tld" || domain.ends_with(".domain") {
        return true;
    }
    let slot = [("<", ">"), ("{", "}"), ("[", "]"), ("%", "%")]
        .iter()
        .find_map(|(o, c)| domain.strip_prefix(o)?.strip_suffix(c));
    if let Some(inner) = slot {
        // `[192.0.2.1]` and `[IPv6:…]` are address literals, not slots.
        return inner.chars().any(|c| c.is_alphabetic())
            && !inner.starts_with("ipv6:")
            && !inner.contains(':');
    }
    let stand_in = |name: &str| {
        let name: String = name
            .chars()
            .filter(|c| !matches!(c, '-' | '_' | ' '))
            .collect();
        PLACEHOLDER_NAMES.contains(&name)
    };
    match second_level(domain) {
        Some(name) => stand_in(name),
        // `noreply@YOUR_DOMAIN`: a single label that is a stand-in name.
        None => stand_in(domain),
    }
}

/// Why a (lowercase) domain only exists locally, or `None`.
pub fn local_domain(domain: &str) -> Option<&'static str> {
    if domain.starts_with('[') {
        return Some("an IP address, not a domain");
    }
    if domain.parse::<core::net::Ipv4Addr>().is_ok() {
        return Some("an IP address, not a domain");
    }
    if domain == "localhost" || domain.ends_with(".localhost") {
        return Some("this machine's name");
    }
    if !domain.contains('.') {
        return Some("a single-label name that only exists on a local network");
    }
    const RESERVED: Pairs = pairs![
        (".local", "a local-network (mDNS) name"),
        (".localdomain", "a local-network name"),
        (".lan", "a local-network name"),
        (".home", "a local-network name"),
        (".home.arpa", "a home-network name"),
        (".internal", "a private-network name"),
        (".corp", "a private-network name"),
        (".test", "a reserved testing domain"),
        (".invalid", "a reserved invalid domain"),
        (".example", "a reserved documentation domain"),
    ];
    RESERVED
        .iter()
        .find(|(s, _)| domain.ends_with(s))
        .map(|(_, why)| why)
}

/// Public mailbox domains (exact).
const FREE_DOMAINS: Words = words![
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "msn.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "aol.com",
    "ymail.com",
    "rocketmail.com",
    "web.de",
    "t-online.de",
    "freenet.de",
    "mail.ru",
    "bk.ru",
    "inbox.ru",
    "list.ru",
    "ya.ru",
    "proton.me",
    "protonmail.com",
    "protonmail.ch",
    "pm.me",
    "zoho.com",
    "zohomail.com",
    "qq.com",
    "163.com",
    "126.com",
    "yeah.net",
    "sina.com",
    "naver.com",
    "daum.net",
    "hanmail.net",
    "rediffmail.com",
    "libero.it",
    "orange.fr",
    "wanadoo.fr",
    "laposte.net",
    "free.fr",
    "btinternet.com",
    "comcast.net",
    "verizon.net",
    "att.net",
    "sbcglobal.net",
    "tutanota.com",
    "tuta.io",
    "mail.com",
    "seznam.cz",
    "wp.pl",
    "o2.pl",
    "interia.pl",
];

/// Providers whose mailbox domain exists under many country endings
/// (`yahoo.co.uk`, `hotmail.fr`, `gmx.de`).
const FREE_FAMILIES: [&str; 6] = ["yahoo", "hotmail", "outlook", "live", "gmx", "yandex"];

/// The public mailbox provider a (lowercase) domain belongs to, for messages.
pub fn free_mail(domain: &str) -> Option<String> {
    if FREE_DOMAINS.contains(domain) {
        return Some(domain.to_string());
    }
    let labels: Vec<&str> = domain.split('.').collect();
    // `yahoo.com`, `yahoo.co.uk`, `hotmail.fr`: the family name right before
    // a one- or two-part ending, never a company's own subdomain.
    let family = match labels.as_slice() {
        [name, _] => Some(*name),
        [name, second, _] if second.len() <= 3 => Some(*name),
        _ => None,
    };
    family
        .filter(|f| FREE_FAMILIES.contains(f))
        .map(|_| domain.to_string())
}

/// Whether an address matches the verified list (see the module docs).
pub fn is_verified(address: &str, verified: &[String]) -> bool {
    let addr = address.to_lowercase();
    let domain = addr
        .rsplit_once('@')
        .map_or("", |(_, d)| d)
        .trim_end_matches('.');
    verified.iter().any(|v| {
        let v = crate::summary::bare_address(v).to_lowercase();
        if v.contains('@') && !v.starts_with('@') {
            v == addr
        } else {
            let d = v
                .trim_start_matches("*.")
                .trim_start_matches('@')
                .trim_end_matches('.');
            !d.is_empty()
                && (domain == d || domain.strip_suffix(d).is_some_and(|p| p.ends_with('.')))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        for ok in [
            "a@b.c",
            "john.doe+tag@mail.acme.io",
            "\"john doe\"@acme.io",
            "ü@bücher.de",
            "a@[192.0.2.1]",
        ] {
            assert_eq!(address_problem(ok), None, "{ok}");
        }
        for bad in [
            "noreply", "a@@b.c", "a@b@c.d", "@b.c", "a@", ".a@b.c", "a..b@c.d", "a@b..c", "a@-b.c",
            "a@b_c.d", "a b@c.d", "a@b,c",
        ] {
            assert!(address_problem(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn display_names() {
        assert_eq!(display_name_problem("John Doe"), None);
        assert_eq!(display_name_problem("\"Doe, John\""), None);
        assert_eq!(display_name_problem("J. Doe"), None);
        assert!(display_name_problem("John, Doe").is_some());
        assert!(display_name_problem("Support: Acme").is_some());
        let m = split_mailbox("John Doe <a@b.c>").unwrap();
        assert_eq!(m.display, "John Doe");
        assert_eq!(&"John Doe <a@b.c>"[m.addr], "a@b.c");
        assert!(split_mailbox("a@b.c>").is_none());
        assert!(split_mailbox("<a@b.c> x").is_none());
    }

    #[test]
    fn domains() {
        for p in [
            "example.com",
            "mail.example.org",
            "yourdomain.com",
            "your-domain.com",
            "domain.tld",
            "custom.tld",
            "tudominio.com",
            "beispiel.de",
            "exemple.fr",
            "example.co.uk",
            "your_domain.com",
            "your domain.com",
            "<domain>",
            "{domain}",
            "{{ domain }}",
            "[your domain]",
            "%domain%",
            "yourdomain",
            "your.domain",
            "mail.your.domain",
        ] {
            assert!(is_placeholder_domain(p), "{p}");
        }
        assert!(!is_placeholder_domain("[192.0.2.1]"));
        assert!(!is_placeholder_domain("[ipv6:2001:db8::1]"));
        for real in [
            "acme.io",
            "postmarkapp.com",
            "examplebank.com",
            "domains.google",
        ] {
            assert!(!is_placeholder_domain(real), "{real}");
        }
        for l in [
            "localhost",
            "box.local",
            "app.test",
            "svc.internal",
            "myserver",
            "[10.0.0.1]",
            "router.lan",
        ] {
            assert!(local_domain(l).is_some(), "{l}");
        }
        assert_eq!(local_domain("acme.io"), None);
        for f in [
            "gmail.com",
            "yahoo.co.uk",
            "hotmail.fr",
            "gmx.de",
            "yandex.ru",
            "qq.com",
        ] {
            assert!(free_mail(f).is_some(), "{f}");
        }
        for n in [
            "acme.io",
            "mail.yahoo-partner.com",
            "live.acme.com",
            "outlook.acme.co.uk",
        ] {
            assert!(free_mail(n).is_none(), "{n}");
        }
    }

    /// The From findings of a Laravel `.env` aimed at Postmark.
    fn from_findings(from: &str) -> Vec<(String, String)> {
        let env = format!(
            "MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_FROM_ADDRESS=\"{from}\"\n"
        );
        crate::lint(&env, &crate::Options::default())
            .findings
            .into_iter()
            .filter(|f| f.id.starts_with("from/"))
            .map(|f| (f.id, f.message))
            .collect()
    }

    #[test]
    fn placeholder_wins_over_syntax() {
        for from in [
            "noreply@YOUR_DOMAIN.com",
            "noreply@yourdomain",
            "noreply@<domain>",
            "Shop <noreply@{domain}>",
            "noreply@YOUR-DOMAIN.COM",
        ] {
            let ids: Vec<String> = from_findings(from).into_iter().map(|f| f.0).collect();
            assert_eq!(ids, ["from/placeholder"], "{from}");
        }
    }

    #[test]
    fn a_label_is_one_invalid_finding_quoted_as_written() {
        for from in ["From Email", "your email"] {
            let found = from_findings(from);
            assert_eq!(found.len(), 1, "{from}: {found:?}");
            assert_eq!(found[0].0, "from/invalid");
            assert!(found[0].1.contains(&format!("`{from}`")), "{}", found[0].1);
        }
        let found = from_findings("john doe@acme.io");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "from/whitespace");
    }

    #[test]
    fn verified_matching() {
        let v = vec!["Acme.io".to_string(), "me@other.org".to_string()];
        assert!(is_verified("hello@acme.io", &v));
        assert!(is_verified("hello@mail.acme.io", &v));
        assert!(is_verified("ME@other.org", &v));
        assert!(!is_verified("you@other.org", &v));
        assert!(!is_verified("a@notacme.io", &v));
    }
}

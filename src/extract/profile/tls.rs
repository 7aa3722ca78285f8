//! The client's reading of its TLS settings, from its table: the words of
//! its encryption setting, its switches and what each value means, the
//! ports on which it starts TLS by itself, its default, and what it does
//! with both switches on.

use super::{Both, Profile, Sec, Truth};
use crate::extract::Config;
use crate::model::{Evidence, Field, Lang, Quote, Role, Security, Syntax, Tls};

/// How the client reads a switch's value (`None`: it cannot be known).
pub fn truth(p: &Profile, f: &Field) -> Option<bool> {
    let v = &f.value;
    if v.is_reference() {
        return None;
    }
    let text = v.text.trim();
    match p.truth {
        Truth::Only(words) => Some(words.iter().any(|w| w.eq_ignore_ascii_case(text))),
        Truth::Exactly(words) => Some(words.contains(text)),
        Truth::Go => Some(matches!(text, "1" | "t" | "T" | "true" | "TRUE" | "True")),
        Truth::JavaScript => js_truth(v.quote, text),
        Truth::Python => {
            if f.syntax == Syntax::Code(Lang::Python) || v.quote != Quote::None {
                py_truth(v.quote, text)
            } else {
                crate::model::parse_bool(text).or_else(|| py_truth(v.quote, text))
            }
        }
        Truth::Except(words) => Some(!text.is_empty() && !words.contains(text)),
        Truth::Usual => match f.syntax {
            Syntax::Code(Lang::Python) => py_truth(v.quote, text),
            Syntax::Code(Lang::JavaScript) => js_truth(v.quote, text),
            Syntax::Code(Lang::Ruby | Lang::Elixir) => {
                Some(!(v.quote == Quote::None && matches!(text, "false" | "nil")))
            }
            Syntax::Code(Lang::Php) => php_truth(v.quote, text),
            _ => crate::model::parse_bool(text),
        },
    }
}

/// Says why a setting written as false turned TLS on (or, as a "no
/// STARTTLS" switch, off): the client took it as true, as JavaScript,
/// Python, Ruby and PHP take any non-empty string (nodemailer's `secure:
/// "false"`, Django's `EMAIL_USE_SSL = 'False'`, Rails' `ssl: "false"`,
/// an app's `process.env.SMTP_SECURE` set to `false`). A message that
/// quoted `secure = false` alone read as if it were off. Every table's
/// reading passes here (see [`Profile::tls`]); the switch must be the one
/// that turns the behaviour on and the table's truthiness ([`truth`]) must
/// read it as true.
pub fn note_false_read_as_true(cfg: &Config, tls: &mut Tls) {
    let p = cfg.dialect;
    // Each behaviour with the switch that turns it on when true (a
    // STARTTLS switch off may well mean implicit TLS: msmtp's
    // `tls_starttls off`).
    for (e, role) in [
        (&mut tls.implicit, Role::ImplicitTls),
        (&mut tls.starttls, Role::StartTls),
        (&mut tls.disabled, Role::NoStartTls),
    ] {
        let Some(e) = e.as_mut().filter(|e| e.note.is_none()) else {
            continue;
        };
        let Some(span) = e.span.clone() else {
            continue;
        };
        let Some(f) = cfg.fields.iter().find(|f| f.whole_span() == span) else {
            continue;
        };
        let text = f.value.text.trim();
        let says_false = crate::model::parse_bool(text) == Some(false)
            || matches!(text, "False" | "None" | "nil" | "null");
        if f.role != role || !says_false || truth(p, f) != Some(true) {
            continue;
        }
        let (lang, bare) = match (f.syntax, p.truth) {
            (Syntax::Code(Lang::Python), _) => ("Python", Some("False")),
            (Syntax::Code(Lang::JavaScript), _) => ("JavaScript", Some("false")),
            (Syntax::Code(Lang::Ruby), _) => ("Ruby", Some("false")),
            (Syntax::Code(Lang::Elixir), _) => ("Elixir", Some("false")),
            (Syntax::Code(Lang::Php), _) => ("PHP", Some("false")),
            (_, Truth::JavaScript) => ("JavaScript", None),
            (_, Truth::Python) => ("Python", None),
            _ => ("the client", None),
        };
        let quoted = f.value.quote != Quote::None;
        e.note = Some(match bare {
            Some(word) if quoted => format!(
                "the string \"{text}\", which {lang} reads as true: only a bare {word} turns it off"
            ),
            _ => format!("read as the string \"{text}\", which {lang} takes as true"),
        });
    }
}

/// Python: `True`/`1` true, `False`/`None`/`0`/`''` false, any other
/// non-empty string true (`'False'` turns a switch on).
fn py_truth(q: Quote, t: &str) -> Option<bool> {
    if q != Quote::None {
        return Some(!t.is_empty());
    }
    match t {
        "True" => Some(true),
        "False" | "None" | "" => Some(false),
        n => n.parse::<i64>().ok().map(|n| n != 0),
    }
}

/// JavaScript: a non-empty string is true (`"false"` too).
fn js_truth(q: Quote, t: &str) -> Option<bool> {
    if q != Quote::None {
        return Some(!t.is_empty());
    }
    match t {
        "true" => Some(true),
        "false" | "null" | "undefined" | "0" | "" | "NaN" => Some(false),
        // A number is true unless it is zero (NaN too: `n != 0.0`).
        n => crate::float::classify(n)
            .map(|c| c != crate::float::Float::Zero)
            .or_else(|| crate::model::parse_bool(n)),
    }
}

/// PHP: `'0'` and `''` are false, every other string true.
fn php_truth(q: Quote, t: &str) -> Option<bool> {
    if q != Quote::None {
        return Some(!(t.is_empty() || t == "0"));
    }
    match t.to_ascii_lowercase().as_str() {
        "true" => Some(true),
        "false" | "null" | "0" => Some(false),
        n => n.parse::<i64>().ok().map(|n| n != 0),
    }
}

/// The meaning of a word in the table (`ssl`, `PHPMailer::ENCRYPTION_SMTPS`).
pub fn word(p: &Profile, text: &str) -> Option<Sec> {
    let t = text.trim();
    let find = |w: &str| {
        p.tls
            .words
            .iter()
            .find(|(x, _)| {
                if p.tls_words_exact {
                    *x == w
                } else {
                    x.eq_ignore_ascii_case(w)
                }
            })
            .map(|(_, s)| *s)
    };
    if let Some(s) = find(t) {
        return Some(s);
    }
    // A qualified constant: `PHPMailer::ENCRYPTION_SMTPS`, `:ssl`, `Mode.SSL`.
    let last = t.rsplit("::").next().unwrap_or(t);
    let last = last
        .rsplit('.')
        .next()
        .unwrap_or(last)
        .trim_start_matches(':');
    (last != t && !t.contains(' '))
        .then(|| find(last))
        .flatten()
}

/// Whether a switch for implicit TLS is on (for default ports).
pub fn implicit_switched_on(cfg: &Config) -> bool {
    let p = cfg.dialect;
    let on = |role: Role| cfg.get(role).is_some_and(|f| truth(p, f) == Some(true));
    on(Role::ImplicitTls)
        || [Role::Scheme, Role::Encryption]
            .iter()
            .any(|r| cfg.literal(*r).and_then(|t| word(p, t)) == Some(Sec::Implicit))
}

/// The TLS kind the written port speaks: TLS from the first byte on 465,
/// STARTTLS on 587, 2525 and 25 (`None`: no port, a reference, another).
fn port_kind(cfg: &Config) -> Option<Sec> {
    match cfg.get(Role::Port) {
        Some(f) if !f.value.is_reference() => match cfg.port_number()? {
            465 => Some(Sec::Implicit),
            25 | 587 | 2525 => Some(Sec::StartTls),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a switch is named by the word `ssl` (`SMTP_SSL`, `MAIL_USE_SSL`).
fn ssl_named(key: &str) -> bool {
    super::generic::Words::of(key).last() == Some("ssl")
}

/// Whether a switch is named by the word `secure` (`SMTP_SECURE`,
/// `smtp.secure`, `mailSecure`): nodemailer's option, passed on.
fn secure_named(key: &str) -> bool {
    super::generic::Words::of(key).last() == Some("secure")
}

/// For clients whose switch that turns TLS off (`NoStartTls` true) wins
/// over every other TLS setting and the port (Windmill's
/// `smtp_disable_tls`, Watchtower's `TLS_SKIP_VERIFY`, Uptrace's
/// `tls.disabled`): clear text then; otherwise the table's model. A table's
/// `tls` hook.
pub fn off_switch_wins(cfg: &Config) -> Tls {
    let p = cfg.dialect;
    match cfg
        .get(Role::NoStartTls)
        .filter(|f| truth(p, f) == Some(true))
    {
        Some(f) => Tls::chosen(Security::None, Evidence::of(f)),
        None => evaluate(cfg, p),
    }
}

/// What the client does, from the table.
pub fn evaluate(cfg: &Config, p: &Profile) -> Tls {
    let model = &p.tls;
    let mut tls = Tls::default();
    let reference = |r: Role| cfg.get(r).is_some_and(|f| f.value.is_reference());
    if [
        Role::Encryption,
        Role::StartTls,
        Role::ImplicitTls,
        Role::Scheme,
        Role::NoStartTls,
    ]
    .iter()
    .any(|r| reference(*r))
    {
        return tls;
    }
    // A port from elsewhere leaves the reading open, unless the implicit
    // TLS switch is written: on, it holds on any port (nodemailer `secure:
    // true`, Django `EMAIL_USE_SSL`, JavaMail `mail.smtp.ssl.enable`); off,
    // the port no longer switches it on (below).
    let implicit_written = implicit_switched_on(cfg)
        || cfg
            .get(Role::ImplicitTls)
            .is_some_and(|f| truth(p, f) == Some(false));
    if !model.implicit_ports.is_empty() && reference(Role::Port) && !implicit_written {
        return tls;
    }
    let mut implicit: Option<Evidence> = None;
    let mut implicit_off = false;
    let mut required: Option<Evidence> = None;
    let mut auto: Option<Evidence> = None;
    let mut plain: Option<Evidence> = None;
    let mut unknown = false;
    let mut apply = |sec: Sec, f: &Field, implicit: &mut Option<Evidence>| match sec {
        Sec::Implicit => *implicit = Some(Evidence::of(f)),
        Sec::StartTls => required = Some(Evidence::of(f)),
        Sec::Auto => auto = Some(Evidence::of(f)),
        Sec::Plain => plain = Some(Evidence::of(f)),
        Sec::Ignored => {}
    };
    // With no table for the app (generic inference), a TLS switch whose
    // kind its name leaves open takes the kind its port speaks (below).
    let port_kind = if p.infer { port_kind(cfg) } else { None };
    for role in [Role::Scheme, Role::Encryption] {
        if let Some(f) = cfg.get(role) {
            match word(p, &f.value.text) {
                Some(sec) => apply(sec, f, &mut implicit),
                // `SMTP_TLS=true`, `SMTP_ENCRYPTION=1`: TLS on, of a kind
                // apps read either way (remark42's and go-mail's `TLS` dial
                // TLS, others upgrade): on 465 it can only be TLS from the
                // first byte, on 587, 2525 or 25 only STARTTLS (the reading
                // under which the paste works); elsewhere it stays unknown.
                None => match port_kind.filter(|_| {
                    role == Role::Encryption
                        && crate::model::parse_bool(&f.value.text) == Some(true)
                }) {
                    Some(sec) => apply(sec, f, &mut implicit),
                    None => unknown = true,
                },
            }
        }
    }
    if let Some(f) = cfg.get(Role::ImplicitTls) {
        match truth(p, f) {
            // `SMTP_SSL=true` on 587: "SSL" as the old name of encryption
            // in general (bitwarden_rs' legacy `SMTP_SSL=true` was STARTTLS,
            // its TLS from the first byte `SMTP_EXPLICIT_TLS`), not proof of
            // TLS from the first byte; `*_SECURE` keeps nodemailer's meaning
            // on any port (the generic table's documented reading). Beside
            // a STARTTLS switch of its own (`SMTP_STARTTLS`), `SSL` is the
            // other kind: read as written.
            Some(true)
                if port_kind == Some(Sec::StartTls)
                    && ssl_named(&f.key)
                    && cfg.get(Role::StartTls).is_none() =>
            {
                apply(Sec::StartTls, f, &mut implicit)
            }
            Some(true) => implicit = Some(Evidence::of(f)),
            // `SMTP_SECURE=false` on 587, 2525 or 25 with no STARTTLS switch
            // beside it: nodemailer's `secure: false`, which upgrades with
            // STARTTLS when the server offers it (Postmark does). An `SSL`
            // switch off says nothing of STARTTLS (Python apps then need
            // their own switch), so it stays unknown.
            Some(false)
                if port_kind == Some(Sec::StartTls)
                    && secure_named(&f.key)
                    && cfg.get(Role::StartTls).is_none()
                    && cfg.get(Role::NoStartTls).is_none() =>
            {
                implicit_off = true;
                apply(Sec::Auto, f, &mut implicit);
            }
            Some(false) => implicit_off = true,
            None => unknown = true,
        }
    }
    if let Some(f) = cfg.get(Role::StartTls) {
        match truth(p, f) {
            Some(true) => apply(model.starttls_on, f, &mut implicit),
            Some(false) => apply(model.starttls_off, f, &mut implicit),
            None => unknown = true,
        }
    }
    if let Some(f) = cfg.get(Role::NoStartTls) {
        match truth(p, f) {
            Some(true) => plain = Some(Evidence::of(f)),
            Some(false) => {}
            None => unknown = true,
        }
    }
    if implicit.is_some() && required.is_some() {
        match model.both {
            Both::Conflict => {
                tls.conflicting = true;
                tls.implicit = implicit;
                tls.starttls = required;
                return tls;
            }
            Both::Implicit => required = None,
            Both::StartTls => implicit = None,
        }
    }
    let port_implicit = !implicit_off
        && implicit.is_none()
        && cfg
            .effective_port()
            .is_some_and(|port| model.implicit_ports.contains(&port));
    tls.mode = if implicit.is_some() || port_implicit {
        Some(Security::Implicit)
    } else if plain.is_some() {
        Some(Security::None)
    } else if required.is_some() || auto.is_some() {
        Some(Security::StartTls)
    } else if unknown {
        None
    } else {
        match model.default {
            Sec::Auto | Sec::StartTls => Some(Security::StartTls),
            // Implicit TLS by default, switched off: STARTTLS when offered
            // (n8n hands `secure: false` to nodemailer).
            Sec::Implicit if implicit_off => Some(Security::StartTls),
            Sec::Implicit => {
                implicit = Some(Evidence::absent(model.absent));
                Some(Security::Implicit)
            }
            Sec::Plain => {
                plain = Some(Evidence::absent(model.absent));
                Some(Security::None)
            }
            Sec::Ignored => None,
        }
    };
    tls.implicit = implicit;
    tls.starttls = required.or(auto);
    if tls.mode == Some(Security::None) {
        tls.disabled = plain;
    }
    tls
}

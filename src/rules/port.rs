//! `port/*` rules: the port the client dials.
//!
//! Postmark listens on 25, 587 and 2525, all with STARTTLS, and not on 465.
//! A port that comes from the client's default (nodemailer `secure: true`,
//! Python `SMTP_SSL`) counts like a written one; the finding then points at
//! the setting that causes it. Configurations for other providers or local
//! catchers are left alone (see [`super::host::target`]), except
//! for a port that is not a port at all.

use super::host::{replace_value, Target, WithFixOpt};
use super::Context;
use crate::extract::Config;
use crate::extract::Write;
use crate::model::{Field, Role};
use crate::registry::Rule;
use crate::report::{Applicability, Draft, Severity};

/// No port is written; says which port the client then uses.
///
/// **Example**: a Django `settings.py` with `EMAIL_HOST` but no `EMAIL_PORT`
/// (Django then dials 25).
pub static MISSING: Rule = Rule {
    id: "port/missing",
    severity: Severity::Warning,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "No port is written (or it is empty) and the detected client has a default port: says which one it uses and what that means with Postmark. An info when the default is 587 or 2525, which Postmark supports.",
    why: "Each client has its own default: Django, PHPMailer, Rails and JavaMail dial 25, which many ISPs and cloud hosts block outbound, so the connection times out; others dial 587. Writing the port makes the setting explicit and portable.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "EMAIL_HOST = 'smtp.postmarkapp.com'  # no EMAIL_PORT: Django uses 25",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Write the port explicitly: 587 (or 2525) with STARTTLS.",
    network: false,
};

/// A port that is not a number, or outside 1–65535.
///
/// **Example**: `MAIL_PORT=tls`, `MAIL_PORT=70000`.
pub static INVALID: Rule = Rule {
    id: "port/invalid",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The port is not a whole number, or it is outside 1–65535.",
    why: "The client cannot dial it: depending on the client it refuses to start, silently falls back to its default port, or tries port 0 and fails.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_PORT=587,2525",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Write one port number: 587 (or 2525, or 25).",
    network: false,
};

/// Port 465 (implicit TLS / SMTPS), which Postmark does not offer.
///
/// **Example**: `MAIL_PORT=465`, or nodemailer `secure: true` without a port.
pub static UNSUPPORTED_465: Rule = Rule {
    id: "port/465-unsupported",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The client dials port 465, because it is written or because it is the client's default for the TLS mode chosen (nodemailer `secure: true`, Python `SMTP_SSL`, `smtps://`).",
    why: "Port 465 is for implicit TLS (SMTPS), which Postmark does not offer: nothing answers there, so the connection times out. Postmark speaks STARTTLS on 587, 2525 and 25.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_PORT=465\nMAIL_ENCRYPTION=ssl",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Use port 587 and switch the client to STARTTLS (e.g. Laravel `MAIL_PORT=587` and `MAIL_ENCRYPTION=tls`, nodemailer `port: 587, secure: false`).",
    network: false,
};

/// Port 25, often blocked outbound.
///
/// **Example**: `MAIL_PORT=25`.
pub static BLOCKED_25: Rule = Rule {
    id: "port/25-blocked",
    severity: Severity::Warning,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The port is 25.",
    why: "Postmark accepts port 25, but many ISPs and cloud hosts (AWS EC2, DigitalOcean, Google Cloud, Azure) block outbound port 25 to fight spam, so the connection times out from there while it works on your laptop.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_PORT=25",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Use 587 (or 2525 where 587 is blocked too), with STARTTLS.",
    network: false,
};

/// Any other port than 25, 587, 2525 (465 has its own rule).
///
/// **Example**: `MAIL_PORT=2587`, `MAIL_PORT=1025`.
pub static UNSUPPORTED: Rule = Rule {
    id: "port/unsupported",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The port is a number other than 25, 587, 2525 and 465.",
    why: "Postmark's SMTP servers listen on 25, 587 and 2525 only: on any other port nothing answers and the connection times out (1025 and 8025 are the ports of local test catchers such as MailHog and Mailpit).",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_PORT=2587",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Use 587 (or 2525).",
    network: false,
};

/// Every rule of this family.
pub static RULES: &[&Rule] = &[
    &MISSING,
    &INVALID,
    &UNSUPPORTED_465,
    &BLOCKED_25,
    &UNSUPPORTED,
];

/// The ports Postmark answers on.
pub const POSTMARK_PORTS: [u16; 3] = [25, 587, 2525];

/// Checks this family for every configuration.
pub fn check(cx: &mut Context) {
    for (i, cfg) in cx.configs.iter().enumerate() {
        let postmark = cx.targets[i] == Target::Postmark;
        // A URL read from elsewhere holds the port too.
        let url_elsewhere = cfg.get(Role::Url).is_some_and(|f| f.value.is_reference());
        let drafts = match cfg.get(Role::Port) {
            Some(f) if f.value.is_reference() => Vec::new(),
            None if url_elsewhere || !cfg.smtp_written() => Vec::new(),
            // An empty value or a bare null word (YAML's `~`, `.env`'s
            // `null`) sets no port: the client's default applies.
            Some(f) if f.value.text.trim().is_empty() || crate::summary::is_null(f) => {
                by_default(cfg, Some(f), postmark)
            }
            Some(f) => written(cfg, f, postmark),
            None => by_default(cfg, None, postmark),
        };
        for d in drafts {
            cx.emit(d.config(Some(i)));
        }
    }
}

/// The fix that moves a configuration to 587 with STARTTLS.
fn to_587(cfg: &Config) -> String {
    format!("Set {}.", and_list(&writes_587(cfg)))
}

/// The settings that move a configuration to 587 with STARTTLS, each as
/// its client writes it.
pub fn writes_587(cfg: &Config) -> Vec<String> {
    let port = cfg.dialect.write(cfg, &Write::Port(587));
    let tls = cfg.dialect.write(cfg, &Write::StartTls);
    // A URL is one setting: its dialect writes the whole corrected URL for
    // both. A client whose port alone chooses STARTTLS writes the same port
    // setting for both, the TLS one with a note after it: say it once.
    if tls.starts_with(&port) {
        vec![tls]
    } else if port.starts_with(&tls) {
        vec![port]
    } else {
        vec![port, tls]
    }
}

/// `a`, `a and b`, `a, b and c`.
pub fn and_list(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Findings about a written port.
/// A value that is not a port, quoted so that it cannot carry a secret the
/// checker did not recognise as one (a line continuation can pull the next
/// line, a token, into the port): its first line, redacted when long.
fn shown_briefly(text: &str) -> String {
    let line = text.lines().next().unwrap_or("").trim();
    if line.chars().count() <= 8 {
        return line.to_string();
    }
    crate::report::redact(line)
}

fn written(cfg: &Config, f: &Field, postmark: bool) -> Vec<Draft> {
    let text = f.value.text.trim();
    let span = f.value.span.clone();
    let port = match text.parse::<u32>() {
        Ok(p) if (1..=65535).contains(&p) => p as u16,
        Ok(p) => {
            return vec![Draft::new(
                &INVALID,
                format!("{} = {p} is outside the port range 1–65535.", f.key),
            )
            .fix(format!(
                "Set {}.",
                cfg.dialect.write(cfg, &Write::Port(587))
            ))
            .at(span)]
        }
        Err(_) => {
            return vec![Draft::new(
                &INVALID,
                format!(
                    "{} = `{}` is not a port number.",
                    f.key,
                    shown_briefly(text)
                ),
            )
            .fix(format!(
                "Set {}.",
                cfg.dialect.write(cfg, &Write::Port(587))
            ))
            .at(span)]
        }
    };
    if !postmark {
        return Vec::new();
    }
    let d = match port {
        587 | 2525 => return Vec::new(),
        465 => Draft::new(
            &UNSUPPORTED_465,
            format!(
                "{} = 465 is the implicit-TLS (SMTPS) port, which Postmark does not offer.",
                f.key
            ),
        )
        .fix(to_587(cfg)),
        25 => Draft::new(
            &BLOCKED_25,
            format!(
                "{} = 25 works with Postmark but is often blocked outbound by ISPs and cloud hosts.",
                f.key
            ),
        )
        .fix(format!(
            "Set {} (or 2525 where 587 is blocked too).",
            cfg.dialect.write(cfg, &Write::Port(587))
        )),
        other => Draft::new(
            &UNSUPPORTED,
            format!(
                "{} = {other} is not a port Postmark listens on (25, 587, 2525){}.",
                f.key,
                port_hint(other)
            ),
        )
        .fix(format!(
            "Set {} (or 2525).",
            cfg.dialect.write(cfg, &Write::Port(587))
        )),
    };
    // 465 also needs the TLS switch changed: no one-edit fix for it.
    let edit = (port != 465)
        .then(|| replace_value(f, "587", "Use port 587".to_string(), Applicability::Unsafe))
        .flatten();
    vec![d.at(span).with_fix_opt(edit)]
}

/// What a common wrong port usually is.
fn port_hint(port: u16) -> &'static str {
    match port {
        1025 | 8025 | 2500 => ": it is a local test catcher's port (MailHog, Mailpit, MailDev)",
        2465 | 2587 | 5870 | 4650 => ": it looks like a mistyped 587 or 2525",
        110 | 995 | 143 | 993 => {
            ": it is a mailbox (POP3/IMAP) port, for reading mail, not sending"
        }
        80 | 443 => ": it is a web port; Postmark's HTTP API is not SMTP",
        _ => "",
    }
}

/// Findings when no port is written (or it is empty): the client's default.
fn by_default(cfg: &Config, empty: Option<&Field>, postmark: bool) -> Vec<Draft> {
    let name = cfg.dialect.name();
    let what = match empty {
        Some(f) => format!("{} is empty", f.key),
        None => "No port is set".to_string(),
    };
    // A client that reads the empty value as written, not as its default.
    if let (Some(f), Some(outcome)) = (empty, cfg.dialect.empty_port) {
        let fix = if postmark {
            format!(
                "Write the port: {}.",
                cfg.dialect.write(cfg, &Write::Port(587))
            )
        } else {
            "Write the port your mail server expects.".to_string()
        };
        return vec![
            Draft::new(&MISSING, format!("{} is empty: {outcome}.", f.key))
                .why("The client reads the empty value as written, not as a missing setting: an empty port is no port number, so no connection is made.")
                .fix(fix)
                .at(f.whole_span()),
        ];
    }
    let near = empty
        .map(|f| f.whole_span())
        .or_else(|| cfg.get(Role::Host).map(|h| h.whole_span()))
        .unwrap_or(cfg.span.clone());
    // A fragment (credentials only) or a config without host: host/missing
    // says what matters; the port is noise there, unless the client then
    // dials 465.
    let fragment = cfg.get(Role::Host).is_none() && cfg.get(Role::Url).is_none();
    // A `host:port` setting read from outside the paste (`GF_SMTP_HOST=${SMTP_HOST}`)
    // may well hold the port: nothing is known to be missing.
    if empty.is_none()
        && cfg.dialect.host_carries_port()
        && cfg.get(Role::Host).is_some_and(|h| h.value.is_reference())
    {
        return Vec::new();
    }
    let Some(default) = cfg
        .dialect
        .default_port(cfg)
        .filter(|_| !fragment || postmark)
    else {
        if fragment {
            return Vec::new();
        }
        // The client's default is not known here (an app without a table,
        // or one that takes it from its settings page).
        return vec![Draft::new(
            &MISSING,
            format!("{what}, and which port {name} then uses is not known here."),
        )
        .severity(Severity::Info)
        .fix(if postmark {
            format!(
                "Write the port explicitly: {}.",
                cfg.dialect.write(cfg, &Write::Port(587))
            )
        } else {
            "Write the port your mail server expects explicitly.".to_string()
        })
        .at(near)];
    };
    // A client without a port setting (Wazuh dials 25): nothing is
    // missing; the port it always uses is judged for Postmark as if written.
    if empty.is_none() && cfg.dialect.port_fixed {
        if !postmark || fragment {
            return Vec::new();
        }
        return fixed_port(cfg, default, near);
    }
    if !postmark {
        if fragment {
            return Vec::new();
        }
        // Another provider or a local server: its ports are its own.
        return vec![Draft::new(&MISSING, format!("{what}: {name} then uses port {default}."))
            .severity(Severity::Info)
            .fix("Nothing to change if that is the port your mail server expects; writing it explicitly makes it clear.")
            .at(near)];
    }
    if default == 465 {
        // The default comes from a TLS setting (secure: true, SMTP_SSL, smtps://):
        // point at it, since that is what must change.
        let cause = cfg.dialect.tls(cfg).implicit;
        let because = cause.as_ref().map_or(String::new(), |e| match e.span {
            Some(_) => format!(" because of {}", super::tls::named(e)),
            None => format!(" ({})", e.what),
        });
        let span = cause.and_then(|e| e.span).unwrap_or(near);
        return vec![Draft::new(
            &UNSUPPORTED_465,
            format!(
                "{what}, so {name} dials 465{because}: the implicit-TLS (SMTPS) port, which Postmark does not offer."
            ),
        )
        .fix(to_587(cfg))
        .at(span)];
    }
    if fragment {
        return Vec::new();
    }
    let (meaning, severity) = match default {
        587 | 2525 => (
            "which Postmark supports with STARTTLS".to_string(),
            Severity::Info,
        ),
        25 => (
            "which works with Postmark but is often blocked outbound by ISPs and cloud hosts"
                .to_string(),
            Severity::Warning,
        ),
        p => (
            format!("on which Postmark does not listen ({p} is not 25, 587 or 2525)"),
            Severity::Warning,
        ),
    };
    vec![Draft::new(
        &MISSING,
        format!("{what}: {name} then uses port {default}, {meaning}."),
    )
    .severity(severity)
    .fix(format!(
        "Write the port explicitly: {}.",
        cfg.dialect.write(cfg, &Write::Port(587))
    ))
    .at(near)]
}

/// The port of a client that has no port setting, for a Postmark target:
/// 25 is the port-25 finding; 587 and 2525 are fine; another port (none of
/// the tables has one) is one Postmark does not listen on.
fn fixed_port(cfg: &Config, port: u16, near: std::ops::Range<usize>) -> Vec<Draft> {
    let name = cfg.dialect.name();
    let d = match port {
        587 | 2525 => return Vec::new(),
        25 => Draft::new(
            &BLOCKED_25,
            format!(
                "{name} always dials port 25 (it has no port setting), which works with Postmark but is often blocked outbound by ISPs and cloud hosts."
            ),
        ),
        other => Draft::new(
            &UNSUPPORTED,
            format!(
                "{name} always dials port {other} (it has no port setting), on which Postmark does not listen."
            ),
        ),
    };
    vec![d
        .fix(format!("{}.", cfg.dialect.write(cfg, &Write::Port(587))))
        .at(near)]
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_value_that_is_not_a_port_is_quoted_briefly() {
        assert_eq!(super::shown_briefly("abc"), "abc");
        assert_eq!(
            super::shown_briefly("\\\nMAIL_USERNAME=a0000000-a00a"),
            "\\"
        );
        assert_eq!(super::shown_briefly("1f86a2b4-55c1-4a0e"), "1f86…4a0e");
    }

    use crate::lint_ids as ids;

    #[test]
    fn the_465_fix_names_a_port_setting_once() {
        // Activepieces chooses STARTTLS by the port alone: its TLS fix is the port setting.
        let env = "AP_SMTP_HOST=smtp.postmarkapp.com\nAP_SMTP_PORT=465\nAP_SMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nAP_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nAP_SMTP_SENDER_EMAIL=flows@acme.io\n";
        let report = crate::lint(env, &crate::Options::default());
        let f = report
            .findings
            .iter()
            .find(|f| f.id == "port/465-unsupported")
            .expect("465 finding");
        let fix = &f.fix;
        assert_eq!(fix.matches("AP_SMTP_PORT=587").count(), 1, "{fix}");
        // Laravel writes the port and the encryption as two settings.
        let laravel = "MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=465\nMAIL_ENCRYPTION=ssl\n";
        let report = crate::lint(laravel, &crate::Options::default());
        let f = report
            .findings
            .iter()
            .find(|f| f.id == "port/465-unsupported")
            .expect("465 finding");
        let fix = &f.fix;
        assert!(
            fix.contains("MAIL_PORT=587") && fix.contains("MAIL_ENCRYPTION"),
            "{fix}"
        );
    }

    #[test]
    fn a_client_without_a_port_setting_is_judged_on_the_port_it_dials() {
        // Wazuh's wazuh-maild always dials 25.
        let conf = "<ossec_config>\n  <global>\n    <email_notification>yes</email_notification>\n    <smtp_server>smtp.postmarkapp.com</smtp_server>\n    <email_from>wazuh@acme.io</email_from>\n    <email_to>ops@acme.io</email_to>\n  </global>\n</ossec_config>\n";
        let got = ids(conf);
        assert!(!got.iter().any(|i| i == "port/missing"), "{got:?}");
        assert!(got.iter().any(|i| i == "port/25-blocked"), "{got:?}");
        // Another provider: nothing to say about a port it cannot change.
        let got = ids(&conf.replace("smtp.postmarkapp.com", "smtp.sendgrid.net"));
        assert!(!got.iter().any(|i| i.starts_with("port/")), "{got:?}");
    }

    #[test]
    fn a_host_port_setting_read_from_elsewhere_may_hold_the_port() {
        let env = "GF_SMTP_ENABLED=true\nGF_SMTP_HOST=${SMTP_HOST}\nGF_SMTP_USER=u\nGF_SMTP_FROM_ADDRESS=a@acme.io\n";
        assert!(!ids(env).iter().any(|i| i == "port/missing"));
        // A literal host without its port still says so.
        let literal = env.replace("${SMTP_HOST}", "smtp.postmarkapp.com");
        assert!(ids(&literal).iter().any(|i| i == "port/missing"));
        // A client whose host holds no port: the port is still missing.
        let laravel =
            "MAIL_MAILER=smtp\nMAIL_HOST=${SMTP_HOST}\nMAIL_USERNAME=u\nMAIL_PASSWORD=u\n";
        assert!(ids(laravel).iter().any(|i| i == "port/missing"));
    }

    #[test]
    fn a_null_word_sets_no_port() {
        // Laravel's stock `.env` writes `null`; YAML writes `~`.
        let env = "MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=null\nMAIL_USERNAME=u\nMAIL_PASSWORD=u\n";
        let got = ids(env);
        assert!(!got.iter().any(|i| i == "port/invalid"), "{got:?}");
        assert!(got.iter().any(|i| i.starts_with("port/")), "{got:?}");
        // Quoted, it is a word that is not a port.
        let got = ids(&env.replace("=null", "=\"null\""));
        assert!(got.iter().any(|i| i == "port/invalid"), "{got:?}");
    }
}

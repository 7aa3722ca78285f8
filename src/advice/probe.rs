//! "Check the connection from your machine": the exact `smtp-probe probe`
//! command and the manual tests (telnet, openssl) for the host and port the
//! paste configures.
//!
//! The token is never put on a command line (shell history, `ps`): the
//! command reads it into the `SMTP_PASSWORD` environment variable first and
//! passes the variable's name with `--password-env`.

use crate::report::{ConfigSummary, Report};

/// Postmark's transactional SMTP host, used when the paste names no usable host.
pub const DEFAULT_HOST: &str = "smtp.postmarkapp.com";

/// The ports Postmark accepts with STARTTLS that a probe should compare
/// with the configured one (25 is often blocked outbound, so it is only
/// tried when configured).
const COMPARE_PORTS: [u16; 2] = [587, 2525];

/// The environment variable the command reads the token from.
pub const PASSWORD_ENV: &str = "SMTP_PASSWORD";

/// One command to type by hand, with what a working connection shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ManualTest {
    pub command: String,
    pub expect: String,
}

/// Everything the probe panel shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProbeAdvice {
    /// The host the commands dial.
    pub host: String,
    /// The ports the probe tries, the configured one first.
    pub ports: Vec<u16>,
    /// Shell lines (bash/zsh): read the token without echo, then run the probe.
    pub command: String,
    pub manual: Vec<ManualTest>,
    /// Why the host or port differ from the paste, when they do.
    pub note: Option<String>,
}

/// The configuration the commands are about: the first one the client uses,
/// else the first found.
fn chosen(report: &Report) -> Option<&ConfigSummary> {
    report
        .configs
        .iter()
        .find(|c| c.active)
        .or(report.configs.first())
}

/// The advice for a report (for an empty report: Postmark's defaults).
pub fn probe_advice(report: &Report) -> ProbeAdvice {
    let settings = chosen(report).map(|c| &c.settings);
    let written = settings.and_then(|s| s.host.as_deref());
    let (host, mut note) = match written.map(host_part) {
        Some(Some(h)) => (h, None),
        Some(None) => (
            DEFAULT_HOST.to_string(),
            Some(format!(
                "The host in your paste is not a host name the commands can use, so they use {DEFAULT_HOST}."
            )),
        ),
        None => (
            DEFAULT_HOST.to_string(),
            Some(format!(
                "No host was found in your paste, so the commands use {DEFAULT_HOST}."
            )),
        ),
    };
    let mut ports: Vec<u16> = Vec::new();
    match settings.and_then(|s| s.port) {
        Some(p) if (1..=65535).contains(&p) => ports.push(p as u16),
        Some(p) => {
            note.get_or_insert_with(|| {
                format!("Port {p} cannot be dialled, so the commands try Postmark's ports.")
            });
        }
        None => {}
    }
    for p in COMPARE_PORTS {
        if !ports.contains(&p) {
            ports.push(p);
        }
    }

    let mut command = format!(
        "# Paste your token when asked (it is not shown and stays out of your shell history)\n\
         read -rs -p 'SMTP password or token: ' {PASSWORD_ENV}; echo; export {PASSWORD_ENV}\n\
         smtp-probe probe --host {host}"
    );
    for p in &ports {
        command.push_str(&format!(" --port {p}"));
    }
    if let Some(from) = settings
        .and_then(|s| s.from.as_deref())
        .filter(|f| !f.is_empty() && f.chars().all(|c| !c.is_control()))
    {
        command.push_str(&format!(" --from {}", shell_quote(from)));
    }
    command.push_str(&format!(" --password-env {PASSWORD_ENV}"));

    let mut manual = vec![
        ManualTest {
            command: format!("telnet {host} 2525"),
            expect: "A line starting with 220 (the server's greeting) means port 2525 is open from your network. Type QUIT to leave.".to_string(),
        },
        ManualTest {
            command: format!("openssl s_client -starttls smtp -connect {host}:587 -crlf"),
            expect: "A certificate chain, then a 250 reply: STARTTLS on port 587 works. \"wrong version number\" or a timeout points to a firewall or a proxy in between.".to_string(),
        },
    ];
    if let Some(&p) = ports.first() {
        if p != 587 && p != 2525 && p != 465 {
            manual.push(ManualTest {
                command: format!("openssl s_client -starttls smtp -connect {host}:{p} -crlf"),
                expect: format!("The same test on port {p}, the one your configuration uses."),
            });
        }
    }
    ProbeAdvice {
        host,
        ports,
        command,
        manual,
        note,
    }
}

/// The host name inside what the paste wrote, when it is one the shell can
/// take unquoted: a scheme, a path or a `:port` around it are dropped.
fn host_part(written: &str) -> Option<String> {
    let mut h = written.trim();
    if let Some((_, rest)) = h.split_once("://") {
        h = rest;
    }
    if let Some((before, _)) = h.split_once(['/', '?', '#']) {
        h = before;
    }
    if let Some((_, after)) = h.rsplit_once('@') {
        h = after;
    }
    if !h.starts_with('[') {
        if let Some((name, port)) = h.split_once(':') {
            if port.bytes().all(|b| b.is_ascii_digit()) {
                h = name;
            }
        }
    }
    let ok = !h.is_empty()
        && h.len() <= 253
        && !h.starts_with(['-', '.'])
        && h.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'[' | b']' | b':'));
    ok.then(|| h.to_ascii_lowercase())
}

/// Quotes a word for a POSIX shell when it needs it.
pub fn shell_quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word.bytes().all(|b| {
            b.is_ascii_alphanumeric() || matches!(b, b'@' | b'.' | b'-' | b'_' | b'+' | b'%')
        });
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Settings, Summary};

    fn report(host: Option<&str>, port: Option<u32>, from: Option<&str>) -> Report {
        Report {
            version: "0".into(),
            configs: vec![ConfigSummary {
                client: "laravel-env".into(),
                client_name: "Laravel .env".into(),
                active: true,
                label: None,
                settings: Settings {
                    host: host.map(str::to_string),
                    port,
                    security: None,
                    username: None,
                    password_present: true,
                    from: from.map(str::to_string),
                    stream: None,
                },
            }],
            findings: vec![],
            summary: Summary::default(),
        }
    }

    #[test]
    fn command_uses_the_configured_host_and_port_first() {
        let a = probe_advice(&report(
            Some("smtp.postmarkapp.com"),
            Some(465),
            Some("hello@acme.io"),
        ));
        assert_eq!(a.ports, vec![465, 587, 2525]);
        assert!(a.command.contains(
            "smtp-probe probe --host smtp.postmarkapp.com --port 465 --port 587 --port 2525 --from hello@acme.io --password-env SMTP_PASSWORD"
        ));
        assert!(a.command.contains("read -rs"));
        assert_eq!(a.manual[0].command, "telnet smtp.postmarkapp.com 2525");
        assert_eq!(
            a.manual[1].command,
            "openssl s_client -starttls smtp -connect smtp.postmarkapp.com:587 -crlf"
        );
        assert_eq!(a.manual.len(), 2);
        assert!(a.note.is_none());
    }

    #[test]
    fn port_25_gets_its_own_manual_test_and_no_duplicates() {
        let a = probe_advice(&report(Some("smtp.postmarkapp.com"), Some(25), None));
        assert_eq!(a.ports, vec![25, 587, 2525]);
        assert!(a.manual[2].command.ends_with(":25 -crlf"));
        let a = probe_advice(&report(Some("smtp.postmarkapp.com"), Some(587), None));
        assert_eq!(a.ports, vec![587, 2525]);
        assert!(!a.command.contains("--from"));
    }

    #[test]
    fn unusable_hosts_fall_back_to_postmark_and_say_so() {
        let a = probe_advice(&report(Some("smtp.postmarkapp.com; rm -rf ~"), None, None));
        assert_eq!(a.host, DEFAULT_HOST);
        assert!(a.note.is_some());
        let a = probe_advice(&Report {
            configs: vec![],
            ..report(None, None, None)
        });
        assert_eq!(a.host, DEFAULT_HOST);
        assert_eq!(a.ports, vec![587, 2525]);
    }

    #[test]
    fn host_part_drops_scheme_port_and_path() {
        assert_eq!(
            host_part("smtp://smtp.postmarkapp.com:587/x").as_deref(),
            Some("smtp.postmarkapp.com")
        );
        assert_eq!(
            host_part("SMTP.Postmarkapp.com").as_deref(),
            Some("smtp.postmarkapp.com")
        );
        assert_eq!(host_part("$(curl evil)"), None);
        assert_eq!(host_part(""), None);
    }

    #[test]
    fn the_token_is_never_on_the_command_line() {
        let a = probe_advice(&report(Some("smtp.postmarkapp.com"), Some(587), None));
        let run = a.command.lines().last().unwrap();
        assert!(run.starts_with("smtp-probe probe"));
        assert!(!run.contains("$SMTP_PASSWORD"));
    }

    #[test]
    fn from_addresses_are_quoted_for_the_shell() {
        assert_eq!(shell_quote("a@b.io"), "a@b.io");
        assert_eq!(shell_quote("Me <a@b.io>"), "'Me <a@b.io>'");
        assert_eq!(shell_quote("o'neil@b.io"), r"'o'\''neil@b.io'");
        assert_eq!(shell_quote("$(x)"), "'$(x)'");
    }
}

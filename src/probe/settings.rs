//! What to probe: the settings the core extracted from the paste, overridden
//! by the command line, turned into ports to dial and credentials to try.

use serde::Serialize;

use crate::extract::Config;
use crate::model::{Role, Security};
use crate::summary::{bare_address, is_invisible};

use super::POSTMARK_PORTS;

/// An IP family. Clients such as nodemailer dial one family and do not fall
/// back to the other, so each is probed on its own when both resolve.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Family {
    Ipv4,
    Ipv6,
}

impl Family {
    pub fn of(ip: &std::net::IpAddr) -> Self {
        if ip.is_ipv4() {
            Family::Ipv4
        } else {
            Family::Ipv6
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Family::Ipv4 => "IPv4",
            Family::Ipv6 => "IPv6",
        }
    }
}

/// How the dialogue starts on a port.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Plain SMTP, upgraded with STARTTLS (what Postmark speaks).
    Starttls,
    /// TLS from the first byte (SMTPS), as a client configured that way does.
    Implicit,
}

/// One port to probe.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PortPlan {
    pub port: u16,
    pub mode: Mode,
    /// The port the configuration (or `--port`) asks for, as opposed to the
    /// other Postmark ports probed for comparison.
    pub configured: bool,
}

/// What AUTH sends. Never printed: only `report::redact()` of it.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub username: String,
    pub password: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Credentials { .. }")
    }
}

/// Everything the probe will dial and send.
#[derive(Clone, Debug)]
pub struct Target {
    pub host: String,
    /// The name the certificate must carry (default: `host`).
    pub tls_name: Option<String>,
    pub ports: Vec<PortPlan>,
    pub credentials: Option<Credentials>,
    /// Where the password came from, for the report (`the file, line 4`).
    pub password_source: Option<String>,
    pub from: Option<String>,
    pub send_to: Option<String>,
    /// Index of the configuration in the lint report, when there is one.
    pub config: Option<usize>,
}

/// What the command line says; each field beats the paste.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    pub host: Option<String>,
    pub ports: Vec<u16>,
    pub mode: Option<Mode>,
    pub username: Option<String>,
    /// `--password-stdin` / `--password-env VAR`, with a label for the report.
    pub password: Option<(String, String)>,
    /// `SMTP_PASSWORD`, used when the paste has no literal password.
    pub password_fallback: Option<(String, String)>,
    pub from: Option<String>,
    pub send_to: Option<String>,
    pub tls_name: Option<String>,
}

/// Trims what no client sends on purpose around a host name.
fn clean(text: &str) -> String {
    text.trim_matches(|c: char| c.is_whitespace() || is_invisible(c))
        .to_string()
}

/// The configuration the client would use: the first active one.
pub fn active_config(configs: &[Config]) -> Option<(usize, &Config)> {
    configs.iter().enumerate().find(|(_, c)| c.active)
}

/// Builds the target, or says what is missing.
pub fn target(
    config: Option<(usize, &Config)>,
    input: &str,
    o: Overrides,
) -> Result<Target, String> {
    let cfg = config.map(|(_, c)| c);
    let host = match (&o.host, cfg.and_then(|c| c.get(Role::Host))) {
        (Some(h), _) => clean(h),
        (None, Some(f)) if f.value.is_reference() => {
            return Err(format!(
                "the host is a reference ({}) that cannot be read here: pass --host",
                f.value.reference.as_deref().unwrap_or("?")
            ))
        }
        (None, Some(f)) => clean(&f.value.text),
        (None, None) => return Err("no SMTP host in the input: pass --host".into()),
    };
    if host.is_empty() {
        return Err("the SMTP host is empty: pass --host".into());
    }

    let config_mode = cfg.and_then(|c| c.dialect.tls(c).mode);
    let mode = o.mode.unwrap_or(match config_mode {
        Some(Security::Implicit) => Mode::Implicit,
        _ => Mode::Starttls,
    });
    let ports = if o.ports.is_empty() {
        plan_ports(cfg.and_then(Config::effective_port), mode)
    } else {
        let mut out: Vec<PortPlan> = Vec::new();
        for &port in &o.ports {
            if !out.iter().any(|p| p.port == port) {
                out.push(PortPlan {
                    port,
                    mode,
                    configured: true,
                });
            }
        }
        out
    };
    if let Some(p) = ports.iter().find(|p| p.port == 0) {
        return Err(format!("port {} cannot be dialled", p.port));
    }

    // The password exactly as the client would send it (spaces included:
    // reproducing the client's mistake is the point).
    let line_of = |offset: usize| crate::report::LineIndex::new(input).line_of(offset);
    let file_password = cfg
        .and_then(|c| c.get(Role::Password))
        .filter(|f| !f.value.is_reference() && !f.value.text.is_empty())
        .map(|f| {
            (
                f.value.text.clone(),
                format!("the input, line {}", line_of(f.value.span.start)),
            )
        });
    let password = o.password.or(file_password).or(o.password_fallback);
    let username = o.username.or_else(|| {
        cfg.and_then(|c| c.get(Role::Username))
            .and_then(|f| f.value.literal())
            .filter(|u| !u.is_empty())
            .map(str::to_string)
    });
    let (credentials, password_source) = match password {
        Some((password, source)) => (
            Some(Credentials {
                // A Server API token is both the username and the password.
                username: username.unwrap_or_else(|| password.clone()),
                password,
            }),
            Some(source),
        ),
        None => (None, None),
    };

    let from = o.from.or_else(|| {
        cfg.and_then(|c| c.literal(Role::From))
            .map(|f| bare_address(&clean(f)).to_string())
            .filter(|f| !f.is_empty())
    });
    Ok(Target {
        host,
        tls_name: o.tls_name,
        ports,
        credentials,
        password_source,
        from,
        send_to: o.send_to,
        config: config.map(|(i, _)| i),
    })
}

/// The configured port (as configured) and every Postmark port (with
/// STARTTLS, as Postmark speaks), without probing the same thing twice.
pub fn plan_ports(configured: Option<u16>, mode: Mode) -> Vec<PortPlan> {
    let mut out = Vec::new();
    if let Some(port) = configured {
        out.push(PortPlan {
            port,
            mode,
            configured: true,
        });
    }
    for port in POSTMARK_PORTS {
        let same_port = configured == Some(port);
        // Implicit TLS configured on 587: also show that STARTTLS works there.
        // 465 is probed once whatever the mode: it is not SMTP at Postmark.
        if same_port && (mode == Mode::Starttls || port == 465) {
            continue;
        }
        out.push(PortPlan {
            port,
            mode: Mode::Starttls,
            configured: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configured_port_first_and_once() {
        let plan = plan_ports(Some(587), Mode::Starttls);
        let ports: Vec<u16> = plan.iter().map(|p| p.port).collect();
        assert_eq!(ports, [587, 2525, 25, 465]);
        assert!(plan[0].configured && !plan[1].configured);

        let plan = plan_ports(Some(465), Mode::Implicit);
        assert_eq!(plan.iter().filter(|p| p.port == 465).count(), 1);
        assert_eq!(plan[0].mode, Mode::Implicit);

        let plan = plan_ports(Some(587), Mode::Implicit);
        assert_eq!(plan.iter().filter(|p| p.port == 587).count(), 2);

        assert_eq!(plan_ports(None, Mode::Starttls).len(), 4);
    }

    #[test]
    fn server_token_is_both_username_and_password() {
        let input = "MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=2525\nMAIL_PASSWORD=\"abc-123 \"\n";
        let analysis = crate::analyze(input, &crate::Options::default());
        let t = target(
            active_config(&analysis.configs),
            input,
            Overrides::default(),
        )
        .expect("a Laravel .env with a host");
        assert_eq!(t.host, "smtp.postmarkapp.com");
        assert_eq!(t.ports[0].port, 2525);
        assert_eq!(t.password_source.as_deref(), Some("the input, line 3"));
        let c = t.credentials.unwrap();
        assert_eq!(c.password, "abc-123 ", "sent exactly as the client would");
        assert_eq!(c.password, c.username);
    }
}

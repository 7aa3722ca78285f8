//! "Check the connection from your machine": the exact `smtp-probe probe`
//! command and the manual tests (telnet, openssl) for the host and port the
//! paste configures.
//!
//! The token is never put on a command line (shell history, `ps`): the
//! command reads it into the `SMTP_PASSWORD` environment variable first and
//! passes the variable's name with `--password-env` (or, in `cmd.exe`, which
//! cannot read without echo, the probe prompts for it with
//! `--password-stdin`). Each shell gets its own lines: zsh's `read -p` means
//! "from the coprocess", not "prompt", and PowerShell and `cmd.exe` have
//! their own ways to read a secret.

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
    /// Shell lines (bash): read the token without echo, then run the probe.
    /// [`command_for`] gives them for another shell.
    pub command: String,
    /// The probe's arguments after `smtp-probe`, each already a word.
    args: Vec<Arg>,
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

    let mut args = vec![
        Arg::Word("probe".into()),
        Arg::Word("--host".into()),
        Arg::Word(host.clone()),
    ];
    for p in &ports {
        args.push(Arg::Word("--port".into()));
        args.push(Arg::Word(p.to_string()));
    }
    if let Some(from) = settings
        .and_then(|s| s.from.as_deref())
        .filter(|f| !f.is_empty() && f.chars().all(|c| !c.is_control()))
    {
        args.push(Arg::Option("--from", from.to_string()));
    }
    let command = commands(&args, Shell::Bash);

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
        args,
        manual,
        note,
    }
}

/// One argument of the probe's command line: a word the checker built
/// (safe in every shell), or an optional flag whose value comes from the
/// paste, quoted per shell (left out, flag and all, where the shell cannot
/// carry it safely).
#[derive(Clone, Debug, PartialEq, Eq)]
enum Arg {
    Word(String),
    Option(&'static str, String),
}

/// The shells the panel writes the command for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shell {
    Bash,
    Zsh,
    PowerShell,
    Cmd,
}

impl Shell {
    pub const ALL: [Shell; 4] = [Shell::Bash, Shell::Zsh, Shell::PowerShell, Shell::Cmd];

    /// The name people know the shell by.
    pub fn label(self) -> &'static str {
        match self {
            Shell::Bash => "bash (Linux, WSL, Git Bash)",
            Shell::Zsh => "zsh (macOS)",
            Shell::PowerShell => "PowerShell (Windows)",
            Shell::Cmd => "Command Prompt (cmd.exe)",
        }
    }

    /// A stable key for the shell (`bash`, `zsh`, `powershell`, `cmd`).
    pub fn key(self) -> &'static str {
        match self {
            Shell::Bash => "bash",
            Shell::Zsh => "zsh",
            Shell::PowerShell => "powershell",
            Shell::Cmd => "cmd",
        }
    }

    pub fn from_key(key: &str) -> Option<Shell> {
        Shell::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The shell a system opens by default.
    pub fn default_for(system: Option<System>) -> Shell {
        match system {
            Some(System::MacOs) => Shell::Zsh,
            Some(System::Windows) => Shell::PowerShell,
            _ => Shell::Bash,
        }
    }
}

/// The visitor's operating system, as far as the browser says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum System {
    LinuxX86_64,
    LinuxArm64,
    MacOs,
    Windows,
}

impl System {
    /// From the browser's platform and user-agent strings
    /// (`navigator.userAgentData.platform`, `navigator.platform`,
    /// `navigator.userAgent`, joined): `Win32`, `MacIntel`,
    /// `Linux x86_64`, `Linux aarch64`… `None` when nothing says.
    pub fn from_platform(platform: &str) -> Option<System> {
        let p = platform.to_ascii_lowercase();
        if p.contains("win") && !p.contains("darwin") {
            Some(System::Windows)
        } else if p.contains("mac")
            || p.contains("darwin")
            || p.contains("iphone")
            || p.contains("ipad")
        {
            Some(System::MacOs)
        } else if p.contains("linux") || p.contains("x11") || p.contains("cros") {
            if p.contains("aarch64") || p.contains("arm64") || p.contains("armv8") {
                Some(System::LinuxArm64)
            } else {
                Some(System::LinuxX86_64)
            }
        } else {
            None
        }
    }
}

/// One published build of the probe (`./build.sh dist` writes them under
/// `download/`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Download {
    /// What it runs on.
    pub label: &'static str,
    /// Its path under the downloads folder.
    pub path: &'static str,
    /// How to start it once downloaded.
    pub how: &'static str,
}

const DOWNLOADS: [(System, Download); 3] = [
    (
        System::LinuxX86_64,
        Download {
            label: "Linux x86-64 (static)",
            path: "linux-x86_64/smtp-probe",
            how: "chmod +x smtp-probe, then run it from the folder it is in (./smtp-probe) or put it on your PATH.",
        },
    ),
    (
        System::LinuxArm64,
        Download {
            label: "Linux ARM64 (static)",
            path: "linux-arm64/smtp-probe",
            how: "chmod +x smtp-probe, then run it from the folder it is in (./smtp-probe) or put it on your PATH.",
        },
    ),
    (
        System::Windows,
        Download {
            label: "Windows x86-64",
            path: "windows-x86_64/smtp-probe.exe",
            how: "Open PowerShell in the folder you saved it to (cd $HOME\\Downloads) and run the command below.",
        },
    ),
];

/// How to get the probe where there is no download (macOS): build it.
pub const BUILD_FROM_SOURCE: &str =
    "No build for this system is published yet: with Rust installed (rustup.rs), run `cargo install --path .` in a copy of smtp-check's source.";

/// The downloads, the visitor's system first.
pub fn downloads(system: Option<System>) -> Vec<Download> {
    let mut all: Vec<(System, Download)> = DOWNLOADS.to_vec();
    crate::sort::by_key(&mut all, |(s, _)| Some(*s) != system);
    all.into_iter().map(|(_, d)| d).collect()
}

/// The lines to type in `shell`: read the token without echo, run the
/// probe, and (where the variable outlives the command) forget the token.
pub fn command_for(advice: &ProbeAdvice, shell: Shell) -> String {
    commands(&advice.args, shell)
}

fn commands(args: &[Arg], shell: Shell) -> String {
    let words = |quote: fn(&str) -> Option<String>| -> String {
        let mut line = String::new();
        for a in args {
            match a {
                Arg::Word(w) => {
                    line.push(' ');
                    line.push_str(w);
                }
                Arg::Option(flag, value) => {
                    if let Some(v) = quote(value) {
                        line.push_str(&format!(" {flag} {v}"));
                    }
                }
            }
        }
        line
    };
    match shell {
        Shell::Bash => format!(
            "# Paste your token when asked (it is not shown and stays out of your shell history)\n\
             read -rs -p 'SMTP password or token: ' {PASSWORD_ENV}; echo; export {PASSWORD_ENV}\n\
             smtp-probe{} --password-env {PASSWORD_ENV}",
            words(|q| Some(shell_quote(q)))
        ),
        Shell::Zsh => format!(
            "# Paste your token when asked (it is not shown and stays out of your shell history)\n\
             read -rs '{PASSWORD_ENV}?SMTP password or token: '; echo; export {PASSWORD_ENV}\n\
             smtp-probe{} --password-env {PASSWORD_ENV}",
            words(|q| Some(shell_quote(q)))
        ),
        Shell::PowerShell => format!(
            "# Paste your token when asked (it is not shown and stays out of your history)\n\
             $env:{PASSWORD_ENV} = [Net.NetworkCredential]::new('', (Read-Host 'SMTP password or token' -AsSecureString)).Password\n\
             .\\smtp-probe.exe{} --password-env {PASSWORD_ENV}\n\
             Remove-Item Env:{PASSWORD_ENV}",
            words(|q| Some(format!("'{}'", q.replace('\'', "''"))))
        ),
        Shell::Cmd => format!(
            "rem The probe asks for your token (it is not shown and stays out of your history)\n\
             smtp-probe.exe{} --password-stdin",
            words(cmd_quote)
        ),
    }
}

/// Quotes a word for `cmd.exe`, where `%` expands and `"` cannot be
/// escaped inside quotes: such a word is refused.
fn cmd_quote(word: &str) -> Option<String> {
    if word.contains(['"', '%', '\n', '\r']) {
        return None;
    }
    let plain = word
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'@' | b'.' | b'-' | b'_' | b'+'));
    Some(if plain {
        word.to_string()
    } else {
        format!("\"{word}\"")
    })
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

    #[test]
    fn every_shell_reads_the_token_its_own_way_and_never_on_the_line() {
        let a = probe_advice(&report(
            Some("smtp.postmarkapp.com"),
            Some(587),
            Some("o'neil@b.io"),
        ));
        let zsh = command_for(&a, Shell::Zsh);
        assert!(zsh.contains("read -rs 'SMTP_PASSWORD?"), "{zsh}");
        assert!(
            !zsh.contains("-p '"),
            "zsh's -p reads from a coprocess: {zsh}"
        );
        let ps = command_for(&a, Shell::PowerShell);
        assert!(
            ps.contains("Read-Host 'SMTP password or token' -AsSecureString"),
            "{ps}"
        );
        assert!(ps.contains(".\\smtp-probe.exe probe --host smtp.postmarkapp.com --port 587 --port 2525 --from 'o''neil@b.io' --password-env SMTP_PASSWORD"), "{ps}");
        assert!(ps.ends_with("Remove-Item Env:SMTP_PASSWORD"), "{ps}");
        let cmd = command_for(&a, Shell::Cmd);
        assert!(cmd.ends_with("smtp-probe.exe probe --host smtp.postmarkapp.com --port 587 --port 2525 --from \"o'neil@b.io\" --password-stdin"), "{cmd}");
        assert_eq!(command_for(&a, Shell::Bash), a.command);
        for shell in Shell::ALL {
            assert_eq!(Shell::from_key(shell.key()), Some(shell));
            let text = command_for(&a, shell);
            let run = text.lines().find(|l| l.contains("smtp-probe")).unwrap();
            assert!(
                !run.contains("$SMTP_PASSWORD") && !run.contains("%SMTP_PASSWORD%"),
                "{run}"
            );
        }
    }

    #[test]
    fn cmd_leaves_out_a_from_it_cannot_quote() {
        let a = probe_advice(&report(
            Some("smtp.postmarkapp.com"),
            Some(587),
            Some("100%\"@b.io"),
        ));
        let cmd = command_for(&a, Shell::Cmd);
        assert!(!cmd.contains("--from"), "{cmd}");
        assert!(cmd.ends_with("--port 2525 --password-stdin"), "{cmd}");
    }

    #[test]
    fn systems_from_browser_platform_strings() {
        assert_eq!(System::from_platform("Win32"), Some(System::Windows));
        assert_eq!(System::from_platform("Windows"), Some(System::Windows));
        assert_eq!(System::from_platform("MacIntel"), Some(System::MacOs));
        assert_eq!(
            System::from_platform("macOS Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)"),
            Some(System::MacOs)
        );
        assert_eq!(
            System::from_platform("Linux x86_64"),
            Some(System::LinuxX86_64)
        );
        assert_eq!(
            System::from_platform("Linux aarch64"),
            Some(System::LinuxArm64)
        );
        assert_eq!(System::from_platform(""), None);
        assert_eq!(Shell::default_for(Some(System::MacOs)), Shell::Zsh);
        assert_eq!(Shell::default_for(Some(System::Windows)), Shell::PowerShell);
        assert_eq!(Shell::default_for(None), Shell::Bash);
    }

    #[test]
    fn the_visitors_download_comes_first_and_macos_gets_none() {
        assert_eq!(
            downloads(Some(System::Windows))[0].path,
            "windows-x86_64/smtp-probe.exe"
        );
        assert_eq!(
            downloads(Some(System::LinuxArm64))[0].path,
            "linux-arm64/smtp-probe"
        );
        assert_eq!(
            downloads(Some(System::MacOs))[0].path,
            "linux-x86_64/smtp-probe"
        );
        assert_eq!(downloads(None).len(), 3);
    }

    #[test]
    fn the_downloads_offered_are_the_ones_build_sh_builds() {
        let build = include_str!("../../build.sh");
        let list = build
            .split_once("PROBE_DOWNLOADS=\"")
            .and_then(|(_, rest)| rest.split_once('"'))
            .map(|(list, _)| list)
            .expect("PROBE_DOWNLOADS in build.sh");
        let built: Vec<String> = list
            .lines()
            .map(|l| {
                let mut parts = l.split(':');
                let dir = parts.next().unwrap();
                format!("{dir}/{}", parts.nth(1).unwrap())
            })
            .collect();
        let offered: Vec<String> = downloads(None).iter().map(|d| d.path.to_string()).collect();
        assert_eq!(offered, built);
    }
}

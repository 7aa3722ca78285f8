//! The command line: argument parsing and output only; the checks are the
//! library's.

mod bundle;
mod diagnostic;
mod fix;
mod lint;
mod probe;
mod rule_pages;
mod rules;

use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Tells you exactly why your SMTP settings for Postmark do not work.
#[derive(Parser, Debug)]
#[command(name = "smtp-probe", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Checks a pasted SMTP configuration (a .env, settings.py, nodemailer
    /// object, SMTP URL, main.cf…) without touching the network.
    Lint(lint::LintArgs),
    /// Lists every rule with its documentation.
    Rules(rules::RulesArgs),
    /// Lints the configuration, then tries it on the network: every Postmark
    /// port at once (connect, greeting, STARTTLS, TLS, AUTH, MAIL FROM), and
    /// explains what fails. Never sends a message unless --send-to is given.
    Probe(Box<probe::ProbeArgs>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, Default)]
pub enum Format {
    #[default]
    Text,
    Json,
}

/// Exit codes shared by the subcommands.
pub mod exit {
    /// Nothing wrong (no error finding).
    pub const OK: u8 = 0;
    /// At least one error finding.
    pub const PROBLEMS: u8 = 1;
    /// Usage or I/O error.
    pub const USAGE: u8 = 2;
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                exit::USAGE
            } else {
                exit::OK
            };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let code = match cli.command {
        Command::Lint(args) => lint::run(args),
        Command::Rules(args) => rules::run(args),
        Command::Probe(args) => probe::run(*args),
    };
    ExitCode::from(code)
}

/// Reads the input file, or stdin for `-`/no file, refusing more than
/// `MAX_INPUT_BYTES + 1` bytes (enough to know it is too large).
pub fn read_input(path: Option<&std::path::Path>) -> Result<(String, String), String> {
    use std::io::Read;
    let limit = crate::MAX_INPUT_BYTES as u64 + 1;
    let (name, mut reader): (String, Box<dyn Read>) = match path {
        None => ("<stdin>".into(), Box::new(std::io::stdin())),
        Some(p) if p.as_os_str() == "-" => ("<stdin>".into(), Box::new(std::io::stdin())),
        Some(p) => {
            let f =
                std::fs::File::open(p).map_err(|e| format!("cannot open {}: {e}", p.display()))?;
            (p.display().to_string(), Box::new(f))
        }
    };
    let mut bytes = Vec::new();
    reader
        .by_ref()
        .take(limit)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read {name}: {e}"))?;
    // Invalid UTF-8 is replaced, not refused: a paste is text.
    Ok((name, String::from_utf8_lossy(&bytes).into_owned()))
}

/// Whether to colour: only on a terminal, never with NO_COLOR.
pub fn use_color(stream_is_tty: bool) -> bool {
    stream_is_tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

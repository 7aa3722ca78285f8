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

pub use fix::summary as fix_summary;
pub use lint::render_report;

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

/// The input as read: its text and what it was.
pub struct Input {
    /// The file name, or `<stdin>`.
    pub name: String,
    /// The text (empty when the input is over the limit: it is not read).
    pub text: String,
    /// The input's real size in bytes (a stream over the limit is counted
    /// up to `COUNT_LIMIT`).
    pub bytes: usize,
    /// How the bytes became `text`; `None` when over the limit.
    pub decoded: Option<(crate::decode::Encoding, bool, usize)>,
}

/// A stream over the limit is read on (and thrown away) to report its size,
/// up to this many bytes (`/dev/zero` must not hang the tool).
const COUNT_LIMIT: u64 = 256 * 1024 * 1024;

impl Input {
    pub fn too_large(&self) -> bool {
        self.bytes > crate::MAX_INPUT_BYTES
    }

    /// Whether the text is the file's bytes exactly (so `--in-place` may
    /// rewrite it).
    pub fn verbatim(&self) -> bool {
        matches!(self.decoded, Some((crate::decode::Encoding::Utf8, _, 0)))
    }

    /// The lint options for this input: the real size goes with them.
    pub fn options(&self, mut options: crate::Options) -> crate::Options {
        options.input_bytes = Some(self.bytes);
        options
    }

    /// A note for stderr when the text is not the bytes as they were.
    pub fn note(&self) -> Option<String> {
        let (encoding, _, replaced) = self.decoded?;
        let mut notes = Vec::new();
        if encoding != crate::decode::Encoding::Utf8 {
            notes.push(format!("read as {} text", encoding.name()));
        }
        if replaced > 0 {
            notes.push(format!(
                "{replaced} invalid byte sequence(s) replaced by U+FFFD (the file is not valid {})",
                encoding.name()
            ));
        }
        (!notes.is_empty())
            .then(|| format!("smtp-probe: note: {}: {}", self.name, notes.join("; ")))
    }
}

/// Reads the input file, or stdin for `-`/no file, decoding UTF-16 and
/// replacing invalid bytes. Reads at most `MAX_INPUT_BYTES + 1` bytes into
/// memory: a larger input is only measured, never decoded or checked.
pub fn read_input(path: Option<&std::path::Path>) -> Result<Input, String> {
    use std::io::Read;
    let limit = crate::MAX_INPUT_BYTES as u64 + 1;
    let path = path.filter(|p| p.as_os_str() != "-");
    let (name, mut reader, file_len): (String, Box<dyn Read>, Option<u64>) = match path {
        None => ("<stdin>".into(), Box::new(std::io::stdin()), None),
        Some(p) => {
            let shown = p.display().to_string();
            let meta =
                std::fs::metadata(p).map_err(|e| format!("cannot open {shown}: {}", reason(&e)))?;
            if meta.is_dir() {
                return Err(format!("{shown} is a directory, not a file"));
            }
            let f = std::fs::File::open(p)
                .map_err(|e| format!("cannot open {shown}: {}", reason(&e)))?;
            let len = meta.is_file().then_some(meta.len());
            (shown, Box::new(f), len)
        }
    };
    let mut bytes = Vec::new();
    reader
        .by_ref()
        .take(limit)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read {name}: {}", reason(&e)))?;
    if bytes.len() as u64 == limit {
        // Over the limit: its real size, from the file system or by
        // counting the rest of the stream.
        let total = match file_len {
            Some(n) if n >= limit => n,
            _ => {
                let rest = std::io::copy(&mut reader.take(COUNT_LIMIT), &mut std::io::sink())
                    .map_err(|e| format!("cannot read {name}: {}", reason(&e)))?;
                limit + rest
            }
        };
        return Ok(Input {
            name,
            text: String::new(),
            bytes: usize::try_from(total).unwrap_or(usize::MAX),
            decoded: None,
        });
    }
    let d = crate::decode::decode(&bytes);
    Ok(Input {
        name,
        bytes: bytes.len(),
        decoded: Some((d.encoding, d.bom, d.replaced)),
        text: d.text,
    })
}

/// An I/O error in words, without Rust's `(os error N)` suffix.
fn reason(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// Whether to colour: only on a terminal, never with NO_COLOR.
pub fn use_color(stream_is_tty: bool) -> bool {
    stream_is_tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

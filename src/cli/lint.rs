//! `smtp-probe lint`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::Args;

use super::{diagnostic, exit, read_input, use_color, Format};
use crate::Options;

#[derive(Args, Debug)]
pub struct LintArgs {
    /// The file to check; `-` or nothing reads standard input.
    pub file: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Your verified Sender Signatures and Domains, comma-separated
    /// (e.g. `you@example.org,example.net`), for `from/not-verified`.
    #[arg(long, value_name = "LIST")]
    pub verified: Option<String>,
}

pub fn run(args: LintArgs) -> u8 {
    let (name, text) = match read_input(args.file.as_deref()) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("smtp-probe: {e}");
            return exit::USAGE;
        }
    };
    let options = args
        .verified
        .as_deref()
        .map(Options::with_verified_list)
        .unwrap_or_default();
    let analysis = crate::analyze(&text, &options);
    let report = analysis.report;
    let stdout = std::io::stdout();
    let color = use_color(stdout.is_terminal());
    let out = match args.format {
        Format::Json => serde_json::to_string_pretty(&report).expect("report serialises") + "\n",
        Format::Text => diagnostic::render(
            &name,
            &text,
            &crate::summary::mask_secrets(&text, &analysis.configs),
            &report,
            color,
        ),
    };
    let mut lock = stdout.lock();
    if lock
        .write_all(out.as_bytes())
        .and_then(|_| lock.flush())
        .is_err()
    {
        return exit::USAGE;
    }
    if report.has_errors() {
        exit::PROBLEMS
    } else {
        exit::OK
    }
}

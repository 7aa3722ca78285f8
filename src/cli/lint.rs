//! `smtp-probe lint`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::Args;

use super::{diagnostic, exit, fix, read_input, use_color, Format};
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
    /// Print the corrected configuration (safe fixes only) instead of the
    /// findings; what was and was not fixed goes to stderr.
    #[arg(long, conflicts_with = "diff")]
    pub fix: bool,
    /// Print a unified diff of the corrections instead of the findings.
    #[arg(long)]
    pub diff: bool,
    /// Also apply the fixes that need your confirmation (port 25 → 2525,
    /// an added port line, verification or STARTTLS switched back on…).
    #[arg(long)]
    pub unsafe_fixes: bool,
    /// With --fix: write the corrected configuration back to FILE instead
    /// of printing it.
    #[arg(long, requires = "fix")]
    pub in_place: bool,
}

pub fn run(args: LintArgs) -> u8 {
    if args.in_place && args.file.as_deref().is_none_or(|p| p.as_os_str() == "-") {
        eprintln!("smtp-probe: --in-place needs a FILE (not standard input)");
        return exit::USAGE;
    }
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
    if args.fix || args.diff || args.unsafe_fixes {
        return run_fix(&args, &name, &text, &options);
    }
    let analysis = crate::analyze(&text, &options);
    let report = analysis.report;
    let stdout = std::io::stdout();
    let color = use_color(stdout.is_terminal());
    let out = match args.format {
        Format::Json => serde_json::to_string_pretty(&report).expect("report serialises") + "\n",
        Format::Text => diagnostic::render(
            &name,
            &text,
            &crate::summary::Masker::new(&text, &analysis.configs),
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

/// `--fix`, `--diff`, `--in-place`: the corrected text. The exit code says
/// whether errors remain after the fixes.
fn run_fix(args: &LintArgs, name: &str, text: &str, options: &Options) -> u8 {
    let (_, applied) = crate::fix::fix_text(text, options, args.unsafe_fixes);
    let output = match (&args.file, args.in_place, args.diff) {
        (Some(path), true, _) => fix::Output::InPlace(path),
        (_, _, true) => fix::Output::Diff,
        _ => fix::Output::Text,
    };
    let shown = name.trim_start_matches("./");
    if let Err(code) = fix::emit(output, shown, text, &applied) {
        return code;
    }
    eprint!("{}", fix::summary(&applied));
    if crate::lint(&applied.text, options).has_errors() {
        exit::PROBLEMS
    } else {
        exit::OK
    }
}

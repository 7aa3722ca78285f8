//! `smtp-probe lint`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::Args;

use super::{diagnostic, exit, fix, read_input, use_color, Format, Input};
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
    /// findings; what was and was not fixed goes to stderr. This prints
    /// your own file, secrets included (it is meant to be applied); every
    /// other output masks them.
    #[arg(long, conflicts_with = "diff")]
    pub fix: bool,
    /// Print a unified diff of the corrections instead of the findings. Like
    /// --fix, it shows lines of your own file, secrets included.
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
    let input = match read_input(args.file.as_deref()) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("smtp-probe: {e}");
            return exit::USAGE;
        }
    };
    if let Some(note) = input.note() {
        eprintln!("{note}");
    }
    let options = input.options(
        args.verified
            .as_deref()
            .map(Options::with_verified_list)
            .unwrap_or_default(),
    );
    if args.fix || args.diff || args.unsafe_fixes {
        return run_fix(&args, &input, &options);
    }
    let text = &input.text;
    let analysis = crate::analyze(text, &options);
    let stdout = std::io::stdout();
    let color = use_color(stdout.is_terminal());
    let out = render_report(&input.name, text, &analysis, args.format, color);
    let mut lock = stdout.lock();
    if lock
        .write_all(out.as_bytes())
        .and_then(|_| lock.flush())
        .is_err()
    {
        return exit::USAGE;
    }
    if analysis.report.has_errors() {
        exit::PROBLEMS
    } else {
        exit::OK
    }
}

/// What `lint` prints for an analysis of `text` (read from `name`), in
/// either format: the report, excerpts masked.
pub fn render_report(
    name: &str,
    text: &str,
    analysis: &crate::Analysis,
    format: Format,
    color: bool,
) -> String {
    match format {
        Format::Json => {
            serde_json::to_string_pretty(&analysis.report).expect("report serialises") + "\n"
        }
        Format::Text => diagnostic::render(
            name,
            text,
            &crate::summary::Masker::new(text, &analysis.configs),
            &analysis.report,
            color,
        ),
    }
}

/// `--fix`, `--diff`, `--in-place`: the corrected text. The exit code says
/// whether errors remain after the fixes. An input over the size limit is
/// refused with nothing on stdout: its fixed text would be a truncated copy
/// of the file, and redirected over it would cut the user's file.
fn run_fix(args: &LintArgs, input: &Input, options: &Options) -> u8 {
    let name = &input.name;
    if input.too_large() {
        eprintln!(
            "smtp-probe: {name} is {} bytes, more than the {} bytes this tool reads: nothing was fixed{}",
            input.bytes,
            crate::MAX_INPUT_BYTES,
            if args.in_place { " and the file was not rewritten" } else { " and nothing is printed" },
        );
        return exit::USAGE;
    }
    if args.in_place && !input.verbatim() {
        // What the file is was said in the note above.
        eprintln!(
            "smtp-probe: --in-place only rewrites UTF-8 files and {name} is not one: not rewritten (use --fix > NEW-FILE for a UTF-8 copy)"
        );
        return exit::USAGE;
    }
    let text = input.text.as_str();
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

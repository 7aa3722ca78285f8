//! `smtp-probe lint --fix / --diff / --in-place`: the corrected text.
//!
//! The corrected text and the diff necessarily show the user's own file,
//! secrets included (it is their file, on their machine); everything else
//! printed here (fix titles, counts) never holds a secret.

use std::io::Write;
use std::path::Path;

use super::exit;
use crate::fix::Applied;

/// What to print or write.
pub enum Output<'a> {
    /// The corrected text on stdout.
    Text,
    /// A unified diff on stdout.
    Diff,
    /// The corrected text written back to this file.
    InPlace(&'a Path),
}

/// A unified diff between the text and its corrected form (empty when equal).
pub fn unified_diff(name: &str, before: &str, after: &str) -> String {
    if before == after {
        return String::new();
    }
    similar::TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{name}"), &format!("b/{name}"))
        .to_string()
}

/// One line per fix applied or not, for stderr.
pub fn summary(applied: &Applied) -> String {
    let mut out = String::new();
    for u in &applied.applied {
        out.push_str(&format!("fixed    {}: {}\n", u.id, u.title));
    }
    for s in &applied.skipped {
        let why = match s.reason.as_str() {
            "unsafe" => "unsafe, add --unsafe-fixes",
            "overlap" => "overlaps another fix; run again",
            _ => "cannot be applied",
        };
        out.push_str(&format!("not done {}: {} ({why})\n", s.id, s.title));
    }
    out
}

/// Prints or writes the result; returns an exit code on failure.
pub fn emit(output: Output, name: &str, before: &str, applied: &Applied) -> Result<(), u8> {
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    let write = |lock: &mut std::io::StdoutLock, s: &str| {
        lock.write_all(s.as_bytes())
            .and_then(|_| lock.flush())
            .map_err(|_| exit::USAGE)
    };
    match output {
        Output::Text => write(&mut lock, &applied.text),
        Output::Diff => write(&mut lock, &unified_diff(name, before, &applied.text)),
        Output::InPlace(path) => {
            // Only a file read back exactly as text may be rewritten: a
            // file with invalid UTF-8 was read with replacements.
            let original = std::fs::read(path).map_err(|e| {
                eprintln!("smtp-probe: cannot read {}: {e}", path.display());
                exit::USAGE
            })?;
            if original != before.as_bytes() {
                eprintln!(
                    "smtp-probe: {} changed while it was being checked; not rewritten",
                    path.display()
                );
                return Err(exit::USAGE);
            }
            if applied.text != before {
                std::fs::write(path, &applied.text).map_err(|e| {
                    eprintln!("smtp-probe: cannot write {}: {e}", path.display());
                    exit::USAGE
                })?;
            }
            Ok(())
        }
    }
}

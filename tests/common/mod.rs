//! What the fixture-driven test files share: walking `tests/fixtures` and
//! the `verified:` first-line convention.

use std::path::{Path, PathBuf};

use smtp_check::Options;

/// Every fixture file under `dir`, recursively, sorted (snapshots excluded).
pub fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let p = entry.expect("dir entry").path();
        if p.is_dir() {
            out.extend(files(&p));
        } else if p.extension().is_none_or(|e| e != "snap") {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// `tests/fixtures`.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Options from a first line `verified: …` after any comment marker.
pub fn options_for(text: &str) -> Options {
    let first = text.lines().next().unwrap_or("");
    match first.split_once("verified:") {
        Some((_, list)) => Options::with_verified_list(list),
        None => Options::default(),
    }
}

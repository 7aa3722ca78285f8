//! Runs what the `lint` fuzz target runs (decode, `analyze`, the text
//! report) over every file under a folder, each cut to 4 KiB as libFuzzer's
//! `-max_len=4096` cuts it, for callgrind:
//! `valgrind --tool=callgrind target/release/examples/profile_fuzz tests/fixtures 3`
//! (the difference of two repeat counts, over the repeats and the files,
//! is the cost of one fuzz execution on a seed).
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "tests/fixtures".into());
    let n: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let mut paths = Vec::new();
    files(Path::new(&dir), &mut paths);
    let inputs: Vec<Vec<u8>> = paths
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .map(|mut b| {
            b.truncate(4096);
            b
        })
        .collect();
    let options = smtp_check::Options::with_verified_list("a@b.co,b.co");
    let mut total = 0;
    for _ in 0..n {
        for data in &inputs {
            let text = smtp_check::decode::decode(data).text;
            let analysis = smtp_check::analyze(&text, &options);
            total += smtp_check::cli::render_report(
                "f",
                &text,
                &analysis,
                smtp_check::cli::Format::Text,
                false,
            )
            .len();
        }
    }
    println!("{} files, {total}", inputs.len());
}

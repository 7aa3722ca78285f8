//! Times a lint (and its JSON report) of every benchmark shape at 256 KiB,
//! 512 KiB and 1 MiB and prints MB/s and the growth ratio from one size to
//! the next: `cargo run --release --example shape_times [SHAPE]`.
//!
//! It measures as Criterion does: per size, one warm-up lint, then lints
//! until at least [`MIN_RUNS`] runs and [`MIN_TIME`] have passed; MB/s and
//! growth are from the median run. The first (cold) lint of each size is
//! printed too, with its own growth: it pays for the kernel faulting in a
//! heap larger than any before it (glibc hands a freed large block back
//! to the kernel, and each size here is the largest yet), so on a busy or
//! cold machine its ratios swing around the linear 2.0 by more than the
//! lint's own cost does. The instruction counts (`/work/instr.sh`,
//! callgrind) are the steadier measure of the lint's growth.
#[path = "../benches/support/shapes.rs"]
mod shapes_data;

use std::time::{Duration, Instant};

/// Runs per size, at least.
const MIN_RUNS: usize = 5;
/// Time per size, at least.
const MIN_TIME: Duration = Duration::from_millis(300);

/// One lint and JSON report of `text`: its time, findings and JSON bytes.
fn lint_once(text: &str, options: &smtp_check::Options) -> (f64, usize, usize) {
    let start = Instant::now();
    let report = smtp_check::lint(text, options);
    let json = serde_json::to_string(&report).expect("json");
    (
        start.elapsed().as_secs_f64(),
        report.findings.len(),
        json.len(),
    )
}

/// The cold (first) time and the median of the warm runs of `text`.
fn measure(text: &str, options: &smtp_check::Options) -> (f64, f64, usize, usize) {
    let (cold, findings, json) = lint_once(text, options);
    let mut times = Vec::new();
    let start = Instant::now();
    while times.len() < MIN_RUNS || start.elapsed() < MIN_TIME {
        times.push(lint_once(text, options).0);
    }
    times.sort_by(f64::total_cmp);
    (cold, times[times.len() / 2], findings, json)
}

fn main() {
    let options = smtp_check::Options::default();
    let only = std::env::args().nth(1);
    for (name, unit) in shapes_data::shapes() {
        if only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        let mut prev: Option<(f64, f64)> = None;
        let mut line = format!("{name:12}");
        for size in [256 * 1024, 512 * 1024, 1024 * 1024 - 1] {
            let text = shapes_data::fill(&unit, size);
            let (cold, median, findings, json) = measure(&text, &options);
            let mbs = text.len() as f64 / 1e6 / median;
            let growth = prev.map_or(String::new(), |(c, m)| {
                format!(" x{:.2} (cold x{:.2})", median / m, cold / c)
            });
            line.push_str(&format!(
                "  {:>4}K {:7.1} MB/s{growth} ({findings} findings, {json} B json)",
                size / 1024,
                mbs,
            ));
            prev = Some((cold, median));
        }
        println!("{line}");
    }
}

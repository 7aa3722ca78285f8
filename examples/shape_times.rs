//! Times a lint of every benchmark shape at 256 KiB, 512 KiB and 1 MiB and
//! prints MB/s and the growth ratio (a quick look; Criterion is the measure):
//! `cargo run --release --example shape_times`.
#[path = "../benches/support/shapes.rs"]
mod shapes_data;

fn main() {
    let options = smtp_check::Options::default();
    let only = std::env::args().nth(1);
    for (name, unit) in shapes_data::shapes() {
        if only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        let mut prev = None;
        let mut line = format!("{name:12}");
        for size in [256 * 1024, 512 * 1024, 1024 * 1024 - 1] {
            let text = shapes_data::fill(&unit, size);
            let start = std::time::Instant::now();
            let report = smtp_check::lint(&text, &options);
            let json = serde_json::to_string(&report).expect("json");
            let t = start.elapsed().as_secs_f64();
            let mbs = text.len() as f64 / 1e6 / t;
            let growth = prev.map_or(String::new(), |p: f64| format!(" x{:.2}", t / p));
            line.push_str(&format!(
                "  {:>4}K {:7.1} MB/s{growth} ({} findings, {} B json)",
                size / 1024,
                mbs,
                report.findings.len(),
                json.len()
            ));
            prev = Some(t);
        }
        println!("{line}");
    }
}

//! Lints one benchmark shape (1 MiB) repeatedly, for `perf record` or a
//! peak-memory measure (`./build.sh bench`):
//! `cargo run --release --example profile_shape -- env 20`; `--list` names
//! the shapes; a third argument sets the size in KiB (default 1024).
#[path = "../benches/support/shapes.rs"]
mod shapes_data;

fn main() {
    let name = std::env::args().nth(1).unwrap_or_else(|| "env".into());
    if name == "--list" {
        for (s, _) in shapes_data::shapes() {
            println!("{s}");
        }
        return;
    }
    let n: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let unit = shapes_data::shapes()
        .into_iter()
        .find(|(s, _)| *s == name)
        .expect("shape")
        .1;
    let kib: usize = std::env::args()
        .nth(3)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1024);
    let text = shapes_data::fill(&unit, kib * 1024 - 1);
    let options = smtp_check::Options::default();
    let mut total = 0;
    for _ in 0..n {
        total += serde_json::to_string(&smtp_check::lint(&text, &options))
            .expect("json")
            .len();
    }
    println!("{total}");
}

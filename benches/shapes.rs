//! Lint time per input shape (Criterion), at 256 KiB, 512 KiB and 1 MiB so
//! that the growth is visible: each shape must stay linear (2× input ≤ 2.2×
//! time) and fast (≥ 50 MB/s for the JSON report). Shapes: a paste of
//! repeated configurations per reader (env, YAML, INI, TOML, properties,
//! XML, JSON, JS, PHP, Python, Ruby, Go, C#, Java, Elixir, HCL, Nix,
//! prose), the fixtures of every client concatenated, one 1 MiB line,
//! 100k short lines, one huge JSON object, repeated SMTP URLs and repeated
//! code calls. `./build.sh bench` runs it, then measures each shape's peak
//! memory (`examples/profile_shape.rs` under `/usr/bin/time`).
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

#[path = "support/shapes.rs"]
mod shapes_data;

fn bench(c: &mut Criterion) {
    let options = smtp_check::Options::default();
    let mut g = c.benchmark_group("shape");
    g.sample_size(10);
    for (name, unit) in shapes_data::shapes() {
        for size in [256 * 1024, 512 * 1024, 1024 * 1024 - 1] {
            let text = shapes_data::fill(&unit, size);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(
                BenchmarkId::new(name, format!("{} KiB", size.div_ceil(1024))),
                &text,
                |b, t| {
                    b.iter(|| serde_json::to_string(&smtp_check::lint(t, &options)).expect("json"))
                },
            );
        }
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

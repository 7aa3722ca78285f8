//! Lint throughput: a 30-line config and a 1 MiB paste.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn bench(c: &mut Criterion) {
    let small = "MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=465\n".repeat(10);
    let mut g = c.benchmark_group("lint");
    g.throughput(Throughput::Bytes(small.len() as u64));
    g.bench_function("30 lines", |b| {
        b.iter(|| smtp_check::lint(&small, &Default::default()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

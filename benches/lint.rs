//! Lint throughput (Criterion): a 30-line config, and pastes of 64 KiB,
//! 256 KiB and 1 MiB (just under the limit) to show that time grows
//! linearly with size. Run with `./build.sh bench`; Criterion prints the
//! throughput in MiB/s for each.
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// A realistic 30-line Laravel `.env` with a few mistakes.
const THIRTY_LINES: &str = r#"APP_NAME="Acme Widgets"
APP_ENV=production
APP_KEY=base64:Jm2Qb0m8u8k3b8o5mH2Yq8C4ZQ0kQv7l3n0V0b8H1y4=
APP_DEBUG=false
APP_URL=https://acme-widgets.io

LOG_CHANNEL=stack
LOG_LEVEL=debug

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=acme
DB_USERNAME=acme
DB_PASSWORD=s3cr3t-db-pass

BROADCAST_DRIVER=log
CACHE_DRIVER=file
QUEUE_CONNECTION=sync
SESSION_DRIVER=file

# Postmark SMTP
MAIL_MAILER=smtp
MAIL_HOST=smtp.postmarkapp.com
MAIL_PORT=465
MAIL_USERNAME=1f86a2b4-55c1-4a0e-9d1b-3c2d11115948
MAIL_PASSWORD="1f86a2b4-55c1-4a0e-9d1b-3c2d11115948 "
MAIL_ENCRYPTION=ssl
MAIL_FROM_ADDRESS="hello@gmail.com"
MAIL_FROM_NAME="${APP_NAME}"
"#;

/// `size` bytes of mixed configuration text: the 30-line file, a
/// nodemailer snippet and a Django block, repeated (each copy its own
/// configuration, so the work is real, not cached).
fn paste(size: usize) -> String {
    let node = "const t = nodemailer.createTransport({\n  host: 'smtp.postmarkapp.com',\n  port: 2525,\n  secure: true,\n  auth: { user: process.env.POSTMARK_TOKEN, pass: process.env.POSTMARK_TOKEN },\n});\n";
    let django = "EMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_PORT = 587\nEMAIL_USE_TLS = True\nEMAIL_HOST_USER = '1f86a2b4-55c1-4a0e-9d1b-3c2d11115948'\nEMAIL_HOST_PASSWORD = '1f86a2b4-55c1-4a0e-9d1b-3c2d11115948'\n";
    let mut out = String::with_capacity(size + 4096);
    while out.len() < size {
        out.push_str(THIRTY_LINES);
        out.push_str(node);
        out.push_str(django);
    }
    let mut cut = size.min(out.len());
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}

fn bench(c: &mut Criterion) {
    let options = smtp_check::Options::default();
    let mut g = c.benchmark_group("lint");
    g.throughput(Throughput::Bytes(THIRTY_LINES.len() as u64));
    g.bench_function("30-line .env", |b| {
        b.iter(|| smtp_check::lint(THIRTY_LINES, &options))
    });
    for size in [64 * 1024, 256 * 1024, smtp_check::MAX_INPUT_BYTES] {
        let text = paste(size);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.sample_size(10);
        g.bench_with_input(
            BenchmarkId::new("paste", format!("{} KiB", size / 1024)),
            &text,
            |b, t| b.iter(|| smtp_check::lint(t, &options)),
        );
    }
    let over = paste(smtp_check::MAX_INPUT_BYTES + 1);
    g.throughput(Throughput::Bytes(over.len() as u64));
    g.bench_function("over the limit (refused)", |b| {
        b.iter(|| smtp_check::lint(&over, &options))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! Fixture tests.
//!
//! * `fixtures/dialects/<client-id>/*`: each file is detected as that client
//!   (its first active configuration), and its whole JSON report is a
//!   reviewed insta snapshot.
//! * `fixtures/rules/<family>/<slug>--fires*`: lints with a finding `<family>/<slug>`;
//!   `<slug>--near-miss*`: a similar input that must not have it.
//!   A fixture may start with a line `# verified: a@b.c,example.org` (any
//!   comment marker) to pass verified senders.

mod common;

use common::{files, options_for, root};
use smtp_check::lint;

#[test]
fn dialect_fixtures_are_detected_and_snapshotted() {
    let dir = root().join("dialects");
    let mut checked = 0;
    // Every misdetected fixture is listed, not only the first.
    let mut misdetected = Vec::new();
    for path in files(&dir) {
        let client = path
            .parent()
            .and_then(|p| p.file_name())
            .and_then(|n| n.to_str())
            .expect("client dir")
            .to_string();
        let text = std::fs::read_to_string(&path).expect("fixture is UTF-8");
        let report = lint(&text, &options_for(&text));
        let first = report
            .configs
            .iter()
            .find(|c| c.active)
            .or(report.configs.first());
        if first.map(|c| c.client.as_str()) != Some(client.as_str()) {
            misdetected.push(format!(
                "{}: detected as {:?}",
                path.display(),
                report.configs.iter().map(|c| &c.client).collect::<Vec<_>>()
            ));
            continue;
        }
        let name = path
            .strip_prefix(&dir)
            .expect("under dir")
            .to_string_lossy()
            .replace(['/', '.'], "__");
        insta::with_settings!({ snapshot_path => "snapshots/dialects", prepend_module_to_snapshot => false, input_file => &path }, {
            insta::assert_json_snapshot!(name, report);
        });
        checked += 1;
    }
    assert!(checked > 0, "no dialect fixtures found");
    assert!(misdetected.is_empty(), "{}", misdetected.join("\n"));
}

#[test]
fn rule_fixtures_fire_and_near_misses_do_not() {
    let dir = root().join("rules");
    let mut problems = Vec::new();
    for path in files(&dir) {
        let family = path
            .parent()
            .and_then(|p| p.file_name())
            .and_then(|n| n.to_str())
            .expect("family dir");
        let stem = path.file_name().and_then(|n| n.to_str()).expect("name");
        let (slug, kind) = stem.split_once("--").unwrap_or_else(|| {
            panic!(
                "{}: name must be <slug>--fires… or <slug>--near-miss…",
                path.display()
            )
        });
        let id = format!("{family}/{slug}");
        let text = std::fs::read_to_string(&path).expect("fixture is UTF-8");
        let report = lint(&text, &options_for(&text));
        let has = report.findings.iter().any(|f| f.id == id);
        let ids: Vec<&str> = report.findings.iter().map(|f| f.id.as_str()).collect();
        if kind.starts_with("fires") && !has {
            problems.push(format!("{}: expected {id}, got {ids:?}", path.display()));
        }
        if kind.starts_with("near-miss") && has {
            problems.push(format!(
                "{}: must not have {id}, got {ids:?}",
                path.display()
            ));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

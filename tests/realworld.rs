//! The real-world corpus: configuration snippets from public repositories
//! (`tests/realworld/<app>/`), each described in its app's `manifest.json`
//! with where it comes from and what a correct reading gives:
//!
//! ```json
//! { "app": "Grafana", "docs": "https://grafana.com/docs/…",
//!   "cases": [ { "file": "grafana.ini", "repo": "owner/name", "path": "conf/grafana.ini",
//!                "client": "grafana", "defect": null,
//!                "must": ["port/465-unsupported"], "must_not": ["host/has-port"],
//!                "settings": { "host": "smtp.postmarkapp.com", "port": 587, "security": "starttls",
//!                              "username": "1f86…5948", "from": "grafana@acme.io" } } ] }
//! ```
//!
//! `client` is the id of the configuration the client uses (the active
//! one, else the first); `settings` lists only what was reviewed (a key
//! with `null` must be null). `defect` describes a mistake injected into a
//! real file (about a fifth of the corpus), `null` for the file as found.
//! Every real secret was replaced by a random value of the same shape.

use std::path::Path;

use serde_json::Value;
use smtp_check::{lint, Options};

fn manifests() -> Vec<(String, Value)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/realworld");
    let mut out = Vec::new();
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .expect("tests/realworld")
        .map(|d| d.expect("entry").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        let m = dir.join("manifest.json");
        let text = std::fs::read_to_string(&m).unwrap_or_else(|e| panic!("{}: {e}", m.display()));
        let v: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", m.display()));
        out.push((dir.to_string_lossy().into_owned(), v));
    }
    out
}

/// Checks one case; returns the problems found.
fn check(dir: &str, case: &Value) -> Vec<String> {
    let file = case["file"].as_str().expect("file");
    let path = Path::new(dir).join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let verified = case["verified"]
        .as_str()
        .map(Options::with_verified_list)
        .unwrap_or_default();
    let report = lint(&text, &verified);
    let mut problems = Vec::new();
    let at = path.display();
    let ids: Vec<&str> = report.findings.iter().map(|f| f.id.as_str()).collect();
    let used = report
        .configs
        .iter()
        .find(|c| c.active)
        .or(report.configs.first());
    if let Some(want) = case["client"].as_str() {
        if used.map(|c| c.client.as_str()) != Some(want) {
            problems.push(format!(
                "{at}: client {:?}, expected {want}",
                used.map(|c| &c.client)
            ));
        }
    }
    for id in case["must"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        if !ids.contains(&id) {
            problems.push(format!("{at}: missing {id} (got {ids:?})"));
        }
    }
    for id in case["must_not"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        if ids.contains(&id) {
            problems.push(format!("{at}: must not have {id}"));
        }
    }
    if let (Some(want), Some(cfg)) = (case["settings"].as_object(), used) {
        let got = serde_json::to_value(&cfg.settings).expect("settings");
        for (k, v) in want {
            if got.get(k) != Some(v) {
                problems.push(format!(
                    "{at}: settings.{k} = {}, expected {v}",
                    got.get(k).unwrap_or(&Value::Null)
                ));
            }
        }
    }
    for key in ["repo", "path"] {
        if case[key].as_str().is_none_or(str::is_empty) {
            problems.push(format!("{at}: no provenance `{key}`"));
        }
    }
    problems
}

#[test]
fn the_real_world_corpus_is_read_right() {
    let mut problems = Vec::new();
    let mut cases = 0;
    for (dir, m) in manifests() {
        for case in m["cases"].as_array().expect("cases") {
            cases += 1;
            problems.extend(check(&dir, case));
        }
    }
    assert!(cases > 0, "the corpus is empty");
    assert!(
        problems.is_empty(),
        "{} of {cases} cases:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_file_has_a_case_and_every_case_a_file() {
    for (dir, m) in manifests() {
        let listed: Vec<&str> = m["cases"]
            .as_array()
            .expect("cases")
            .iter()
            .filter_map(|c| c["file"].as_str())
            .collect();
        for entry in std::fs::read_dir(&dir).expect("dir") {
            let name = entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned();
            if name != "manifest.json" {
                assert!(
                    listed.contains(&name.as_str()),
                    "{dir}/{name} is not in its manifest"
                );
            }
        }
        for f in listed {
            assert!(
                Path::new(&dir).join(f).exists(),
                "{dir}/{f} is listed but missing"
            );
        }
    }
}

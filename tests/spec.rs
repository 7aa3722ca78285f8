//! The contract: every rule id in the spec (`tests/spec/rules.md`, a copy of
//! the shared spec) is implemented, documented, and covered by fixtures.

use std::collections::BTreeSet;
use std::path::Path;

use smtp_check::registry;

/// The ids in the spec's tables: first cell of rows like "| family/slug | …".
fn spec_ids() -> Vec<(String, bool)> {
    let spec =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/spec/rules.md"))
            .expect("spec copy");
    let mut network = false;
    let mut out = Vec::new();
    for line in spec.lines() {
        if line.starts_with("## ") {
            network = line.contains("Network");
        }
        let Some(cell) = line.strip_prefix("| ").and_then(|l| l.split(" |").next()) else {
            continue;
        };
        let id = cell.trim();
        if id.contains('/')
            && !id.contains(' ')
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '/' || c == '-' || c.is_ascii_digit())
        {
            out.push((id.to_string(), network));
        }
    }
    out
}

#[test]
fn the_spec_has_the_ids_we_expect_to_parse() {
    let ids = spec_ids();
    assert!(ids.len() > 60, "parsed only {} ids", ids.len());
    assert!(ids
        .iter()
        .any(|(id, net)| id == "port/465-unsupported" && !net));
    assert!(ids.iter().any(|(id, net)| id == "net/port-summary" && *net));
}

#[test]
fn every_spec_id_is_registered_and_documented() {
    let mut missing = Vec::new();
    for (id, network) in spec_ids() {
        match registry::find(&id) {
            None => missing.push(format!("{id}: not registered")),
            Some(r) => {
                if r.network != network {
                    missing.push(format!("{id}: network flag is {}", r.network));
                }
                for (what, text) in [
                    ("checks", r.checks),
                    ("why", r.why),
                    ("example", r.example),
                    ("fix", r.fix),
                ] {
                    if text.trim().len() < 10 {
                        missing.push(format!("{id}: `{what}` is not documented"));
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "\n{}", missing.join("\n"));
}

#[test]
fn registry_ids_are_unique_and_well_formed() {
    let mut seen = BTreeSet::new();
    for r in registry::all() {
        assert!(seen.insert(r.id), "duplicate id {}", r.id);
        let (family, slug) = r.id.split_once('/').expect("family/slug");
        assert!(!family.is_empty() && !slug.is_empty());
    }
}

#[test]
fn every_static_id_has_a_firing_fixture_and_a_near_miss() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules");
    let mut names = BTreeSet::new();
    for family in std::fs::read_dir(&dir).expect("rules fixtures dir") {
        let family = family.expect("entry").path();
        for f in std::fs::read_dir(&family).expect("family dir") {
            let f = f.expect("entry").file_name().to_string_lossy().to_string();
            if let Some((slug, kind)) = f.split_once("--") {
                let kind = if kind.starts_with("fires") {
                    "fires"
                } else {
                    "near-miss"
                };
                names.insert(format!(
                    "{}/{slug} {kind}",
                    family.file_name().expect("name").to_string_lossy()
                ));
            }
        }
    }
    let mut missing = Vec::new();
    for (id, network) in spec_ids() {
        if network {
            continue;
        }
        for kind in ["fires", "near-miss"] {
            if !names.contains(&format!("{id} {kind}")) {
                missing.push(format!("{id}: no `{kind}` fixture"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} missing:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

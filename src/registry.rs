//! Every rule the project knows: id, default severity and documentation.
//!
//! Each rule is a `static Rule` defined (and documented) in the file of its
//! family under `src/rules/`; this module only gathers them, so that
//! `smtp-probe rules`, the page and the tests see one list.

use serde::Serialize;

use crate::report::Severity;

/// A rule's identity and documentation, like a linter's lint page.
#[derive(Debug, Serialize)]
pub struct Rule {
    /// Stable id, `family/slug`; never changes meaning once shipped.
    pub id: &'static str,
    /// Default severity (a few rules lower or raise it for a given input).
    pub severity: Severity,
    /// What the rule checks. (Not in the page's WebAssembly: the page never
    /// shows it, and the help pages are written natively.)
    #[cfg(not(target_arch = "wasm32"))]
    pub checks: &'static str,
    /// Why that fails with Postmark, in the user's terms.
    pub why: &'static str,
    /// An input that fires it (native only, like `checks`).
    #[cfg(not(target_arch = "wasm32"))]
    pub example: &'static str,
    /// What to change, in general (native only, like `checks`: the page
    /// shows each finding's own fix).
    #[cfg(not(target_arch = "wasm32"))]
    pub fix: &'static str,
    /// `true` for the checks only the native probe can run (they need the network).
    pub network: bool,
}

/// All rules, static ones first, in the order of the spec.
pub fn all() -> Vec<&'static Rule> {
    use crate::rules::*;
    let families: [&[&'static Rule]; 10] = [
        input::RULES,
        url::RULES,
        host::RULES,
        port::RULES,
        tls::RULES,
        auth::RULES,
        from::RULES,
        stream::RULES,
        net::RULES,
        smtp::RULES,
    ];
    families.iter().flat_map(|f| f.iter().copied()).collect()
}

/// Looks a rule up by id.
pub fn find(id: &str) -> Option<&'static Rule> {
    all().into_iter().find(|r| r.id == id)
}

/// A client or app the checker reads, from its profile table (native only,
/// like the tables' `docs`).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Serialize)]
pub struct Client {
    /// The `client` id in reports.
    pub id: &'static str,
    pub name: &'static str,
    /// The documentation (and source) the table was written from: URLs,
    /// or a note where no client's documentation applies.
    pub docs: Vec<String>,
    /// Read by generic inference (key words and value shapes), not by a
    /// table of its own keys.
    pub inferred: bool,
}

/// Every client and app with a profile, once per id (some ids have a
/// table per syntax), in table order; the inference tables last.
#[cfg(not(target_arch = "wasm32"))]
pub fn clients() -> Vec<Client> {
    let mut out: Vec<Client> = Vec::new();
    for p in crate::extract::profile::tables::ALL {
        let docs = doc_entries(p.docs);
        match out.iter_mut().find(|c| c.id == p.id) {
            Some(c) => {
                for d in docs {
                    if !c.docs.contains(&d) {
                        c.docs.push(d);
                    }
                }
            }
            None => out.push(Client {
                id: p.id,
                name: p.name,
                docs,
                inferred: p.infer,
            }),
        }
    }
    out
}

/// A table's `docs` text as entries: each URL one, and words after a URL
/// (a note such as "(connection URLs)") joined to it.
#[cfg(not(target_arch = "wasm32"))]
fn doc_entries(docs: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in docs.split_whitespace() {
        match out.last_mut() {
            Some(last) if !word.starts_with("http") => {
                last.push(' ');
                last.push_str(word);
            }
            _ => out.push(word.to_string()),
        }
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod client_tests {
    use super::*;

    #[test]
    fn every_client_names_the_docs_it_was_written_from() {
        let clients = clients();
        assert!(clients.len() > 20);
        for c in &clients {
            assert!(!c.name.is_empty(), "{}", c.id);
            if !c.inferred {
                assert!(
                    c.docs.iter().any(|d| d.starts_with("https://")),
                    "{}: no documentation URL",
                    c.id
                );
            }
        }
        let mut ids: Vec<_> = clients.iter().map(|c| c.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), clients.len(), "one entry per id");
    }
}

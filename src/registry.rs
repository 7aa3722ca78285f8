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
    /// What the rule checks.
    pub checks: &'static str,
    /// Why that fails with Postmark, in the user's terms.
    pub why: &'static str,
    /// An input that fires it.
    pub example: &'static str,
    /// What to change.
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

//! Machine-applicable fixes: the corrected configuration in the user's own
//! dialect (`smtp-probe lint --fix`, the page's "Corrected settings").
//!
//! Three parts, all pure (no I/O, wasm-safe):
//! * [`attach`] gives findings their [`Fix`](crate::report::Fix)es, by rule id and configuration,
//!   after the rules ran: the rules themselves stay about diagnosis.
//! * `edit` writes edits in the dialect's own syntax: a value replaced
//!   inside its own quotes, characters deleted from a value (a secret is
//!   never re-typed: edits on a secret only delete characters or replace one
//!   reserved character by its `%XX` escape), a new setting inserted as a
//!   copy of a sibling line (indentation, quoting, separator, trailing `,`
//!   or `;`, line ending).
//! * [`apply`] applies the fixes of a report with deterministic overlap
//!   resolution and says which were applied and which were not.
//!
//! Which keys and values express a change is the dialect's knowledge:
//! [`crate::extract::Profile::settings_for`] returns [`Setting`]s.

mod apply;
mod edit;
mod rules;

pub use crate::model::{Setting, SettingValue};
pub use apply::{apply, fix_text, Applied, NotApplied, Used};
pub use edit::plan;

use crate::extract::Config;
use crate::report::Draft;

/// Adds machine-applicable fixes to the drafts of the rules that have one.
///
/// Where this module knows how to fix a finding, its fixes replace the ones
/// a rule may have attached (they are written with the same engine, so
/// their quoting and overlap behaviour is uniform); otherwise the rule's own
/// fixes stay, except for key renames, which only this module decides.
pub fn attach(input: &str, configs: &[Config], drafts: &mut [Draft]) {
    for d in drafts.iter_mut() {
        let Some(cfg) = d.config.and_then(|i| configs.get(i)) else {
            continue;
        };
        let fixes = rules::fixes_for(input, cfg, d);
        // A rename this module declines (the key is already written, or it
        // lives elsewhere) would create a duplicate: no rename at all.
        if !fixes.is_empty() || d.rule.id == "input/unknown-key" {
            d.fixes = fixes;
        }
    }
}

#[cfg(test)]
mod tests;

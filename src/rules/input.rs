//! `input/*` rules.

use super::Context;
use crate::registry::Rule;

/// Every rule of this family.
pub static RULES: &[&Rule] = &[];

/// Checks the paste as a whole. Returns `false` when nothing else should run
/// (empty, too large, nothing recognised).
pub fn check(cx: &mut Context) -> bool {
    !cx.configs.is_empty()
}

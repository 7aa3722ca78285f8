//! `url/*` rules.

use super::Context;
use crate::registry::Rule;

/// Every rule of this family.
pub static RULES: &[&Rule] = &[];

/// Checks this family for every configuration.
pub fn check(_cx: &mut Context) {}

//! `smtp/*` rules: network checks, run by the native probe only.

use crate::registry::Rule;

/// Every rule of this family.
pub static RULES: &[&Rule] = &[];

//! The catalogue of dialects, one per file. Order matters only for ties in
//! detection scores: specific clients before the generic fallbacks.

mod common;
pub use common::*;

mod generic;
mod laravel;

use super::Dialect;

/// Every dialect, most specific first.
pub static ALL: &[&'static dyn Dialect] = &[&laravel::LARAVEL, &generic::GENERIC];

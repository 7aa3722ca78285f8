//! From pasted text to configurations, in two layers:
//!
//! * [`read`]: one reader per syntax turns the paste into a document of
//!   key paths → values with their spans (no client knowledge);
//! * [`profile`]: one table per client says which key paths carry which
//!   role and what its words mean; an engine matches the tables against the
//!   document and builds the [`Config`]s the rules read.

pub mod profile;
pub mod read;

mod config;

pub use config::Config;
pub use profile::{Profile, Write};
pub use read::{url, Document};

/// At most this many configurations are checked in one paste.
pub use profile::engine::MAX_CONFIGS;

/// Finds every configuration in the paste. Never fails: an empty vector
/// means nothing SMTP-like was found (`input/unrecognized`).
pub fn extract(input: &str) -> Vec<Config> {
    extract_from(&Document::read(input))
}

/// [`extract`] from a document already read.
pub fn extract_from(doc: &Document) -> Vec<Config> {
    profile::engine::extract(doc)
}

//! What the page shows besides the report, as plain data: the commands to
//! test the connection from the user's machine, the example configurations,
//! and where to draw highlights and invisible characters in the pasted text.
//!
//! No rule logic lives here (findings come from the report only) and no
//! browser code either: `src/web/` renders this, and it is unit-tested natively.

pub mod examples;
pub mod fixes;
pub mod marks;
pub mod probe;

pub use examples::{Example, EXAMPLES};
pub use marks::{invisible_name, invisibles, runs, utf16_offset, Invisible, Run, RunKind};
pub use probe::{probe_advice, ManualTest, ProbeAdvice};

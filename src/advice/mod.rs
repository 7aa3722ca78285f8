//! What the page shows besides the report, as plain data: the commands to
//! test the connection from the user's machine, the example configurations,
//! where to draw highlights and invisible characters in the pasted text, and
//! the line diff of the corrected settings, and the report for support.
//!
//! No rule logic lives here (findings come from the report only) and no
//! browser code either: `src/web/` renders this, and it is unit-tested natively.

pub mod diff;
pub mod examples;
pub mod fixes;
pub mod marks;
pub mod probe;
pub mod support;

pub use diff::{line_diff, with_context, DiffLine, LineKind, Shown};
pub use examples::{Example, EXAMPLES};
pub use marks::{invisible_name, invisibles, runs, utf16_offset, Invisible, Run, RunKind};
pub use probe::{
    command_for, downloads, probe_advice, Download, ManualTest, ProbeAdvice, Shell, System,
    BUILD_FROM_SOURCE,
};
pub use support::{support_report, RuleLinks};

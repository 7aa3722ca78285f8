//! Applying the fixes of a report to the pasted text.
//!
//! Deterministic: safe fixes before unsafe ones, then in text order (the
//! first edit's start), then in report order. A fix is applied whole or not
//! at all; one whose edits overlap an edit already taken is reported as not
//! applied. An edit identical to one already taken (two findings asking for
//! the same change) counts as done, not as a conflict.

use serde::{Deserialize, Serialize};

use crate::report::{Applicability, Edit, Finding, Report};
use crate::Options;

/// A fix that was applied.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Used {
    /// Index of the finding in the report (`None` for a finding that
    /// appeared only after an earlier round of fixes).
    pub finding: Option<usize>,
    /// The finding's rule id.
    pub id: String,
    pub title: String,
    pub applicability: Applicability,
}

/// A fix that was not applied, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotApplied {
    pub finding: Option<usize>,
    pub id: String,
    pub title: String,
    pub applicability: Applicability,
    /// `overlap` (another fix changes the same text), `unsafe` (unsafe
    /// fixes were not asked for) or `invalid` (an edit outside the text).
    pub reason: String,
}

/// The corrected text and what went into it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Applied {
    pub text: String,
    pub applied: Vec<Used>,
    pub skipped: Vec<NotApplied>,
}

impl Applied {
    /// Whether anything changed.
    pub fn changed(&self) -> bool {
        !self.applied.is_empty()
    }
}

/// At most this many lint-and-apply rounds in [`fix_text`].
const MAX_ROUNDS: usize = 4;

/// Lints `input` and applies its fixes: the corrected text in one call (the
/// page's "Corrected settings" panel and `smtp-probe lint --fix`).
///
/// The corrected text is linted again and fixed again (a few rounds at
/// most) until nothing changes: a fix left out because it overlapped
/// another, or a finding that a fix uncovered (a renamed key now read), is
/// handled too, so fixing the result again changes nothing. `applied` lists every fix used in any round; `finding`
/// indexes the returned report (of `input`) when the finding is in it;
/// `skipped` is what is still not applied at the end.
pub fn fix_text(input: &str, options: &Options, include_unsafe: bool) -> (Report, Applied) {
    let report = crate::lint(input, options);
    let mut result = apply(input, &report.findings, include_unsafe);
    for _ in 1..MAX_ROUNDS {
        if !result.changed() {
            break;
        }
        let again = crate::lint(&result.text, options);
        let next = apply(&result.text, &again.findings, include_unsafe);
        if !next.changed() {
            break;
        }
        let origin = |i: usize| {
            let f = &again.findings[i];
            report
                .findings
                .iter()
                .position(|o| o.id == f.id && o.config == f.config)
        };
        result.applied.extend(next.applied.into_iter().map(|mut u| {
            u.finding = u.finding.and_then(origin);
            u
        }));
        result.skipped = next
            .skipped
            .into_iter()
            .map(|mut s| {
                s.finding = s.finding.and_then(origin);
                s
            })
            .collect();
        result.text = next.text;
    }
    (report, result)
}

/// Applies the findings' fixes to `input` (safe ones, plus the unsafe ones
/// when `include_unsafe`). Each finding contributes at most one fix: its
/// first fix of an allowed applicability.
pub fn apply(input: &str, findings: &[Finding], include_unsafe: bool) -> Applied {
    let mut candidates: Vec<(usize, &crate::report::Fix)> = Vec::new();
    let mut skipped = Vec::new();
    for (i, f) in findings.iter().enumerate() {
        let allowed = f
            .fixes
            .iter()
            .find(|x| include_unsafe || x.applicability == Applicability::Safe);
        match allowed {
            Some(fix) => candidates.push((i, fix)),
            None => {
                if let Some(fix) = f.fixes.first() {
                    skipped.push(not_applied(i, f, fix, "unsafe"));
                }
            }
        }
    }
    crate::sort::by_key(&mut candidates, |(i, fix)| {
        (
            fix.applicability != Applicability::Safe,
            fix.edits
                .iter()
                .map(|e| e.start)
                .min()
                .unwrap_or(usize::MAX),
            *i,
        )
    });
    let mut taken: Vec<Edit> = Vec::new();
    let mut applied = Vec::new();
    for (i, fix) in candidates {
        let f = &findings[i];
        if !fix.edits.iter().all(|e| valid(input, e)) || fix.edits.is_empty() {
            skipped.push(not_applied(i, f, fix, "invalid"));
            continue;
        }
        let new: Vec<&Edit> = fix.edits.iter().filter(|e| !taken.contains(e)).collect();
        let clash = new
            .iter()
            .any(|e| taken.iter().any(|t| overlaps(e, t)) || overlaps_within(e, &new));
        if clash {
            skipped.push(not_applied(i, f, fix, "overlap"));
            continue;
        }
        taken.extend(new.into_iter().cloned());
        applied.push(Used {
            finding: Some(i),
            id: f.id.clone(),
            title: fix.title.clone(),
            applicability: fix.applicability,
        });
    }
    crate::sort::by_key(&mut skipped, |s| s.finding);
    Applied {
        text: splice(input, &taken),
        applied,
        skipped,
    }
}

fn not_applied(i: usize, f: &Finding, fix: &crate::report::Fix, reason: &str) -> NotApplied {
    NotApplied {
        finding: Some(i),
        id: f.id.clone(),
        title: fix.title.clone(),
        applicability: fix.applicability,
        reason: reason.to_string(),
    }
}

fn valid(input: &str, e: &Edit) -> bool {
    e.start <= e.end
        && e.end <= input.len()
        && input.is_char_boundary(e.start)
        && input.is_char_boundary(e.end)
}

/// Two edits touch the same text. Insertions at the same point do not
/// conflict (they go in the order the fixes were taken, which is
/// deterministic), nor does an insertion at the edge of a replacement.
fn overlaps(a: &Edit, b: &Edit) -> bool {
    if a == b {
        return false;
    }
    let (a_ins, b_ins) = (a.start == a.end, b.start == b.end);
    match (a_ins, b_ins) {
        (true, true) => false,
        (true, false) => b.start < a.start && a.start < b.end,
        (false, true) => a.start < b.start && b.start < a.end,
        (false, false) => a.start < b.end && b.start < a.end,
    }
}

/// A fix's own edits must not overlap each other either.
fn overlaps_within(e: &Edit, all: &[&Edit]) -> bool {
    all.iter()
        .filter(|o| !std::ptr::eq(**o, e))
        .any(|o| overlaps(e, o))
}

/// `input` with non-overlapping edits applied.
fn splice(input: &str, edits: &[Edit]) -> String {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    // Insertions before a replacement that starts at the same place.
    crate::sort::by_key(&mut sorted, |e| (e.start, e.end));
    let mut out = String::with_capacity(input.len() + 64);
    let mut pos = 0;
    for e in sorted {
        if e.start < pos {
            continue; // cannot happen after the overlap checks
        }
        out.push_str(&input[pos..e.start]);
        out.push_str(&e.text);
        pos = e.end;
    }
    out.push_str(&input[pos..]);
    out
}

//! A line diff of the paste against its corrected text, for the page's
//! "Corrected settings" panel.
//!
//! Hand-written (the `similar` crate is native-only, kept out of the wasm
//! module for size): the common first and last lines are set aside, then a
//! longest-common-subsequence table over the lines in between. Fixes change
//! a few lines, so that middle is small; past a size bound the middle is
//! shown as all removed then all added instead of spending memory on it.

/// What happened to a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    Same,
    Removed,
    Added,
}

/// One line of the diff, without its line ending.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DiffLine<'a> {
    pub kind: LineKind,
    pub text: &'a str,
}

/// What to draw: a line of the diff (by index), or a run of unchanged lines
/// left out (how many).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    Line(usize),
    Skipped(usize),
}

/// Past this many table cells (lines removed × lines added) the changed
/// middle is not aligned line by line.
const MAX_CELLS: usize = 1 << 22;

/// The lines of `before` and `after`, each marked same, removed or added.
/// Removed lines come before the added lines that replace them.
pub fn line_diff<'a>(before: &'a str, after: &'a str) -> Vec<DiffLine<'a>> {
    let a: Vec<&str> = before.split_inclusive('\n').collect();
    let b: Vec<&str> = after.split_inclusive('\n').collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let mut out = Vec::with_capacity(a.len().max(b.len()) + 4);
    push(&mut out, LineKind::Same, &a[..prefix]);
    middle(
        &mut out,
        &a[prefix..a.len() - suffix],
        &b[prefix..b.len() - suffix],
    );
    push(&mut out, LineKind::Same, &a[a.len() - suffix..]);
    out
}

fn push<'a>(out: &mut Vec<DiffLine<'a>>, kind: LineKind, lines: &[&'a str]) {
    out.extend(lines.iter().map(|l| line(kind, l)));
}

fn line(kind: LineKind, raw: &str) -> DiffLine<'_> {
    let text = raw.strip_suffix('\n').unwrap_or(raw);
    let text = text.strip_suffix('\r').unwrap_or(text);
    DiffLine { kind, text }
}

fn middle<'a>(out: &mut Vec<DiffLine<'a>>, a: &[&'a str], b: &[&'a str]) {
    if a.len().saturating_mul(b.len()) > MAX_CELLS {
        push(out, LineKind::Removed, a);
        push(out, LineKind::Added, b);
        return;
    }
    // lcs[i * w + j]: length of the longest common subsequence of a[i..], b[j..].
    let w = b.len() + 1;
    let mut lcs = vec![0u32; (a.len() + 1) * w];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i * w + j] = if a[i] == b[j] {
                lcs[(i + 1) * w + j + 1] + 1
            } else {
                lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            out.push(line(LineKind::Same, a[i]));
            i += 1;
            j += 1;
        } else if lcs[(i + 1) * w + j] >= lcs[i * w + j + 1] {
            out.push(line(LineKind::Removed, a[i]));
            i += 1;
        } else {
            out.push(line(LineKind::Added, b[j]));
            j += 1;
        }
    }
    push(out, LineKind::Removed, &a[i..]);
    push(out, LineKind::Added, &b[j..]);
}

/// The lines to draw: every changed line with `context` unchanged lines
/// around it; longer unchanged runs are left out (a run of one is shown:
/// "1 line hidden" takes as much room as the line).
pub fn with_context(lines: &[DiffLine], context: usize) -> Vec<Shown> {
    let near_change = |i: usize| {
        let lo = i.saturating_sub(context);
        let hi = (i + context + 1).min(lines.len());
        lines[lo..hi].iter().any(|l| l.kind != LineKind::Same)
    };
    let mut out = Vec::new();
    let mut hidden: Vec<usize> = Vec::new();
    let flush = |hidden: &mut Vec<usize>, out: &mut Vec<Shown>| {
        match hidden.len() {
            0 => {}
            1 => out.push(Shown::Line(hidden[0])),
            n => out.push(Shown::Skipped(n)),
        }
        hidden.clear();
    };
    for i in 0..lines.len() {
        if near_change(i) {
            flush(&mut hidden, &mut out);
            out.push(Shown::Line(i));
        } else {
            hidden.push(i);
        }
    }
    flush(&mut hidden, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::LineKind::{Added as A, Removed as R, Same as S};
    use super::*;

    fn kinds(before: &str, after: &str) -> Vec<(LineKind, String)> {
        line_diff(before, after)
            .into_iter()
            .map(|l| (l.kind, l.text.to_string()))
            .collect()
    }

    fn v(list: &[(LineKind, &str)]) -> Vec<(LineKind, String)> {
        list.iter().map(|(k, t)| (*k, t.to_string())).collect()
    }

    #[test]
    fn a_changed_line_is_removed_then_added() {
        let before = "MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=465\nMAIL_USERNAME=x\n";
        let after = "MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME=x\n";
        assert_eq!(
            kinds(before, after),
            v(&[
                (S, "MAIL_HOST=smtp.postmarkapp.com"),
                (R, "MAIL_PORT=465"),
                (A, "MAIL_PORT=587"),
                (S, "MAIL_USERNAME=x"),
            ])
        );
    }

    #[test]
    fn insertions_deletions_and_line_endings() {
        assert_eq!(
            kinds("a\r\nb\r\nc\r\n", "a\r\nb\r\nx\r\nc\r\n"),
            v(&[(S, "a"), (S, "b"), (A, "x"), (S, "c")])
        );
        assert_eq!(
            kinds("a\nb\nc\nd\n", "a\nc\n"),
            v(&[(S, "a"), (R, "b"), (S, "c"), (R, "d")])
        );
        // The last line without a newline differs from the same line with one.
        assert_eq!(kinds("a\nb", "a\nb\n"), v(&[(S, "a"), (R, "b"), (A, "b")]));
        assert_eq!(kinds("", ""), v(&[]));
        assert_eq!(kinds("", "x\n"), v(&[(A, "x")]));
        assert_eq!(kinds("é\n", ""), v(&[(R, "é")]));
    }

    #[test]
    fn the_alignment_keeps_the_longest_common_lines() {
        assert_eq!(
            kinds("x\na\nb\nc\ny\n", "z\na\nc\nb\nw\n"),
            v(&[
                (R, "x"),
                (A, "z"),
                (S, "a"),
                (R, "b"),
                (S, "c"),
                (R, "y"),
                (A, "b"),
                (A, "w"),
            ])
        );
    }

    #[test]
    fn the_diff_rebuilds_both_texts() {
        let before = "one\ntwo\nthree\nfour\nfive\nsix\n";
        let after = "one\n2\nthree\nfour\nfive and a half\nsix\nseven\n";
        let d = line_diff(before, after);
        let side = |skip: LineKind| {
            d.iter()
                .filter(|l| l.kind != skip)
                .map(|l| format!("{}\n", l.text))
                .collect::<String>()
        };
        assert_eq!(side(A), before);
        assert_eq!(side(R), after);
    }

    #[test]
    fn a_huge_middle_is_not_aligned() {
        let before: String = (0..3000).map(|i| format!("a{i}\n")).collect();
        let after: String = (0..3000).map(|i| format!("b{i}\n")).collect();
        let d = line_diff(&before, &after);
        assert_eq!(d.len(), 6000);
        assert!(d[..3000].iter().all(|l| l.kind == R));
        assert!(d[3000..].iter().all(|l| l.kind == A));
    }

    #[test]
    fn unchanged_runs_are_collapsed_around_the_changes() {
        let before: String = (0..20).map(|i| format!("{i}\n")).collect();
        let after = before.replace("10\n", "ten\n");
        let d = line_diff(&before, &after);
        let shown = with_context(&d, 2);
        assert_eq!(shown.first(), Some(&Shown::Skipped(8)));
        assert_eq!(shown.last(), Some(&Shown::Skipped(7)));
        let lines: Vec<&str> = shown
            .iter()
            .filter_map(|s| match s {
                Shown::Line(i) => Some(d[*i].text),
                Shown::Skipped(_) => None,
            })
            .collect();
        assert_eq!(lines, ["8", "9", "10", "ten", "11", "12"]);
        // A single unchanged line between two contexts is shown, not hidden.
        let after: String = (0..20)
            .map(|i| match i {
                5 | 11 => format!("changed {i}\n"),
                _ => format!("{i}\n"),
            })
            .collect();
        let d = line_diff(&before, &after);
        let shown = with_context(&d, 2);
        assert!(shown.contains(&Shown::Line(9)), "{shown:?}");
        assert!(!shown.contains(&Shown::Skipped(1)));
        assert_eq!(with_context(&line_diff("a\n", "a\n"), 3), [Shown::Line(0)]);
    }
}

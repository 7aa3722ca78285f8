//! What the paste's words rule out before any row is compared with an
//! entry. A segment's name is the paste's own text (a span of it), so a
//! pattern naming a word the paste lacks matches no entry, and a table
//! that needs a marker of its own, none of whose own markers' names are
//! all in the paste, scores nothing whatever its keys match: its rows are
//! passed over for every entry (each new table whose rows share common
//! last segments, `host`, `port`, would otherwise add walks to every paste
//! of its syntaxes).
//!
//! Each name is asked of the paste once per lint; a table is asked the
//! first time one of its rows meets an entry. A wildcard row, which meets
//! every entry of its syntax, is worth a scan of the paste for a name the
//! paste's sequence sets let through ([`InPaste::word_in`]); a named row
//! or a table is asked of the sets alone ([`InPaste::may_hold`]): a varied
//! paste lets dozens of absent names through, whose scans cost more than
//! the walks of the rows they would rule out.

use rustc_hash::FxHashMap as HashMap;

use crate::extract::profile::marker_words::InPaste;
use crate::extract::profile::pattern::{self, PSeg};
use crate::extract::profile::Profile;

/// The shortest literal part of a glob asked of the paste as a name: a
/// long one (`__SYSTEM__SMTP__HOST`) rules many rows out; asking a shorter
/// one (`_SENDER`) builds the paste's long-sequence set (a pass over it)
/// to rule out one row.
const GLOB_NAME_MIN: usize = 10;

/// The names every path a pattern matches holds (`framework`, `mailer` of
/// `framework.mailer.**`), as the table writes them (compared ASCII
/// case-insensitively), but for its last `filed` segments, which the
/// engine's index compared already.
pub(super) fn names(segs: &[PSeg], filed: usize) -> Vec<&'static str> {
    let asked = segs.len().saturating_sub(filed);
    segs.iter()
        .take(asked)
        .flat_map(|s| match s {
            PSeg::Lit(n) | PSeg::Call(n) => [Some(*n), None, None],
            PSeg::Glob { pre, mid, suf } => {
                [pre, mid, suf].map(|part| Some(*part).filter(|p| p.len() >= GLOB_NAME_MIN))
            }
            _ => [None, None, None],
        })
        .flatten()
        .collect()
}

/// What rules a table out: for a table that needs a marker of its own, the
/// names of each alternative of each such marker (the table is out when
/// every alternative names a word the paste lacks); `None` for a table
/// nothing rules out (it needs no marker, or one of its own markers has
/// an alternative without names, such as a value marker on `*`).
/// A marker's value word is not asked: a value that is not verbatim
/// (unescaped, joined) is not the paste's text.
pub(super) fn marker_names(p: &Profile) -> Option<Vec<Vec<&'static str>>> {
    if !p.needs_marker {
        return None;
    }
    let mut out = Vec::new();
    for m in p.markers.iter().filter(|m| !m.shared) {
        for alt in pattern::alternatives(m.path) {
            let n = names(&pattern::compile_alt(alt).segs, 0);
            if n.is_empty() {
                return None;
            }
            out.push(n);
        }
    }
    Some(out)
}

/// What is known of a name ([`RuledOut::words`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Known {
    In,
    Absent,
    /// The paste's sequence sets did not rule it out (not scanned).
    Maybe,
}

/// How a name is asked: whether a scan of the paste may answer it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Ask {
    Scan,
    Sets,
}

/// Per lint: the answers for names, patterns and tables, each asked once.
#[derive(Default)]
pub(super) struct RuledOut {
    /// Per name asked: what is known of it.
    words: HashMap<&'static str, Known>,
    /// Per syntax bit, per pattern: whether all its names are in the paste
    /// (0: not asked yet, 1: yes, 2: no).
    pats: Vec<Vec<u8>>,
    /// Per table: whether its rows are passed over (0: not asked yet, 1:
    /// not, 2: they are).
    tables: Vec<u8>,
}

impl RuledOut {
    /// Whether every name may be somewhere in the paste (with `Ask::Scan`:
    /// is).
    fn all_in(
        words: &mut HashMap<&'static str, Known>,
        in_paste: &mut InPaste,
        input: &str,
        names: &[&'static str],
        ask: Ask,
    ) -> bool {
        names.iter().all(|&n| {
            let known = words.get(n).copied();
            let now = match (known, ask) {
                (Some(Known::In), _) => return true,
                (Some(Known::Absent), _) => return false,
                (Some(Known::Maybe), Ask::Sets) => return true,
                (_, Ask::Scan) => {
                    if in_paste.word_in(input, n) {
                        Known::In
                    } else {
                        Known::Absent
                    }
                }
                (None, Ask::Sets) => {
                    if in_paste.may_hold(input, n) {
                        Known::Maybe
                    } else {
                        Known::Absent
                    }
                }
            };
            words.insert(n, now);
            now != Known::Absent
        })
    }

    /// Whether all the names of pattern `id` of syntax bit index `b` may be
    /// in the paste (`names`: the pattern's, see [`names`]; `ask`: as the
    /// first question of the pattern asks them).
    #[inline(always)]
    pub fn pattern_may_match(
        &mut self,
        in_paste: &mut InPaste,
        input: &str,
        (b, id): (usize, u32),
        names: &[&'static str],
        ask: Ask,
    ) -> bool {
        if names.is_empty() {
            return true;
        }
        match self.pats.get(b).and_then(|s| s.get(id as usize)) {
            Some(1) => true,
            Some(2) => false,
            _ => self.ask_pattern(in_paste, input, (b, id), names, ask),
        }
    }

    #[inline(never)]
    fn ask_pattern(
        &mut self,
        in_paste: &mut InPaste,
        input: &str,
        (b, id): (usize, u32),
        names: &[&'static str],
        ask: Ask,
    ) -> bool {
        if self.pats.len() <= b {
            self.pats.resize(b + 1, Vec::new());
        }
        let states = &mut self.pats[b];
        let id = id as usize;
        if states.len() <= id {
            states.resize(id + 1, 0);
        }
        let all = Self::all_in(&mut self.words, in_paste, input, names, ask);
        states[id] = if all { 1 } else { 2 };
        all
    }

    /// Whether table `t` of `tables` is ruled out for the paste (see
    /// [`marker_names`]; `markers`: its answer for each table).
    #[inline(always)]
    pub fn table_out(
        &mut self,
        in_paste: &mut InPaste,
        input: &str,
        t: usize,
        markers: &[Option<Vec<Vec<&'static str>>>],
    ) -> bool {
        match self.tables.get(t) {
            Some(1) => false,
            Some(2) => true,
            _ => self.ask_table(in_paste, input, t, markers),
        }
    }

    #[inline(never)]
    fn ask_table(
        &mut self,
        in_paste: &mut InPaste,
        input: &str,
        t: usize,
        markers: &[Option<Vec<Vec<&'static str>>>],
    ) -> bool {
        if self.tables.len() < markers.len() {
            self.tables.resize(markers.len(), 0);
        }
        let out = markers.get(t).and_then(Option::as_ref).is_some_and(|alts| {
            !alts
                .iter()
                .any(|n| Self::all_in(&mut self.words, in_paste, input, n, Ask::Sets))
        });
        if let Some(s) = self.tables.get_mut(t) {
            *s = if out { 2 } else { 1 };
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_leave_out_the_filed_segments_and_short_glob_parts() {
        let segs = |p| pattern::compile_alt(p).segs;
        assert_eq!(
            names(&segs("javamail.properties.mail.smtp.host"), 2),
            ["javamail", "properties", "mail"]
        );
        assert_eq!(
            names(&segs("framework.mailer.**"), 0),
            ["framework", "mailer"]
        );
        assert_eq!(
            names(&segs("*__SYSTEM__SMTP__HOST"), 0),
            ["__SYSTEM__SMTP__HOST"]
        );
        assert!(names(&segs("*_SENDER"), 0).is_empty());
        assert!(names(&segs("mail.host"), 2).is_empty());
        assert_eq!(
            names(&segs("createTransport(#0).host"), 1),
            ["createTransport"]
        );
    }

    /// A table whose marker is written after its keys, past the paste's
    /// first bytes (where the sets answer, not a scan), is still read: its
    /// marker's names are in the paste.
    #[test]
    fn a_marker_far_down_a_long_paste_keeps_its_table() {
        let pad = "K=v\n".repeat(20_000);
        let cases = [
            (
                "javamail.properties.mail.smtp.host=smtp.postmarkapp.com\njavamail.properties.mail.smtp.port=587\njavamail.properties.mail.smtp.starttls.enable=true\nmicronaut.email.from.email=hello@acme-widgets.io\n",
                "micronaut-email",
            ),
            (
                "[app:main]\nmail.host = smtp.postmarkapp.com\nmail.port = 587\nmail.tls = true\npyramid.includes = pyramid_mailer\n",
                "pyramid-mailer",
            ),
        ];
        for (src, id) in cases {
            for paste in [src.to_string(), format!("{pad}{src}")] {
                let r = crate::lint(&paste, &crate::Options::default());
                assert!(
                    r.configs.iter().any(|c| c.client == id),
                    "{id} in {} bytes: {:?}",
                    paste.len(),
                    r.configs.iter().map(|c| &c.client).collect::<Vec<_>>()
                );
            }
        }
    }

    #[test]
    fn a_table_is_out_when_each_of_its_own_markers_names_an_absent_word() {
        use crate::extract::profile::{mark, mark_value, Marker, BASE};
        let table = |markers: &'static [Marker], needs_marker| Profile {
            markers,
            needs_marker,
            ..BASE
        };
        const OWN: &[Marker] = &[mark(
            "javamail.authentication.username|micronaut.email.from",
        )];
        const ANY: &[Marker] = &[mark_value("*", "MailKit")];
        let tables = [table(OWN, true), table(OWN, false), table(ANY, true)];
        let markers: Vec<_> = tables.iter().map(marker_names).collect();
        for (input, out) in [
            ("spring.mail.host=h\n", [true, false, false]),
            ("micronaut.email.from.email=a@b.c\n", [false, false, false]),
            (
                "JAVAMAIL_AUTHENTICATION_USERNAME=u\n",
                [false, false, false],
            ),
        ] {
            let (mut absent, mut in_paste) = (RuledOut::default(), InPaste::default());
            for (t, want) in out.into_iter().enumerate() {
                // Asked twice: the second answer is the first one's.
                for _ in 0..2 {
                    assert_eq!(
                        absent.table_out(&mut in_paste, input, t, &markers),
                        want,
                        "{input} {t}"
                    );
                }
            }
        }
    }
}

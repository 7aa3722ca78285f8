//! Which value-marker words (`("image", "baserow")`, `("*", "MailKit")`)
//! occur anywhere in the paste, all in one pass. A value read verbatim is
//! part of the paste, so an absent word rules out every such value without
//! a look; one scan of the paste per word was a large share of the lint
//! once the tables held dozens of `image` words.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use crate::extract::read::ascii::contains_ci;

/// Every distinct value-marker word of the tables.
pub struct Words {
    list: Vec<&'static str>,
    ids: HashMap<&'static str, u16>,
    /// One bit per case-folded pair of first bytes of a word.
    pairs: Vec<u64>,
    /// The words under each pair.
    by_pair: HashMap<u16, Vec<u16>>,
}

/// The pair of bytes `a b`, ASCII case folded.
#[inline]
fn pair(a: u8, b: u8) -> u16 {
    u16::from(a.to_ascii_lowercase()) << 8 | u16::from(b.to_ascii_lowercase())
}

pub fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut w = Words {
            list: Vec::new(),
            ids: HashMap::default(),
            pairs: vec![0; 1024],
            by_pair: HashMap::default(),
        };
        let all = super::tables::ALL.iter().flat_map(|p| p.markers.iter());
        for word in all.filter_map(|m| m.value) {
            if w.ids.contains_key(word) {
                continue;
            }
            let id = w.list.len() as u16;
            w.list.push(word);
            w.ids.insert(word, id);
            if let [a, b, ..] = *word.as_bytes() {
                let p = pair(a, b);
                w.pairs[usize::from(p >> 6)] |= 1 << (p & 63);
                w.by_pair.entry(p).or_default().push(id);
            }
        }
        w
    })
}

impl Words {
    pub fn id(&self, word: &str) -> Option<u16> {
        self.ids.get(word).copied()
    }

    /// Per word id: whether `contains_ci(input, word)`. One pass: each
    /// place whose byte pair starts no word costs one bit test.
    pub fn present(&self, input: &str) -> Vec<bool> {
        let h = input.as_bytes();
        let mut found: Vec<bool> = self
            .list
            .iter()
            .map(|w| w.len() < 2 && contains_ci(input, w))
            .collect();
        let mut left = self.list.iter().filter(|w| w.len() >= 2).count();
        // A pair whose words are all found is no longer looked at.
        let mut pairs = self.pairs.clone();
        for i in 0..h.len().saturating_sub(1) {
            if left == 0 {
                break;
            }
            let p = pair(h[i], h[i + 1]);
            if pairs[usize::from(p >> 6)] & (1 << (p & 63)) == 0 {
                continue;
            }
            let ids = self.by_pair.get(&p).map_or(&[][..], Vec::as_slice);
            for &id in ids {
                let n = self.list[usize::from(id)].as_bytes();
                let seen = &mut found[usize::from(id)];
                if !*seen
                    && h.get(i..i + n.len())
                        .is_some_and(|s| s.eq_ignore_ascii_case(n))
                {
                    *seen = true;
                    left -= 1;
                    if ids.iter().all(|&id| found[usize::from(id)]) {
                        pairs[usize::from(p >> 6)] &= !(1 << (p & 63));
                    }
                }
            }
        }
        found
    }
}

/// Whether `word` is in `input`, ASCII case-insensitively, as
/// [`contains_ci`]; the candidates are the places of the word's first two
/// bytes together (eight places a step), not of its first byte alone: a
/// paste of short keys holds a word's first letter every few bytes
/// (`kimai` in 100k `K=v` lines), and an absent word is read to the end.
pub fn in_input(input: &str, word: &str) -> bool {
    use crate::extract::read::ascii::{splat, word as word8, zero_bytes};
    let (h, n) = (input.as_bytes(), word.as_bytes());
    let [a, b, ..] = *n else {
        return contains_ci(input, word);
    };
    if h.len() < n.len() {
        return false;
    }
    let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
    let fold = |c: u8| {
        if c.is_ascii_lowercase() {
            splat(0x20)
        } else {
            0
        }
    };
    let (fa, fb) = (fold(a), fold(b));
    let at = |i: usize| {
        h.get(i..i + n.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(n))
    };
    let mut i = 0;
    // Eight starts a step while their second bytes are in the paste.
    while i + 9 <= h.len() {
        let first = zero_bytes((word8(&h[i..i + 8]) | fa) ^ splat(a));
        // The second bytes only where a first one is (a rare first
        // letter costs what `contains_ci` costs).
        if first != 0 {
            let second = zero_bytes((word8(&h[i + 1..i + 9]) | fb) ^ splat(b));
            let mut hits = first & second;
            while hits != 0 {
                if at(i + (hits.trailing_zeros() / 8) as usize) {
                    return true;
                }
                hits &= hits - 1;
            }
        }
        i += 8;
    }
    (i..h.len()).any(|j| {
        (h[j] | fa as u8) == a && h.get(j + 1).is_some_and(|&c| (c | fb as u8) == b) && at(j)
    })
}

/// Absent words looked for one by one before all are found in one pass
/// (that pass costs about as much as this many scans for absent words).
const ABSENT_BEFORE_ALL: u32 = 8;

/// Per lint, per value-marker row: whether its word is in the paste. The
/// first words are looked for one by one (most pastes ask for a few, and a
/// present word is found early); after several absent ones, all words are
/// found in one pass.
#[derive(Default)]
pub struct InPaste {
    rows: Vec<Option<bool>>,
    /// Scans of the whole paste that found nothing.
    scans: u32,
    all: Option<Vec<bool>>,
    /// The paste's three-byte sequences, made at the first question: a
    /// word with one of its sequences missing is absent without a scan.
    grams: Option<Grams>,
    /// The paste's six-byte sequences, made at the first word of seven
    /// bytes or more whose three-byte ones are all in the paste.
    long: Option<LongGrams>,
    /// The paste's four-byte sequences, made at the first word of four to
    /// six bytes whose three-byte ones are all in the paste.
    mid: Option<MidGrams>,
}

impl InPaste {
    /// Known to be absent (after its first look).
    pub fn absent(&self, row: usize) -> bool {
        self.rows.get(row) == Some(&Some(false))
    }

    /// Whether `word` (of row `row` of `rows`) is anywhere in `input`.
    pub fn has(&mut self, input: &str, row: usize, rows: usize, word: &str) -> bool {
        if self.rows.is_empty() {
            self.rows = vec![None; rows];
        }
        let Some(known) = self.rows.get(row) else {
            return true;
        };
        if let Some(a) = *known {
            return a;
        }
        let id = words().id(word).map(usize::from);
        let a = match (&self.all, id) {
            (Some(all), Some(id)) => all[id],
            (None, Some(id)) if self.scans >= ABSENT_BEFORE_ALL => {
                let all = words().present(input);
                let a = all[id];
                self.all = Some(all);
                a
            }
            _ => self.word_in(input, word),
        };
        self.rows[row] = Some(a);
        a
    }

    /// Whether `word` is anywhere in `input`, as [`contains_ci`]. An absent
    /// word is read to the end of the paste: at the first question, the
    /// paste's three-byte sequences are gathered in one pass (about what
    /// two scans cost), and a word holding a sequence the paste lacks is
    /// absent without a scan (the engine asks for half a dozen pattern
    /// names and marker words per paste, most of them absent: a scan each
    /// was a tenth of a lint).
    pub fn word_in(&mut self, input: &str, word: &str) -> bool {
        if self.grams.is_none() && word.len() > GRAM {
            self.grams = Some(Grams::of(input));
        }
        if self.grams.as_ref().is_some_and(|g| !g.may_hold(word)) {
            return false;
        }
        // A long word made of common sequences (`messageConfig`: `mes`,
        // `sag`, `eCo` are in most configurations) is ruled out by its
        // longer ones, not by a scan. A present word is most often found
        // in the paste's first bytes: looked for there first, so that a
        // paste whose long words are all present never pays for the set.
        // Once the set is made, it answers first: a paste of varied text
        // asks for dozens of long words, most absent, and a look at its
        // first bytes for each cost as much as several whole scans.
        // A short word (`postal`, `Pony`: three-byte sequences common in
        // English and code) is ruled out by its four-byte ones the same way.
        let decided = if word.len() > LONG {
            head_then_set(
                &mut self.long,
                input,
                word,
                LongGrams::of,
                LongGrams::may_hold,
            )
        } else if word.len() >= MID {
            head_then_set(&mut self.mid, input, word, MidGrams::of, MidGrams::may_hold)
        } else {
            None
        };
        // (Not counted as a scan: a look at the first bytes, or a set.)
        if let Some(a) = decided {
            return a;
        }
        let a = in_input(input, word);
        // Only an absent word costs a scan of the whole paste.
        self.scans += u32::from(!a);
        a
    }

    /// Whether `word` may be in `input` (ASCII case-insensitively), as far
    /// as the paste's sequence sets tell (each made at the first question
    /// that needs it, a long word looked for in the paste's first bytes
    /// first): false only when it is surely absent, never a scan of the
    /// whole paste. For questions whose "maybe" costs little (a row left
    /// to its walk), asked of many words: a scan each for the absent ones
    /// the sets let through cost a varied paste more than the walks.
    pub fn may_hold(&mut self, input: &str, word: &str) -> bool {
        // A short paste is read (no set of 2^17 slots made for it).
        if input.len() <= SHORT_PASTE {
            return in_input(input, word);
        }
        if word.len() <= GRAM {
            return true;
        }
        if !self
            .grams
            .get_or_insert_with(|| Grams::of(input))
            .may_hold(word)
        {
            return false;
        }
        if word.len() > LONG {
            // A present word is found in the paste's first bytes (no set
            // made for a paste whose long words are all there).
            head_then_set(
                &mut self.long,
                input,
                word,
                LongGrams::of,
                LongGrams::may_hold,
            )
            .unwrap_or(true)
        } else {
            // The four-byte set only when made already: made for these
            // words (`mail`, `smtps`), it cost a varied paste more than it
            // ruled out.
            self.mid.as_ref().is_none_or(|m| m.may_hold(word))
        }
    }
}

/// A paste this short is read for [`InPaste::may_hold`]'s words, not
/// hashed into sets.
const SHORT_PASTE: usize = 4096;

/// Whether `word` is in the paste, when its first bytes or its set of
/// sequences (made here at the first question) tell: found in the first
/// [`HEAD`] bytes (the whole paste when it is that short: then absent is
/// the answer too), or ruled out by the set; `None` when only a scan can.
fn head_then_set<S>(
    set: &mut Option<S>,
    input: &str,
    word: &str,
    make: fn(&str) -> S,
    may_hold: fn(&S, &str) -> bool,
) -> Option<bool> {
    if set.is_none() {
        let mut head = HEAD.min(input.len());
        while !input.is_char_boundary(head) {
            head -= 1;
        }
        let found = in_input(&input[..head], word);
        if found || head == input.len() {
            return Some(found);
        }
    }
    (!may_hold(set.get_or_insert_with(|| make(input)), word)).then_some(false)
}

/// The length of the sequences [`Grams`] keeps.
const GRAM: usize = 3;

/// Slots of the [`Grams`] set, as a power of two: 2^17 (a byte each, so
/// that keeping a sequence is one store); a megabyte of varied text holds
/// a few tens of thousands of distinct sequences, which fill a fifth of them.
const GRAM_BITS: u32 = 17;
const GRAM_SLOTS: usize = 1 << GRAM_BITS;

/// The set of a text's three-byte sequences, each byte folded with `| 0x20`
/// (which maps the two cases of an ASCII letter to one byte, so a
/// case-insensitive match has the same folded sequences), hashed into a
/// set of slots: a sequence not in the set is not in the text; one in it
/// may be (another sequence may have filled its slot).
pub struct Grams {
    seen: Box<[bool; GRAM_SLOTS]>,
}

/// A sequence's slot: its three bytes (the low three of `g`, as a
/// little-endian number, already folded: see [`FOLD`]), hashed.
#[inline(always)]
fn gram_slot(g: u32) -> usize {
    ((g & 0xFF_FFFF).wrapping_mul(0x9E37_79B1) >> (32 - GRAM_BITS)) as usize
}

impl Grams {
    /// One pass over the text, keeping the sequences that start at an
    /// even offset (two per four bytes: half the work of keeping all, and
    /// a word's occurrence still leaves every other one of its sequences;
    /// a word of four bytes or more has one at either parity).
    pub fn of(input: &str) -> Grams {
        Grams {
            seen: kept(input, GRAM, 2, |g| gram_slot(g as u32)),
        }
    }

    /// Whether `word` may occur in the text (ASCII case-insensitively):
    /// false only when, for both parities of where it could start, one
    /// of its sequences the text would have kept there is not in it. A
    /// word shorter than a sequence, or of a sequence's length (one
    /// sequence: nothing kept at one of the parities), may occur.
    pub fn may_hold(&self, word: &str) -> bool {
        may_hold(&self.seen, word, GRAM, 2, |g| gram_slot(g as u32))
    }
}

/// The slots of a text's sequences of `len` bytes (at most eight) that
/// start at every `step`-th offset (1 or 2: every offset, or the even
/// ones), each read as a little-endian number and put in its slot by
/// `slot` (which looks at its `len` low bytes only).
#[inline(always)]
fn kept(
    input: &str,
    len: usize,
    step: usize,
    slot: impl Fn(u64) -> usize,
) -> Box<[bool; GRAM_SLOTS]> {
    use crate::extract::read::ascii::word as word8;
    debug_assert!((step == 1 || step == 2) && len + 4 - step <= 8);
    // Made on the heap (an array of this size is no stack value).
    let mut seen: Box<[bool; GRAM_SLOTS]> =
        match vec![false; GRAM_SLOTS].into_boxed_slice().try_into() {
            Ok(seen) => seen,
            Err(_) => unreachable!("a vector of GRAM_SLOTS"),
        };
    let h = input.as_bytes();
    let mut i = 0;
    // The sequences at `i`, `i + step`… below `i + 4` per eight bytes read,
    // four bytes a step (a sequence of up to six bytes at `i + 2`, of up to
    // five at `i + 3`, is inside them).
    while i + 8 <= h.len() {
        let w = word8(&h[i..i + 8]) | FOLD;
        let mut k = 0;
        while k < 4 {
            seen[slot(w >> (8 * k))] = true;
            k += step;
        }
        i += 4;
    }
    while i + len <= h.len() {
        seen[slot(seq_at(&h[i..i + len]) | FOLD)] = true;
        i += step;
    }
    seen
}

/// Whether `word` may occur in a text whose sequences of `len` bytes at
/// every `step`-th offset are `seen` (see [`Grams::may_hold`]): for each
/// offset modulo `step` where the word could start, every one of its
/// sequences the text would have kept there is in the set.
#[inline(always)]
fn may_hold(
    seen: &[bool; GRAM_SLOTS],
    word: &str,
    len: usize,
    step: usize,
    slot: impl Fn(u64) -> usize,
) -> bool {
    let w = word.as_bytes();
    let has = |j: usize| seen[slot(seq_at(&w[j..j + len]) | FOLD)];
    let n = w.len().saturating_sub(len - 1);
    (0..step).any(|parity| (parity..n).step_by(step).all(has))
}

/// `| 0x20` on every byte: the two cases of an ASCII letter become one
/// byte. The eight bytes read are folded once, before their sequences are
/// cut from them and hashed (not each sequence in its slot function).
const FOLD: u64 = 0x2020_2020_2020_2020;

/// Up to eight bytes as a little-endian number.
#[inline(always)]
fn seq_at(b: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    w[..b.len()].copy_from_slice(b);
    u64::from_le_bytes(w)
}

/// The bytes a long word is first looked for in (see [`InPaste::word_in`]):
/// a scan of them costs a small part of making the six-byte set of a
/// megabyte.
const HEAD: usize = 64 * 1024;

/// The length of the sequences [`LongGrams`] keeps.
const LONG: usize = 6;

/// The set of a text's six-byte sequences at even offsets, folded and
/// hashed as [`Grams`] (a word of seven bytes or more holds one at an even
/// offset wherever it starts).
pub struct LongGrams {
    seen: Box<[bool; GRAM_SLOTS]>,
}

/// A six-byte sequence's slot: the low six bytes of `g` (folded), hashed.
#[inline(always)]
fn long_slot(g: u64) -> usize {
    ((g & 0xFFFF_FFFF_FFFF).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - GRAM_BITS)) as usize
}

impl LongGrams {
    /// One pass over the text, keeping the sequences at even offsets.
    pub fn of(input: &str) -> LongGrams {
        LongGrams {
            seen: kept(input, LONG, 2, long_slot),
        }
    }

    /// Whether `word` may occur in the text (as [`Grams::may_hold`]): a
    /// word shorter than seven bytes always may.
    pub fn may_hold(&self, word: &str) -> bool {
        may_hold(&self.seen, word, LONG, 2, long_slot)
    }
}

/// The length of the sequences [`MidGrams`] keeps.
const MID: usize = 4;

/// The set of a text's four-byte sequences at every offset, folded and
/// hashed as [`Grams`]: kept at every offset (twice the work of the even
/// ones), a word of four bytes has one wherever it starts, and `Pony` or
/// `postal`, whose three-byte sequences most pastes hold, are ruled out
/// without a scan.
pub struct MidGrams {
    seen: Box<[bool; GRAM_SLOTS]>,
}

/// A four-byte sequence's slot: the low four bytes of `g` (folded), hashed.
#[inline(always)]
fn mid_slot(g: u64) -> usize {
    ((g as u32).wrapping_mul(0x9E37_79B1) >> (32 - GRAM_BITS)) as usize
}

impl MidGrams {
    /// One pass over the text, keeping the sequences at every offset.
    pub fn of(input: &str) -> MidGrams {
        MidGrams {
            seen: kept(input, MID, 1, mid_slot),
        }
    }

    /// Whether `word` may occur in the text (as [`Grams::may_hold`]): a
    /// word shorter than four bytes always may.
    pub fn may_hold(&self, word: &str) -> bool {
        may_hold(&self.seen, word, MID, 1, mid_slot)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_input_is_contains_ci() {
        let hays = [
            "",
            "k",
            "K=v\nK=v\nK=v\nKimai",
            "xxxxxxxxxxxxxxxxkImAi",
            "kimai",
            "kima",
            "ki ma i kimai ",
            "é kimaï KIMAI",
            "@@@@`````````kimai@",
            "huginnhuginn",
            "K=v\nK=v\nK=v\nK=v\nK=v\nK=v\nK=v\nK=v\n",
        ];
        for hay in hays {
            for n in [
                "kimai", "KIMAI", "ki", "k", "", "@`", "huginn", "i\n", "=v\nk",
            ] {
                assert_eq!(in_input(hay, n), contains_ci(hay, n), "{n:?} in {hay:?}");
            }
            // Every cut of the paste, for the tail and the steps' edges.
            for cut in 0..=hay.len() {
                if let Some(h) = hay.get(..cut) {
                    assert_eq!(in_input(h, "kimai"), contains_ci(h, "kimai"), "{h:?}");
                    assert_eq!(in_input(h, "@`"), contains_ci(h, "@`"), "{h:?}");
                }
            }
        }
    }

    #[test]
    fn grams_never_rule_out_a_word_contains_ci_finds() {
        let pastes = [
            "",
            "abc",
            "MAIL_HOST=smtp.example.com\nFRAMEWORK: mailer",
            "é kimaï KIMAI @`[{ ^~",
            "huginnhuginn",
        ];
        let words = [
            "kimai",
            "KIMAI",
            "huginn",
            "mailer",
            "framework",
            "smtp",
            "smtq",
            "abc",
            "ab",
            "",
            "mail_host",
            "@`[{",
            "`@{[",
            "kimaï",
            "x",
            "zzzz",
        ];
        let padded: Vec<String> = pastes
            .iter()
            .flat_map(|p| (0..5).map(move |pad| format!("{}{p}", "-".repeat(pad))))
            .collect();
        for paste in padded.iter().map(String::as_str) {
            let g = Grams::of(paste);
            for word in words {
                if contains_ci(paste, word) {
                    assert!(g.may_hold(word), "{word:?} in {paste:?}");
                }
            }
            for cut in 0..=paste.len() {
                if let Some(p) = paste.get(..cut) {
                    for word in words {
                        if contains_ci(p, word) {
                            assert!(Grams::of(p).may_hold(word), "{word:?} in {p:?}");
                        }
                    }
                }
            }
        }
        // The same for the long sequences, and for the four-byte ones (at
        // every offset).
        let long_words = [
            "mail_host",
            "MAIL_HOST=",
            "smtp.example.com",
            "st=smtp",
            "kimai_host",
            "mailer",
            "@`[{ ^~",
        ];
        for paste in padded.iter().map(String::as_str) {
            for cut in 0..=paste.len() {
                if let Some(p) = paste.get(..cut) {
                    let (long, mid) = (LongGrams::of(p), MidGrams::of(p));
                    for word in words.iter().chain(&long_words) {
                        if contains_ci(p, word) {
                            assert!(long.may_hold(word), "{word:?} in {p:?}");
                            assert!(mid.may_hold(word), "{word:?} in {p:?}");
                        }
                    }
                }
            }
        }
        // `postal` and `pony` hold only three-byte sequences of this paste
        // (`pos`, `sta`, `tal`; `pon`, `ony`, at both parities: the text
        // twice, one byte apart), not its four-byte ones.
        let three = "postmark stable total ponder phony;  postmark stable total ponder phony";
        assert!(Grams::of(three).may_hold("postal") && Grams::of(three).may_hold("Pony"));
        let g = MidGrams::of(three);
        assert!(!g.may_hold("postal"));
        assert!(!g.may_hold("Pony"));
        assert!(g.may_hold("STABLE"));
        let g = LongGrams::of("MAIL_HOST=smtp.example.com messageConfig");
        assert!(!g.may_hold("message_host"));
        assert!(!g.may_hold("mail_config"));
        assert!(g.may_hold("smtp.EXAMPLE"));
        // Absent sequences rule a word out (the point of the set).
        let g = Grams::of("MAIL_HOST=smtp.example.com");
        assert!(!g.may_hold("huginn"));
        assert!(!g.may_hold("framework"));
        assert!(g.may_hold("mail_host"));
        assert!(g.may_hold("SMTP.EXAMPLE"));
    }

    #[test]
    fn word_in_answers_as_contains_ci_before_and_after_the_grams() {
        // Then long words of common sequences, present and absent, past
        // the paste's first bytes.
        let long = format!(
            "message: x\nconfig: y\n{}messageConfig: z\n",
            "é".repeat(HEAD)
        );
        let asked: [(&str, &[&str]); 2] = [
            (
                "services:\n  web:\n    SMTP_HOST: smtp.postmarkapp.com\n",
                &[
                    "framework",
                    "smtp_host",
                    "kimai",
                    "postmark",
                    "huginn",
                    "SERVICES",
                    "web",
                    "mailer",
                ],
            ),
            (
                &long,
                &[
                    "frame",
                    "sage",
                    "geco",
                    "messageconfig",
                    "message_config",
                    "configmessage",
                    "sage: x",
                ],
            ),
        ];
        let mut made = Vec::new();
        for (paste, words) in asked {
            let mut p = InPaste::default();
            for word in words {
                assert_eq!(p.word_in(paste, word), contains_ci(paste, word), "{word:?}");
            }
            made.push((p.grams.is_some(), p.mid.is_some(), p.long.is_some()));
        }
        // The three-byte set after the first absent word; the four- and
        // six-byte ones at the first short and long word not in the first
        // bytes (never for a paste no longer than those: they answer).
        assert_eq!(made, [(true, false, false), (true, true, true)]);
    }

    #[test]
    fn may_hold_never_rules_out_a_word_contains_ci_finds() {
        let long = format!(
            "message: x\nconfig: y\n{}messageConfig: z\nmail.smtps = 1\n",
            "é".repeat(HEAD)
        );
        let short = "services:\n  web:\n    SMTP_HOST: smtp.postmarkapp.com\n";
        let words = [
            "framework",
            "smtp_host",
            "kimai",
            "postmark",
            "SERVICES",
            "web",
            "messageconfig",
            "message_config",
            "smtps",
            "mail",
            "config",
            "zzzzzzzzzz",
        ];
        let mut ruled_out = 0;
        for paste in [short, long.as_str()] {
            // Asked first, and after `word_in` made every set.
            for sets_first in [false, true] {
                let mut p = InPaste::default();
                if sets_first {
                    p.word_in(paste, "frame");
                    p.word_in(paste, "message_config");
                }
                for word in words {
                    let may = p.may_hold(paste, word);
                    assert!(may || !contains_ci(paste, word), "{word:?}");
                    ruled_out += usize::from(!may);
                }
            }
        }
        // Some absent words are ruled out (the test tells both answers).
        assert!(ruled_out >= 6, "{ruled_out}");
    }

    #[test]
    fn finds_each_word_where_contains_ci_does() {
        let w = words();
        assert!(w.list.len() > 10, "the tables hold value-marker words");
        let mut pastes: Vec<String> = vec![String::new(), "x".into(), "é".into()];
        // Each word alone, in another case, cut short, inside text, at the end.
        for word in &w.list {
            pastes.push(word.to_string());
            pastes.push(format!("a: {}\nb", word.to_ascii_uppercase()));
            pastes.push(
                word.get(..word.len().saturating_sub(1))
                    .unwrap_or("")
                    .to_string(),
            );
            pastes.push(format!("é{}", word.to_ascii_lowercase()));
        }
        pastes.push(w.list.join(" "));
        for paste in &pastes {
            let got = w.present(paste);
            for (i, word) in w.list.iter().enumerate() {
                assert_eq!(got[i], contains_ci(paste, word), "{word:?} in {paste:?}");
            }
        }
    }
}

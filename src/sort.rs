//! Sorting with one copy of the standard library's sort in the page.
//!
//! `slice::sort_by_key` is generic over the element and the closure: every
//! call site compiles its own copy of the sort (3–5 KB of WebAssembly each;
//! the crate's sorts were about 90 KB of the page's code). In wasm these
//! helpers sort a permutation of indices through one non-generic function
//! and then move the elements into that order, so the page carries the sort
//! once. Natively (the probe, the CLI, the benchmarks) they are the standard
//! sorts, which are faster; both are stable, so the order is the same.

use std::cmp::Ordering;

/// Stable sort by key, like `slice::sort_by_key`.
pub fn by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    #[cfg(target_arch = "wasm32")]
    by_order(v, &mut |a, b| key(a).cmp(&key(b)));
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_by_key(&mut key);
}

/// Sorts values whose equal elements are interchangeable (numbers, tuples of
/// them, strings), like `slice::sort_unstable`.
pub fn values<T: Ord>(v: &mut [T]) {
    #[cfg(target_arch = "wasm32")]
    by_order(v, &mut |a, b| a.cmp(b));
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_unstable();
}

/// [`values`] for a list that is mostly in order already (the entries'
/// spans, which readers push nearly in text order): the elements on the
/// ascending run stay where they are, only the others are sorted, then
/// both are merged. The result is that of [`values`] (equal elements are
/// interchangeable), at the cost of sorting the few out of order.
pub fn nearly_sorted_values<T: Ord + Copy>(v: &mut [T]) {
    nearly_sorted_to(v, 0);
}

/// How many times [`nearly_sorted_values`] takes the run off the elements
/// left out of the one before.
const NEARLY_DEPTH: u32 = 4;

/// [`nearly_sorted_values`] at `depth`: the elements left out of the run
/// are sorted the same way while they are at most half of the list (a
/// reader that pushes one entry of each block late, a call's own key after
/// its options', leaves them in order, or interleaved runs of a few kinds:
/// `t`, then `createTransport()`, per JavaScript block), else by [`values`].
/// Each level at most halves the list: at most linear work per level.
fn nearly_sorted_to<T: Ord + Copy>(v: &mut [T], depth: u32) {
    let mut rest: Vec<T> = Vec::new();
    let (mut kept, mut i) = (0, 0);
    while i < v.len() {
        let x = v[i];
        if kept == 0 || v[kept - 1] <= x {
            v[kept] = x;
            kept += 1;
        } else {
            rest.push(x);
        }
        i += 1;
    }
    if rest.is_empty() {
        return;
    }
    if depth < NEARLY_DEPTH && rest.len() * 2 <= v.len() {
        nearly_sorted_to(&mut rest, depth + 1);
    } else {
        values(&mut rest);
    }
    // Merged from the back into place: the run is at the front of `v`.
    let (mut a, mut b) = (kept, rest.len());
    let mut at = v.len();
    while b > 0 {
        at -= 1;
        if a > 0 && v[a - 1] > rest[b - 1] {
            v[at] = v[a - 1];
            a -= 1;
        } else {
            v[at] = rest[b - 1];
            b -= 1;
        }
    }
}

/// The page's sort: the order of the indices, then the elements swapped
/// into it one cycle of the permutation at a time (each element moves once).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn by_order<T>(v: &mut [T], cmp: &mut dyn FnMut(&T, &T) -> Ordering) {
    let mut order = order(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    // Place `i` takes the element at `order[i]`; a place is done once
    // `order[i] == i`.
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != start {
            let from = order[at];
            v.swap(at, from);
            order[at] = at;
            at = from;
        }
        order[at] = at;
    }
}

/// The stable order of `0..n` under `cmp`: the one instantiation of the sort.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        // The page's path gives the standard stable sort's order, ties included.
        #[test]
        fn the_page_sort_is_the_stable_sort(pairs in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut expected = pairs.clone();
            expected.sort_by_key(|p| p.0);
            let mut got = pairs.clone();
            by_order(&mut got, &mut |a, b| a.0.cmp(&b.0));
            prop_assert_eq!(&got, &expected);

            let mut expected = pairs.clone();
            expected.sort_unstable();
            let mut got = pairs;
            by_order(&mut got, &mut |a, b| a.cmp(b));
            prop_assert_eq!(got, expected);
        }
    }

    proptest! {
        // Sorting the few out of order gives what sorting all of them gives.
        #[test]
        fn nearly_sorted_is_sorted(mut v in proptest::collection::vec((0u8..20, 0u8..3), 0..200), cut in 0usize..200) {
            // A long ascending run with some out of order after it.
            let cut = cut.min(v.len());
            v[..cut].sort_unstable();
            let mut expected = v.clone();
            expected.sort_unstable();
            nearly_sorted_values(&mut v);
            prop_assert_eq!(v, expected);
        }
    }

    #[test]
    fn interleaved_runs_are_sorted() {
        // Per block of 7: five in order, then two that belong before them
        // (a call's key, then the variable it is assigned to), as the
        // JavaScript reader pushes them; and shapes that recurse to the
        // depth limit or stop halving.
        let blocks: Vec<u32> = (0..500u32)
            .flat_map(|b| {
                let at = b * 100;
                [at + 10, at + 20, at + 30, at + 40, at + 50, at + 5, at + 1]
            })
            .collect();
        let descending: Vec<u32> = (0..300).rev().collect();
        let deep: Vec<u32> = (0..64u32).map(|i| (i * 37) % 64).collect();
        let mut saw = (0..200u32).map(|i| i % 13 * 100 + i).collect::<Vec<_>>();
        saw.extend((0..50).map(|i| 5000 - i));
        for v in [blocks, descending, deep, saw] {
            let mut got = v.clone();
            nearly_sorted_values(&mut got);
            let mut want = v;
            want.sort_unstable();
            assert_eq!(got, want);
        }
    }

    #[test]
    fn helpers_sort() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd')];
        by_key(&mut v, |p| p.0);
        assert_eq!(v, [(1, 'b'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut w = vec!["b", "a", "c", "a"];
        values(&mut w);
        assert_eq!(w, ["a", "a", "b", "c"]);
    }
}

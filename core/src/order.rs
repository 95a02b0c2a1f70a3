//! Stable ordering by an integer key, without instantiating std's generic sort per call.
//!
//! `sort_by`/`sort_by_key` build a whole driftsort (several KB of wasm) for every element type
//! and closure they are called with; the engine's lists are short (findings, decoded errors,
//! suspects, profile problems). Here each call sorts plain `(key, index)` pairs — one sort for
//! the whole crate — and then moves the elements into that order.

/// Sorts `v` by `key`, smallest first; elements with equal keys keep their order.
pub fn stable_sort_by_key<T>(v: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    let mut order: Vec<(u64, usize)> = v.iter().map(&key).zip(0..).collect();
    // The index makes every pair distinct, so an unstable sort gives the stable order.
    order.sort_unstable();
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.iter().filter_map(|&(_, i)| slots[i].take()));
}

/// A key that sorts `n` (at most `u32::MAX`) largest first. It fits in 32 bits, so it can be
/// shifted up to make room for a second, ascending field: `(descending(len) << 32) | from`.
pub fn descending(n: usize) -> u64 {
    u64::from(u32::MAX).saturating_sub(n as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_key_keeping_equal_keys_in_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        stable_sort_by_key(&mut v, |x| x.0);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
    }

    #[test]
    fn matches_std_stable_sort() {
        // A fixed pseudo-random list with many equal keys, against std's stable sort.
        let mut x: u32 = 12345;
        let v: Vec<(u32, usize)> = (0..2000)
            .map(|i| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                ((x >> 16) % 37, i)
            })
            .collect();
        let mut ours = v.clone();
        stable_sort_by_key(&mut ours, |e| u64::from(e.0));
        let mut std_sorted = v;
        std_sorted.sort_by_key(|e| e.0);
        assert_eq!(ours, std_sorted);
        let mut down = ours.clone();
        stable_sort_by_key(&mut down, |e| descending(e.0 as usize));
        let mut std_down = ours;
        std_down.sort_by_key(|e| std::cmp::Reverse(e.0));
        assert_eq!(down, std_down);
        // Two fields: the first largest first, then the second smallest first.
        let mut two = vec![(2usize, 5usize), (3, 9), (2, 1), (3, 2)];
        stable_sort_by_key(&mut two, |&(a, b)| (descending(a) << 32) | b as u64);
        assert_eq!(two, [(3, 2), (3, 9), (2, 1), (2, 5)]);
    }

    #[test]
    fn empty_and_single() {
        let mut e: Vec<u8> = Vec::new();
        stable_sort_by_key(&mut e, |&b| u64::from(b));
        assert!(e.is_empty());
        let mut one = vec![7u8];
        stable_sort_by_key(&mut one, |&b| u64::from(b));
        assert_eq!(one, [7]);
    }
}

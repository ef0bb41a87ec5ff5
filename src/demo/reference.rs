//! Case references for demo reports: the n-th report of all demo runs gets
//! the reference spelled by a fixed permutation of n over the 50-bit space,
//! so references look random and never repeat across runs, whatever the
//! runs' seeds.

use crate::domain::CaseRef;

const HALF_BITS: u32 = 25;
const HALF_MASK: u64 = (1 << HALF_BITS) - 1;
const ROUND_KEYS: [u64; 4] = [
    0x9e37_79b9_7f4a_7c15,
    0xbf58_476d_1ce4_e5b9,
    0x94d0_49bb_1331_11eb,
    0x2545_f491_4f6c_dd1d,
];

/// The reference of the `n`-th demo report (`n` below 2^50).
pub fn nth(n: u64) -> CaseRef {
    CaseRef::from_number(permute(n))
}

/// A four-round Feistel network on 50 bits: a bijection, so distinct
/// inputs give distinct references.
fn permute(n: u64) -> u64 {
    let (mut left, mut right) = ((n >> HALF_BITS) & HALF_MASK, n & HALF_MASK);
    for key in ROUND_KEYS {
        let mixed = mix(right ^ key) & HALF_MASK;
        (left, right) = (right, left ^ mixed);
    }
    (left << HALF_BITS) | right
}

/// splitmix64's finaliser.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_valid_and_distinct() {
        let refs: std::collections::HashSet<CaseRef> = (0..100_000).map(nth).collect();
        assert_eq!(refs.len(), 100_000);
        for r in refs.iter().take(100) {
            assert_eq!(CaseRef::parse(&r.to_string()).as_ref(), Some(r));
        }
    }
}

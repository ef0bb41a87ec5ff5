//! Disjoint sets (union by size, path halving): dense positions for a
//! rebuild, a batch's few ids for the intake.

use std::collections::HashMap;

/// Disjoint sets of positions `0..n`, by union by size with path halving;
/// `linked` marks the positions some linking value holds.
pub(super) struct UnionFind {
    parent: Vec<u32>,
    size: Vec<u32>,
    pub(super) linked: Vec<bool>,
}

impl UnionFind {
    pub(super) fn new(n: usize) -> UnionFind {
        UnionFind {
            parent: (0..u32::try_from(n).unwrap_or(u32::MAX)).collect(),
            size: vec![1; n],
            linked: vec![false; n],
        }
    }

    pub(super) fn find(&mut self, mut x: u32) -> u32 {
        while self.parent[x as usize] != x {
            let grand = self.parent[self.parent[x as usize] as usize];
            self.parent[x as usize] = grand;
            x = grand;
        }
        x
    }

    pub(super) fn union(&mut self, a: u32, b: u32) {
        let (mut ra, mut rb) = (self.find(a), self.find(b));
        if ra == rb {
            return;
        }
        if self.size[ra as usize] < self.size[rb as usize] {
            std::mem::swap(&mut ra, &mut rb);
        }
        self.parent[rb as usize] = ra;
        self.size[ra as usize] += self.size[rb as usize];
    }

    /// Joins every position of `members` into one set, marked linked.
    pub(super) fn join_all(&mut self, members: &[u32]) {
        for m in members {
            self.linked[*m as usize] = true;
            self.union(members[0], *m);
        }
    }

    /// Each position's set, named by its smallest position.
    pub(super) fn smallest_members(&mut self) -> Vec<u32> {
        let n = u32::try_from(self.parent.len()).unwrap_or(u32::MAX);
        let root: Vec<u32> = (0..n).map(|x| self.find(x)).collect();
        let mut smallest = vec![u32::MAX; root.len()];
        for (x, r) in (0..n).zip(&root) {
            let s = &mut smallest[*r as usize];
            *s = (*s).min(x);
        }
        root.iter().map(|r| smallest[*r as usize]).collect()
    }
}

/// Disjoint sets of a batch's report and cluster ids (few), by union by
/// size with path halving.
#[derive(Default)]
pub(super) struct IdSets {
    parent: HashMap<i64, i64>,
    size: HashMap<i64, i64>,
}

impl IdSets {
    pub(super) fn add(&mut self, x: i64) {
        self.parent.entry(x).or_insert(x);
        self.size.entry(x).or_insert(1);
    }

    pub(super) fn find(&mut self, mut x: i64) -> i64 {
        while let Some(&p) = self.parent.get(&x) {
            if p == x {
                break;
            }
            let grand = self.parent[&p];
            self.parent.insert(x, grand);
            x = grand;
        }
        x
    }

    pub(super) fn union(&mut self, a: i64, b: i64) {
        self.add(a);
        self.add(b);
        let (mut ra, mut rb) = (self.find(a), self.find(b));
        if ra == rb {
            return;
        }
        if self.size[&ra] < self.size[&rb] {
            std::mem::swap(&mut ra, &mut rb);
        }
        self.parent.insert(rb, ra);
        let moved = self.size[&rb];
        *self.size.entry(ra).or_default() += moved;
    }

    /// Each member with its set's root.
    pub(super) fn roots(&mut self) -> Vec<(i64, i64)> {
        let members: Vec<i64> = self.parent.keys().copied().collect();
        members.into_iter().map(|m| (m, self.find(m))).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_join_through_shared_members_and_take_their_smallest_name() {
        let mut u = UnionFind::new(12);
        u.join_all(&[5, 9]);
        u.join_all(&[9, 2]);
        u.join_all(&[8, 7]);
        let named = u.smallest_members();
        assert_eq!([named[5], named[9], named[2]], [2, 2, 2]);
        assert_eq!([named[7], named[8]], [7, 7]);
        assert_eq!(named[11], 11, "alone");
        assert!(u.linked[7] && !u.linked[11]);
    }

    #[test]
    fn a_batchs_ids_join_through_shared_members() {
        let mut s = IdSets::default();
        s.union(40, 7);
        s.union(41, 40);
        s.add(42);
        let roots: HashMap<i64, i64> = s.roots().into_iter().collect();
        assert_eq!(roots[&7], roots[&41]);
        assert_ne!(roots[&42], roots[&7]);
    }
}

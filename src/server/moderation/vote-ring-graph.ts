import type { SuspiciousEdge } from "./vote-ring-counts";

/**
 * The graph half of vote-ring detection (docs/decisions/0008-vote-ring-signal.md), pure so it is
 * tested without a database.
 *
 * - A mutual pair: a → b and b → a are both suspicious edges. One-way enthusiasm (a fan, a
 *   trainee who admires a mentor) is not collusion.
 * - A ring: a connected component of the 2-core of the mutual-pair graph, i.e. what is left after
 *   repeatedly removing accounts with fewer than two mutual partners. Every member then has at
 *   least two partners inside the group, so the smallest ring is a triangle. Lone mutual pairs
 *   (two colleagues who like each other's work), stars (one popular member with several mutual
 *   ties) and chains are not rings; they are the common shapes of organic affinity.
 */

export interface MutualPair {
  /** The smaller user id. */
  a: number;
  b: number;
  aToB: SuspiciousEdge;
  bToA: SuspiciousEdge;
}

export interface RingGroup {
  /** Ascending user ids. */
  memberIds: number[];
  /** The mutual pairs with both accounts in the group, ordered by (a, b). */
  pairs: MutualPair[];
}

const edgeKey = (voterId: number, authorId: number) => `${voterId}>${authorId}`;

export function findMutualPairs(edges: readonly SuspiciousEdge[]): MutualPair[] {
  const byKey = new Map(edges.map((edge) => [edgeKey(edge.voterId, edge.authorId), edge]));
  const pairs: MutualPair[] = [];
  for (const edge of edges) {
    if (edge.voterId >= edge.authorId) continue;
    const back = byKey.get(edgeKey(edge.authorId, edge.voterId));
    if (back) pairs.push({ a: edge.voterId, b: edge.authorId, aToB: edge, bToA: back });
  }
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b);
}

export function findRingGroups(pairs: readonly MutualPair[]): RingGroup[] {
  const neighbours = new Map<number, Set<number>>();
  const link = (from: number, to: number) => {
    let set = neighbours.get(from);
    if (!set) neighbours.set(from, (set = new Set()));
    set.add(to);
  };
  for (const pair of pairs) {
    link(pair.a, pair.b);
    link(pair.b, pair.a);
  }

  // 2-core: peel accounts with fewer than two partners until none is left to peel.
  const peel = [...neighbours.keys()].filter((id) => neighbours.get(id)!.size < 2);
  while (peel.length > 0) {
    const id = peel.pop()!;
    const partners = neighbours.get(id);
    if (!partners) continue;
    neighbours.delete(id);
    for (const partner of partners) {
      const theirs = neighbours.get(partner);
      if (!theirs) continue;
      theirs.delete(id);
      if (theirs.size === 1) peel.push(partner);
    }
  }

  const groupOf = new Map<number, number>();
  const members: number[][] = [];
  for (const start of [...neighbours.keys()].sort((x, y) => x - y)) {
    if (groupOf.has(start)) continue;
    const group: number[] = [];
    const stack = [start];
    groupOf.set(start, members.length);
    while (stack.length > 0) {
      const id = stack.pop()!;
      group.push(id);
      for (const partner of neighbours.get(id) ?? []) {
        if (groupOf.has(partner)) continue;
        groupOf.set(partner, members.length);
        stack.push(partner);
      }
    }
    members.push(group.sort((x, y) => x - y));
  }

  return members.map((memberIds, index) => ({
    memberIds,
    pairs: pairs.filter((pair) => groupOf.get(pair.a) === index && groupOf.get(pair.b) === index),
  }));
}

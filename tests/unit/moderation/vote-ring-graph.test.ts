import { describe, expect, it } from "vitest";
import type { SuspiciousEdge } from "../../../src/server/moderation/vote-ring-counts";
import { findMutualPairs, findRingGroups } from "../../../src/server/moderation/vote-ring-graph";

const edge = (voterId: number, authorId: number, upvotes = 8): SuspiciousEdge => ({ voterId, authorId, upvotes, expected: 1, voterGiven: 40, authorReceived: 40 });
/** Both directions of every listed pair. */
const mutual = (...pairs: [number, number][]) => pairs.flatMap(([a, b]) => [edge(a, b), edge(b, a)]);
const groupsOf = (edges: SuspiciousEdge[]) => findRingGroups(findMutualPairs(edges)).map((group) => group.memberIds);

describe("mutual pairs", () => {
  it("pairs two accounts only when each is suspicious towards the other", () => {
    const pairs = findMutualPairs([edge(7, 3), edge(3, 7), edge(3, 9), edge(4, 5)]);
    expect(pairs.map(({ a, b }) => [a, b])).toEqual([[3, 7]]);
    expect(pairs[0]!.aToB).toMatchObject({ voterId: 3, authorId: 7 });
    expect(pairs[0]!.bToA).toMatchObject({ voterId: 7, authorId: 3 });
  });
});

describe("ring groups (components of the 2-core of mutual pairs)", () => {
  it("finds a triangle and a fully connected group of five, members ascending", () => {
    const five = [10, 11, 12, 13, 14];
    const allPairs = five.flatMap((a) => five.filter((b) => b > a).map((b) => [a, b] as [number, number]));
    const groups = findRingGroups(findMutualPairs([...mutual([3, 1], [1, 2], [2, 3]), ...mutual(...allPairs)]));
    expect(groups.map((group) => group.memberIds)).toEqual([[1, 2, 3], five]);
    expect(groups[1]!.pairs).toHaveLength(10);
  });

  it("does not report a lone pair, a star or a chain", () => {
    expect(groupsOf(mutual([1, 2]))).toEqual([]);
    expect(groupsOf(mutual([1, 2], [1, 3], [1, 4], [1, 5]))).toEqual([]);
    expect(groupsOf(mutual([1, 2], [2, 3], [3, 4], [4, 5]))).toEqual([]);
  });

  it("keeps a cycle where each member backs only two others", () => {
    expect(groupsOf(mutual([1, 2], [2, 3], [3, 4], [4, 5], [5, 1]))).toEqual([[1, 2, 3, 4, 5]]);
  });

  it("drops the hangers-on of a ring and their pairs from the evidence", () => {
    const [group, ...others] = findRingGroups(findMutualPairs(mutual([1, 2], [2, 3], [3, 1], [3, 4], [4, 5])));
    expect(others).toEqual([]);
    expect(group!.memberIds).toEqual([1, 2, 3]);
    expect(group!.pairs.map(({ a, b }) => [a, b])).toEqual([
      [1, 2],
      [1, 3],
      [2, 3],
    ]);
  });

  it("keeps two rings apart unless they share a member", () => {
    expect(groupsOf(mutual([1, 2], [2, 3], [3, 1], [4, 5], [5, 6], [6, 4]))).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(groupsOf(mutual([1, 2], [2, 3], [3, 1], [3, 4], [4, 5], [5, 3]))).toEqual([[1, 2, 3, 4, 5]]);
  });

  it("finds nothing in nothing", () => {
    expect(findRingGroups([])).toEqual([]);
  });
});

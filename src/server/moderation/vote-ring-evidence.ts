import type { RingGroup } from "./vote-ring-graph";

/**
 * What a vote-ring report shows moderators, stored as vote_ring_reports.evidence_json. It names
 * accounts and counts upvotes between them — never posts, channels or whether a post was
 * anonymous, so a report reveals nothing about who wrote an anonymous post beyond what
 * moderators can already see. Numbers are rounded: they are for reading, not for recomputing.
 */
export interface RingEdgeEvidence {
  upvotes: number;
  expected: number;
  lift: number;
}

export interface RingEvidence {
  version: 1;
  /** When this evidence was computed (the report's detected_at stays the first detection). */
  computedAt: number;
  windowStart: number;
  thresholds: { minVotes: number; minLift: number };
  /**
   * Each member's upvotes in the window: given to anyone, received from anyone, and given to the
   * members they form flagged pairs with (a lower bound of what went to the group).
   */
  members: { userId: number; upvotesGiven: number; upvotesReceived: number; upvotesToGroup: number }[];
  pairs: { a: number; b: number; aToB: RingEdgeEvidence; bToA: RingEdgeEvidence }[];
  /** Earlier reports naming some of the same accounts (for example a dismissed smaller group). */
  earlierReportIds: number[];
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

function edgeEvidence(edge: { upvotes: number; expected: number }): RingEdgeEvidence {
  return { upvotes: edge.upvotes, expected: round(edge.expected, 2), lift: round(edge.upvotes / edge.expected, 1) };
}

export function buildRingEvidence(
  group: RingGroup,
  context: { computedAt: number; windowStart: number; minVotes: number; minLift: number; earlierReportIds: number[] },
): RingEvidence {
  const members = new Map(group.memberIds.map((userId) => [userId, { userId, upvotesGiven: 0, upvotesReceived: 0, upvotesToGroup: 0 }]));
  for (const pair of group.pairs) {
    for (const edge of [pair.aToB, pair.bToA]) {
      const voter = members.get(edge.voterId)!;
      voter.upvotesGiven = edge.voterGiven;
      voter.upvotesToGroup += edge.upvotes;
      members.get(edge.authorId)!.upvotesReceived = edge.authorReceived;
    }
  }
  return {
    version: 1,
    computedAt: context.computedAt,
    windowStart: context.windowStart,
    thresholds: { minVotes: context.minVotes, minLift: context.minLift },
    members: [...members.values()],
    pairs: group.pairs.map((pair) => ({ a: pair.a, b: pair.b, aToB: edgeEvidence(pair.aToB), bToA: edgeEvidence(pair.bToA) })),
    earlierReportIds: context.earlierReportIds,
  };
}

/** Reads stored evidence; a row written by a future version is shown as unreadable, not guessed at. */
export function parseRingEvidence(json: string): RingEvidence | null {
  try {
    const value = JSON.parse(json) as Partial<RingEvidence>;
    return value.version === 1 ? (value as RingEvidence) : null;
  } catch {
    return null;
  }
}

import { describe, expect, it } from "vitest";
import { MIN_ANONYMITY_GROUP, anonymityGroupFor, anonymityNoticeFor, type AnonymityGroups } from "../../src/server/forum/anonymity-groups";
import { describeAuthor } from "../../src/server/forum/author";
import { channelCatalog, specialtyFamilies } from "../../src/server/forum/channel-catalog";

const DAY = 24 * 3600_000;
const JOINED = Date.UTC(2026, 0, 1);
const POSTED = Date.UTC(2026, 5, 1);

/** Membership as the page's read returns it: per specialty, a count and its earliest join times. */
function groupsOf(members: Record<string, number | number[]>): AnonymityGroups {
  const specialties = new Map<string, { memberCount: number; earliestJoined: number[] }>();
  let memberCount = 0;
  for (const [slug, spec] of Object.entries(members)) {
    const joined = Array.isArray(spec) ? spec : Array.from({ length: spec }, (_, i) => JOINED + i * DAY);
    specialties.set(slug, { memberCount: joined.length, earliestJoined: [...joined].sort((a, b) => a - b).slice(0, MIN_ANONYMITY_GROUP) });
    memberCount += joined.length;
  }
  return { specialties, memberCount };
}

describe("the anonymity group rule", () => {
  it("names the specialty when it has ten members", () => {
    const group = anonymityGroupFor(groupsOf({ cardiology: 10 }), "cardiology", POSTED);
    expect(group).toEqual({ kind: "specialty", label: "Verified physician · Cardiology", memberCount: 10, memberNoun: "cardiologists" });
  });

  it("falls back to the family when the specialty has nine and the family ten", () => {
    const group = anonymityGroupFor(groupsOf({ cardiology: 9, nephrology: 1 }), "cardiology", POSTED);
    expect(group).toMatchObject({ kind: "family", label: "Verified physician · Medicine", memberCount: 10 });
  });

  it("says only “Verified physician” when the family has fewer than ten", () => {
    const groups = groupsOf({ cardiology: 9, radiology: 30 });
    expect(anonymityGroupFor(groups, "cardiology", POSTED)).toEqual({ kind: "everyone", label: "Verified physician", memberCount: 39, memberNoun: "verified physicians" });
  });

  it("counts only members who had joined when the post was written, so a group that grows later never narrows an older label", () => {
    const nine = Array.from({ length: 9 }, (_, i) => JOINED + i * DAY);
    const groups = groupsOf({ pediatrics: [...nine, POSTED + DAY] });
    expect(anonymityGroupFor(groups, "pediatrics", POSTED).label).toBe("Verified physician");
    expect(anonymityGroupFor(groups, "pediatrics", POSTED + 2 * DAY).label).toBe("Verified physician · Pediatrics");
  });

  it("counts a member who joined at the very moment of the post", () => {
    const joined = Array.from({ length: 10 }, (_, i) => POSTED - i * DAY);
    expect(anonymityGroupFor(groupsOf({ neurology: joined }), "neurology", POSTED).kind).toBe("specialty");
  });

  it("counts a family across its specialties, each contributing its earliest members", () => {
    const groups = groupsOf({ psychiatry: 6, neurology: 4, radiology: 9 });
    expect(anonymityGroupFor(groups, "psychiatry", POSTED).label).toBe("Verified physician · Mind and brain");
    expect(anonymityGroupFor(groups, "radiology", POSTED).label).toBe("Verified physician");
  });

  it("treats an unknown or missing specialty as the widest group", () => {
    const groups = groupsOf({ cardiology: 40 });
    expect(anonymityGroupFor(groups, "astrology", POSTED).label).toBe("Verified physician");
    expect(anonymityGroupFor(groups, null, POSTED).label).toBe("Verified physician");
  });
});

describe("what the composer says before an anonymous post", () => {
  it("names the label and how many members it covers", () => {
    const groups = groupsOf({ "general-surgery": 20, orthopedics: 14 });
    expect(anonymityNoticeFor(groups, "orthopedics", POSTED).text).toBe("You will appear as “Verified physician · Orthopedics” — one of 14 orthopedic surgeons.");
    expect(anonymityNoticeFor(groupsOf({ "general-surgery": 5, orthopedics: 9 }), "general-surgery", POSTED).text).toBe(
      "You will appear as “Verified physician · Surgery” — one of 14 surgeons.",
    );
  });

  it("writes large counts with thousands separators for the bare label", () => {
    const groups: AnonymityGroups = { specialties: new Map([["urology", { memberCount: 1, earliestJoined: [JOINED] }]]), memberCount: 2345 };
    expect(anonymityNoticeFor(groups, "urology", POSTED).text).toBe("You will appear as “Verified physician” — one of 2,345 verified physicians.");
  });
});

describe("the author label", () => {
  const anonymous = { isAnonymous: true, authorPseudonym: "dr_hidden", authorSpecialtySlug: "cardiology", authorDeletedAt: null, createdAt: POSTED };

  it("shows an anonymous author's group, never the pseudonym", () => {
    expect(describeAuthor(anonymous, groupsOf({ cardiology: 12 }))).toEqual({ pseudonym: null, display: "Verified physician · Cardiology", anonymous: true });
  });

  it("shows the widest label when the caller read no groups", () => {
    expect(describeAuthor(anonymous)).toEqual({ pseudonym: null, display: "Verified physician", anonymous: true });
  });
});

describe("the specialty families", () => {
  const rooms = ["general", "practice-career"];

  it("give every specialty a family and a plural noun, and the two cross-cutting rooms none", () => {
    for (const channel of channelCatalog) {
      if (rooms.includes(channel.slug)) expect(channel.family, channel.slug).toBeUndefined();
      else expect([channel.family, channel.memberNoun?.length], channel.slug).toEqual([expect.any(String), expect.any(Number)]);
    }
  });

  it("each hold at least two specialties, so falling back to a family always widens the group", () => {
    for (const family of Object.keys(specialtyFamilies)) {
      expect(channelCatalog.filter((channel) => channel.family === family).length, family).toBeGreaterThanOrEqual(2);
    }
  });
});

import { describe, expect, it } from "vitest";
import { buildCommentTree } from "../../../src/server/forum/comment-tree";

const comment = (id: number, parentId: number | null, upCount = 0, downCount = 0, createdAt = id) => ({
  id,
  parentId,
  depth: 0,
  bodyHtml: `<p>${id}</p>`,
  images: [],
  cards: [],
  author: { pseudonym: "doc", display: "doc", anonymous: false },
  score: upCount - downCount,
  upCount,
  downCount,
  createdAt,
  byViewer: false,
  editedAt: null,
  notice: null,
  unavailable: false,
  moderated: false,
});

describe("comment tree", () => {
  it("nests replies under their parents", () => {
    const tree = buildCommentTree([comment(1, null), comment(2, 1), comment(3, 2)], "old");
    expect(tree).toHaveLength(1);
    expect(tree[0]?.replies[0]?.replies[0]?.id).toBe(3);
  });

  it("puts the best-supported reply first when sorted best", () => {
    const tree = buildCommentTree([comment(1, null, 1, 0), comment(2, null, 10, 1), comment(3, null, 0, 2)], "best");
    expect(tree.map((node) => node.id)).toEqual([2, 1, 3]);
  });

  it("orders replies newest first when sorted new", () => {
    const tree = buildCommentTree([comment(1, null), comment(2, null), comment(3, null)], "new");
    expect(tree.map((node) => node.id)).toEqual([3, 2, 1]);
  });

  it("keeps a reply whose parent is missing at the top level rather than losing it", () => {
    const tree = buildCommentTree([comment(5, 404)], "old");
    expect(tree.map((node) => node.id)).toEqual([5]);
  });
});

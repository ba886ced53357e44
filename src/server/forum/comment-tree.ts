import type { EvidenceCard } from "../evidence/cards";
import type { PostImage } from "../images/post-images";
import type { AuthorLabel } from "./author";
import { wilsonLowerBound } from "./ranking";

export const commentSorts = ["best", "new", "old"] as const;
export type CommentSort = (typeof commentSorts)[number];

export interface CommentNode {
  id: number;
  parentId: number | null;
  depth: number;
  /** Null when deleted: the node stays so the thread keeps its shape. */
  bodyHtml: string | null;
  /** Images under the reply; none when its text is withheld. */
  images: PostImage[];
  /** Cards of the works the reply cites (src/server/evidence); none when its text is withheld. */
  cards: EvidenceCard[];
  author: AuthorLabel | null;
  score: number;
  upCount: number;
  downCount: number;
  createdAt: number;
  /** Whether the viewer wrote it (own posts cannot be voted on). */
  byViewer: boolean;
  /** Set when the reply was edited; "edited" links to its history. */
  editedAt: number | null;
  /** A moderation banner or placeholder sentence; null for a live reply. */
  notice: string | null;
  /** Hidden from this viewer by moderation (kept only when visible replies hang under it). */
  unavailable: boolean;
  /** Under moderation (hidden, pending review or removed): takes no replies or votes. */
  moderated: boolean;
  replies: CommentNode[];
}

const comparators: Record<CommentSort, (a: CommentNode, b: CommentNode) => number> = {
  best: (a, b) => wilsonLowerBound(b.upCount, b.downCount) - wilsonLowerBound(a.upCount, a.downCount) || a.id - b.id,
  new: (a, b) => b.createdAt - a.createdAt || b.id - a.id,
  old: (a, b) => a.createdAt - b.createdAt || a.id - b.id,
};

/**
 * Nests a flat list of a thread's comments under their parents and sorts every level.
 * A comment whose parent is missing from the list is kept at the top level rather than lost.
 */
export function buildCommentTree(flat: Omit<CommentNode, "replies">[], sort: CommentSort): CommentNode[] {
  const nodes = new Map<number, CommentNode>();
  for (const comment of flat) nodes.set(comment.id, { ...comment, replies: [] });
  const roots: CommentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    (parent ? parent.replies : roots).push(node);
  }
  const compare = comparators[sort];
  const sortLevel = (level: CommentNode[]) => {
    level.sort(compare);
    for (const node of level) sortLevel(node.replies);
  };
  sortLevel(roots);
  return roots;
}

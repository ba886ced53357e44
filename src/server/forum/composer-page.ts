import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { anonymityGroupsQuery, toAnonymityGroups, viewerNotice, viewerSpecialtyQuery, type AnonymityNotice } from "./anonymity-groups";
import { allowanceQuery, lowAllowance, toAllowanceRows, type PostingAllowance } from "./allowance";
import { draftQuery, toDraft, type Draft } from "./drafts";
import { assertVerifiedMember } from "./posting-rules";

export interface ComposerPage {
  /** The member's saved draft of a new thread, if any. */
  draft: Draft | null;
  /** How the member would appear if they posted anonymously now. */
  anonymousAs: AnonymityNotice | null;
  /** Shown above the form when few new threads are left under the posting limits (allowance.ts). */
  allowance: PostingAllowance | null;
}

/** What /new shows around the form, in one database round trip: the draft, the anonymous label and a low allowance. */
export async function loadComposerPage(db: Database, viewer: Viewer | null, now: number): Promise<ComposerPage> {
  assertVerifiedMember(viewer);
  const [draftRows, groupRows, viewerRows, allowanceRows] = await db.batch([
    draftQuery(db, viewer.userId, "new-thread"),
    anonymityGroupsQuery(db),
    viewerSpecialtyQuery(db, viewer.userId),
    allowanceQuery(db, "thread", viewer, now),
  ]);
  return {
    draft: toDraft(draftRows[0]),
    anonymousAs: viewerNotice(toAnonymityGroups(groupRows), viewerRows, now),
    allowance: lowAllowance("thread", toAllowanceRows(allowanceRows), now),
  };
}

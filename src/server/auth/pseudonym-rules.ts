import { DomainError } from "../errors";
import { scanForPhi } from "../privacy/index";

export const PSEUDONYM_MIGHT_IDENTIFY =
  "A pseudonym is shown on every signed post, so it cannot hold anything that might identify a patient (a name, a date, a number): choose another.";

/**
 * Rule: a pseudonym passes the patient-identifier scanner with no finding at all. Underscores are
 * read as spaces ("maria_lopez_1952" is "maria lopez 1952"). Unlike a post, a warning cannot be
 * confirmed away: a pseudonym is a label the member is free to choose, and it is shown beside
 * everything they write, so anything that only might identify someone is refused too.
 */
export function assertPseudonymAllowed(pseudonym: string): void {
  const readable = pseudonym.replace(/_/g, " ");
  if (scanForPhi(readable).length > 0) {
    throw new DomainError("INVALID", PSEUDONYM_MIGHT_IDENTIFY, { pseudonym: PSEUDONYM_MIGHT_IDENTIFY });
  }
}

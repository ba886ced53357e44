/**
 * The blindness rule (ADR 0025), the one place it is decided: a member sees other members'
 * differentials (each one and the collective) only once they have submitted their own, or once
 * the case is solved. Everyone else — the case's author and moderators included — sees only how
 * many were submitted. Herding is what makes crowds dumb. The case page, the API and anything
 * else that shows differentials ask this function.
 */
export function othersDifferentialsVisible(state: { viewerHasSubmitted: boolean; caseSolved: boolean }): boolean {
  return state.viewerHasSubmitted || state.caseSolved;
}

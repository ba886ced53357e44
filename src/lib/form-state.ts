import { httpStatusForCode, isDomainError } from "../server/errors";
import { busyError } from "../server/db/transient-errors";
import { pageProblem } from "./page-outcome";

/** What a form page shows after a refused submission: a summary and per-field messages. */
export interface FormState {
  message?: string;
  fields: Record<string, string>;
  status: number;
  /** Seconds to wait before trying again, for RATE_LIMITED refusals. */
  retryAfterSeconds?: number;
}

/** Turns a refusal into form state; the page re-renders with what the member typed. */
export function formStateFrom(error: unknown): FormState {
  error = busyError(error) ?? error;
  if (isDomainError(error)) {
    return { message: error.message, fields: error.fields ?? {}, status: httpStatusForCode[error.code], retryAfterSeconds: error.retryAfterSeconds };
  }
  const problem = pageProblem(error);
  return { message: problem.message, fields: {}, status: problem.status };
}

export const emptyFormState: FormState = { fields: {}, status: 200 };

/** Sets the page's status (and Retry-After for rate limits) from a refused submission. */
export function applyFormState(response: { status?: number; headers: Headers }, state: FormState): void {
  response.status = state.status;
  if (state.retryAfterSeconds !== undefined) response.headers.set("Retry-After", String(state.retryAfterSeconds));
}

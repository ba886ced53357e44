import { isDomainError } from "../server/errors";
import { pageProblem } from "./page-outcome";

/** What a form page shows after a refused submission: a summary and per-field messages. */
export interface FormState {
  message?: string;
  fields: Record<string, string>;
  status: number;
}

const statusByCode: Record<string, number> = {
  INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PHI_DETECTED: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

/** Turns a refusal into form state; the page re-renders with what the member typed. */
export function formStateFrom(error: unknown): FormState {
  if (isDomainError(error)) {
    return { message: error.message, fields: error.fields ?? {}, status: statusByCode[error.code] ?? 400 };
  }
  const problem = pageProblem(error);
  return { message: problem.message, fields: {}, status: problem.status };
}

export const emptyFormState: FormState = { fields: {}, status: 200 };

/**
 * Text from the database placed in a plain-text mail is one line: control characters (a
 * newline in a title or pseudonym could forge extra lines, even a fake link) become spaces,
 * and long text is cut with an ellipsis.
 */
export function mailLine(text: string, maxLength: number): string {
  const cleaned = text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return cleaned.length > maxLength ? `${cleaned.slice(0, maxLength - 1)}…` : cleaned;
}

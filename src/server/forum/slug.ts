/**
 * URL slug from a title: lower-case ASCII words joined by dashes, at most 80 characters, never
 * one of the thread's own page names.
 */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  // "edit" and "delete" are pages of a thread (/t/:id/edit), so a slug never takes those names.
  if (slug === "edit" || slug === "delete") return `${slug}-thread`;
  return slug || "thread";
}

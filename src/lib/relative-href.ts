/**
 * A same-site link with a query string ("/?sort=hot&after=…"), as an attribute value for an
 * Astro template. Astro tests every string attribute that contains "&" with `new URL(value)`, so
 * that an absolute http(s) URL keeps a bare "&"; for a relative link the constructor throws and
 * Astro catches it, which cost about 0.08 ms of Worker CPU per link (profile of the home page,
 * issue 15). A value that is not a string skips that test and is written as its text with "&"
 * escaped exactly as for the string, so the HTML is the same. Only paths from the site's own
 * root are accepted: an absolute URL must stay a string.
 */
export function relativeHref(href: string): string {
  if (!href.startsWith("/") || href.startsWith("//")) throw new Error(`relativeHref takes a path from the site root, not "${href}".`);
  // Typed as the string it renders as; at run time a String object (see above).
  return new String(href) as unknown as string;
}

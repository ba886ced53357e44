/** HTML-escapes text for the refusal page (the message may quote what a client sent). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The small page a form post gets when it is refused before any page runs (cross-site, too
 * large, not UTF-8). It says why in the domain's sentence and how to get the text back: the
 * browser's Back button keeps what was typed, and composers also keep a server-side draft.
 * No scripts and no styles beyond inline attributes, so it needs no CSP allowance.
 */
export function refusalPage(status: number, message: string): Response {
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><title>Not sent · Rounds</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
<main>
<h1 style="font-size: 1.4rem">Your form was not sent</h1>
<p>${escapeHtml(message)}</p>
<p>Use your browser's Back button to return to the form: what you typed is still there, and posts you were writing are also kept as a draft.</p>
<p><a href="/">Go to Rounds</a></p>
</main>
</body>
</html>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}

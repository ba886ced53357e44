import { placeAfter, placeBefore } from "./dom";

/**
 * Write | Preview above the reply box. Preview asks POST /api/preview, which screens the text as
 * posting does and renders it with the renderer posts are stored with (server/forum/preview-post.ts),
 * so what shows is what will be posted; a refusal shows its sentence and the text stays in the box.
 */
export function enhancePreview(textarea: HTMLTextAreaElement): { showWrite: () => void } {
  const bar = document.createElement("div");
  bar.className = "compose-tabs";
  const tab = (label: string, pressed: boolean) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "compose-tab";
    button.textContent = label;
    button.setAttribute("aria-pressed", String(pressed));
    bar.appendChild(button);
    return button;
  };
  const write = tab("Write", true);
  const preview = tab("Preview", false);
  const output = document.createElement("div");
  output.className = "prose reply-preview";
  output.setAttribute("aria-live", "polite");
  output.hidden = true;
  placeBefore(textarea, bar);
  placeAfter(textarea, output);
  const choose = (previewing: boolean) => {
    write.setAttribute("aria-pressed", String(!previewing));
    preview.setAttribute("aria-pressed", String(previewing));
    textarea.hidden = previewing;
    output.hidden = !previewing;
  };
  const say = (text: string) => {
    const line = document.createElement("p");
    line.className = "muted";
    line.textContent = text;
    output.replaceChildren(line);
  };
  const showWrite = () => choose(false);
  write.addEventListener("click", () => {
    showWrite();
    textarea.focus();
  });
  preview.addEventListener("click", async () => {
    choose(true);
    if (textarea.value.trim() === "") return say("Nothing to preview yet.");
    say("Loading the preview…");
    const response = await fetch("/api/preview", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ body: textarea.value }),
    }).catch(() => null);
    const answer = (await response?.json().catch(() => null)) as { html?: string; warnings?: string[]; error?: { message: string } } | null;
    if (!response?.ok || typeof answer?.html !== "string") return say(answer?.error?.message ?? "The preview is not available right now; your text is kept.");
    // Sanitized on the server by the renderer that stores posts (no raw HTML, safe links only).
    output.innerHTML = answer.html;
    for (const warning of answer.warnings ?? []) {
      const note = document.createElement("p");
      note.className = "error";
      note.textContent = warning;
      output.appendChild(note);
    }
  });
  return { showWrite };
}

/**
 * The thread page's reply box with JavaScript on (components/ReplyEnhance.astro loads it where a
 * reply form is). "Reply" on a reply moves the page's one reply form right under that reply, with
 * the first lines of what is answered; "Quote" puts the selected text (or the reply's opening)
 * in as a markdown quote; Ctrl/Cmd+Enter posts; Write | Preview and @ suggestions come from their
 * own files. Without JavaScript "Reply" loads ?reply=N and the form at the page's end does it all.
 */
import { enhanceMentions } from "./mention-suggest";
import { enhancePreview } from "./preview-tab";
import { placeAfter, placeBefore } from "./dom";

const form = document.querySelector<HTMLFormElement>("form.reply-form");
const textarea = form?.querySelector<HTMLTextAreaElement>("textarea[name=body]");
const parentInput = form?.querySelector<HTMLInputElement>("input[name=parentId]");
const label = textarea ? form?.querySelector<HTMLLabelElement>(`label[for="${textarea.id}"]`) : null;

if (form && textarea && parentInput && label) {
  const home = document.createComment("reply form home");
  placeBefore(form, home);
  // Whatever the page was loaded with (?reply=N, a refused reply), the form at the end answers the thread.
  const loadedParent = parentInput.value;
  const context = document.createElement("div");
  context.className = "reply-context";
  const { showWrite } = enhancePreview(textarea);
  enhanceMentions(textarea);

  const replyItem = (id: string) => document.getElementById(`reply-${id}`);
  const proseOf = (item: HTMLElement) => item.querySelector<HTMLElement>(":scope > article > .prose");

  /** Moves the form under reply `id`, saying whom it answers and how that reply begins. */
  const openUnder = (id: string) => {
    const item = replyItem(id);
    const article = item?.querySelector(":scope > article");
    if (!item || !article) return false;
    const author = item.querySelector(":scope > article .author")?.textContent?.trim() || "this reply";
    const opening = (proseOf(item)?.textContent ?? "").replace(/\s+/g, " ").trim();
    const heading = document.createElement("p");
    heading.className = "reply-context-heading";
    heading.textContent = `Replying to ${author}`;
    const excerpt = document.createElement("blockquote");
    excerpt.textContent = opening.length > 240 ? `${opening.slice(0, 240)}…` : opening;
    const cancel = document.createElement("button");
    cancel.type = "button";
    cancel.className = "link-button reply-cancel";
    cancel.textContent = "Cancel";
    cancel.addEventListener("click", () => {
      goHome();
      item.querySelector<HTMLElement>(":scope > article a.reply-link")?.focus();
    });
    heading.appendChild(document.createTextNode(" · "));
    heading.appendChild(cancel);
    context.replaceChildren(heading, excerpt);
    form.insertBefore(context, form.firstChild);
    placeAfter(article, form);
    form.classList.add("inline-reply");
    parentInput.value = id;
    label.textContent = "Your reply to this reply";
    for (const note of document.querySelectorAll(".replying-note")) note.remove();
    return true;
  };
  /** Puts the form back at the page's end, answering the thread (or what the page was loaded with). */
  const goHome = () => {
    context.remove();
    placeAfter(home, form);
    form.classList.remove("inline-reply");
    parentInput.value = "";
    label.textContent = "Your reply";
  };

  const quote = (item: HTMLElement, selected: string) => {
    // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the reply's paragraphs as line breaks, which a markdown quote needs; textContent runs them together.
    const text = (selected.trim() || (proseOf(item)?.innerText ?? "").trim().slice(0, 500)).replace(/\n{3,}/g, "\n\n");
    if (!text || !openUnder(item.id.slice("reply-".length))) return;
    const block = `${text
      .split("\n")
      .map((line) => `> ${line}`.trimEnd())
      .join("\n")}\n\n`;
    const at = textarea.selectionStart;
    const before = textarea.value.slice(0, at);
    const lead = before === "" || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
    textarea.value = `${before}${lead}${block}${textarea.value.slice(at)}`;
    const caret = before.length + lead.length + block.length;
    showWrite();
    textarea.focus();
    textarea.setSelectionRange(caret, caret);
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  };

  /** The text selected inside one reply's body, else "". */
  const selectionIn = (item: HTMLElement) => {
    const selection = getSelection();
    const prose = proseOf(item);
    return selection && prose && !selection.isCollapsed && prose.contains(selection.anchorNode) ? selection.toString() : "";
  };

  // A "Quote" next to each open reply's "Reply", also on replies that arrive later.
  const addQuoteButtons = () => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>(".comment-actions a.reply-link[href*='?reply=']")) {
      if (link.nextElementSibling?.matches("[data-quote]")) continue;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "link-button reply-link";
      button.dataset.quote = "";
      button.textContent = "Quote";
      placeAfter(link, button);
    }
  };
  addQuoteButtons();
  const replies = document.querySelector(".replies")?.parentElement;
  if (replies) new MutationObserver(addQuoteButtons).observe(replies, { childList: true, subtree: true });

  // Tapping a button may clear a selection on some phones: keep what was selected as it is pressed.
  let pressedSelection = "";
  document.addEventListener("pointerdown", (event) => {
    const item = (event.target as Element).closest?.<HTMLElement>("[data-quote]")?.closest<HTMLElement>("li.comment");
    pressedSelection = item ? selectionIn(item) : "";
  });
  document.addEventListener("click", (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target as Element;
    const quoteButton = target.closest?.("[data-quote]");
    const item = target.closest?.<HTMLElement>("li.comment");
    if (quoteButton && item) {
      quote(item, selectionIn(item) || pressedSelection);
      pressedSelection = "";
      return;
    }
    const link = target.closest?.<HTMLAnchorElement>(".comment-actions a.reply-link[href*='?reply=']");
    const id = link ? new URL(link.href).searchParams.get("reply") : null;
    if (id && openUnder(id)) {
      event.preventDefault();
      showWrite();
      textarea.focus();
    }
  });

  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit(form.querySelector<HTMLButtonElement>("button[name=intent][value=reply]"));
    }
  });
  // Posted in place (ReplyForm.astro): the replies are about to be replaced, the form goes home first.
  form.addEventListener("reply-form:posted", () => {
    goHome();
    showWrite();
  });

  // Loaded with ?reply=N (a reload, or a link from elsewhere): open under that reply at once.
  if (loadedParent !== "" && openUnder(loadedParent)) form.scrollIntoView({ block: "center" });
}

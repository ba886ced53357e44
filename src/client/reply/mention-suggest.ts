import { placeAfter } from "./dom";

/**
 * @ suggestions in the reply box: after "@" and a letter or more, members whose pseudonym starts
 * so are listed under the box (GET /api/members/suggest, members only and rate limited, so it asks
 * once per pause in typing and remembers answers). Arrow keys move, Enter or Tab takes the name,
 * Escape closes; a click or tap takes it too. Without JavaScript members type the name themselves.
 */
export function enhanceMentions(textarea: HTMLTextAreaElement): void {
  const list = document.createElement("ul");
  list.id = `${textarea.id}-mentions`;
  list.className = "mention-list";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Members to mention");
  list.hidden = true;
  placeAfter(textarea, list);
  textarea.setAttribute("aria-autocomplete", "list");
  textarea.setAttribute("aria-controls", list.id);
  const answers = new Map<string, string[]>();
  let names: string[] = [];
  let active = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** The "@name" being typed just before the caret, if any (not an email's "@"). */
  const typedMention = () => {
    const before = textarea.value.slice(0, textarea.selectionStart);
    const match = /(?:^|[^\w@])@(\w{1,30})$/.exec(before);
    return match ? { start: before.length - match[1]!.length, prefix: match[1]!.toLowerCase() } : null;
  };
  const close = () => {
    list.hidden = true;
    names = [];
    textarea.removeAttribute("aria-activedescendant");
  };
  const show = (found: string[]) => {
    names = found;
    active = 0;
    list.replaceChildren(
      ...found.map((name, index) => {
        const item = document.createElement("li");
        item.id = `${list.id}-${index}`;
        item.setAttribute("role", "option");
        item.textContent = `@${name}`;
        item.addEventListener("mousedown", (event) => {
          event.preventDefault();
          take(name);
        });
        return item;
      }),
    );
    list.hidden = found.length === 0;
    mark();
  };
  const mark = () => {
    for (const [index, item] of [...list.querySelectorAll("li")].entries()) item.setAttribute("aria-selected", String(index === active));
    if (names.length > 0) textarea.setAttribute("aria-activedescendant", `${list.id}-${active}`);
  };
  const take = (name: string) => {
    const typed = typedMention();
    if (!typed) return close();
    const caret = textarea.selectionStart;
    const after = textarea.value.slice(caret);
    textarea.value = `${textarea.value.slice(0, typed.start)}${name}${/^\s/.test(after) ? "" : " "}${after}`;
    const at = typed.start + name.length + 1;
    textarea.setSelectionRange(at, at);
    close();
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  };
  const lookUp = async (prefix: string) => {
    let found = answers.get(prefix);
    if (!found) {
      const response = await fetch(`/api/members/suggest?prefix=${encodeURIComponent(prefix)}`, { headers: { accept: "application/json" } }).catch(() => null);
      if (!response?.ok) return close();
      found = ((await response.json()) as { pseudonyms: string[] }).pseudonyms;
      answers.set(prefix, found);
    }
    if (typedMention()?.prefix === prefix) show(found);
  };

  textarea.addEventListener("input", () => {
    clearTimeout(timer);
    const typed = typedMention();
    if (!typed) return close();
    timer = setTimeout(() => void lookUp(typed.prefix), 200);
  });
  textarea.addEventListener("keydown", (event) => {
    if (list.hidden || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      active = (active + (event.key === "ArrowDown" ? 1 : names.length - 1)) % names.length;
      mark();
    } else if (event.key === "Enter" || event.key === "Tab") take(names[active]!);
    else if (event.key === "Escape") close();
    else return;
    event.preventDefault();
  });
  textarea.addEventListener("blur", close);
}

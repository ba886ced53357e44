import type { EvidenceCard } from "../server/evidence/cards";
import { escapeAttribute, escapeText } from "./html-fragments";

/** "Smith J · The Lancet · 2020 · PMID 123": the parts the source gave, in that order. */
function cardMeta(card: EvidenceCard): string {
  const author = card.firstAuthor ? (card.kind === "nct" ? card.firstAuthor : `${card.firstAuthor} et al.`) : null;
  return [author, card.journal, card.year === null ? null : String(card.year), card.label]
    .filter((part): part is string => part !== null)
    .map(escapeText)
    .join(" · ");
}

function badges(card: EvidenceCard): string {
  return (
    (card.retracted ? '<strong class="evidence-badge retracted">Retracted</strong>' : "") +
    (card.corrected && !card.retracted ? '<span class="evidence-badge corrected">Corrected</span>' : "")
  );
}

/**
 * The cards under a post, one per work it cites that the source has described (title, first
 * author, journal, year, a link to the work's page, and a "Retracted" or "Corrected" badge). A
 * work not described yet has no card: the post's own text already links it.
 */
export function evidenceCardsHtml(cards: readonly EvidenceCard[]): string {
  const described = cards.filter((card) => card.described);
  if (described.length === 0) return "";
  const items = described
    .map(
      (card) =>
        `<li class="${card.retracted ? "evidence-card retracted" : "evidence-card"}"><p class="evidence-title"><a rel="nofollow noopener ugc" href="${escapeAttribute(card.url)}">${escapeText(card.title ?? card.label)}</a>${badges(card)}</p>` +
        `<p class="evidence-meta">${cardMeta(card)}</p></li>`,
    )
    .join("");
  return `<ul class="evidence-cards" aria-label="${described.length === 1 ? "Cited work" : "Cited works"}">${items}</ul>`;
}

/** The thread's "References": every cited work once, first-cited first; an undescribed one as its plain link. */
export function referencesListHtml(references: readonly EvidenceCard[]): string {
  if (references.length === 0) return "";
  const items = references
    .map((card) => {
      const link = `<a rel="nofollow noopener ugc" href="${escapeAttribute(card.url)}">${escapeText(card.described && card.title ? card.title : card.label)}</a>`;
      return `<li>${link}${badges(card)}${card.described ? ` <span class="evidence-meta">${cardMeta(card)}</span>` : ""}</li>`;
    })
    .join("");
  return `<section class="card references" aria-labelledby="references-heading"><h2 id="references-heading">References</h2><ol>${items}</ol></section>`;
}

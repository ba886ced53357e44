import type { Database } from "../../src/server/db/client";
import { evidenceReferences } from "../../src/server/db/schema";
import type { ImportedThread } from "../../src/server/forum/import-community";

/**
 * Evidence cards of the demo: reference rows with their metadata stored here (the seed makes no
 * outside request; these are what PubMed, Crossref and ClinicalTrials.gov say of these works),
 * one of them retracted, and the demo threads that cite them.
 */
const DEMO_REFERENCES: Omit<typeof evidenceReferences.$inferInsert, "createdAt">[] = [
  {
    kind: "pmid",
    identifier: "32678530",
    title: "Dexamethasone in Hospitalized Patients with Covid-19.",
    firstAuthor: "Horby P",
    journal: "The New England journal of medicine",
    year: 2021,
  },
  {
    kind: "nct",
    identifier: "NCT04381936",
    title: "Randomised Evaluation of COVID-19 Therapy",
    firstAuthor: null,
    journal: "University of Oxford",
    year: 2020,
  },
  {
    kind: "doi",
    identifier: "10.1016/s0140-6736(20)31180-6",
    title: "Hydroxychloroquine or chloroquine with or without a macrolide for treatment of COVID-19: a multinational registry analysis",
    firstAuthor: "Mandeep R Mehra",
    journal: "The Lancet",
    year: 2020,
    retracted: true,
  },
  {
    kind: "pmid",
    identifier: "11794169",
    title: "Early goal-directed therapy in the treatment of severe sepsis and septic shock.",
    firstAuthor: "Rivers E",
    journal: "The New England journal of medicine",
    year: 2001,
  },
];

/** Writes the demo's reference rows as already described (retracted ones with their date). */
export async function insertDemoReferences(db: Database, now: number): Promise<void> {
  await db
    .insert(evidenceReferences)
    .values(DEMO_REFERENCES.map((row) => ({ ...row, state: "found" as const, checkedAt: now, retractedAt: row.retracted ? now : null, createdAt: now })))
    .onConflictDoNothing();
}

/** The demo threads' new titles and bodies, each citing some of the works above. */
const CITING_THREADS: { channelSlug: string; title: string; bodySource: string; reply: string }[] = [
  {
    channelSlug: "critical-care",
    title: "Dexamethasone for COVID-19 on oxygen: still the standard on your unit?",
    bodySource:
      "RECOVERY (NCT04381936) showed lower 28-day mortality with dexamethasone 6 mg daily for patients on oxygen or ventilation, PMID: 32678530.\n\nAre you still giving it to everyone on supplemental oxygen, or only above a threshold?",
    reply: "We still follow PMID: 32678530 for anyone on oxygen; nothing since has changed our protocol.",
  },
  {
    channelSlug: "infectious-disease",
    title: "That hydroxychloroquine registry paper keeps being quoted to me",
    bodySource:
      "A colleague cited 10.1016/S0140-6736(20)31180-6 on rounds last week as evidence of harm. It was retracted within weeks of publication because the registry data could not be verified.\n\nHow do you handle retracted papers that still circulate?",
    reply: "The retraction notice is short and worth printing: the data behind 10.1016/S0140-6736(20)31180-6 were never audited.",
  },
  {
    channelSlug: "emergency-medicine",
    title: "Is early goal-directed therapy still taught in your ED?",
    bodySource:
      "Rivers' single-centre trial (PMID: 11794169) shaped a decade of sepsis bundles, and the three later multicentre trials found no benefit of the full protocol.\n\nWhat is left of it in your practice: early antibiotics and fluids, or the catheter too?",
    reply: "Only the early antibiotics and a fluid challenge; nobody places a central line for ScvO2 any more.",
  },
];

/**
 * Gives three of the planned demo threads a citing title and body (and their first reply a
 * citation), keeping their place, time, votes and replies, so the demo's counts stay as they were.
 */
export function citeInDemoThreads(threadsPlanned: ImportedThread[]): void {
  CITING_THREADS.forEach((citing, index) => {
    // The newest threads with replies, so the cards are on the first page of the demo.
    const target = threadsPlanned.filter((thread) => (thread.comments ?? []).some((comment) => !comment.deleted)).at(-(index * 3 + 2));
    if (!target) return;
    target.channelSlug = citing.channelSlug;
    target.title = citing.title;
    target.bodySource = citing.bodySource;
    const firstReply = (target.comments ?? []).find((comment) => !comment.deleted);
    if (firstReply) firstReply.bodySource = citing.reply;
  });
}

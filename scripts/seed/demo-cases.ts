// Demo cases with blind differentials (ADR 0025): 18 of the planned threads become structured
// cases; colleagues submit differentials on each, and the solved ones are adjudicated and scored
// through the same statements the forum uses (src/server/differentials/scoring.ts).
import { eq, inArray } from "drizzle-orm";
import type { Database } from "../../src/server/db/client";
import { caseDetails, differentials, threads } from "../../src/server/db/schema";
import { resolveAdjudication } from "../../src/server/differentials/adjudicate-case";
import { diagnosisKey } from "../../src/server/differentials/diagnosis-keys";
import { scoreCaseStatements } from "../../src/server/differentials/scoring";
import { caseMarkdown } from "../../src/server/forum/thread-kinds";
import type { ImportedThread } from "../../src/server/forum/import-community";
import type { Rng } from "./random";

interface DemoCase {
  channel: string;
  title: string;
  ageBand: string;
  sex: "female" | "male";
  presentingProblem: string;
  findings: string;
  /** The final diagnosis first, then the other diagnoses colleagues consider (some misspelt). */
  diagnoses: string[];
}

const demoCases: DemoCase[] = [
  {
    channel: "pulmonology",
    title: "Hilar adenopathy with tender shins and ankle swelling",
    ageBand: "30–34",
    sex: "female",
    presentingProblem: "Two weeks of painful red nodules on both shins, ankle arthralgia, dry cough.",
    findings: "Bilateral hilar adenopathy on the chest film; ACE mildly raised.",
    diagnoses: ["Löfgren syndrome", "Tuberculosis", "Lymphoma", "Sarcoidosis", "Histoplasmosis"],
  },
  {
    channel: "cardiology",
    title: "Chest pain after a family argument, troponin up, clean coronaries",
    ageBand: "65–69",
    sex: "female",
    presentingProblem: "Sudden chest pain after an emotional shock.",
    findings: "Apical ballooning on the ventriculogram, unobstructed coronaries.",
    diagnoses: ["Takotsubo cardiomyopathy", "Myocarditis", "MINOCA", "Coronary vasospasm"],
  },
  {
    channel: "neurology",
    title: "Ascending weakness a fortnight after a diarrhoeal illness",
    ageBand: "40–44",
    sex: "male",
    presentingProblem: "Three days of leg weakness climbing to the arms, tingling feet.",
    findings: "Areflexia, CSF protein 1.9 g/L with 2 cells.",
    diagnoses: ["Guillain-Barré syndrome", "Transverse myelitis", "CIDP", "Tick paralysis"],
  },
  {
    channel: "nephrology",
    title: "Haemoptysis and a rising creatinine over a week",
    ageBand: "20–24",
    sex: "male",
    presentingProblem: "Cough with blood streaks, dark urine, fatigue.",
    findings: "Creatinine 4.1 mg/dL, red cell casts, diffuse alveolar opacities.",
    diagnoses: ["Anti-GBM disease", "Granulomatosis with polyangiitis", "Microscopic polyangiitis", "Lupus nephritis"],
  },
  {
    channel: "endocrinology",
    title: "Episodic headache, sweating and palpitations with hypertension",
    ageBand: "35–39",
    sex: "female",
    presentingProblem: "Spells of pounding headache and sweating several times a week.",
    findings: "BP 190/110 during a spell; plasma metanephrines six times normal.",
    diagnoses: ["Pheochromocytoma", "Panic disorder", "Hyperthyroidism", "Carcinoid syndrome"],
  },
  {
    channel: "gastroenterology",
    title: "Iron deficiency and bloating in a young runner",
    ageBand: "25–29",
    sex: "female",
    presentingProblem: "Tiredness, bloating and loose stools for a year.",
    findings: "Ferritin 6, tissue transglutaminase IgA strongly positive.",
    diagnoses: ["Coeliac disease", "Crohn disease", "Irritable bowel syndrome", "Giardiasis"],
  },
  {
    channel: "infectious-disease",
    title: "Fever and a new murmur in a man who injects drugs",
    ageBand: "30–34",
    sex: "male",
    presentingProblem: "A week of fevers and rigors, breathless.",
    findings: "New pansystolic murmur at the left sternal edge, septic pulmonary emboli.",
    diagnoses: ["Tricuspid valve endocarditis", "Pneumonia", "Septic thrombophlebitis", "Mitral valve endocarditis"],
  },
  {
    channel: "rheumatology",
    title: "Jaw pain on chewing and a new headache past 70",
    ageBand: "70–74",
    sex: "female",
    presentingProblem: "Temporal headache, jaw claudication, blurred vision for a day.",
    findings: "ESR 98, tender pulseless temporal artery.",
    diagnoses: ["Giant cell arteritis", "Polymyalgia rheumatica", "Trigeminal neuralgia", "Temporomandibular disorder"],
  },
  {
    channel: "hematology-oncology",
    title: "Bruising, confusion and fever with a low platelet count",
    ageBand: "45–49",
    sex: "female",
    presentingProblem: "Two days of bruising, fever and intermittent confusion.",
    findings: "Platelets 12, schistocytes on the film, LDH 1,800, normal clotting.",
    diagnoses: ["Thrombotic thrombocytopenic purpura", "Hemolytic uremic syndrome", "DIC", "Immune thrombocytopenia"],
  },
  {
    channel: "dermatology",
    title: "Target lesions on the palms after a cold sore",
    ageBand: "20–24",
    sex: "male",
    presentingProblem: "Symmetric target lesions on palms and soles, mild lip erosions.",
    findings: "Typical three-zone targets, no skin detachment.",
    diagnoses: ["Erythema multiforme", "Stevens-Johnson syndrome", "Urticaria", "Secondary syphilis"],
  },
  {
    channel: "emergency-medicine",
    title: "Headache and nausea in a family sharing one flat in winter",
    ageBand: "50–54",
    sex: "male",
    presentingProblem: "Morning headaches and nausea, the whole family affected.",
    findings: "Cherry-red lips absent, COHb 24% on co-oximetry.",
    diagnoses: ["Carbon monoxide poisoning", "Viral gastroenteritis", "Migraine", "Food poisoning"],
  },
  {
    channel: "endocrinology",
    title: "Hyponatraemia, hyperkalaemia and low blood pressure",
    ageBand: "40–44",
    sex: "female",
    presentingProblem: "Months of fatigue, salt craving and darkening skin.",
    findings: "Na 126, K 5.9, morning cortisol 40 nmol/L, ACTH high.",
    diagnoses: ["Addison disease", "SIADH", "Hypothyroidism", "Hypopituitarism"],
  },
  {
    channel: "neurology",
    title: "Sudden worst headache during exertion",
    ageBand: "55–59",
    sex: "female",
    presentingProblem: "Thunderclap headache at the gym, vomiting.",
    findings: "CT at 4 hours normal; xanthochromia in the CSF.",
    diagnoses: ["Subarachnoid hemorrhage", "Reversible cerebral vasoconstriction syndrome", "Migraine", "Cervical artery dissection"],
  },
  {
    channel: "cardiology",
    title: "Syncope on exertion in a young athlete",
    ageBand: "15–19",
    sex: "male",
    presentingProblem: "Collapsed while sprinting, recovered in a minute.",
    findings: "Septum 22 mm, systolic anterior motion of the mitral valve.",
    diagnoses: ["Hypertrophic cardiomyopathy", "Long QT syndrome", "Athlete's heart", "Aortic stenosis"],
  },
  {
    channel: "pulmonology",
    title: "Breathless after a long flight, clear chest film",
    ageBand: "35–39",
    sex: "female",
    presentingProblem: "Pleuritic chest pain and breathlessness a day after a 12-hour flight.",
    findings: "Heart rate 118, SpO2 91%, D-dimer high, chest film clear.",
    diagnoses: ["Pulmonary embolism", "Pneumothorax", "Pericarditis", "Anxiety"],
  },
  {
    channel: "infectious-disease",
    title: "Fever and jaundice two weeks after a canoe trip",
    ageBand: "25–29",
    sex: "male",
    presentingProblem: "High fever, calf pain, red eyes and then jaundice.",
    findings: "Bilirubin 8, creatinine 2.6, platelets 60.",
    diagnoses: ["Leptospirosis", "Hepatitis A", "Malaria", "Dengue"],
  },
  {
    channel: "gastroenterology",
    title: "Pruritus and raised ALP in a woman with dry eyes",
    ageBand: "50–54",
    sex: "female",
    presentingProblem: "Itching for months, dry eyes and mouth.",
    findings: "ALP three times normal, AMA positive.",
    diagnoses: ["Primary biliary cholangitis", "Primary sclerosing cholangitis", "Drug-induced cholestasis", "Autoimmune hepatitis"],
  },
  {
    channel: "rheumatology",
    title: "Back pain that improves with exercise in a young man",
    ageBand: "25–29",
    sex: "male",
    presentingProblem: "Two years of morning back stiffness, better with exercise.",
    findings: "Bilateral sacroiliitis on MRI, HLA-B27 positive.",
    diagnoses: ["Ankylosing spondylitis", "Mechanical back pain", "Reactive arthritis", "DISH"],
  },
];

/** How a colleague might spell a diagnosis: now and then lower-case or with one letter dropped. */
function spelling(rng: Rng, diagnosis: string): string {
  const roll = rng.next();
  if (roll < 0.15) return diagnosis.toLowerCase();
  if (roll < 0.22 && diagnosis.length > 8) {
    const at = rng.int(2, diagnosis.length - 3);
    return diagnosis.slice(0, at) + diagnosis.slice(at + 1);
  }
  return diagnosis;
}

export interface PlannedCase {
  index: number;
  demo: DemoCase;
  solved: boolean;
}

/**
 * Turns 18 planned threads with at least two replies into cases (title, body and channel from
 * the list above), about two thirds of them to be solved. Changes the planned threads in place.
 * Never a staff member's thread: a case may become its channel's newest thread, which gets a demo
 * image uploaded as its author (scripts/seed/demo-images.ts), and staff without a second factor
 * are held at enrolment.
 */
export function planDemoCases(rng: Rng, planned: ImportedThread[], staffIds: readonly number[]): PlannedCase[] {
  const candidates = planned
    .map((thread, index) => ({ thread, index }))
    .filter(({ thread }) => !staffIds.includes(thread.authorId) && (thread.comments ?? []).filter((comment) => !comment.deleted).length >= 2);
  const chosen = rng.sample(candidates, Math.min(demoCases.length, candidates.length));
  return chosen.map(({ thread, index }, position) => {
    const demo = demoCases[position]!;
    thread.kind = "case";
    thread.channelSlug = demo.channel;
    thread.title = demo.title;
    thread.bodySource = caseMarkdown({
      ageBand: demo.ageBand,
      sex: demo.sex,
      presentingProblem: demo.presentingProblem,
      history: "Otherwise well; no regular medicines.",
      findings: demo.findings,
      triedSoFar: "Supportive care while we wait for the work-up.",
      question: "What is your differential, with probabilities?",
    });
    return { index, demo, solved: position % 3 !== 2 };
  });
}

/**
 * Writes the cases' details, 4–9 differentials each from members other than the author (one in
 * ten anonymous), and for the solved ones the answer, the adjudication and the scores.
 */
export async function seedDemoDifferentials(
  db: Database,
  rng: Rng,
  cases: readonly PlannedCase[],
  planned: readonly ImportedThread[],
  written: readonly { threadId: number; commentIds: number[] }[],
  members: readonly { id: number }[],
  now: number,
): Promise<void> {
  const caseIds = cases.map((entry) => written[entry.index]!.threadId);
  if (caseIds.length === 0) return;
  await db.update(threads).set({ caseStatus: "unsolved" }).where(inArray(threads.id, caseIds));
  for (const entry of cases) {
    const thread = planned[entry.index]!;
    const { threadId, commentIds } = written[entry.index]!;
    const { demo } = entry;
    await db.insert(caseDetails).values({
      threadId,
      ageBand: demo.ageBand,
      sex: demo.sex,
      presentingProblem: demo.presentingProblem,
      history: "Otherwise well; no regular medicines.",
      findings: demo.findings,
      triedSoFar: "Supportive care while we wait for the work-up.",
      question: "What is your differential, with probabilities?",
    });
    const submitters = rng.sample(
      members.filter((member) => member.id !== thread.authorId),
      rng.int(4, 9),
    );
    const rows = submitters.map((member, position) => {
      const listed = rng.sample(demo.diagnoses, rng.int(1, Math.min(4, demo.diagnoses.length)));
      let left = 100 - rng.int(0, 15);
      const items = listed.map((diagnosis, at) => {
        const probability = at === listed.length - 1 ? Math.max(1, left) : Math.max(1, Math.min(left - (listed.length - 1 - at), rng.int(5, Math.max(6, Math.round(left * 0.7)))));
        left -= probability;
        return { diagnosis: spelling(rng, diagnosis), probability };
      });
      return {
        threadId,
        authorId: member.id,
        isAnonymous: rng.chance(0.1),
        items: JSON.stringify(items),
        version: 1,
        createdAt: Math.min(now - 60_000, thread.createdAt + (position + 1) * 3_600_000),
      };
    });
    const inserted = await db.insert(differentials).values(rows).returning({ id: differentials.id, items: differentials.items });
    if (!entry.solved) continue;
    const answerId = commentIds[(thread.comments ?? []).findIndex((comment) => !comment.deleted)]!;
    const solvedAt = Math.min(now - 30_000, thread.createdAt + 2 * 24 * 3_600_000);
    const final = demo.diagnoses[0]!;
    const named = new Set(inserted.flatMap((row) => (JSON.parse(row.items) as { diagnosis: string }[]).map((item) => diagnosisKey(item.diagnosis))));
    const adjudication = resolveAdjudication(inserted, { finalDiagnosis: final, matches: named.has(diagnosisKey(final)) ? [diagnosisKey(final)] : [], merges: {} });
    await db.batch([
      db.update(threads).set({ caseStatus: "solved" }).where(eq(threads.id, threadId)),
      db
        .update(caseDetails)
        .set({ answerCommentId: answerId, solvedAt, outcomeNote: `The final diagnosis was ${final}, confirmed on follow-up; the differentials are scored against it.` })
        .where(eq(caseDetails.threadId, threadId)),
      ...scoreCaseStatements(db, threadId, inserted, adjudication, solvedAt),
    ]);
  }
}

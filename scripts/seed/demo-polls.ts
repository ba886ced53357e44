/**
 * The demo's polls: quick practice questions, the kind members actually run. Plain data; the
 * seed posts them through createThread, so every title, context and option is screened for
 * patient identifiers like anything a member types.
 */
import type { pollDurations } from "../../src/server/forum/thread-kinds";

export interface DemoPoll {
  channelSlug: string;
  title: string;
  body: string;
  options: readonly string[];
  multipleChoice: boolean;
  duration: keyof typeof pollDurations;
}

export const demoPolls: readonly DemoPoll[] = [
  {
    channelSlug: "cardiology",
    title: "First add-on for HFrEF already on a beta-blocker and ARNI?",
    body: "Stable outpatient, eGFR in the 40s, potassium 4.6. Which pillar do you reach for next?",
    options: ["SGLT2 inhibitor", "Mineralocorticoid receptor antagonist", "Both at the same visit", "Depends on the blood pressure"],
    multipleChoice: false,
    duration: "1w",
  },
  {
    channelSlug: "emergency-medicine",
    title: "Which decision rule do you use for suspected PE in the ED?",
    body: "Curious how practice varies between departments. Pick all you use routinely.",
    options: ["Wells with D-dimer", "PERC", "YEARS", "Age-adjusted D-dimer", "Gestalt, honestly"],
    multipleChoice: true,
    duration: "3d",
  },
  {
    channelSlug: "practice-career",
    title: "How many hours a week do you spend on the inbox and charting after clinic?",
    body: "Counting evenings and weekends. No judgement either way.",
    options: ["Under 2 hours", "2 to 5 hours", "5 to 10 hours", "More than 10 hours"],
    multipleChoice: false,
    duration: "2w",
  },
  {
    channelSlug: "infectious-disease",
    title: "Default duration for uncomplicated gram-negative bacteremia?",
    body: "Source controlled, clinically improving by day 3. What do you usually stop at?",
    options: ["7 days", "10 days", "14 days", "Guided by CRP or procalcitonin"],
    multipleChoice: false,
    duration: "1w",
  },
  {
    channelSlug: "critical-care",
    title: "Second vasopressor in septic shock after norepinephrine?",
    body: "Norepinephrine around 0.25 mcg/kg/min and climbing, lactate improving slowly.",
    options: ["Vasopressin", "Epinephrine", "Angiotensin II", "Add hydrocortisone first"],
    multipleChoice: false,
    duration: "3d",
  },
  {
    channelSlug: "family-medicine",
    title: "Do you start statins for primary prevention past 75?",
    body: "Reasonably fit, no diabetes, 10-year risk well above 20% mostly because of age.",
    options: ["Yes, usually", "Only after a calcium score", "Only with other risk factors", "Rarely"],
    multipleChoice: false,
    duration: "1w",
  },
  {
    channelSlug: "general",
    title: "Which AI tools have you actually used in clinical work this year?",
    body: "Not asking whether you like them, only what you have tried. Pick all that apply.",
    options: ["Ambient note-taking", "Chat assistant for drafting letters", "Decision support built into the EHR", "Image triage in radiology", "None so far"],
    multipleChoice: true,
    duration: "2w",
  },
  {
    channelSlug: "anesthesiology",
    title: "GLP-1 agonists before elective surgery: what does your department do?",
    body: "Weekly injectables in particular. Policies seem to change every few months.",
    options: ["Hold one week before", "Liquid diet for 24 hours instead", "Gastric ultrasound on the day", "Proceed as usual"],
    multipleChoice: false,
    duration: "1w",
  },
  {
    channelSlug: "pediatrics",
    title: "Bronchiolitis on the ward: do you still trial hypertonic saline?",
    body: "Moderate disease, not needing high-flow yet.",
    options: ["Yes, routinely", "Occasionally", "No, supportive care only"],
    multipleChoice: false,
    duration: "3d",
  },
  {
    channelSlug: "gastroenterology",
    title: "Surveillance interval after one or two small tubular adenomas?",
    body: "Good prep, complete exam, both under 10 mm.",
    options: ["3 years", "5 years", "7 to 10 years", "Depends on family history"],
    multipleChoice: false,
    duration: "1w",
  },
  {
    channelSlug: "psychiatry",
    title: "First-line pharmacotherapy you reach for in alcohol use disorder?",
    body: "Outpatient, normal liver enzymes, motivated to cut down rather than stop.",
    options: ["Naltrexone", "Acamprosate", "Gabapentin", "Topiramate", "Disulfiram"],
    multipleChoice: false,
    duration: "2w",
  },
  {
    channelSlug: "nephrology",
    title: "Which patients with CKD do you start on finerenone?",
    body: "Already on an ACE inhibitor or ARB at the maximum tolerated dose and an SGLT2 inhibitor.",
    options: ["Type 2 diabetes with albuminuria", "Albuminuria without diabetes", "Only when potassium is under 4.8", "Not using it yet"],
    multipleChoice: true,
    duration: "1w",
  },
];

/**
 * Shape of the per-channel scenario data. A scenario is one recurring *kind* of discussion (a
 * case question, a management debate, a career topic); the generator fills its templates with
 * random slot values, so one scenario yields many threads that read differently.
 *
 * Template syntax (see template.ts): `{slot}` inserts a value (`{Slot}` capitalises it) and
 * `[[a|b|c]]` picks one alternative at random. Patient slots ({pt}, {he}, {his}, {age}...) exist
 * only when the scenario declares `patient`.
 */

export type ScenarioKind = "case" | "debate" | "practice";

export interface PatientSpec {
  /** Inclusive age range. Never above 89: HIPAA Safe Harbor treats ages over 89 as identifying. */
  ages: readonly [number, number];
  /** Fixed sex, or omitted for either. */
  sex?: "M" | "F";
  /** Age unit, for neonates and infants. Defaults to years. */
  unit?: "years" | "months" | "weeks" | "days";
}

/** One row of an optional labs table; the value is drawn uniformly from [min, max]. */
export interface LabSpec {
  name: string;
  unit: string;
  min: number;
  max: number;
  decimals?: number;
  /** Reference range shown in the table, as text. */
  ref?: string;
  /**
   * A slot whose value this row must show, so the table agrees with the prose ("Hgb {hgb}").
   * Tables with such rows show a single result column rather than a trend.
   */
  slot?: string;
}

export interface Scenario {
  /** Unique within its channel; replies look the scenario up by it. */
  id: string;
  kind: ScenarioKind;
  /** Short noun phrase replies can mention ("HFrEF with CKD 4"); may use slots. */
  condition: string;
  patient?: PatientSpec;
  /** Scenario-specific slots; each thread fixes one value per key and its replies reuse it. */
  slots?: Readonly<Record<string, readonly string[]>>;
  titles: readonly string[];
  /** Opening paragraph: the case presentation or the framing of the debate. */
  setup: readonly string[];
  /** Further details; the body shows a few, as a bullet list or folded into prose. */
  details?: readonly string[];
  labs?: readonly LabSpec[];
  /** The poster's current plan or reasoning. */
  thinking: readonly string[];
  /** The question actually asked. */
  asks: readonly string[];
  /** Reply material: sentences citing trials or guidelines. */
  evidence: readonly string[];
  /** Reply material: practical tips. */
  pearls: readonly string[];
  /** Reply material: nuances and exceptions. */
  caveats: readonly string[];
  /** Reply material: clarifying questions back to the poster. */
  probes: readonly string[];
}

export interface ChannelScenarios {
  slug: string;
  scenarios: readonly Scenario[];
}

/** Shorthand for a LabSpec row, to keep the scenario files readable. */
export function lab(name: string, unit: string, min: number, max: number, decimals = 0, ref?: string, slot?: string): LabSpec {
  const spec: LabSpec = { name, unit, min, max, decimals };
  if (ref !== undefined) spec.ref = ref;
  if (slot !== undefined) spec.slot = slot;
  return spec;
}

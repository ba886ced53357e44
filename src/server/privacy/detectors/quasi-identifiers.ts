/**
 * Details that single out a person without being one of the listed identifiers: a public role
 * ("the current mayor of …"), local fame, a named news story about the patient. Rule: these warn
 * (never block), with a hint, because the same words often describe nobody in particular.
 */
import type { Detector, RawFinding, ScanContext } from "../types";

export const detectQuasiIdentifiers: Detector = (_ctx: ScanContext): RawFinding[] => [];

/**
 * The criteria template: a province's fields, criteria and sub-criteria with
 * their maxima, classes and bands. Its JSON shape is a public contract.
 */
import { z } from "zod";
import { EXTRA_KINDS, type ExtraKind } from "./field-kinds";

export interface Criterion {
  code: string;
  /** The decision's own numbering ("II.3.a") kept beside the code by the importer; shown, never used to score. */
  label?: string;
  title: string;
  max: number;
  children?: Criterion[];
  /** Leaves only: the only scores allowed. */
  levels?: number[];
  /** How to score, shown to the user. */
  guidance?: string;
  /** Fields only (default true): whether the field counts for `minField`. */
  classified?: boolean;
  /**
   * Top-level nodes only: bonus or penalty points (điểm thưởng, điểm trừ).
   * Such a node's `max` is its cap; it is left out of the total maximum and
   * never gates classification.
   */
  kind?: ExtraKind;
}

export interface ClassRule {
  label: string;
  /** Percent. */
  minTotal?: number;
  /** Percent, for every classified field. */
  minField?: number;
}

export interface Band {
  label: string;
  /** Percent. */
  min: number;
}

export interface Template {
  id: string;
  name: string;
  source?: string;
  /** Decimals of published percentages, 0–4 (default 2). */
  precision?: number;
  fields: Criterion[];
  classification?: ClassRule[];
  bands?: Band[];
}

/** Decimals of the published percentages: 2 unless the template says otherwise, at most 4. */
export const DEFAULT_PRECISION = 2;
export const MAX_PRECISION = 4;

const finiteNumber = z.number().refine(Number.isFinite);

/**
 * The largest maximum of one criterion. Real templates count in tens of
 * points; the bound keeps every sum of micro-points an exact integer
 * (a maximum of 1e303 would overflow them).
 */
export const MAX_CRITERION_POINTS = 10_000;
/** Levels of criteria under a field (1 → 1.1 → 1.1.1…): real templates use 3 or 4. */
export const MAX_TEMPLATE_DEPTH = 12;

export const criterionSchema: z.ZodType<Criterion> = z.lazy(() =>
  z
    .object({
      code: z.string().regex(/^\d+(\.\d+)*$/),
      label: z.string().min(1).optional(),
      title: z.string().min(1),
      max: finiteNumber.min(0).max(MAX_CRITERION_POINTS),
      children: z.array(criterionSchema).min(1).optional(),
      levels: z.array(finiteNumber).min(1).optional(),
      guidance: z.string().optional(),
      classified: z.boolean().optional(),
      kind: z.enum(EXTRA_KINDS).optional(),
    })
    .strict(),
);

export const templateSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    name: z.string().min(1),
    source: z.string().optional(),
    precision: z.number().int().min(0).max(MAX_PRECISION).optional(),
    fields: z.array(criterionSchema).min(1),
    classification: z
      .array(
        z
          .object({
            label: z.string().min(1),
            minTotal: finiteNumber.min(0).max(100).optional(),
            minField: finiteNumber.min(0).max(100).optional(),
          })
          .strict(),
      )
      .min(1)
      .optional(),
    bands: z
      .array(z.object({ label: z.string().min(1), min: finiteNumber.min(0).max(100) }).strict())
      .min(1)
      .optional(),
  })
  .strict();

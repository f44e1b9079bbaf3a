/**
 * The criteria template: a province's fields, criteria and sub-criteria with
 * their maxima, classes and bands. Its JSON shape is a public contract.
 */
// zod/mini: the same validation as zod's classic API at a third of the task pane's download.
import * as z from "zod/mini";
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

import { MAX_PRECISION } from "./precision";
import { MAX_TEMPLATE_TEXT } from "./excel-limits";
export { DEFAULT_PRECISION, MAX_PRECISION } from "./precision";

const finiteNumber = () => z.number().check(z.refine(Number.isFinite));
/** A finite number from min to max. */
const numberWithin = (min: number, max: number) => finiteNumber().check(z.minimum(min), z.maximum(max));
/** A text the sheets write into one cell: not empty, and short enough for it. */
const text = () => z.string().check(z.minLength(1), z.maxLength(MAX_TEMPLATE_TEXT));

/**
 * The largest maximum of one criterion. Real templates count in tens of
 * points; the bound keeps every sum of micro-points an exact integer
 * (a maximum of 1e303 would overflow them).
 */
const MAX_CRITERION_POINTS = 10_000;
/** Levels of criteria under a field (1 → 1.1 → 1.1.1…): real templates use 3 or 4. */
export const MAX_TEMPLATE_DEPTH = 12;

const criterionSchema: z.ZodMiniType<Criterion> = z.lazy(() =>
  z.strictObject({
    code: z.string().check(z.regex(/^\d+(\.\d+)*$/)),
    label: z.optional(text()),
    title: text(),
    max: numberWithin(0, MAX_CRITERION_POINTS),
    children: z.optional(z.array(criterionSchema).check(z.minLength(1))),
    levels: z.optional(z.array(finiteNumber()).check(z.minLength(1))),
    guidance: z.optional(z.string().check(z.maxLength(MAX_TEMPLATE_TEXT))),
    classified: z.optional(z.boolean()),
    kind: z.optional(z.enum(EXTRA_KINDS)),
  }),
);

export const templateSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  name: text(),
  source: z.optional(z.string()),
  precision: z.optional(z.int().check(z.minimum(0), z.maximum(MAX_PRECISION))),
  fields: z.array(criterionSchema).check(z.minLength(1)),
  classification: z.optional(
    z.array(z.strictObject({ label: text(), minTotal: z.optional(numberWithin(0, 100)), minField: z.optional(numberWithin(0, 100)) })).check(z.minLength(1)),
  ),
  bands: z.optional(z.array(z.strictObject({ label: text(), min: numberWithin(0, 100) })).check(z.minLength(1))),
});

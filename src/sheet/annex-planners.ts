/**
 * Which planner lays out which annex. Every kind of the registry (names.ts)
 * must have its planner here; the compiler says when one is missing.
 */
import type { AnnexKind } from "./names";
import type { SheetPlan } from "./plan";
import { planComparisonAnnex } from "./comparison-annex";
import { planClassificationAnnex, planFieldsAnnex, planRankingAnnex, planReportSheet, type AnnexInput } from "./annex-sheets";

/** Lays out one annex from the scored report; the plan carries the annex's registry name and mark. */
type AnnexPlanner = (input: AnnexInput) => SheetPlan;

export const ANNEX_PLANNERS: Readonly<Record<AnnexKind, AnnexPlanner>> = {
  ranking: planRankingAnnex,
  classification: planClassificationAnnex,
  fields: planFieldsAnnex,
  report: planReportSheet,
  comparison: planComparisonAnnex,
};

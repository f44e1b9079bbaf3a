/**
 * A plan's data validations and conditional formats. Rules that are the
 * same rule moved (relative formulas equal once read from each range's
 * top-left cell, same messages and colours) share one call over all their
 * ranges (office-areas.ts): a 300-criteria sheet has one such rule per run
 * of criteria, and most runs differ only in where they are.
 */
import type { Block } from "../../sheet/a1";
import type { ConditionalFormatRule, SheetPlan, ValidationRule } from "../../sheet/plan";
import type { DataValidationSlice, ValidationRuleSlice } from "./office-api";
import { areaGroups, areasOf } from "./office-areas";
import type { SheetOf } from "./office-cells";
import { isShiftSafe, relativeForm } from "./office-fill";
import type { WriteProgram } from "./office-program";

function ruleOf(rule: ValidationRule): ValidationRuleSlice {
  if (rule.kind === "decimal") return { decimal: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
  if (rule.kind === "whole") return { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
  if (rule.kind === "custom") return { custom: { formula: rule.formula } };
  return { list: { inCellDropDown: true, source: rule.source } };
}

/** The formulas of a rule read from `block`'s top-left cell; null when one of them cannot be moved safely. */
function relativeKey(parts: readonly unknown[], block: Block): string | null {
  let movable = true;
  const key = JSON.stringify(parts, (_key, value: unknown) => {
    if (typeof value !== "string" || !value.startsWith("=")) return value;
    movable &&= isShiftSafe(value);
    return relativeForm(value, block.row, block.column);
  });
  return movable ? key : null;
}

const validationKey = (rule: ValidationRule, block: Block): string | null => relativeKey([ruleOf(rule), rule.prompt, rule.error], block);
const formatKey = (rule: ConditionalFormatRule, block: Block): string | null => relativeKey([rule.formula, rule.fill, rule.fontColor], block);

export function writeRules(sheet: SheetOf, plan: SheetPlan, program: WriteProgram): void {
  for (const { item: rule, address } of areaGroups(plan.validations, (one) => one.range, validationKey)) {
    const slice = ruleOf(rule);
    const prompt: DataValidationSlice["prompt"] = { showPrompt: true, title: rule.prompt.title, message: rule.prompt.message };
    const errorAlert: DataValidationSlice["errorAlert"] = { showAlert: true, style: "Stop", title: rule.error.title, message: rule.error.message };
    program.add(4, [address, slice, prompt, errorAlert], () => {
      const validation = areasOf(sheet, address).dataValidation;
      validation.rule = slice;
      validation.prompt = prompt;
      validation.errorAlert = errorAlert;
    });
  }
  for (const { item: rule, address } of areaGroups(plan.conditionalFormats, (one) => one.range, formatKey)) {
    program.add(5, [address, "Custom", rule.formula, rule.fill, rule.fontColor], () => {
      const format = areasOf(sheet, address).conditionalFormats.add("Custom");
      format.custom.rule.formula = rule.formula;
      format.custom.format.fill.color = rule.fill;
      format.custom.format.font.color = rule.fontColor;
    });
  }
}

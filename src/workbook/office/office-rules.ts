/**
 * A plan's data validations and conditional formats: one rule per block, as
 * the plan gives them (relative formulas are relative to the block's top-left cell).
 */
import type { SheetPlan, ValidationRule } from "../../sheet/plan";
import type { DataValidationSlice, ValidationRuleSlice } from "./office-api";
import type { SheetOf } from "./office-cells";
import type { WriteProgram } from "./office-program";

function ruleOf(rule: ValidationRule): ValidationRuleSlice {
  if (rule.kind === "decimal") return { decimal: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
  if (rule.kind === "whole") return { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
  if (rule.kind === "custom") return { custom: { formula: rule.formula } };
  return { list: { inCellDropDown: true, source: rule.source } };
}

export function writeRules(sheet: SheetOf, plan: SheetPlan, program: WriteProgram): void {
  for (const rule of plan.validations) {
    const slice = ruleOf(rule);
    const prompt: DataValidationSlice["prompt"] = { showPrompt: true, title: rule.prompt.title, message: rule.prompt.message };
    const errorAlert: DataValidationSlice["errorAlert"] = { showAlert: true, style: "Stop", title: rule.error.title, message: rule.error.message };
    program.add(4, [rule.range, slice, prompt, errorAlert], () => {
      const validation = sheet().getRange(rule.range).dataValidation;
      validation.rule = slice;
      validation.prompt = prompt;
      validation.errorAlert = errorAlert;
    });
  }
  for (const rule of plan.conditionalFormats) {
    program.add(5, [rule.range, "Custom", rule.formula, rule.fill, rule.fontColor], () => {
      const format = sheet().getRange(rule.range).conditionalFormats.add("Custom");
      format.custom.rule.formula = rule.formula;
      format.custom.format.fill.color = rule.fill;
      format.custom.format.font.color = rule.fontColor;
    });
  }
}

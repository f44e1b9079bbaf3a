/**
 * Data validations kept out of ExcelJS. ExcelJS holds a validation per cell
 * and merges them back into ranges when it writes, which made writing a
 * 300-unit workbook five times slower than writing its cells. So the port
 * keeps each sheet's `<dataValidations>` element as XML: taken out of the
 * package before ExcelJS reads it, and written from the plans' rules (one
 * element per rule, as the plan gives its range) into each sheet's XML.
 */
import type JSZip from "jszip";
import type { ValidationRule } from "../../sheet/plan";
import { escapeXml } from "../xml-text";
import { sheetParts } from "./xlsx-package";

/** `<dataValidations>` (not the x14 extension's) with its content, or empty. */
const VALIDATIONS = /<dataValidations\b[^>]*\/>|<dataValidations\b[^>]*>[\s\S]*?<\/dataValidations>/;

const formula = (value: number | string): string => escapeXml(typeof value === "string" ? value.replace(/^=/, "") : String(value));

function ruleXml(rule: ValidationRule): string {
  const formulas = rule.kind === "decimal" || rule.kind === "whole" ? [rule.min, rule.max] : rule.kind === "list" ? [rule.source] : [rule.formula];
  const attributes = [
    `type="${rule.kind}"`,
    rule.kind === "decimal" || rule.kind === "whole" ? `operator="between"` : "",
    `allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="stop"`,
    `errorTitle="${escapeXml(rule.error.title)}" error="${escapeXml(rule.error.message)}"`,
    `promptTitle="${escapeXml(rule.prompt.title)}" prompt="${escapeXml(rule.prompt.message)}"`,
    `sqref="${escapeXml(rule.range.replace(/\$/g, ""))}"`,
  ].filter((part) => part !== "");
  return `<dataValidation ${attributes.join(" ")}>${formulas.map((value, i) => `<formula${i + 1}>${formula(value)}</formula${i + 1}>`).join("")}</dataValidation>`;
}

/** A sheet's `<dataValidations>` element for the plan's rules; "" when there are none. */
export function validationsXml(rules: readonly ValidationRule[]): string {
  if (rules.length === 0) return "";
  return `<dataValidations count="${rules.length}">${rules.map(ruleXml).join("")}</dataValidations>`;
}

/** Takes every sheet's `<dataValidations>` out of the package; returns them by sheet name. */
export async function takeValidations(zip: JSZip): Promise<Map<string, string>> {
  const taken = new Map<string, string>();
  for (const [name, part] of await sheetParts(zip)) {
    const xml = await zip.file(part)?.async("string");
    const found = xml === undefined ? null : VALIDATIONS.exec(xml);
    if (!xml || !found) continue;
    taken.set(name, found[0]);
    zip.file(part, xml.slice(0, found.index) + xml.slice(found.index + found[0].length));
  }
  return taken;
}

/**
 * The built-in criteria templates, validated and compiled once on first use.
 */
import haiDuong from "./hai-duong-xa-2022.json";
import phuYen from "./phu-yen-xa-2022.json";
import bnvTinh from "./bnv-tinh-2022.json";
import minhHoa2025 from "./minh-hoa-xa-2025.json";
import { parseTemplate } from "../core/template-validation";
import type { CompiledTemplate } from "../core/template-tree";

/** The last is an illustrative structure of the 2025 sets (bonus and penalty points), not an official set. */
const sources: readonly unknown[] = [haiDuong, phuYen, bnvTinh, minhHoa2025];
let compiled: CompiledTemplate[] | undefined;

/** Every built-in template; a broken built-in is a bug, so it throws. */
export function builtInTemplates(): CompiledTemplate[] {
  compiled ??= sources.map((source) => {
    const result = parseTemplate(source);
    if (!result.ok) throw new Error(`Built-in template is invalid: ${result.problems.map((p) => p.en).join("; ")}`);
    return result.template;
  });
  return compiled;
}

export function findBuiltInTemplate(id: string): CompiledTemplate | undefined {
  return builtInTemplates().find((template) => template.id === id);
}

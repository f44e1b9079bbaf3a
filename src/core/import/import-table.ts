/**
 * Imports a province decision's criteria table (the annex table: STT |
 * Tiêu chí | Điểm tối đa | Hướng dẫn chấm | Tài liệu kiểm chứng) into a
 * template: header found by its words, title block above it read for the
 * set's name and decision, rows read into a tree by their numbering, the
 * "Tổng cộng" footer checked against the sum. Pure: cells in, data out.
 */
import { toMicro } from "../decimal";
import { importMessages as m } from "../messages";
import type { Criterion, Template } from "../template";
import { parseTemplate } from "../template-validation";
import { CriteriaGrid, GridReader } from "./grid";
import { findHeader } from "./header";
import { readTableRows, TableFooter } from "./table-rows";
import { buildOutline } from "./outline";
import { foldRows } from "./fold-rows";
import { buildImportedTree } from "./imported-tree";
import { assignExtraKinds } from "./extra-kinds";
import { summariseCriteria } from "./summary";
import type { ImportedNode, ImportProblem, ImportResult, ImportSummary } from "./import-result";

export interface ImportOptions {
  /** The template's id; by default made from its name. */
  id?: string;
  /** The template's name; by default the title block's line naming the set. */
  name?: string;
}

/** "Bộ tiêu chí xác định Chỉ số CCHC…" → "bo-tieu-chi-xac-dinh-chi-so-cchc", at most 60 characters. */
export function slugOf(text: string): string {
  const slug = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const cut = slug.length <= 60 ? slug : slug.slice(0, 61).replace(/-[^-]*$/, "");
  return cut === "" ? "bo-tieu-chi" : cut;
}

/** The set's name and decision from the lines above the header ("Kèm theo Quyết định số …"). */
function readTitleBlock(grid: GridReader, headerRow: number): { name?: string; source?: string } {
  const lines: string[] = [];
  for (let row = 0; row < headerRow; row++) {
    for (let column = 0; column < grid.columnCount; column++) {
      const text = grid.text(row, column).replace(/\n/g, " ");
      if (text !== "") lines.push(text);
    }
  }
  const sourceLine = lines.find((line) => /kèm theo/iu.test(line));
  const name = lines.find((line) => /tiêu chí|chỉ số/iu.test(line) && line !== sourceLine);
  return { name, source: sourceLine?.replace(/^\(|\)$/g, "").trim() };
}

function checkFooter(footer: TableFooter | null, tree: readonly ImportedNode[], total: number, problems: ImportProblem[]): void {
  if (!footer) return;
  const { row, points } = footer;
  if (points.kind === "invalid") problems.push({ row, severity: "error", message: m.pointsNotANumber(row, points.text) });
  if (points.kind !== "number" || tree.some((field) => field.kind === undefined && field.max === null)) return;
  if (toMicro(points.value) !== toMicro(total)) problems.push({ row, severity: "error", message: m.footerSum(row, points.value, total) });
}

function toCriterion(node: ImportedNode): Criterion {
  const label = node.label !== undefined ? { label: node.label } : {};
  const criterion: Criterion = { code: node.code, ...label, title: node.title, max: node.max ?? 0 };
  if (node.kind !== undefined) criterion.kind = node.kind;
  if (node.levels) criterion.levels = node.levels;
  if (node.guidance !== undefined) criterion.guidance = node.guidance;
  if (node.children.length > 0) criterion.children = node.children.map(toCriterion);
  return criterion;
}

function toTemplate(tree: readonly ImportedNode[], options: ImportOptions, titleBlock: { name?: string; source?: string }): Template {
  const name = options.name ?? titleBlock.name ?? "Bộ tiêu chí";
  const source = titleBlock.source ? { source: titleBlock.source } : {};
  return { id: options.id ?? slugOf(name), name, ...source, fields: tree.map(toCriterion) };
}

/** Reads the criteria table of a grid into a template, or says row by row what stops it. */
export function importCriteriaTable(grid: CriteriaGrid, options: ImportOptions = {}): ImportResult {
  const reader = new GridReader(grid);
  const header = findHeader(reader);
  const empty: ImportSummary = { fields: 0, criteria: 0, subCriteria: 0, total: 0, extras: [] };
  if (!header) {
    return { template: null, tree: [], summary: empty, headerRow: null, problems: [{ row: null, severity: "error", message: m.noHeader() }] };
  }
  const headerRow = reader.sheetRow(header.row);
  const { rows, footer } = readTableRows(reader, header);
  const outline = buildOutline(rows);
  const problems: ImportProblem[] = outline.errors.map(({ row, message }) => ({ row, severity: "error", message }));
  const roots = foldRows(outline.roots, problems);
  const built = buildImportedTree(roots);
  problems.push(...built.problems);
  const tree = assignExtraKinds(built.tree, problems);
  const summary = summariseCriteria(tree);
  checkFooter(footer, tree, summary.total, problems);
  if (tree.length === 0) problems.push({ row: null, severity: "error", message: m.noCriteria(headerRow) });
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const result: ImportResult = { template: null, tree, problems, summary, headerRow };
  if (problems.some((problem) => problem.severity === "error")) return result;
  const template = toTemplate(tree, options, readTitleBlock(reader, header.row));
  const checked = parseTemplate(template);
  if (!checked.ok) {
    problems.push(...checked.problems.map((message) => ({ row: null, severity: "error" as const, message })));
    return result;
  }
  return { ...result, template };
}

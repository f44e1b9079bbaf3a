/**
 * The formulas of `Chấm điểm` in both dialects. "par" uses the PAR.* custom
 * functions; "native" uses only functions every spreadsheet knows (SUM,
 * ROUND, RANK, MIN, IF, AND) so that a file works without the add-in.
 * Percentages are fractions in "0.00%" cells; thresholds on `Cấu hình` are
 * percents (90).
 *
 * A leaf cell holding KĐG leaves its maximum out of the unit's applicable
 * maximum: the PAR functions see it themselves; native formulas take off
 * SUMPRODUCT(ISTEXT(cells)*maxima), the maxima of the rows whose cell holds
 * text (any text left in a valid sheet is KĐG, however spelled or spaced;
 * other text is an error the check reports). SUMIF(cells, "*", …) would be
 * shorter, but LibreOffice matches numbers against "*" too. Bonus and penalty fields add to and take from the total, which is
 * kept within 0 and the applicable maximum: PAR formulas pass `Tiêu chí`'s
 * `Loại` column as their `kinds`.
 */
import { sumOf } from "./sum-formula";
import type { CompiledTemplate } from "../core/template-tree";
import { DEFAULT_PRECISION } from "../core/template";
import { columnLetter, cellAddress, sheetReference } from "./a1";
import { CODE_COLUMN, CRITERIA_KIND_COLUMN, MAX_COLUMN, type ConfigLayout, type ScoringLayout } from "./layout";
import { NOT_ASSESSED_MARK } from "../core/not-assessed";
import type { FormulaDialect } from "./plan";
import { SHEET_NAMES } from "./names";
import { lastDescendant } from "./outline";
import type { Measure } from "../core/classification";

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;
const config = (address: string): string => sheetReference(SHEET_NAMES.config, address);

/** Runs of rows [first, last] (0-based, inclusive) merged where they touch. */
function mergeRuns(runs: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const [first, last] of runs) {
    const previous = merged[merged.length - 1];
    if (previous && previous[1] + 1 === first) previous[1] = last;
    else merged.push([first, last]);
  }
  return merged;
}

export class ScoringFormulas {
  private readonly codes: string;
  private readonly maxima: string;
  /** `Tiêu chí`'s `Loại` column, as the PAR formulas' `kinds`; "" without bonus and penalty fields. */
  private readonly kinds: string;

  constructor(
    private readonly template: CompiledTemplate,
    private readonly layout: ScoringLayout,
    private readonly configLayout: ConfigLayout,
    readonly dialect: FormulaDialect,
  ) {
    const first = layout.firstNodeRow + 1;
    const last = layout.lastNodeRow + 1;
    this.codes = `$${columnLetter(CODE_COLUMN)}$${first}:$${columnLetter(CODE_COLUMN)}$${last}`;
    this.maxima = `$${columnLetter(MAX_COLUMN)}$${first}:$${columnLetter(MAX_COLUMN)}$${last}`;
    const kind = columnLetter(CRITERIA_KIND_COLUMN);
    this.kinds = template.hasExtraKinds ? sheetReference(SHEET_NAMES.criteria, `$${kind}$${first}:$${kind}$${last}`) : "";
  }

  /** `,kinds` to end an argument list with, or "" without bonus and penalty fields. */
  private get kindsArgument(): string {
    return this.kinds === "" ? "" : `,${this.kinds}`;
  }

  /** Native: the maxima of the rows first..last (0-based) whose cell in the column holds text (KĐG). */
  private notAssessedMaxima(first: number, last: number, column: number): string {
    const letter = columnLetter(column);
    const maxLetter = columnLetter(MAX_COLUMN);
    return `SUMPRODUCT(ISTEXT(${letter}${first + 1}:${letter}${last + 1})*$${maxLetter}$${first + 1}:$${maxLetter}$${last + 1})`;
  }

  /** Native: a field's applicable maximum in a unit's column. */
  private fieldApplicableMax(field: number, column: number): string {
    const node = this.template.fields[field].node;
    const row = this.rowOf(node);
    const last = this.rowOf(lastDescendant(this.template, node));
    return `($${columnLetter(MAX_COLUMN)}$${row + 1}-${this.notAssessedMaxima(row, last, column)})`;
  }

  /** A unit's applicable maximum: the total maximum less its KĐG leaves' maxima (bonus and penalty caps are never in it). */
  applicableMax(column: number): string {
    if (this.dialect === "par") return `=PAR.MAX(${this.maxima},${this.codes},,${this.scores(column)}${this.kindsArgument})`;
    const ordinary = this.template.fields
      .filter((field) => field.kind === "ordinary")
      .map((field): [number, number] => [this.rowOf(field.node), this.rowOf(lastDescendant(this.template, field.node))]);
    const taken = mergeRuns(ordinary).map(([first, last]) => `-${this.notAssessedMaxima(first, last, column)}`);
    return `=$${columnLetter(MAX_COLUMN)}$${this.layout.totalRow + 1}${taken.join("")}`;
  }

  private scores(column: number): string {
    const letter = columnLetter(column);
    return `${letter}$${this.layout.firstNodeRow + 1}:${letter}$${this.layout.lastNodeRow + 1}`;
  }

  private rowOf(node: number): number {
    return this.layout.firstNodeRow + node;
  }

  private get decimalsArgument(): string {
    return this.template.precision === DEFAULT_PRECISION ? "" : `,${this.template.precision}`;
  }

  /** A parent's (or field's) score: its leaves' sum. */
  nodeScore(node: number, column: number): string {
    const n = this.template.nodes[node];
    const letter = columnLetter(column);
    if (this.dialect === "native") {
      const refs = n.children.map((child) => `${letter}${this.rowOf(child) + 1}`);
      return `=${sumOf(refs)}`;
    }
    // Only the node's descendants: a range holding the node's own cell would be a circular reference.
    return `=PAR.SCORE(${this.block(node + 1, lastDescendant(this.template, node), letter)},${quote(n.code)})`;
  }

  /** Scores, maxima and codes of the node rows first..last (0-based node indexes), as PAR arguments. */
  private block(first: number, last: number, letter: string): string {
    const span = (col: string): string => `${col}$${this.rowOf(first) + 1}:${col}$${this.rowOf(last) + 1}`;
    return `${span(letter)},${span("$" + columnLetter(MAX_COLUMN))},${span("$" + columnLetter(CODE_COLUMN))}`;
  }

  total(column: number): string {
    if (this.dialect === "par") return `=PAR.SCORE(${this.scores(column)},${this.maxima},${this.codes}${this.kinds === "" ? "" : `,${this.kindsArgument}`})`;
    const letter = columnLetter(column);
    const sum = (kind: string): string =>
      sumOf(this.template.fields.filter((field) => field.kind === kind).map((field) => `${letter}${this.rowOf(field.node) + 1}`));
    if (!this.template.hasExtraKinds) return `=${sum("ordinary")}`;
    const signed = (["bonus", "penalty"] as const)
      .filter((kind) => this.template.fields.some((field) => field.kind === kind))
      .map((kind) => `${kind === "bonus" ? "+" : "-"}${sum(kind)}`);
    return `=MIN(${cellAddress(this.layout.applicableMaxRow, column)},MAX(0,${sum("ordinary")}${signed.join("")}))`;
  }

  /**
   * A field's percentage over its applicable maximum; KĐG when every leaf of
   * it is KĐG. Blank for a field whose maximum is 0 (the core gives it no
   * percentage, and it gates no class), where the division or PAR.PERCENT
   * would be #DIV/0!.
   */
  fieldPercent(field: number, column: number): string {
    const f = this.template.fields[field];
    if (f.max === 0) return '=""';
    if (this.dialect === "native") {
      const row = this.rowOf(f.node) + 1;
      const max = this.fieldApplicableMax(field, column);
      return this.nativePercent(`${columnLetter(column)}${row}`, max, `$${columnLetter(MAX_COLUMN)}$${row}`);
    }
    // The field's own rows only: each call then reads its block, not the whole set.
    const block = this.block(f.node, lastDescendant(this.template, f.node), columnLetter(column));
    return `=PAR.PERCENT(${block},${quote(f.code)},${this.template.precision})`;
  }

  index(column: number): string {
    if (this.dialect === "native") {
      const max = cellAddress(this.layout.applicableMaxRow, column);
      return this.nativePercent(cellAddress(this.layout.totalRow, column), max, `$${columnLetter(MAX_COLUMN)}$${this.layout.totalRow + 1}`);
    }
    const precision = this.template.precision === DEFAULT_PRECISION ? "" : String(this.template.precision);
    const decimals = precision === "" && this.kinds === "" ? "" : `,,${precision}`;
    return `=PAR.PERCENT(${this.scores(column)},${this.maxima},${this.codes}${decimals}${this.kindsArgument})`;
  }

  /**
   * A percentage as a fraction, rounded half up like the core: the inner
   * ROUND to 10 places takes off the binary noise of the division
   * (17,999 × 100 / 20 is 89,99499…9 in floats) so that every engine then
   * rounds the decimal value (89,995 → 90,00), not its float. KĐG when the
   * applicable maximum is 0 although the template's (`templateMax`) is not.
   */
  private nativePercent(score: string, max: string, templateMax: string): string {
    return `=IF(AND(${max}=0,${templateMax}>0),"${NOT_ASSESSED_MARK}",ROUND(ROUND(${score}*100/${max},10),${this.template.precision})/100)`;
  }

  private indexCell(column: number): string {
    return cellAddress(this.layout.indexRow, column);
  }

  /** The index as a rounded percent (83.52) for comparing with thresholds. */
  private indexPercent(column: number): string {
    return `ROUND(${this.indexCell(column)}*100,${this.template.precision})`;
  }

  /** The weakest classified field as a rounded percent; a KĐG field (text) is left out by MIN, and with none left it is 100, which no threshold exceeds. */
  private weakestFieldPercent(column: number): string {
    const range = this.classifiedRange(column);
    return `IF(COUNT(${range})=0,100,ROUND(MIN(${range})*100,${this.template.precision}))`;
  }

  /** Native: each measure a threshold may bound, in a unit's column. */
  private measure(measure: Measure, column: number): string {
    return measure === "index" ? this.indexPercent(column) : this.weakestFieldPercent(column);
  }

  /** `Cấu hình`'s table from column A (the label) over its threshold columns, rows first..last (0-based), as a PAR argument. */
  private configTable(rows: { first: number; last: number }, thresholds: number): string {
    return config(`$A$${rows.first + 1}:$${columnLetter(thresholds)}$${rows.last + 1}`);
  }

  band(column: number): string {
    const rows = this.configLayout.bandRows;
    if (!rows) return "";
    if (this.dialect === "par") return `=PAR.BAND(${this.indexCell(column)},${this.configTable(rows, 1)}${this.decimalsArgument})`;
    // The rows run from the highest threshold down: the first reached is the band.
    const measure = this.measure(this.configLayout.thresholds.band.measure, column);
    let formula = '""';
    for (let row = rows.last; row >= rows.first; row--) {
      formula = `IF(${measure}>=${config(`$B$${row + 1}`)},${config(`$A$${row + 1}`)},${formula})`;
    }
    return `=${formula}`;
  }

  private classifiedRange(column: number): string {
    const rows = this.layout.classifiedRows;
    const letter = columnLetter(column);
    if (!rows) return this.indexCell(column);
    return `${letter}${rows.first + 1}:${letter}${rows.last + 1}`;
  }

  classify(column: number): string {
    const rows = this.configLayout.classRows;
    const rules = this.template.definition.classification ?? [];
    const thresholds = this.configLayout.thresholds.classes;
    if (!rows) return "";
    if (this.dialect === "par") {
      const table = this.configTable(rows, thresholds.length);
      return `=PAR.CLASSIFY(${this.indexCell(column)},${this.classifiedRange(column)},${table}${this.decimalsArgument})`;
    }
    let formula = '""';
    for (let i = rules.length - 1; i >= 0; i--) {
      const row = rows.first + i + 1;
      const conditions = thresholds.flatMap(({ key, measure }, c) =>
        rules[i][key] === undefined ? [] : [`${this.measure(measure, column)}>=${config(`$${columnLetter(1 + c)}$${row}`)}`],
      );
      const label = config(`$A$${row}`);
      formula = conditions.length === 0 ? label : `IF(AND(${conditions.join(",")}),${label},${formula})`;
    }
    return `=${formula}`;
  }

  rank(column: number): string {
    const row = this.layout.indexRow + 1;
    const all = `$${columnLetter(this.layout.firstUnitColumn)}$${row}:$${columnLetter(this.layout.columnCount - 1)}$${row}`;
    if (this.dialect === "native") return `=RANK(${this.indexCell(column)},${all})`;
    return `=PAR.RANK(${this.indexCell(column)},${all}${this.decimalsArgument})`;
  }
}

/**
 * The native formulas of `Tự chấm` (SUM, ROUND, IF, OR, AND, TRIM, ISNUMBER,
 * COUNTIF: every spreadsheet knows them). A score cell holding KĐG leaves its
 * row's maximum out of the applicable maximum, and percentages are taken
 * over the applicable maximum, rounded half up as the core does.
 */
import { sumOf } from "./sum-formula";
import type { CompiledTemplate } from "../core/template-tree";
import { fieldKinds } from "../core/field-kinds";
import { NOT_ASSESSED_TEXTS } from "../core/not-assessed";
import { cellAddress, columnLetter } from "./a1";
import { SELF_COLUMNS, type SelfAssessmentLayout } from "./self-assessment-layout";

/** A condition: the cell holds one of the not-assessed texts (spaces around ignored; spreadsheets compare text ignoring case). */
export function notAssessedTest(cell: string): string {
  return `OR(${NOT_ASSESSED_TEXTS.map((text) => `TRIM(${cell})="${text}"`).join(",")})`;
}

export class SelfAssessmentFormulas {
  constructor(
    private readonly template: CompiledTemplate,
    private readonly layout: SelfAssessmentLayout,
  ) {}

  private at(node: number, column: number): string {
    return cellAddress(this.layout.firstNodeRow + node, column);
  }

  /** A parent's score or applicable maximum: the sum of its children's. */
  childrenSum(node: number, column: number): string {
    return `=${sumOf(this.template.nodes[node].children.map((child) => this.at(child, column)))}`;
  }

  /** A leaf's applicable maximum: 0 when its score cell says KĐG. */
  leafApplicableMax(node: number): string {
    return `=IF(${notAssessedTest(this.at(node, SELF_COLUMNS.score))},0,${this.at(node, SELF_COLUMNS.max)})`;
  }

  /** Whether a leaf's score cell holds a valid entry (levels: one of the row's allowed levels). */
  validEntry(node: number, cell: string): string {
    const n = this.template.nodes[node];
    const row = this.layout.firstNodeRow + node + 1;
    if (n.levels) {
      const levels = `$${columnLetter(SELF_COLUMNS.firstLevel)}$${row}:$${columnLetter(SELF_COLUMNS.firstLevel + n.levels.length - 1)}$${row}`;
      return `OR(AND(ISNUMBER(${cell}),COUNTIF(${levels},${cell})>0),${notAssessedTest(cell)})`;
    }
    const max = `$${columnLetter(SELF_COLUMNS.max)}${row}`;
    return `OR(AND(ISNUMBER(${cell}),${cell}>=0,${cell}<=${max}),${notAssessedTest(cell)})`;
  }

  /** The ordinary fields' sum; with bonus and penalty points, that sum + bonus − penalty kept within 0 and the applicable maximum. */
  total(): string {
    const { fields } = this.template;
    const ordinary = sumOf(fields.filter((field) => field.kind === "ordinary").map((field) => this.at(field.node, SELF_COLUMNS.score)));
    if (!this.template.hasExtraKinds) return `=${ordinary}`;
    const extras = fields
      .filter((field) => field.kind !== "ordinary")
      .map((field) => `${fieldKinds[field.kind].sign > 0 ? "+" : "-"}${this.at(field.node, SELF_COLUMNS.score)}`)
      .join("");
    return `=MIN(MAX(${ordinary}${extras},0),${cellAddress(this.layout.applicableTotalRow, SELF_COLUMNS.score)})`;
  }

  /** The maxima of the fields inside the maximum (not bonus or penalty), less the KĐG rows. */
  applicableTotal(): string {
    const inMaximum = this.template.fields.filter((field) => fieldKinds[field.kind].inMaximum);
    return `=${sumOf(inMaximum.map((field) => this.at(field.node, SELF_COLUMNS.applicableMax)))}`;
  }

  fieldPercent(field: number): string {
    const node = this.template.fields[field].node;
    return this.percent(this.at(node, SELF_COLUMNS.score), this.at(node, SELF_COLUMNS.applicableMax));
  }

  index(): string {
    return this.percent(cellAddress(this.layout.totalRow, SELF_COLUMNS.score), cellAddress(this.layout.applicableTotalRow, SELF_COLUMNS.score));
  }

  /** score / maximum as a fraction rounded half up (see ScoringFormulas.nativePercent); "" when nothing applies. */
  private percent(score: string, max: string): string {
    return `=IF(${max}=0,"",ROUND(ROUND(${score}*100/${max},10),${this.template.precision})/100)`;
  }
}

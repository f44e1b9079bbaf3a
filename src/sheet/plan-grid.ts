/**
 * Building a plan's cell grid: a sparse row-major array filled cell by cell,
 * and the defaults every owned sheet shares.
 */
import { splitCellText } from "./cell-text";
import { ANNEXES, annexMark, type AnnexKind, type OwnedSheetKind } from "./names";
import type { PlanCell, SheetPlan } from "./plan";

export class PlanGrid {
  readonly cells: (PlanCell | null)[][] = [];

  set(row: number, column: number, cell: PlanCell): void {
    let line = this.cells[row];
    if (!line) {
      for (let r = this.cells.length; r <= row; r++) this.cells[r] = this.cells[r] ?? [];
      line = this.cells[row];
    }
    for (let c = line.length; c < column; c++) line[c] = null;
    line[column] = cell;
  }

  /** A text cell: always text, whatever it starts with. */
  text(row: number, column: number, value: string, extra: Omit<PlanCell, "value" | "text"> = {}): void {
    this.set(row, column, { value, text: true, ...extra });
  }

  /**
   * A text that may be longer than one cell holds (a note naming long field
   * titles, a list of thousands of units): written in `column` from `row` on,
   * continued in the rows below, each piece within Excel's limit. Returns how
   * many rows it took (1 when it fits).
   */
  textOverRows(row: number, column: number, value: string, extra: Omit<PlanCell, "value" | "text"> = {}): number {
    const pieces = splitCellText(value);
    pieces.forEach((piece, i) => this.text(row + i, column, piece, extra));
    return pieces.length;
  }
}

export function newSheetPlan(name: string, kind: OwnedSheetKind, grid: PlanGrid): SheetPlan {
  return {
    name,
    kind,
    cells: grid.cells,
    columnWidths: [],
    frozen: { rows: 0, columns: 0 },
    outline: [],
    validations: [],
    conditionalFormats: [],
    merges: [],
    print: { orientation: "landscape", paper: "A4", fitToWidth: true },
    charts: [],
    protect: false,
  };
}

/** An annex's plan, under the sheet name and mark its registry entry gives it. */
export function newAnnexPlan(kind: AnnexKind, grid: PlanGrid): SheetPlan {
  return newSheetPlan(ANNEXES[kind].sheet, annexMark(kind), grid);
}

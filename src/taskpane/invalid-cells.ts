/**
 * The score cells that hold an invalid entry, kept up to date from a full
 * check and then from the re-check of each changed block.
 */
import type { WorkbookIssue } from "../actions/types";
import { cellAddress, parseRange } from "../sheet/a1";

const key = (sheet: string, address: string): string => `${sheet}!${address.replace(/\$/g, "").toUpperCase()}`;

export class InvalidCells {
  private readonly cells = new Set<string>();

  get count(): number {
    return this.cells.size;
  }

  /** After a full check: exactly the cells of its errors. */
  replaceAll(issues: readonly WorkbookIssue[]): void {
    this.cells.clear();
    this.add(issues);
  }

  /** After a re-check of one block: the block's cells are what the re-check says. */
  replaceBlock(sheet: string, address: string, issues: readonly WorkbookIssue[]): void {
    const block = parseRange(address);
    if (block) {
      for (let r = 0; r < block.rows; r++) {
        for (let c = 0; c < block.columns; c++) this.cells.delete(key(sheet, cellAddress(block.row + r, block.column + c)));
      }
    }
    this.add(issues);
  }

  private add(issues: readonly WorkbookIssue[]): void {
    for (const issue of issues) {
      if (issue.severity === "error" && issue.address !== "") this.cells.add(key(issue.sheet, issue.address));
    }
  }
}

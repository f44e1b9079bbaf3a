/**
 * The score cells that hold an invalid entry, kept up to date from a full
 * check and then from the re-check of each changed block.
 */
import type { WorkbookIssue } from "./types";
import { intersectBlocks, parseAreas, parseRange } from "../sheet/a1";

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

  /** After a re-check of a changed address (one or more areas, whole rows or columns): the cells inside it are what the re-check says. */
  replaceBlock(sheet: string, address: string, issues: readonly WorkbookIssue[]): void {
    const areas = parseAreas(address) ?? [];
    const prefix = key(sheet, "");
    for (const cell of [...this.cells]) {
      if (!cell.startsWith(prefix)) continue;
      const block = parseRange(cell.slice(prefix.length));
      if (block && areas.some((area) => intersectBlocks(area, block))) this.cells.delete(cell);
    }
    this.add(issues);
  }

  private add(issues: readonly WorkbookIssue[]): void {
    for (const issue of issues) {
      if (issue.severity === "error" && issue.address !== "") this.cells.add(key(issue.sheet, issue.address));
    }
  }
}

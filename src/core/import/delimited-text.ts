/**
 * A criteria table pasted into a text file: tab-separated (as Excel and Word
 * copy a table) or CSV with "," or ";". Quoted cells may hold line breaks and
 * doubled quotes, as Excel writes them. The separator is the one that splits
 * most rows into three cells or more.
 */
import type { CriteriaGrid } from "./grid";

class RecordReader {
  readonly rows: string[][] = [];
  private row: string[] = [];
  private cell = "";

  constructor(private readonly separator: string) {}

  endCell(): void {
    this.row.push(this.cell);
    this.cell = "";
  }

  endRow(): void {
    this.endCell();
    this.rows.push(this.row);
    this.row = [];
  }

  read(text: string): string[][] {
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const char = text[i];
      if (quoted && char === '"' && text[i + 1] === '"') {
        this.cell += '"';
        i++;
      } else if (char === '"' && (quoted || this.cell === "")) quoted = !quoted;
      else if (quoted) this.cell += char;
      else if (char === this.separator) this.endCell();
      else if (char === "\n" || char === "\r") {
        if (char === "\r" && text[i + 1] === "\n") i++;
        this.endRow();
      } else this.cell += char;
    }
    if (this.cell !== "" || this.row.length > 0) this.endRow();
    return this.rows;
  }
}

/** Rows × cells of a pasted table; empty cells are null, every other cell is text. */
export function parseDelimitedText(text: string): CriteriaGrid {
  const clean = text.replace(/^\uFEFF/, "");
  let best: string[][] = [];
  let bestScore = -1;
  for (const separator of ["\t", ";", ","]) {
    const rows = new RecordReader(separator).read(clean);
    const score = rows.filter((row) => row.length >= 3).length;
    if (score > bestScore) {
      best = rows;
      bestScore = score;
    }
  }
  return { values: best.map((row) => row.map((cell) => (cell.trim() === "" ? null : cell))) };
}

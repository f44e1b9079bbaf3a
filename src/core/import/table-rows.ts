/**
 * The rows of a criteria table under its header: each criterion row with its
 * marker, title, points, guidance and look (bold, indent); blank spacer rows
 * and repeated headers dropped; rows that only carry more guidance (the cells
 * of a criterion merged downwards, or an empty title) joined to the row above;
 * the "Tổng cộng" footer kept apart, and nothing read after it.
 */
import { GridReader, wordsOf } from "./grid";
import { repeatsHeader, TableHeader } from "./header";
import { Marker, markerOfCell, splitLeadingMarker } from "./numbering";
import { PointsReading, readPoints } from "./points";

export interface TableRow {
  /** The sheet's row number. */
  row: number;
  marker: Marker | null;
  title: string;
  points: PointsReading;
  /** The maximum cell as written, for messages. */
  rawPoints: string;
  /** Text of the guidance column, then of more rows that belong to this one. */
  guidance: string[];
  /** Text of a "Mức điểm cho phép" column: "1; 0,5; 0". */
  levels: string;
  evidence: string[];
  bold: boolean | null;
  indent: number | null;
  /** Points found on rows merged under this one: scoring levels written one per row. */
  levelRows: { row: number; points: number; text: string }[];
}

export interface TableFooter {
  row: number;
  points: PointsReading;
}

interface TableRows {
  rows: TableRow[];
  footer: TableFooter | null;
}

const FOOTER = /^(tổng cộng|tổng điểm|tổng số điểm|tổng số|tổng|cộng)\s*(\(.*\))?\s*:?$/u;
const END_NOTES = /^\*?\s*(ghi chú|lưu ý)\b/u;

function lead(grid: GridReader, row: number, header: TableHeader): string {
  const number = header.columns.number;
  const first = number === undefined ? "" : grid.text(row, number);
  return first !== "" ? first : grid.text(row, header.columns.title);
}

/** A row that adds to the one above: its number and title cells are empty (or merged from above). */
function isContinuation(grid: GridReader, row: number, header: TableHeader): boolean {
  const { title, number } = header.columns;
  return grid.text(row, title) === "" && (number === undefined || grid.text(row, number) === "");
}

function optionalText(grid: GridReader, row: number, column: number | undefined): string[] {
  if (column === undefined) return [];
  const text = grid.text(row, column);
  return text === "" ? [] : [text];
}

function criterionRow(grid: GridReader, row: number, header: TableHeader): TableRow {
  const { number, title: titleColumn, max, guidance, evidence, levels } = header.columns;
  let marker = number === undefined ? null : markerOfCell(grid.value(row, number));
  let title = grid.text(row, titleColumn).replace(/\n/g, " ");
  if (!marker) {
    const split = splitLeadingMarker(title);
    if (split) ({ marker, rest: title } = split);
  }
  const lookColumn = number !== undefined && grid.text(row, titleColumn) === "" ? number : titleColumn;
  return {
    row: grid.sheetRow(row),
    marker,
    title,
    points: readPoints(grid.value(row, max)),
    rawPoints: grid.text(row, max),
    guidance: optionalText(grid, row, guidance),
    levels: optionalText(grid, row, levels).join(" "),
    evidence: optionalText(grid, row, evidence),
    bold: grid.bold(row, lookColumn),
    indent: grid.indent(row, lookColumn),
    levelRows: [],
  };
}

function addContinuation(grid: GridReader, row: number, header: TableHeader, previous: TableRow): void {
  const more = criterionRow(grid, row, header);
  previous.guidance.push(...more.guidance);
  previous.evidence.push(...more.evidence);
  if (more.points.kind === "number") {
    previous.levelRows.push({ row: more.row, points: more.points.value, text: more.guidance.join(" ") });
  } else if (more.points.kind === "invalid") {
    previous.levelRows.push({ row: more.row, points: NaN, text: more.points.text });
  }
}

/** Every row of the table from the header down to the footer (or the end). */
export function readTableRows(grid: GridReader, header: TableHeader): TableRows {
  const rows: TableRow[] = [];
  for (let row = header.dataRow; row < grid.rowCount; row++) {
    if (grid.isBlankRow(row) || repeatsHeader(grid, row, header)) continue;
    const words = wordsOf(lead(grid, row, header));
    if (FOOTER.test(words)) {
      return { rows, footer: { row: grid.sheetRow(row), points: readPoints(grid.value(row, header.columns.max)) } };
    }
    if (END_NOTES.test(words)) break;
    const previous = rows[rows.length - 1];
    if (!isContinuation(grid, row, header)) rows.push(criterionRow(grid, row, header));
    else if (previous) addContinuation(grid, row, header, previous);
  }
  return { rows, footer: null };
}

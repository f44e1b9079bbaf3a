/**
 * The cell formats of the sheets the port writes, added to a package's own
 * `xl/styles.xml`: each look of the plans (sheet/plan.ts CellStyle) becomes
 * a font, a fill and a border appended once, each distinct combination of
 * look, number format, indent, wrap and lock one cell format (`cellXfs`), and
 * each conditional format one differential format (`dxfs`). What the file
 * already holds keeps its indexes, so the cells of the sheets left alone keep
 * their formats.
 */
import type JSZip from "jszip";
import type { CellStyle, ConditionalFormatRule, PlanCell } from "../../sheet/plan";
import { escapeXml, unescapeXml } from "../xml-text";

export const STYLES_PART = "xl/styles.xml";

const SPREADSHEET_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A workbook's formats before anything is written: one font, the two fills Excel requires, one border, one cell format. */
export const EMPTY_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${SPREADSHEET_MAIN}">` +
  `<fonts count="1"><font><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>`;

interface Look {
  font?: { bold?: boolean; italic?: boolean; size?: number; color?: string };
  fill?: string;
  border?: boolean;
}

const LOOKS: Record<CellStyle, Look> = {
  title: { font: { bold: true, size: 14, color: "FF1F3864" } },
  subtitle: { font: { italic: true, color: "FF404040" } },
  header: { font: { bold: true, color: "FFFFFFFF" }, fill: "FF1F4E79", border: true },
  field: { font: { bold: true }, fill: "FFDDEBF7", border: true },
  parent: { font: { bold: true }, border: true },
  leaf: { border: true },
  input: { fill: "FFFFF2CC", border: true },
  total: { font: { bold: true }, fill: "FFE2EFDA", border: true },
  summary: { font: { bold: true }, fill: "FFF2F2F2", border: true },
  note: { font: { italic: true, color: "FF595959" } },
  extra: { font: { italic: true, color: "FF833C0B" }, fill: "FFFCE4D6", border: true },
};

/** Excel's built-in number formats the plans use; any other gets an id from 164 on. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };

/** "#RRGGBB" → "FFRRGGBB". */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

const THIN = (side: string): string => `<${side} style="thin"><color rgb="FFB4B4B4"/></${side}>`;
const BOX = `<border>${["left", "right", "top", "bottom"].map(THIN).join("")}<diagonal/></border>`;
const solidFill = (rgb: string): string => `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;

/**
 * One list of a style sheet (`fonts`, `cellXfs`…): the entries it holds and
 * those appended. An entry written the same way before (by an earlier run of
 * the port) is used again, so that formats do not pile up run after run.
 */
class StyleList {
  readonly added: string[] = [];
  private readonly known = new Map<string, number>();
  readonly existing: number;

  constructor(
    readonly tag: string,
    styles: string,
    entry: string,
  ) {
    const section = new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*?(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${tag}>)`).exec(styles)?.[1] ?? "";
    const entries = [...section.matchAll(new RegExp(`<(?:\\w+:)?${entry}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${entry}>)`, "g"))];
    entries.forEach((match, index) => {
      if (!this.known.has(match[0])) this.known.set(match[0], index);
    });
    this.existing = entries.length;
  }

  add(xml: string): number {
    const known = this.known.get(xml);
    if (known !== undefined) return known;
    this.added.push(xml);
    const index = this.existing + this.added.length - 1;
    this.known.set(xml, index);
    return index;
  }
}

/** The elements after each list in CT_Stylesheet, where a list the file lacks is inserted. */
const FOLLOWERS: Record<string, string[]> = {
  numFmts: ["fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
  dxfs: ["tableStyles", "colors", "extLst"],
};

/** Appends entries to a list of the style sheet, updating its count; creates the list where it belongs when missing. */
function appendEntries(xml: string, prefix: string, list: StyleList): string {
  if (list.added.length === 0) return xml;
  const count = list.existing + list.added.length;
  const entries = list.added.map((entry) => entry.replace(/<(\/?)(\w)/g, `<$1${prefix}$2`)).join("");
  const open = new RegExp(`<${prefix}${list.tag}\\b([^>]*?)(/?)>`).exec(xml);
  if (open) {
    const attrs = open[1].replace(/\s*\bcount="\d*"/, "");
    const start = `<${prefix}${list.tag}${attrs} count="${count}">`;
    if (open[2] === "/") return `${xml.slice(0, open.index)}${start}${entries}</${prefix}${list.tag}>${xml.slice(open.index + open[0].length)}`;
    const close = xml.indexOf(`</${prefix}${list.tag}>`, open.index);
    return `${xml.slice(0, open.index)}${start}${xml.slice(open.index + open[0].length, close)}${entries}${xml.slice(close)}`;
  }
  const element = `<${prefix}${list.tag} count="${count}">${entries}</${prefix}${list.tag}>`;
  const after = new RegExp(`<${prefix}(${(FOLLOWERS[list.tag] ?? []).join("|")})\\b`).exec(xml);
  const at = after ? after.index : xml.lastIndexOf(`</${prefix}styleSheet>`);
  return `${xml.slice(0, at)}${element}${xml.slice(at)}`;
}

/** The formats of one package, growing as the plans' cells ask for them. */
export class StyleBook {
  private readonly lists: Record<"numFmts" | "fonts" | "fills" | "borders" | "cellXfs" | "dxfs", StyleList>;
  private readonly formats = new Map<string, number>();
  private readonly parts = new Map<string, number>();
  private readonly xfs = new Map<string, number>();
  private nextFormatId: number;
  private readonly defaultFont: { size: string; rest: string };

  private constructor(
    private readonly xml: string,
    private readonly prefix: string,
  ) {
    this.lists = {
      numFmts: new StyleList("numFmts", xml, "numFmt"),
      fonts: new StyleList("fonts", xml, "font"),
      fills: new StyleList("fills", xml, "fill"),
      borders: new StyleList("borders", xml, "border"),
      cellXfs: new StyleList("cellXfs", xml, "xf"),
      dxfs: new StyleList("dxfs", xml, "dxf"),
    };
    let highest = 163;
    for (const match of xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
      const id = Number(/\bnumFmtId="(\d+)"/.exec(match[0])?.[1]);
      const code = /\bformatCode="([^"]*)"/.exec(match[0])?.[1];
      if (Number.isFinite(id)) highest = Math.max(highest, id);
      if (code !== undefined && Number.isFinite(id)) this.formats.set(unescapeXml(code), id);
    }
    this.nextFormatId = highest + 1;
    this.defaultFont = defaultFontOf(xml);
  }

  /** The package's formats (a package without `xl/styles.xml` gets the empty one). */
  static async open(zip: JSZip): Promise<StyleBook> {
    const xml = (await zip.file(STYLES_PART)?.async("string")) ?? EMPTY_STYLES;
    const prefix = /<(\w+:)?styleSheet\b/.exec(xml)?.[1] ?? "";
    return new StyleBook(xml, prefix);
  }

  /** The index of the cell format (`s="…"`) of a plan cell; 0 for a cell with nothing to say. */
  xf(cell: PlanCell): number {
    const key = `${cell.style ?? ""}|${cell.numberFormat ?? ""}|${cell.indent ?? 0}|${cell.wrap ? 1 : 0}|${cell.locked === false ? 0 : 1}`;
    let index = this.xfs.get(key);
    if (index === undefined) {
      index = this.lists.cellXfs.add(this.xfXml(cell));
      this.xfs.set(key, index);
    }
    return index;
  }

  /** The index of the differential format of a conditional format. */
  dxf(rule: ConditionalFormatRule): number {
    const fill = `<fill><patternFill patternType="solid"><bgColor rgb="${argb(rule.fill)}"/></patternFill></fill>`;
    return this.lists.dxfs.add(`<dxf><font><color rgb="${argb(rule.fontColor)}"/></font>${fill}</dxf>`);
  }

  /** Writes the grown style sheet into the package (nothing when nothing was added). */
  save(zip: JSZip): void {
    const lists = Object.values(this.lists);
    if (lists.every((list) => list.added.length === 0) && zip.file(STYLES_PART)) return;
    zip.file(
      STYLES_PART,
      lists.reduce((xml, list) => appendEntries(xml, this.prefix, list), this.xml),
    );
  }

  private xfXml(cell: PlanCell): string {
    const look = cell.style ? LOOKS[cell.style] : {};
    const numFmtId = this.numberFormat(cell.numberFormat);
    const fontId = look.font ? this.part("fonts", JSON.stringify(look.font), () => this.fontXml(look.font ?? {})) : 0;
    const fillId = look.fill ? this.part("fills", look.fill, () => solidFill(look.fill ?? "")) : 0;
    const borderId = look.border ? this.part("borders", "box", () => BOX) : 0;
    const applies = [
      numFmtId !== 0 ? ` applyNumberFormat="1"` : "",
      fontId !== 0 ? ` applyFont="1"` : "",
      fillId !== 0 ? ` applyFill="1"` : "",
      borderId !== 0 ? ` applyBorder="1"` : "",
      ` applyAlignment="1"`,
      cell.locked === false ? ` applyProtection="1"` : "",
    ].join("");
    const alignment = `<alignment vertical="top"${cell.indent ? ` indent="${cell.indent}"` : ""}${cell.wrap ? ` wrapText="1"` : ""}/>`;
    const protection = cell.locked === false ? `<protection locked="0"/>` : "";
    return `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}>${alignment}${protection}</xf>`;
  }

  private numberFormat(code: string | undefined): number {
    if (code === undefined) return 0;
    const known = BUILT_IN_FORMATS[code] ?? this.formats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formats.set(code, id);
    this.lists.numFmts.add(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private part(list: "fonts" | "fills" | "borders", key: string, xml: () => string): number {
    const full = `${list}:${key}`;
    let index = this.parts.get(full);
    if (index === undefined) {
      index = this.lists[list].add(xml());
      this.parts.set(full, index);
    }
    return index;
  }

  private fontXml(font: NonNullable<Look["font"]>): string {
    const size = font.size === undefined ? this.defaultFont.size : `<sz val="${font.size}"/>`;
    const color = font.color ? `<color rgb="${font.color}"/>` : "";
    return `<font>${font.bold ? "<b/>" : ""}${font.italic ? "<i/>" : ""}${size}${color}${this.defaultFont.rest}</font>`;
  }
}

/** The size and the name, family and scheme of the workbook's default font (its first), without prefix. */
function defaultFontOf(xml: string): { size: string; rest: string } {
  const fonts = /<(?:\w+:)?fonts\b[\s\S]*?<\/(?:\w+:)?fonts>/.exec(xml)?.[0] ?? "";
  const font = /<(?:\w+:)?font\b[^>]*>([\s\S]*?)<\/(?:\w+:)?font>/.exec(fonts)?.[1] ?? "";
  const element = (name: string): string => (new RegExp(`<(?:\\w+:)?${name}\\b[^>]*/>`).exec(font)?.[0] ?? "").replace(/^<\w+:/, "<");
  return {
    size: element("sz") || `<sz val="11"/>`,
    rest: ["name", "family", "scheme"].map(element).join("") || `<name val="Calibri"/><family val="2"/>`,
  };
}

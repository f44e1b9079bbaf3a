/**
 * The pane's services over the in-memory workbook, for the component tests
 * and the end-to-end test page: the same actions as in Excel, with a
 * selection and a clipboard that live in memory.
 */
import type { Lang } from "../core/messages";
import type { MemoryWorkbook } from "../workbook/memory";
import { createPortServices } from "./port-services";
import type { PanePlatform } from "./port-services";
import type { TaskpaneServices } from "./services";
import type { TablePlace } from "../actions/import-criteria-table";

export interface CellSelection {
  sheet: string;
  address: string;
}

/** The platform of the in-memory workbook; tests set and read `selection` and `clipboard`. */
class MemoryPlatform implements PanePlatform {
  selection: CellSelection | null = null;
  clipboard: string | null = null;
  /** Files offered for download, in order. */
  readonly saved: { fileName: string; text: string }[] = [];
  /** Files of bytes offered for download (the self-assessment zip), in order. */
  readonly savedBytes: { fileName: string; bytes: Uint8Array; type: string }[] = [];

  constructor(private readonly workbook: MemoryWorkbook) {}

  /** What a user selecting a range does. */
  select(sheet: string, address: string): void {
    this.selection = { sheet, address };
  }

  async readSelection(): Promise<unknown[][]> {
    if (!this.selection) return [];
    const snapshot = await this.workbook.read({ ranges: [{ sheet: this.selection.sheet, address: this.selection.address }] });
    return snapshot.ranges[0]?.values ?? [];
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    if (!this.workbook.sheet(sheet)) throw Object.assign(new Error(`No sheet ${sheet}`), { code: "ItemNotFound" });
    this.select(sheet, address);
  }

  async copyText(text: string): Promise<boolean> {
    this.clipboard = text;
    return true;
  }

  /** A block selected, or the selected sheet's used range when one cell is selected (the first sheet's without a selection); null for an empty sheet. */
  async readTablePlace(): Promise<TablePlace | null> {
    const sheet = this.selection?.sheet ?? this.workbook.sheets[0]?.name;
    if (sheet === undefined) return null;
    const used = await this.workbook.read({ ranges: [{ sheet }] });
    if (used.ranges[0].values.length === 0) return null;
    const address = this.selection?.address;
    return address !== undefined && address.includes(":") ? { sheet, address } : { sheet };
  }

  async saveFile(fileName: string, text: string): Promise<boolean> {
    this.saved.push({ fileName, text });
    return true;
  }

  async saveBytes(fileName: string, bytes: Uint8Array, type: string): Promise<boolean> {
    this.savedBytes.push({ fileName, bytes, type });
    return true;
  }
}

export function createMemoryServices(
  workbook: MemoryWorkbook,
  lang: Lang,
  platform: MemoryPlatform = new MemoryPlatform(workbook),
): { services: TaskpaneServices; platform: MemoryPlatform } {
  return { services: createPortServices(workbook, platform, lang), platform };
}

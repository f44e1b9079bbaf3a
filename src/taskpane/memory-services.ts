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

export interface CellSelection {
  sheet: string;
  address: string;
}

/** The platform of the in-memory workbook; tests set and read `selection` and `clipboard`. */
export class MemoryPlatform implements PanePlatform {
  selection: CellSelection | null = null;
  clipboard: string | null = null;

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
}

export function createMemoryServices(
  workbook: MemoryWorkbook,
  lang: Lang,
  platform: MemoryPlatform = new MemoryPlatform(workbook),
): { services: TaskpaneServices; platform: MemoryPlatform } {
  return { services: createPortServices(workbook, platform, lang), platform };
}

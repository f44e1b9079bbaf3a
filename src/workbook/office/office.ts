/**
 * The WorkbookPort over Office.js. Each operation is one batch (`Excel.run`
 * in the add-in) with a fixed number of `context.sync()` calls whatever the
 * size of the workbook: read = 2 (office-look.ts; 3 when cells' looks are
 * asked for, office-read-looks.ts); update = 3 — the same
 * two looks, then the whole change in one request (office-apply.ts), cut
 * into more requests only past 4 MB (office-program.ts); apply is an update
 * that reads nothing. The actions load a template and build the annexes
 * with one update each, so each of them costs 3 syncs. Events are off while
 * the add-in writes, and any change reported during its own writes is
 * marked origin "addin". The pane's two selection calls live here too:
 * readSelection = 2 syncs (1 on an empty sheet), selectCell = 1.
 */
import { sameSheetName } from "../../sheet/names";
import type { CellChangeEvent, ChangeDecision, ProgressCallback, ReadRequest, Unsubscribe, WorkbookChange, WorkbookPort, WorkbookSnapshot } from "../port";
import type { ExcelContextSlice, ExcelRunner } from "./office-api";
import type { ApplyRecord } from "./office-apply";
import { lookAt } from "./office-look";
import { addCellLooks, hostListsMergedAreas } from "./office-read-looks";

type Writer = typeof import("./office-write");
let writerModule: Promise<Writer> | null = null;

/** The write path, loaded on the first write (a chunk of its own in the task pane), then kept; loaded again after a failed load. */
function writer(): Promise<Writer> {
  writerModule ??= import(/* webpackChunkName: "office-write" */ "./office-write").catch((error: unknown) => {
    writerModule = null;
    throw error;
  });
  return writerModule;
}

/** The real thing: the only place `Excel.run` appears. The parameter type proves the Office.js API fits the slice. */
const officeRunner: ExcelRunner = (batch) => Excel.run((context: Excel.RequestContext) => batch(fitsSlice(context)));

function fitsSlice(context: Excel.RequestContext): ExcelContextSlice {
  return context;
}

export class OfficeWorkbook implements WorkbookPort {
  private ownWrites = 0;
  /** Ids of the sheets listened to, by name (null: no such sheet); forgotten after each of the add-in's writes. */
  private sheetIds = new Map<string, string | null>();

  /**
   * `requestBudget`: bytes a request may carry (REQUEST_BUDGET_BYTES; tests set less to see a write cut into several requests).
   * `mergedAreas`: whether Range.getMergedAreasOrNullObject may be called (ExcelApi 1.13; by default asked of the host).
   */
  constructor(
    private readonly run: ExcelRunner = officeRunner,
    private readonly options: { requestBudget?: number; mergedAreas?: boolean } = {},
  ) {}

  async read(request: ReadRequest): Promise<WorkbookSnapshot> {
    return this.run(async (context) => {
      const { snapshot } = await lookAt(context, request, false);
      await addCellLooks(context, request, snapshot, this.options.mergedAreas ?? (this.run === officeRunner && hostListsMergedAreas()));
      return snapshot;
    });
  }

  async apply(change: WorkbookChange, onProgress?: ProgressCallback): Promise<void> {
    await this.update({ ranges: [] }, () => change, onProgress);
  }

  async update(request: ReadRequest, decide: ChangeDecision, onProgress?: ProgressCallback): Promise<void> {
    this.ownWrites++;
    const record: { value: ApplyRecord | null } = { value: null };
    try {
      await this.run(async (context) => {
        const look = await lookAt(context, request, true);
        const change = decide(look.snapshot);
        if (!change) return;
        const { queueChange, WriteProgram } = await writer();
        const program = new WriteProgram(this.options.requestBudget);
        record.value = queueChange(context, look, change, program, onProgress);
        this.sheetIds.clear();
        await program.send(context);
      });
    } catch (error) {
      if (record.value) {
        const { restoreAfterFailure } = await writer();
        await this.run((context) => restoreAfterFailure(context, record.value));
      }
      throw error;
    } finally {
      this.ownWrites--;
    }
  }

  /**
   * The values of the user's selection, one or more areas (rows of each area
   * in turn), only where they meet the used range (a whole selected column
   * would otherwise read a million rows): [] for an empty sheet or a
   * selection outside the used range. One batch, 2 syncs.
   */
  async readSelection(): Promise<unknown[][]> {
    return this.run(async (context) => {
      const selected = context.workbook.getSelectedRanges();
      selected.areas.load("items/address");
      const used = selected.worksheet.getUsedRangeOrNullObject(true);
      used.load("address");
      await context.sync();
      if (used.isNullObject) return [];
      const parts = selected.areas.items.map((area) => {
        const part = area.getIntersectionOrNullObject(used);
        part.load("values");
        return part;
      });
      await context.sync();
      return parts.flatMap((part) => (part.isNullObject ? [] : part.values));
    });
  }

  /**
   * Where the table the user points at lies: the selection where it meets
   * the used range, or the active sheet's used range when one cell is
   * selected (no address then); null for an empty sheet. One batch, 1 or 2 syncs.
   */
  async readTablePlace(): Promise<{ sheet: string; address?: string } | null> {
    return this.run(async (context) => {
      const selected = context.workbook.getSelectedRange();
      selected.load("address");
      const used = selected.worksheet.getUsedRangeOrNullObject(true);
      used.load("address");
      await context.sync();
      if (used.isNullObject) return null;
      const whole = splitAddress(used.address);
      if (!selected.address.includes(":")) return { sheet: whole.sheet };
      const part = selected.getIntersectionOrNullObject(used);
      part.load("address");
      await context.sync();
      return part.isNullObject ? { sheet: whole.sheet } : splitAddress(part.address);
    });
  }

  /** Shows a cell to the user: activates its sheet and selects it. One batch, 1 sync. */
  async selectCell(sheet: string, address: string): Promise<void> {
    await this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    });
  }

  /** The id of the named sheet, looked up once (one batch) and kept until the add-in writes again. */
  private async sheetId(name: string): Promise<string | null> {
    const known = this.sheetIds.get(name);
    if (known !== undefined) return known;
    const id = await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.load("id,name");
      await context.sync();
      return sheet.isNullObject || !sameSheetName(sheet.name, name) ? null : sheet.id;
    });
    this.sheetIds.set(name, id);
    return id;
  }

  /**
   * Listens on the whole workbook, not on one sheet object, so that the
   * subscription outlives the add-in's writes (as the memory port's does).
   * Each event's sheet id is compared with the id of the sheet listened to,
   * known without a batch of its own except once after each of the add-in's
   * writes: changes on other sheets cost no Excel.run.
   */
  async onCellsChanged(sheetName: string, handler: (event: CellChangeEvent) => void): Promise<Unsubscribe> {
    const subscription = await this.run(async (context) => {
      const result = context.workbook.worksheets.onChanged.add(async (args) => {
        const origin = this.ownWrites > 0 ? "addin" : "user";
        if (args.worksheetId === (await this.sheetId(sheetName))) handler({ sheet: sheetName, address: args.address, origin });
      });
      await context.sync();
      return result;
    });
    await this.sheetId(sheetName);
    return async () => {
      subscription.remove();
      await subscription.context.sync();
    };
  }
}

/** "'Bộ tiêu chí'!B3:F40" → the sheet's name and the block's address. */
function splitAddress(address: string): { sheet: string; address: string } {
  const bang = address.lastIndexOf("!");
  const sheet = address.slice(0, bang);
  const unquoted = /^'.*'$/.test(sheet) ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
  return { sheet: unquoted, address: address.slice(bang + 1).replace(/\$/g, "") };
}

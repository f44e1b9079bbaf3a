/**
 * The shape of the task pane's dictionaries: every string the pane shows.
 * `vi.ts` is the reference; `en.ts` follows it.
 */
import type { Lang } from "../../core/messages";
import type { AnnexKind } from "../../sheet/names";

/** What the pane was doing when the platform failed. */
export type PaneAction =
  "readSelection" | "status" | "load" | "check" | "select" | "annexes" | "openFile" | "importTable" | "selfFiles" | "collect" | "appraise";

/** A failure in words: what happened, then what to do. */
export interface FailureText {
  what: string;
  todo: string;
}

export interface Dictionary {
  lang: Lang;
  /** A score or maximum as the language writes it (18,5 / 18.5). */
  number: (value: number) => string;
  appTitle: string;
  appSubtitle: string;
  sectionsLabel: string;
  tabs: { template: string; season: string; check: string; annexes: string };
  busy: string;
  progressOf: (done: number, total: number) => string;

  template: {
    chooseLabel: string;
    choosePlaceholder: string;
    fromWorkbookOption: (name: string) => string;
    fromFileOption: (name: string) => string;
    openFile: string;
    openFileHint: string;
    fileLoaded: (fileName: string) => string;
    fileProblems: (fileName: string, count: number) => string;
    summaryCaption: (name: string) => string;
    sourceLabel: string;
    criteriaCount: (fields: number, leaves: number) => string;
    columnCode: string;
    columnField: string;
    columnMax: string;
    total: string;
    notClassified: string;
    classesTitle: string;
    classRule: (minTotal: number | undefined, minField: number | undefined) => string;
    bandsTitle: string;
    bandRule: (min: number, nextMin: number | undefined) => string;
    noClasses: string;
    yearLabel: string;
    yearHint: string;
    unitsLabel: string;
    unitsHint: string;
    unitsPlaceholder: string;
    unitsCount: (count: number, withRanks: number) => string;
    unitsProblems: {
      badRank: (line: number, text: string) => string;
      tooManyColumns: (line: number) => string;
    };
    fromSelection: string;
    selectionEmpty: string;
    create: string;
    update: string;
    updateNote: string;
    why: { noTemplate: string; noUnits: string; unitProblems: string; badYear: string; busy: string };
    created: (units: number) => string;
    updated: (units: number, kept: number) => string;
    orphansTitle: (count: number) => string;
    refused: string;
  };

  check: {
    liveLabel: string;
    liveCount: (count: number) => string;
    liveNone: string;
    liveUnknown: string;
    run: string;
    why: { noSheets: string; busy: string };
    allValid: (units: number) => string;
    found: (errors: number, units: number) => string;
    warnings: (count: number) => string;
    goTo: (address: string) => string;
    unitGroup: (unit: string, count: number) => string;
    refused: string;
    /** Scoring model: criteria not assessed (information, not errors) and totals kept within the maximum. */
    notAssessedTitle: (units: number) => string;
    notAssessedUnit: (unit: string, codes: string, max: string) => string;
    clamped: (count: number) => string;
  };

  /** The annexes' checkbox labels by kind (one per entry of the registry, sheet/names.ts), and the section's words. */
  annexes: Record<AnnexKind, string> & {
    optionsLabel: string;
    chart: string;
    build: string;
    why: { noSheets: string; noneChosen: string; invalid: (count: number) => string; busy: string };
    done: (sheets: readonly string[]) => string;
    classesTitle: string;
    bandsTitle: string;
    columnClass: string;
    columnBand: string;
    columnCount: string;
    sentencesTitle: string;
    copy: string;
    copied: string;
    copyFailed: string;
    refused: (count: number) => string;
    refusedOther: string;
  };

  /** The season's files: each unit's self-assessment file out, the returned files collected. */
  season: {
    work: { writing: string; zipping: string; reading: string; unreadable: (detail: string) => string };
    sendTitle: string;
    sendHint: string;
    send: string;
    why: { noSheets: string; busy: string; noFiles: string };
    sent: (count: number, fileName: string) => string;
    collectTitle: string;
    collectHint: string;
    chooseFiles: string;
    chosen: (names: readonly string[]) => string;
    collect: string;
    summary: (collected: number, total: number) => string;
    status: { added: string; unchanged: string; replaced: string; "needs-replace": string; refused: string };
    cells: (count: number) => string;
    changes: (count: number) => string;
    change: (address: string, code: string, what: "score" | "explanation", before: string, after: string) => string;
    confirmTitle: (units: number) => string;
    confirmText: string;
    replace: (units: number) => string;
    keep: string;
    refused: string;
    /** "Bắt đầu thẩm định từ tự chấm": the collected self scores copied into Chấm điểm. */
    appraisal: {
      title: string;
      hint: string;
      start: string;
      overwrite: string;
      done: (copied: number, kept: number, units: number) => string;
      nothing: (kept: number) => string;
      noSelf: string;
    };
  };

  failure: {
    during: Record<PaneAction, string>;
    cellEditMode: FailureText;
    accessDenied: FailureText;
    sheetExists: FailureText;
    tooLarge: FailureText;
    notSupported: FailureText;
    notFound: FailureText;
    unexpected: (detail: string) => FailureText;
    /** The workbook's structure is protected (Review › Protect Workbook): no sheet can be added or deleted. */
    structureProtected: FailureText;
  };

  /** "Nhập từ trang tính": a decision's criteria table read from a sheet. */
  tableImport: {
    title: string;
    hint: string;
    read: string;
    reread: string;
    empty: string;
    readFrom: (sheet: string, headerRow: number) => string;
    summary: (fields: number, criteria: number, subCriteria: number, total: number) => string;
    extra: (kind: "bonus" | "penalty", code: string, max: number) => string;
    errorsTitle: (count: number) => string;
    notesTitle: (count: number) => string;
    goToRow: (row: number) => string;
    okTitle: string;
    treeLabel: string;
    points: (max: number | null) => string;
    use: string;
    used: string;
    download: string;
    downloaded: (fileName: string) => string;
    downloadFailed: string;
    importedOption: (name: string) => string;
  };
}

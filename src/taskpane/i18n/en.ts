/**
 * Every string of the task pane in English, used when Office's display
 * language is not Vietnamese.
 */
import type { Dictionary } from "./dictionary";

const n = (value: number): string => String(value);
const pct = (value: number): string => `${value}%`;
const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

export const en: Dictionary = {
  lang: "en",
  number: n,
  appTitle: "PAR Index",
  appSubtitle: "Scoring, ranking and classifying administrative reform",
  sectionsLabel: "Steps",
  tabs: { template: "Criteria", season: "Self-assessment", check: "Check", annexes: "Annexes" },
  busy: "Working…",
  progressOf: (done, total) => `${done}/${total}`,

  template: {
    chooseLabel: "Criteria set to score with",
    choosePlaceholder: "— Choose a criteria set —",
    fromWorkbookOption: (name) => `${name} (in this workbook)`,
    fromFileOption: (name) => `${name} (from file)`,
    openFile: "Open a criteria file (.json)…",
    openFileHint: "Use this when the province issued its own criteria set, written as a JSON file.",
    fileLoaded: (fileName) => `Read the criteria set from ${fileName}.`,
    fileProblems: (fileName, count) => `${fileName} cannot be used yet: ${plural(count, "problem", "problems")}. Fix them in the file and open it again.`,
    summaryCaption: (name) => `Fields of ${name}`,
    sourceLabel: "Issued by",
    criteriaCount: (fields, leaves) => `${plural(fields, "field", "fields")}, ${plural(leaves, "scored criterion", "scored criteria")}`,
    columnCode: "Code",
    columnField: "Field",
    columnMax: "Maximum",
    total: "Total maximum",
    notClassified: "not used for the class",
    classesTitle: "Classes",
    classRule: (minTotal, minField) => {
      if (minTotal === undefined && minField === undefined) return "otherwise";
      const parts: string[] = [];
      if (minTotal !== undefined) parts.push(`index at least ${pct(minTotal)}`);
      if (minField !== undefined) parts.push(`every field at least ${pct(minField)}`);
      return parts.join(", ");
    },
    bandsTitle: "Bands",
    bandRule: (min, nextMin) =>
      nextMin === undefined ? `${pct(min)} and above` : min === 0 ? `below ${pct(nextMin)}` : `${pct(min)} to below ${pct(nextMin)}`,
    noClasses: "This criteria set has no classes.",
    yearLabel: "Year assessed",
    yearHint: "The year of the index, e.g. 2024.",
    unitsLabel: "Units to score",
    unitsHint: "One unit per line. If you know last year's rank, put it after the name, separated by a tab (two columns pasted from Excel) or a semicolon.",
    unitsPlaceholder: "UBND xã An Bình; 3\nUBND phường Quang Trung; 1",
    unitsCount: (count, withRanks) =>
      withRanks > 0 ? `${plural(count, "unit", "units")}, ${withRanks} with last year's rank` : plural(count, "unit", "units"),
    unitsProblems: {
      badRank: (line, text) => `Line ${line}: last year's rank "${text}" must be a positive whole number (e.g. 3) or empty.`,
      tooManyColumns: (line) => `Line ${line}: give only the unit's name and last year's rank (if any), separated by a tab or a semicolon.`,
    },
    fromSelection: "Take from the selected range",
    selectionEmpty: "The selected range holds no unit names. Select the column of names (optionally with last year's ranks next to it) and try again.",
    create: "Create the scoring sheets",
    update: "Update",
    updateNote: "This workbook already has scoring sheets. Updating keeps every score entered for the units and criteria still listed.",
    why: {
      noTemplate: "Choose a criteria set first.",
      noUnits: "Enter at least one unit.",
      unitProblems: "Fix the problems in the list of units.",
      badYear: "The year must be between 2000 and 2100.",
      busy: "Another operation is running; please wait.",
    },
    created: (units) =>
      `Created the Tiêu chí, Chấm điểm, Tự đánh giá, Giải trình and Cấu hình sheets for ${plural(units, "unit", "units")}. Enter the scores on Chấm điểm.`,
    updated: (units, kept) => `Updated the scoring sheets for ${plural(units, "unit", "units")}; kept ${plural(kept, "score", "scores")}.`,
    orphansTitle: (count) =>
      `${plural(count, "score", "scores")} entered earlier no longer fit the new sheet (unit or criterion removed). Here they are for reference:`,
    refused: "The scoring sheets were not created:",
  },

  check: {
    liveLabel: "Invalid score cells",
    liveCount: (count) => `${plural(count, "invalid score cell", "invalid score cells")} (highlighted on Chấm điểm).`,
    liveNone: "No invalid score cells.",
    liveUnknown: "No scoring sheets to watch yet.",
    run: "Check everything",
    why: {
      noSheets: "There are no scoring sheets yet: create them under Criteria.",
      busy: "Another operation is running; please wait.",
    },
    allValid: (units) => `The scores of all ${plural(units, "unit", "units")} are valid.`,
    found: (errors, units) => `${plural(errors, "invalid score", "invalid scores")} in ${plural(units, "unit", "units")}. Click a problem to go to its cell.`,
    warnings: (count) => `${plural(count, "cell has", "cells have")} no score yet (counted as 0).`,
    goTo: (address) => `Go to cell ${address}`,
    unitGroup: (unit, count) => `${unit} (${count})`,
    refused: "The check could not run:",
    notAssessedTitle: (units) => `${units} unit(s) with criteria not assessed (KĐG) – information, not errors`,
    notAssessedUnit: (unit, codes, max) => `${unit}: ${codes} not assessed; the index is taken over ${max} applicable points.`,
    clamped: (count) => `${count} unit(s) whose total after bonus and penalty points fell outside 0 to the maximum and was kept within it.`,
  },

  annexes: {
    optionsLabel: "Annexes to build",
    ranking: "PL1 Ranking",
    classification: "PL2 Classes",
    fields: "PL3 Fields",
    report: "Report (summary sentences)",
    comparison: "PL4 Self-assessment and appraisal (when units self-assessed)",
    chart: "Chart of the index by unit (on PL1)",
    build: "Build the annexes",
    why: {
      noSheets: "There are no scoring sheets yet: create them under Criteria.",
      noneChosen: "Choose at least one annex.",
      invalid: (count) => `${plural(count, "score cell is", "score cells are")} invalid: fix them under Check first.`,
      busy: "Another operation is running; please wait.",
    },
    done: (sheets) => `Built: ${sheets.join(", ")}.`,
    classesTitle: "Classes",
    bandsTitle: "Units per band",
    columnClass: "Class",
    columnBand: "Band",
    columnCount: "Units",
    sentencesTitle: "Report text",
    copy: "Copy",
    copied: "Copied to the clipboard.",
    copyFailed: "Could not copy. Select the text and press Ctrl+C.",
    refused: (count) => `The annexes were not built: ${plural(count, "score is", "scores are")} invalid. Fix these cells and build again:`,
    refusedOther: "The annexes were not built:",
  },

  season: {
    work: {
      writing: "Making the self-assessment files",
      zipping: "Zipping the files",
      reading: "Reading",
      unreadable: (detail) => `the file cannot be read (${detail}); ask the unit to send it again as .xlsx`,
    },
    sendTitle: "Self-assessment file for each unit",
    sendHint:
      "One Excel file per unit (sheet Tự chấm) with this workbook's template, units and year, zipped into one .zip file to download and send to each unit.",
    send: "Make the files (.zip)",
    why: {
      noSheets: "Create the scoring sheets first (Criteria).",
      busy: "Another operation is running.",
      noFiles: "Choose the self-assessment files the units sent back.",
    },
    sent: (count, fileName) => `Made ${count} self-assessment files, zipped in ${fileName}.`,
    collectTitle: "Collect self-assessment files",
    collectHint:
      "Choose the files the units sent back (several .xlsx files at once). They are read on this computer and sent nowhere. A file of another template or year, with its layout edited or with invalid scores is not collected.",
    chooseFiles: "Choose files…",
    chosen: (names) => `${names.length} file(s) chosen: ${names.join(", ")}`,
    collect: "Collect into the workbook",
    summary: (collected, total) => `Collected ${collected}/${total} self-assessment files into the Tự đánh giá and Giải trình sheets.`,
    status: { added: "Collected", unchanged: "Unchanged", replaced: "Replaced", "needs-replace": "To confirm", refused: "Refused" },
    cells: (count) => `${count} score and explanation cells`,
    changes: (count) => `${count} cell(s) would change`,
    change: (address, code, what, before, after) => `${address} (${code}, ${what}): ${before} → ${after}`,
    confirmTitle: (units) => `${units} unit(s) already have another self-assessment in the workbook`,
    confirmText: "Collecting the new files replaces the cells below. Replace, or keep what is there?",
    replace: (units) => `Replace the self-assessment of ${units} unit(s)`,
    keep: "Keep",
    refused: "Cannot collect into this workbook:",
    appraisal: {
      title: "Appraisal",
      hint: "Copies the collected self scores into Chấm điểm as the starting appraisal, so that you edit only where the appraisal differs. Cells already appraised are kept.",
      start: "Start the appraisal from the self-assessment",
      overwrite: "Also replace cells already appraised",
      done: (copied, kept, units) =>
        `Copied ${copied} self score(s) of ${units} unit(s) into Chấm điểm.` +
        (kept > 0 ? ` Kept ${kept} cell(s) whose appraisal already differs from the self score.` : ""),
      nothing: (kept) =>
        kept > 0
          ? `Nothing to copy; kept ${kept} cell(s) whose appraisal already differs from the self score.`
          : "Nothing to copy: Chấm điểm already matches the self-assessment.",
      noSelf: "The workbook has no self-assessment yet: collect the units' files first.",
    },
  },

  failure: {
    during: {
      readSelection: "Could not read the selected range.",
      status: "Could not read the workbook's state.",
      load: "Could not create the scoring sheets.",
      check: "Could not check the scores.",
      select: "Could not go to the cell.",
      annexes: "Could not build the annexes.",
      importTable: "Could not read the criteria table on the sheet.",
      openFile: "Could not read the file.",
      selfFiles: "Could not make the self-assessment files.",
      collect: "Could not collect the self-assessment files.",
      appraise: "Could not copy the self scores into Chấm điểm.",
    },
    cellEditMode: {
      what: "Excel is editing a cell.",
      todo: "Press Enter or Esc to leave the cell, then try again.",
    },
    accessDenied: {
      what: "Excel does not allow writing to the workbook (a sheet is protected or the file is read-only).",
      todo: "Unprotect the sheet (Review → Unprotect Sheet) or open the file for editing, then try again.",
    },
    sheetExists: {
      what: "A sheet already has the name of a sheet the add-in needs to create.",
      todo: "Rename that sheet (the add-in did not make it), then try again.",
    },
    tooLarge: {
      what: "The data sent to Excel is over its limit.",
      todo: "Try Excel on the desktop, or split the units into several workbooks.",
    },
    notSupported: {
      what: "This version of Excel does not support a feature the add-in needs.",
      todo: "Update Excel (Microsoft 365 or Excel 2021 or later), or use Excel on the web.",
    },
    notFound: {
      what: "A sheet or cell the add-in needs is missing (it may have been deleted or renamed).",
      todo: "Click Update under Criteria to recreate the scoring sheets; the scores are kept.",
    },
    unexpected: (detail) => ({
      what: `Something went wrong: ${detail}`,
      todo: "Try again. If it keeps failing, save the file, close Excel and open it again.",
    }),
    structureProtected: {
      what: "The workbook's structure is protected, so the add-in cannot add, delete or rename sheets.",
      todo: "Unprotect it (Review → Protect Workbook), then try again.",
    },
  },

  tableImport: {
    title: "Import from a sheet",
    hint: "Paste the decision's criteria table (STT, Tiêu chí, Điểm tối đa, Hướng dẫn chấm…) into a sheet, select the table (or one cell to take the whole sheet), then press Read the selection. After fixing the sheet, Read again reads the same table.",
    read: "Read the selection",
    reread: "Read again",
    empty: "The selected sheet holds no data: paste the criteria table into it and read again.",
    readFrom: (sheet, headerRow) => `Table on sheet "${sheet}", header row ${headerRow}.`,
    summary: (fields, criteria, subCriteria, total) => `${fields} field(s), ${criteria} criteria, ${subCriteria} sub-criteria, ${total} points in all`,
    extra: (kind, code, max) => `${kind === "bonus" ? "Bonus" : "Penalty"} points (item ${code}): up to ${max}, outside the total`,
    errorsTitle: (count) => `The table has ${count} error(s): correct the sheet, then press Read again`,
    notesTitle: (count) => `${count} note(s)`,
    goToRow: (row) => `Select row ${row} on the sheet`,
    okTitle: "Criteria set read",
    treeLabel: "Criteria tree",
    points: (max) => (max === null ? "? points" : `${max} points`),
    use: "Use this criteria set",
    used: "The imported criteria set is chosen. Give the units, then press “Create the scoring sheets” to store it in the workbook.",
    download: "Download (.json)",
    downloaded: (fileName) => `Downloaded ${fileName}: send it to officers elsewhere, who open it with “Open a criteria file (.json)…”.`,
    downloadFailed: "This Excel cannot download files; use the par-index template import command on a computer.",
    importedOption: (name) => `From the imported table: ${name}`,
  },
};

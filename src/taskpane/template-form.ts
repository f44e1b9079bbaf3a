/**
 * The state of the template section's form: which template is chosen (the
 * workbook's own, a built-in or one read from a file), the year and the
 * units, and what still stands in the way of loading them.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import type { Bilingual } from "../core/messages";
import type { CompiledTemplate } from "../core/template-tree";
import type { Dictionary } from "./i18n/dictionary";
import { readFileText } from "./file-text";
import { parseUnitsText, selectionToText, unitsToText, type ParsedUnits } from "./units-input";
import type { Operation } from "./use-operation";
import type { TaskpaneServices, WorkbookStatus } from "./services";

/** The choice's value for the template stored in the workbook, and for the one read from a file. */
export const WORKBOOK = "workbook";
export const FILE = "file";
/** The choice's value for the template imported from a sheet's criteria table. */
export const IMPORTED = "imported";
export const builtInValue = (id: string): string => `builtin:${id}`;

interface FileTemplate {
  fileName: string;
  template: CompiledTemplate;
}

interface FileProblems {
  fileName: string;
  problems: Bilingual[];
}

export interface TemplateForm {
  builtIns: readonly CompiledTemplate[];
  /** The select's value: WORKBOOK, FILE, a builtInValue, or "" before any choice. */
  choice: string;
  fileTemplate: FileTemplate | null;
  fileProblems: FileProblems | null;
  /** The template imported from a sheet, once the user chose to use it. */
  imported: CompiledTemplate | null;
  /** The chosen template, or null. */
  template: CompiledTemplate | null;
  year: string;
  /** The year typed, when it is one (2000–2100). */
  yearValue: number | null;
  unitsText: string;
  parsed: ParsedUnits;
  /** The last "from selection" found nothing. */
  selectionEmpty: boolean;
  choose(value: string): void;
  openFile(file: File): Promise<void>;
  chooseImported(template: CompiledTemplate): void;
  setYear(text: string): void;
  setUnitsText(text: string): void;
  fromSelection(): Promise<void>;
}

function validYear(text: string): number | null {
  if (!/^\d{4}$/.test(text.trim())) return null;
  const year = Number(text);
  return year >= 2000 && year <= 2100 ? year : null;
}

/** `onEdit` is called on every change the user makes (the section then drops its last outcome). */
export function useTemplateForm(services: TaskpaneServices, status: WorkbookStatus | null, operation: Operation, onEdit: () => void): TemplateForm {
  const builtIns = useBuiltInTemplates(services);
  const [choice, setChoice] = useState("");
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [unitsText, setUnitsText] = useState("");
  const [selectionEmpty, setSelectionEmpty] = useState(false);
  const touched = useRef(false);

  // A workbook that already has sheets fills the form with what it was made from.
  useEffect(() => {
    if (!status?.template || touched.current) return;
    setChoice(WORKBOOK);
    if (status.year !== undefined) setYear(String(status.year));
    if (status.units) setUnitsText(unitsToText(status.units));
  }, [status]);

  const parsed = useMemo(() => parseUnitsText(unitsText), [unitsText]);
  const touch = () => {
    touched.current = true;
    onEdit();
  };
  const file = useTemplateFile(services, operation, touch, () => setChoice(FILE));
  const { imported, chooseImported } = useImportedTemplate(touch, () => setChoice(IMPORTED));

  const fromSelection = async () => {
    const rows = await operation.run("readSelection", () => services.readSelection());
    if (rows === undefined) return;
    const text = selectionToText(rows);
    setSelectionEmpty(text === "");
    if (text !== "") {
      touch();
      setUnitsText(text);
    }
  };
  const edit = (set: (text: string) => void) => (text: string) => {
    touch();
    set(text);
  };

  return {
    builtIns,
    choice,
    ...file,
    imported,
    template: choice === IMPORTED ? imported : chosenTemplate(choice, status, file.fileTemplate, builtIns),
    year,
    yearValue: validYear(year),
    unitsText,
    parsed,
    selectionEmpty,
    choose: edit(setChoice),
    setYear: edit(setYear),
    setUnitsText: edit(setUnitsText),
    fromSelection,
    chooseImported,
  };
}

/** The built-in templates, loaded after the pane shows (they are a chunk of their own). */
function useBuiltInTemplates(services: TaskpaneServices): readonly CompiledTemplate[] {
  const [builtIns, setBuiltIns] = useState<readonly CompiledTemplate[]>([]);
  useEffect(() => {
    let current = true;
    void services.builtInTemplates().then((templates) => current && setBuiltIns(templates));
    return () => {
      current = false;
    };
  }, [services]);
  return builtIns;
}

/** The template imported from a sheet's table, once the user chose to use it. */
function useImportedTemplate(touch: () => void, choose: () => void) {
  const [imported, setImported] = useState<CompiledTemplate | null>(null);
  const chooseImported = (template: CompiledTemplate) => {
    touch();
    setImported(template);
    choose();
  };
  return { imported, chooseImported };
}

/** A template read from a file: kept and chosen when valid, its problems shown otherwise. */
function useTemplateFile(services: TaskpaneServices, operation: Operation, touch: () => void, chooseFile: () => void) {
  const [fileTemplate, setFileTemplate] = useState<FileTemplate | null>(null);
  const [fileProblems, setFileProblems] = useState<FileProblems | null>(null);
  const openFile = async (file: File) => {
    touch();
    const text = await operation.run("openFile", () => readFileText(file));
    if (text === undefined) return;
    const result = services.parseTemplateFile(text);
    if (result.ok) {
      setFileTemplate({ fileName: file.name, template: result.template });
      setFileProblems(null);
      chooseFile();
    } else {
      setFileProblems({ fileName: file.name, problems: result.problems });
    }
  };
  return { fileTemplate, fileProblems, openFile };
}

function chosenTemplate(
  choice: string,
  status: WorkbookStatus | null,
  fileTemplate: FileTemplate | null,
  builtIns: readonly CompiledTemplate[],
): CompiledTemplate | null {
  if (choice === WORKBOOK) return status?.template ?? null;
  if (choice === FILE) return fileTemplate?.template ?? null;
  return builtIns.find((candidate) => builtInValue(candidate.id) === choice) ?? null;
}

/** Why the sheets cannot be made now, or null when they can. */
export function whyNotLoad(form: TemplateForm, busy: boolean, t: Dictionary): string | null {
  if (busy) return t.template.why.busy;
  if (form.template === null) return t.template.why.noTemplate;
  if (form.parsed.units.length === 0) return t.template.why.noUnits;
  if (form.parsed.problems.length > 0) return t.template.why.unitProblems;
  if (form.yearValue === null) return t.template.why.badYear;
  return null;
}

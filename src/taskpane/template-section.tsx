/**
 * Section 1, "Bộ tiêu chí": choose a template (built in or from a file), see
 * it, give the year and the units, then create or update the scoring sheets.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import type { ChangeEvent } from "react";
import { Button, Field, Input, Select, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Bilingual } from "../core/messages";
import type { CompiledTemplate } from "../core/template-tree";
import { useText } from "./i18n/text-context";
import type { Dictionary } from "./i18n/dictionary";
import { ActionButton, FailureView, Notice, ProblemList, ProgressView } from "./feedback";
import { TemplateSummary } from "./template-summary";
import { parseUnitsText, selectionToText, unitsToText } from "./units-input";
import type { UnitsProblem } from "./units-input";
import { readFileText } from "./file-text";
import { useOperation } from "./use-operation";
import type { LoadResult } from "../actions/types";
import type { TaskpaneServices, WorkbookStatus } from "./services";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  fileInput: { display: "none" },
  select: { width: "100%", minWidth: 0, "& select": { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" } },
  units: { width: "100%", "& textarea": { minHeight: "8em" } },
  year: { maxWidth: "8em" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const WORKBOOK = "workbook";
const FILE = "file";
const builtInValue = (id: string): string => `builtin:${id}`;

interface FileTemplate {
  fileName: string;
  template: CompiledTemplate;
}

interface FileProblems {
  fileName: string;
  problems: Bilingual[];
}

function unitsProblemText(problem: UnitsProblem, t: Dictionary): string {
  switch (problem.kind) {
    case "badRank":
      return t.template.unitsProblems.badRank(problem.line, problem.text);
    case "tooManyColumns":
      return t.template.unitsProblems.tooManyColumns(problem.line);
    case "names":
      return problem.message[t.lang];
  }
}

const validYear = (text: string): number | null => {
  if (!/^\d{4}$/.test(text.trim())) return null;
  const year = Number(text);
  return year >= 2000 && year <= 2100 ? year : null;
};

interface LoadOutcome {
  result: LoadResult;
  mode: "created" | "updated";
  unitCount: number;
}

function LoadResultView({ outcome }: { outcome: LoadOutcome }) {
  const t = useText();
  const styles = useStyles();
  const { result } = outcome;
  if (!result.ok) {
    return (
      <Notice intent="error" title={t.template.refused} testId="load-result">
        <ProblemList problems={result.problems} />
      </Notice>
    );
  }
  const title = outcome.mode === "created" ? t.template.created(outcome.unitCount) : t.template.updated(outcome.unitCount, result.kept);
  return (
    <Notice intent={result.orphaned.length > 0 ? "warning" : "success"} title={title} testId="load-result">
      {result.orphaned.length > 0 && (
        <>
          <Text block>{t.template.orphansTitle(result.orphaned.length)}</Text>
          <ul className={styles.list}>
            {result.orphaned.map((orphan) => (
              <li key={`${orphan.sheet}!${orphan.address}`}>{orphan.message[t.lang]}</li>
            ))}
          </ul>
        </>
      )}
    </Notice>
  );
}

export function TemplateSection({
  services,
  status,
  onLoaded,
}: {
  services: TaskpaneServices;
  status: WorkbookStatus | null;
  onLoaded: () => void;
}) {
  const t = useText();
  const styles = useStyles();
  const operation = useOperation();
  const builtIns = useMemo(() => services.builtInTemplates(), [services]);
  const [choice, setChoice] = useState("");
  const [fileTemplate, setFileTemplate] = useState<FileTemplate | null>(null);
  const [fileProblems, setFileProblems] = useState<FileProblems | null>(null);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [unitsText, setUnitsText] = useState("");
  const [selectionEmpty, setSelectionEmpty] = useState(false);
  const [outcome, setOutcome] = useState<LoadOutcome | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const touched = useRef(false);

  // A workbook that already has sheets fills the form with what it was made from.
  useEffect(() => {
    if (!status?.template || touched.current) return;
    setChoice(WORKBOOK);
    if (status.year !== undefined) setYear(String(status.year));
    if (status.units) setUnitsText(unitsToText(status.units));
  }, [status]);

  const template: CompiledTemplate | null =
    choice === WORKBOOK
      ? status?.template ?? null
      : choice === FILE
        ? fileTemplate?.template ?? null
        : builtIns.find((candidate) => builtInValue(candidate.id) === choice) ?? null;

  const parsed = useMemo(() => parseUnitsText(unitsText), [unitsText]);
  const yearValue = validYear(year);
  const updating = status?.hasScoringSheets === true;

  const reason = operation.busy
    ? t.template.why.busy
    : template === null
      ? t.template.why.noTemplate
      : parsed.units.length === 0
        ? t.template.why.noUnits
        : parsed.problems.length > 0
          ? t.template.why.unitProblems
          : yearValue === null
            ? t.template.why.badYear
            : null;

  const touch = () => {
    touched.current = true;
    setOutcome(null);
  };

  const onChoose = (event: ChangeEvent<HTMLSelectElement>) => {
    touch();
    setChoice(event.target.value);
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    touch();
    const text = await operation.run("openFile", () => readFileText(file));
    if (text === undefined) return;
    const result = services.parseTemplateFile(text);
    if (result.ok) {
      setFileTemplate({ fileName: file.name, template: result.template });
      setFileProblems(null);
      setChoice(FILE);
    } else {
      setFileProblems({ fileName: file.name, problems: result.problems });
    }
  };

  const onFromSelection = async () => {
    const rows = await operation.run("readSelection", () => services.readSelection());
    if (rows === undefined) return;
    const text = selectionToText(rows);
    setSelectionEmpty(text === "");
    if (text !== "") {
      touch();
      setUnitsText(text);
    }
  };

  const onSubmit = async () => {
    if (reason !== null || template === null || yearValue === null) return;
    setOutcome(null);
    const mode = updating ? "updated" : "created";
    const units = parsed.units;
    const result = await operation.run("load", (onProgress) => services.loadTemplate({ template, year: yearValue, units }, onProgress));
    if (result === undefined) return;
    setOutcome({ result, mode, unitCount: units.length });
    if (result.ok) onLoaded();
  };

  const withRanks = parsed.units.filter((unit) => unit.previousRank !== null).length;

  return (
    <div className={styles.root}>
      <Field label={t.template.chooseLabel}>
        <Select className={styles.select} value={choice} onChange={onChoose}>
          <option value="" disabled>
            {t.template.choosePlaceholder}
          </option>
          {status?.template && <option value={WORKBOOK}>{t.template.fromWorkbookOption(status.template.name)}</option>}
          {builtIns.map((candidate) => (
            <option key={candidate.id} value={builtInValue(candidate.id)}>
              {candidate.name}
            </option>
          ))}
          {fileTemplate && <option value={FILE}>{t.template.fromFileOption(fileTemplate.template.name)}</option>}
        </Select>
      </Field>
      <Field hint={t.template.openFileHint}>
        <div className={styles.row}>
          <Button onClick={() => fileInput.current?.click()}>{t.template.openFile}</Button>
          <input
            ref={fileInput}
            className={styles.fileInput}
            type="file"
            accept=".json,application/json"
            onChange={onFile}
            data-testid="template-file"
            tabIndex={-1}
            aria-hidden="true"
          />
        </div>
      </Field>
      {fileProblems && (
        <Notice intent="error" title={t.template.fileProblems(fileProblems.fileName, fileProblems.problems.length)}>
          <ProblemList problems={fileProblems.problems} />
        </Notice>
      )}
      {choice === FILE && fileTemplate && !fileProblems && <Text size={200}>{t.template.fileLoaded(fileTemplate.fileName)}</Text>}
      {template && <TemplateSummary key={choice} template={template} open={choice !== WORKBOOK} />}

      <Field label={t.template.yearLabel} hint={t.template.yearHint} validationMessage={yearValue === null ? t.template.why.badYear : undefined}>
        <Input
          className={styles.year}
          value={year}
          inputMode="numeric"
          onChange={(_, data) => {
            touch();
            setYear(data.value);
          }}
        />
      </Field>

      <Field
        label={t.template.unitsLabel}
        hint={t.template.unitsHint}
        validationState={parsed.problems.length > 0 ? "error" : parsed.units.length > 0 ? "success" : "none"}
        validationMessage={
          parsed.problems.length > 0 ? (
            <ul className={styles.list} data-testid="units-problems">
              {parsed.problems.map((problem, index) => (
                <li key={index}>{unitsProblemText(problem, t)}</li>
              ))}
            </ul>
          ) : parsed.units.length > 0 ? (
            t.template.unitsCount(parsed.units.length, withRanks)
          ) : undefined
        }
      >
        <Textarea
          className={styles.units}
          value={unitsText}
          placeholder={t.template.unitsPlaceholder}
          resize="vertical"
          onChange={(_, data) => {
            touch();
            setUnitsText(data.value);
          }}
        />
      </Field>
      <div className={styles.row}>
        <Button onClick={onFromSelection} disabledFocusable={operation.busy}>
          {t.template.fromSelection}
        </Button>
      </div>
      {selectionEmpty && <Text size={200}>{t.template.selectionEmpty}</Text>}

      {updating && <Text size={200}>{t.template.updateNote}</Text>}
      <ActionButton label={updating ? t.template.update : t.template.create} reason={reason} onClick={onSubmit} />
      <ProgressView running={operation.running} progress={operation.progress} />
      <FailureView failure={operation.failure} />
      {outcome && <LoadResultView outcome={outcome} />}
    </div>
  );
}

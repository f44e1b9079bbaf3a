/**
 * Section 1, "Bộ tiêu chí": choose a template (built in or from a file), see
 * it, give the year and the units, then create or update the scoring sheets.
 * The form's state is the hook useTemplateForm (template-form.ts).
 */
import { useState } from "react";
import type { ChangeEvent, ReactElement } from "react";
import { Button, Field, Input, Select, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useText } from "./i18n/text-context";
import type { Dictionary } from "./i18n/dictionary";
import { ActionButton, FailureView, FileButton, Notice, ProblemList, ProgressView } from "./feedback";
import { TemplateSummary } from "./template-summary";
import { FILE, IMPORTED, WORKBOOK, builtInValue, useTemplateForm, whyNotLoad, type TemplateForm } from "./template-form";
import { TableImportPanel } from "./table-import";
import type { UnitsProblem } from "./units-input";
import { useOperation } from "./use-operation";
import type { LoadResult } from "../actions/types";
import type { WorkbookStatus } from "./services";
import type { SectionProps } from "./section-props";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  select: { width: "100%", minWidth: 0, "& select": { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" } },
  units: { width: "100%", "& textarea": { minHeight: "8em" } },
  year: { maxWidth: "8em" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

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

export function TemplateSection({ services, status, onWorkbookChanged }: SectionProps) {
  const t = useText();
  const styles = useStyles();
  const operation = useOperation();
  const [outcome, setOutcome] = useState<LoadOutcome | null>(null);
  const form = useTemplateForm(services, status, operation, () => setOutcome(null));
  const updating = status?.hasScoringSheets === true;
  const reason = whyNotLoad(form, operation.busy, t);

  const onSubmit = async () => {
    const { template, yearValue } = form;
    if (reason !== null || template === null || yearValue === null) return;
    setOutcome(null);
    const mode = updating ? "updated" : "created";
    const units = form.parsed.units;
    const result = await operation.run("load", (onProgress) => services.loadTemplate({ template, year: yearValue, units }, onProgress));
    if (result === undefined) return;
    setOutcome({ result, mode, unitCount: units.length });
    if (result.ok) onWorkbookChanged();
  };

  return (
    <div className={styles.root}>
      <TemplateChooser form={form} status={status} />
      <TableImportPanel services={services} onUse={form.chooseImported} />
      {form.template && <TemplateSummary key={form.choice} template={form.template} open={form.choice !== WORKBOOK} />}
      <YearField form={form} />
      <UnitsField form={form} busy={operation.busy} />
      {updating && <Text size={200}>{t.template.updateNote}</Text>}
      <ActionButton label={updating ? t.template.update : t.template.create} reason={reason} onClick={onSubmit} />
      <ProgressView running={operation.running} progress={operation.progress} />
      <FailureView failure={operation.failure} />
      {outcome && <LoadResultView outcome={outcome} />}
    </div>
  );
}

/** The template's select (the workbook's, the built-ins, the file's), the file button and what the file held. */
function TemplateChooser({ form, status }: { form: TemplateForm; status: WorkbookStatus | null }) {
  const t = useText();
  const styles = useStyles();
  const { fileTemplate, fileProblems } = form;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) await form.openFile(file);
  };

  return (
    <>
      <Field label={t.template.chooseLabel}>
        <Select className={styles.select} value={form.choice} onChange={(event) => form.choose(event.target.value)}>
          <option value="" disabled>
            {t.template.choosePlaceholder}
          </option>
          {status?.template && <option value={WORKBOOK}>{t.template.fromWorkbookOption(status.template.name)}</option>}
          {form.builtIns.map((candidate) => (
            <option key={candidate.id} value={builtInValue(candidate.id)}>
              {candidate.name}
            </option>
          ))}
          {fileTemplate && <option value={FILE}>{t.template.fromFileOption(fileTemplate.template.name)}</option>}
          {form.imported && <option value={IMPORTED}>{t.tableImport.importedOption(form.imported.name)}</option>}
        </Select>
      </Field>
      <Field hint={t.template.openFileHint}>
        <FileButton className={styles.row} label={t.template.openFile} accept=".json,application/json" onChange={onFile} testId="template-file" />
      </Field>
      {fileProblems && (
        <Notice intent="error" title={t.template.fileProblems(fileProblems.fileName, fileProblems.problems.length)}>
          <ProblemList problems={fileProblems.problems} />
        </Notice>
      )}
      {form.choice === FILE && fileTemplate && !fileProblems && <Text size={200}>{t.template.fileLoaded(fileTemplate.fileName)}</Text>}
    </>
  );
}

function YearField({ form }: { form: TemplateForm }) {
  const t = useText();
  const styles = useStyles();
  return (
    <Field label={t.template.yearLabel} hint={t.template.yearHint} validationMessage={form.yearValue === null ? t.template.why.badYear : undefined}>
      <Input className={styles.year} value={form.year} inputMode="numeric" onChange={(_, data) => form.setYear(data.value)} />
    </Field>
  );
}

/** The units, one a line (with last year's rank after a tab), or taken from the selected cells. */
function UnitsField({ form, busy }: { form: TemplateForm; busy: boolean }) {
  const t = useText();
  const styles = useStyles();
  const { parsed } = form;
  return (
    <>
      <Field
        label={t.template.unitsLabel}
        hint={t.template.unitsHint}
        validationState={parsed.problems.length > 0 ? "error" : parsed.units.length > 0 ? "success" : "none"}
        validationMessage={unitsMessage(form, t, styles.list)}
      >
        <Textarea
          className={styles.units}
          value={form.unitsText}
          placeholder={t.template.unitsPlaceholder}
          resize="vertical"
          onChange={(_, data) => form.setUnitsText(data.value)}
        />
      </Field>
      <div className={styles.row}>
        <Button onClick={form.fromSelection} disabledFocusable={busy}>
          {t.template.fromSelection}
        </Button>
      </div>
      {form.selectionEmpty && <Text size={200}>{t.template.selectionEmpty}</Text>}
    </>
  );
}

/** Under the units: their problems, or how many there are; nothing before any is typed. */
function unitsMessage({ parsed }: TemplateForm, t: Dictionary, listClass: string): ReactElement | string | undefined {
  if (parsed.problems.length > 0) {
    return (
      <ul className={listClass} data-testid="units-problems">
        {parsed.problems.map((problem, index) => (
          <li key={index}>{unitsProblemText(problem, t)}</li>
        ))}
      </ul>
    );
  }
  if (parsed.units.length === 0) return undefined;
  const withRanks = parsed.units.filter((unit) => unit.previousRank !== null).length;
  return t.template.unitsCount(parsed.units.length, withRanks);
}

/**
 * Section "Tự chấm": the units' self-assessment files. "Tạo file tự chấm cho
 * từng đơn vị" saves one file per unit in a zip; "Gộp file tự chấm" reads
 * the files the units sent back (a multi-file picker, read in the browser),
 * shows a report per file, and asks before replacing a unit's
 * self-assessment already in the workbook. "Bắt đầu thẩm định từ tự chấm"
 * copies the collected self scores into Chấm điểm as the starting appraisal.
 */
import { useState } from "react";
import type { ChangeEvent } from "react";
import { Button, Checkbox, Field, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useText } from "./i18n/text-context";
import { ActionButton, FailureView, FileButton, Notice, ProblemList, ProgressView } from "./feedback";
import { useOperation, type Operation } from "./use-operation";
import type { Dictionary } from "./i18n/dictionary";
import { readFileBytes } from "./file-text";
import type { SectionProps } from "./section-props";
import type { ChosenFile, SelfFilesResult, WorkbookStatus } from "./services";
import type { CollectOutcome, CollectResult } from "../actions/collect-self-assessments";
import type { AppraisalResult } from "../actions/start-appraisal";
import { COLLECT_REFUSALS } from "../actions/collect-refusals";
import type { CellValue } from "../workbook/port";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  part: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  outcomes: { margin: 0, paddingLeft: 0, listStyle: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  outcome: { borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, paddingLeft: tokens.spacingHorizontalS },
  refused: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  collected: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  pending: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  details: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

/** Why a button of this section cannot run, or null: the scoring sheets first, then the files to read, then another operation. */
function whyNot(t: Dictionary, status: WorkbookStatus | null, operation: Operation, noFiles = false): string | null {
  if (!status?.hasScoringSheets) return t.season.why.noSheets;
  if (noFiles) return t.season.why.noFiles;
  return operation.busy && !operation.running ? t.season.why.busy : null;
}

/** Changes shown per file; the count says the rest. */
const CHANGES_SHOWN = 10;

function SendFiles({ services, status }: SectionProps) {
  const t = useText();
  const styles = useStyles();
  const operation = useOperation();
  const [result, setResult] = useState<SelfFilesResult | null>(null);
  const reason = whyNot(t, status, operation);
  const onSend = async () => {
    const made = await operation.run("selfFiles", (onProgress) => services.saveSelfAssessmentFiles(onProgress));
    if (made) setResult(made);
  };
  return (
    <section className={styles.part} aria-labelledby="send-title">
      <Text as="h2" id="send-title" weight="semibold" size={400}>
        {t.season.sendTitle}
      </Text>
      <Text size={200}>{t.season.sendHint}</Text>
      <ActionButton label={t.season.send} reason={reason} onClick={onSend} />
      <ProgressView running={operation.running} progress={operation.progress} />
      <FailureView failure={operation.failure} />
      {result?.ok && <Notice intent="success" title={t.season.sent(result.count, result.fileName)} testId="self-files-sent" />}
      {result && !result.ok && (
        <Notice intent="error" title={t.season.refused}>
          <ProblemList problems={result.problems} />
        </Notice>
      )}
    </section>
  );
}

function OutcomeItem({ outcome }: { outcome: CollectOutcome }) {
  const t = useText();
  const styles = useStyles();
  const shown = (value: CellValue) => (typeof value === "number" ? t.number(value) : value === null || value === "" ? "∅" : `"${value}"`);
  const tone = outcome.status === "refused" ? styles.refused : outcome.status === "needs-replace" ? styles.pending : styles.collected;
  const unit = outcome.unit ? ` – ${outcome.unit}` : "";
  let detail: string[] = [];
  let summary = "";
  if (outcome.status === "added") summary = t.season.cells(outcome.cells);
  if (outcome.status === "replaced" || outcome.status === "needs-replace") {
    summary = t.season.changes(outcome.changes.length);
    detail = outcome.changes.slice(0, CHANGES_SHOWN).map((c) => t.season.change(`${c.sheet}!${c.address}`, c.code, c.what, shown(c.before), shown(c.after)));
  }
  if (outcome.status === "refused") {
    summary = COLLECT_REFUSALS[outcome.reason][t.lang];
    detail = outcome.problems.map((problem) => `${problem.cell ? `Tự chấm!${problem.cell}: ` : ""}${problem.message[t.lang]}`);
  }
  return (
    <li className={`${styles.outcome} ${tone}`} data-testid="collect-outcome" data-status={outcome.status}>
      <Text weight="semibold">
        {t.season.status[outcome.status]}: {outcome.source}
        {unit}
      </Text>
      {summary && (
        <Text block size={200}>
          {summary}
        </Text>
      )}
      {detail.length > 0 && (
        <ul className={styles.details}>
          {detail.map((line, index) => (
            <li key={index}>
              <Text size={200}>{line}</Text>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function CollectReport({ result, asking, onReplace, onKeep }: { result: CollectResult; asking: boolean; onReplace: () => void; onKeep: () => void }) {
  const t = useText();
  const styles = useStyles();
  if (!result.ok) {
    return (
      <Notice intent="error" title={t.season.refused}>
        <ProblemList problems={result.problems} />
      </Notice>
    );
  }
  const collected = result.outcomes.filter((o) => o.status === "added" || o.status === "replaced" || o.status === "unchanged").length;
  const pending = result.outcomes.filter((o) => o.status === "needs-replace").length;
  const allIn = collected === result.outcomes.length;
  return (
    <>
      <Notice intent={allIn ? "success" : "warning"} title={t.season.summary(collected, result.outcomes.length)} testId="collect-summary" />
      {pending > 0 && asking && (
        <Notice intent="warning" title={t.season.confirmTitle(pending)} testId="collect-confirm">
          <Text block>{t.season.confirmText}</Text>
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={onReplace}>
              {t.season.replace(pending)}
            </Button>
            <Button onClick={onKeep}>{t.season.keep}</Button>
          </div>
        </Notice>
      )}
      <ul className={styles.outcomes} data-testid="collect-outcomes">
        {result.outcomes.map((outcome, index) => (
          <OutcomeItem key={index} outcome={outcome} />
        ))}
      </ul>
    </>
  );
}

/** The browser's files as the services read them: bytes only when needed. */
const chosenFiles = (list: FileList | null): ChosenFile[] => Array.from(list ?? []).map((file) => ({ name: file.name, bytes: () => readFileBytes(file) }));

function CollectFiles({ services, status }: SectionProps) {
  const t = useText();
  const styles = useStyles();
  const operation = useOperation();
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [result, setResult] = useState<CollectResult | null>(null);
  const [asking, setAsking] = useState(true);
  const reason = whyNot(t, status, operation, files.length === 0);
  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    setFiles(chosenFiles(event.target.files));
    setResult(null);
  };
  const collect = async (replace: boolean) => {
    const outcome = await operation.run("collect", (onProgress) => services.collectSelfAssessmentFiles(files, replace, onProgress));
    if (outcome) setResult(outcome);
    setAsking(true);
  };
  return (
    <section className={styles.part} aria-labelledby="collect-title">
      <Text as="h2" id="collect-title" weight="semibold" size={400}>
        {t.season.collectTitle}
      </Text>
      <Field hint={t.season.collectHint}>
        <FileButton
          label={t.season.chooseFiles}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple
          onChange={onChoose}
          testId="self-files"
        />
      </Field>
      {files.length > 0 && <Text size={200}>{t.season.chosen(files.map((file) => file.name))}</Text>}
      <ActionButton label={t.season.collect} reason={reason} onClick={() => void collect(false)} />
      <ProgressView running={operation.running} progress={operation.progress} />
      <FailureView failure={operation.failure} />
      {result && <CollectReport result={result} asking={asking} onReplace={() => void collect(true)} onKeep={() => setAsking(false)} />}
    </section>
  );
}

function AppraisalNotice({ result }: { result: AppraisalResult }) {
  const t = useText();
  const words = t.season.appraisal;
  if (!result.ok) {
    return (
      <Notice intent="error" title={t.season.refused}>
        <ProblemList problems={result.problems} />
      </Notice>
    );
  }
  if (result.units === 0) return <Notice intent="warning" title={words.noSelf} testId="appraisal-result" />;
  const title = result.copied > 0 ? words.done(result.copied, result.kept, result.units) : words.nothing(result.kept);
  return <Notice intent={result.copied > 0 ? "success" : "info"} title={title} testId="appraisal-result" />;
}

function StartAppraisal({ services, status }: SectionProps) {
  const t = useText();
  const styles = useStyles();
  const operation = useOperation();
  const [overwrite, setOverwrite] = useState(false);
  const [result, setResult] = useState<AppraisalResult | null>(null);
  const reason = whyNot(t, status, operation);
  const onStart = async () => {
    const done = await operation.run("appraise", (onProgress) => services.startAppraisal(overwrite, onProgress));
    if (done) setResult(done);
  };
  return (
    <section className={styles.part} aria-labelledby="appraisal-title">
      <Text as="h2" id="appraisal-title" weight="semibold" size={400}>
        {t.season.appraisal.title}
      </Text>
      <Text size={200}>{t.season.appraisal.hint}</Text>
      <Checkbox label={t.season.appraisal.overwrite} checked={overwrite} onChange={(_, data) => setOverwrite(data.checked === true)} />
      <ActionButton label={t.season.appraisal.start} reason={reason} onClick={onStart} />
      <ProgressView running={operation.running} progress={operation.progress} />
      <FailureView failure={operation.failure} />
      {result && <AppraisalNotice result={result} />}
    </section>
  );
}

export function SeasonSection(props: SectionProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <SendFiles {...props} />
      <CollectFiles {...props} />
      <StartAppraisal {...props} />
    </div>
  );
}

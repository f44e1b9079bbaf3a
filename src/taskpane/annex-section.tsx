/**
 * Section 3, "Phụ lục": build the annexes in one click, then read the count
 * per class and per band and copy the report's sentences.
 */
import { useState } from "react";
import { Button, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useTableStyles } from "./table-styles";
import { useText } from "./i18n/text-context";
import type { Dictionary } from "./i18n/dictionary";
import { ActionButton, FailureView, Notice, ProblemList, ProgressView } from "./feedback";
import { IssueList, useCellSelection } from "./issue-list";
import type { SectionProps } from "./section-props";
import { useOperation } from "./use-operation";
import type { AnnexResult, ClassCount } from "../actions/types";
import type { ReportSentence } from "../core/report-sentences";
import type { TaskpaneServices } from "./services";
import { ALL_ANNEXES, DEFAULT_ANNEXES, type AnnexKind } from "../sheet/names";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  options: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  sentences: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    "& p": { margin: 0 },
  },
  copyRow: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
  },
});

/** The boxes ticked: each annex of the registry, and the chart on PL1. */
type AnnexTicks = Record<AnnexKind, boolean> & { chart: boolean };

const choiceKeys: ReadonlyArray<keyof AnnexTicks> = [...ALL_ANNEXES, "chart"];

/** At first: the registry's default annexes, and the chart. */
function defaultChoice(): AnnexTicks {
  const annexes = Object.fromEntries(ALL_ANNEXES.map((kind) => [kind, DEFAULT_ANNEXES.includes(kind)]));
  return { ...(annexes as Record<AnnexKind, boolean>), chart: true }; // one entry per kind, just above
}

function CountTable({ caption, column, groups, testId }: { caption: string; column: string; groups: readonly ClassCount[]; testId: string }) {
  const t = useText();
  const styles = useTableStyles();
  if (groups.length === 0) return null;
  return (
    <table className={styles.table} data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{column}</th>
          <th scope="col" className={styles.number}>
            {t.annexes.columnCount}
          </th>
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => (
          <tr key={group.label}>
            <td>{group.label}</td>
            <td className={styles.number}>{group.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Sentences({ report, services }: { report: readonly ReportSentence[]; services: TaskpaneServices }) {
  const t = useText();
  const styles = useStyles();
  const [copied, setCopied] = useState<boolean | null>(null);
  if (report.length === 0) return null;
  const sentences = report.map((sentence) => sentence.text[t.lang]);
  const onCopy = async () => {
    setCopied(await services.copyText(sentences.join("\n")).catch(() => false));
  };
  return (
    <section aria-label={t.annexes.sentencesTitle}>
      <Text block weight="semibold">
        {t.annexes.sentencesTitle}
      </Text>
      <div className={styles.copyRow}>
        <Button onClick={onCopy}>{t.annexes.copy}</Button>
        {copied !== null && (
          <Text size={200} role="status">
            {copied ? t.annexes.copied : t.annexes.copyFailed}
          </Text>
        )}
      </div>
      <div className={styles.sentences} data-testid="report-sentences">
        {sentences.map((sentence, index) => (
          <p key={index}>{sentence}</p>
        ))}
      </div>
    </section>
  );
}

function AnnexResultView({
  outcome,
  services,
  onSelect,
}: {
  outcome: AnnexResult;
  services: TaskpaneServices;
  onSelect: (sheet: string, address: string) => void;
}) {
  const t = useText();
  if (!outcome.ok) {
    return (
      <>
        <Notice intent="error" title={outcome.issues.length > 0 ? t.annexes.refused(outcome.issues.length) : t.annexes.refusedOther} testId="annex-result">
          {outcome.issues.length === 0 && <ProblemList problems={outcome.problems} />}
        </Notice>
        {outcome.issues.length > 0 && <IssueList issues={outcome.issues} onSelect={onSelect} />}
      </>
    );
  }
  return (
    <>
      <Notice intent="success" title={t.annexes.done(outcome.sheets)} testId="annex-result" />
      <CountTable caption={t.annexes.classesTitle} column={t.annexes.columnClass} groups={outcome.classes} testId="class-counts" />
      <CountTable caption={t.annexes.bandsTitle} column={t.annexes.columnBand} groups={outcome.bands} testId="band-counts" />
      <Sentences report={outcome.report} services={services} />
    </>
  );
}

/** Why the annexes cannot be built now, or null when they can. */
function whyNotBuild(t: Dictionary, busy: boolean, hasSheets: boolean, options: AnnexTicks, invalidCount: number | null): string | null {
  if (busy) return t.annexes.why.busy;
  if (!hasSheets) return t.annexes.why.noSheets;
  if (!ALL_ANNEXES.some((kind) => options[kind])) return t.annexes.why.noneChosen;
  if (invalidCount !== null && invalidCount > 0) return t.annexes.why.invalid(invalidCount);
  return null;
}

export function AnnexSection({ services, status, invalidCount }: SectionProps) {
  const t = useText();
  const styles = useStyles();
  const build = useOperation();
  const selection = useCellSelection(services);
  const [options, setOptions] = useState<AnnexTicks>(defaultChoice);
  const [outcome, setOutcome] = useState<AnnexResult | null>(null);
  const reason = whyNotBuild(t, build.busy, status?.hasScoringSheets === true, options, invalidCount);

  const onBuild = async () => {
    if (reason !== null) return;
    setOutcome(null);
    const choice = { annexes: ALL_ANNEXES.filter((kind) => options[kind]), chart: options.chart };
    const result = await build.run("annexes", (onProgress) => services.buildAnnexes(choice, onProgress));
    if (result !== undefined) setOutcome(result);
  };

  return (
    <div className={styles.root}>
      <fieldset className={styles.options}>
        <legend className={styles.legend}>{t.annexes.optionsLabel}</legend>
        {choiceKeys.map((key) => (
          <Checkbox
            key={key}
            label={t.annexes[key]}
            checked={options[key] && (key !== "chart" || options.ranking)}
            disabled={key === "chart" && !options.ranking}
            onChange={(_, data) => setOptions((current) => ({ ...current, [key]: data.checked === true }))}
          />
        ))}
      </fieldset>
      <ActionButton label={t.annexes.build} reason={reason} onClick={onBuild} />
      <ProgressView running={build.running} progress={build.progress} />
      <FailureView failure={build.failure} />
      <FailureView failure={selection.failure} />
      {outcome && <AnnexResultView outcome={outcome} services={services} onSelect={selection.select} />}
    </div>
  );
}

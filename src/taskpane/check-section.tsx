/**
 * Section 2, "Kiểm tra": the live count of invalid score cells, and the full
 * check that lists every problem by unit with a link to its cell.
 */
import { useState } from "react";
import { CounterBadge, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useText } from "./i18n/text-context";
import { ActionButton, FailureView, Notice, ProblemList, ProgressView } from "./feedback";
import { IssueList, useCellSelection } from "./issue-list";
import type { SectionProps } from "./section-props";
import { useOperation } from "./use-operation";
import type { CheckResult } from "../actions/types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  live: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

function LiveCount({ count, watching }: { count: number | null; watching: boolean }) {
  const t = useText();
  const styles = useStyles();
  const text = !watching || count === null ? t.check.liveUnknown : count === 0 ? t.check.liveNone : t.check.liveCount(count);
  return (
    <div className={styles.live} role="status" aria-live="polite" aria-label={t.check.liveLabel} data-testid="live-count">
      {watching && count !== null && <CounterBadge count={count} showZero color={count === 0 ? "informative" : "danger"} aria-hidden="true" />}
      <Text>{text}</Text>
    </div>
  );
}

/** The units with criteria not assessed: information, listed apart from the errors. */
function NotAssessedInfo({ outcome }: { outcome: Extract<CheckResult, { ok: true }> }) {
  const t = useText();
  const units = outcome.report.units.filter((unit) => unit.notAssessedLeaves.length > 0);
  if (units.length === 0) return null;
  return (
    <Notice intent="info" title={t.check.notAssessedTitle(units.length)} testId="not-assessed">
      {units.map((unit) => (
        <Text block key={unit.name}>
          {t.check.notAssessedUnit(unit.name, unit.notAssessed.join(", "), t.number(unit.max))}
        </Text>
      ))}
    </Notice>
  );
}

function CheckResultView({ outcome, onSelect }: { outcome: CheckResult; onSelect: (sheet: string, address: string) => void }) {
  const t = useText();
  if (!outcome.ok) {
    return (
      <Notice intent="error" title={t.check.refused} testId="check-result">
        <ProblemList problems={outcome.problems} />
      </Notice>
    );
  }
  const errors = outcome.issues.filter((issue) => issue.severity === "error");
  const warnings = outcome.issues.filter((issue) => issue.kind === "missing").length;
  const clamped = outcome.issues.filter((issue) => issue.kind === "clamped").length;
  const units = new Set(errors.map((issue) => issue.unit)).size;
  return (
    <>
      <Notice
        intent={errors.length > 0 ? "error" : "success"}
        title={errors.length > 0 ? t.check.found(errors.length, units) : t.check.allValid(outcome.units.length)}
        testId="check-result"
      >
        {warnings > 0 && <Text block>{t.check.warnings(warnings)}</Text>}
        {clamped > 0 && <Text block>{t.check.clamped(clamped)}</Text>}
      </Notice>
      <NotAssessedInfo outcome={outcome} />
      {errors.length > 0 && <IssueList issues={errors} onSelect={onSelect} />}
    </>
  );
}

export function CheckSection({ services, status, invalidCount }: SectionProps) {
  const t = useText();
  const styles = useStyles();
  const check = useOperation();
  const selection = useCellSelection(services);
  const [outcome, setOutcome] = useState<CheckResult | null>(null);
  const hasSheets = status?.hasScoringSheets === true;
  const reason = check.busy ? t.check.why.busy : !hasSheets ? t.check.why.noSheets : null;

  const onRun = async () => {
    if (reason !== null) return;
    const result = await check.run("check", (onProgress) => services.checkScores(onProgress));
    if (result !== undefined) setOutcome(result);
  };

  return (
    <div className={styles.root}>
      <LiveCount count={invalidCount} watching={hasSheets} />
      <ActionButton label={t.check.run} reason={reason} onClick={onRun} />
      <ProgressView running={check.running} progress={check.progress} />
      <FailureView failure={check.failure} />
      <FailureView failure={selection.failure} />
      {outcome && <CheckResultView outcome={outcome} onSelect={selection.select} />}
    </div>
  );
}

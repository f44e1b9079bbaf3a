/**
 * Score problems grouped by unit; each one is a link that selects its cell
 * in Excel.
 */
import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useText } from "./i18n/text-context";
import { useOperation } from "./use-operation";
import type { Failure } from "./use-operation";
import type { TaskpaneServices } from "./services";
import type { WorkbookIssue } from "../actions/types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  unit: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, "& li": { marginBottom: tokens.spacingVerticalXXS } },
  address: { fontFamily: tokens.fontFamilyMonospace },
});

/** Selecting an issue's cell in Excel, and how that failed if it did. */
export function useCellSelection(services: TaskpaneServices): {
  select: (sheet: string, address: string) => void;
  failure: Failure | null;
} {
  const operation = useOperation();
  const select = (sheet: string, address: string) => {
    void operation.run("select", () => services.selectCell(sheet, address));
  };
  return { select, failure: operation.failure };
}

/** Issues grouped by unit, units in their first issue's order. */
function groupByUnit(issues: readonly WorkbookIssue[]): Array<{ unit: string; issues: WorkbookIssue[] }> {
  const groups = new Map<string, WorkbookIssue[]>();
  for (const issue of issues) {
    const group = groups.get(issue.unit);
    if (group) group.push(issue);
    else groups.set(issue.unit, [issue]);
  }
  return Array.from(groups, ([unit, unitIssues]) => ({ unit, issues: unitIssues }));
}

export function IssueList({ issues, onSelect }: { issues: readonly WorkbookIssue[]; onSelect: (sheet: string, address: string) => void }) {
  const t = useText();
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid="issue-list">
      {groupByUnit(issues).map((group) => (
        <section key={group.unit} aria-label={group.unit}>
          <Text block className={styles.unit}>
            {t.check.unitGroup(group.unit, group.issues.length)}
          </Text>
          <ul className={styles.list}>
            {group.issues.map((issue) => (
              <li key={`${issue.code}\u0000${issue.sheet}!${issue.address}`}>
                {issue.address ? (
                  <Link as="button" onClick={() => onSelect(issue.sheet, issue.address)} title={t.check.goTo(issue.address)}>
                    <span className={styles.address}>{issue.address}</span>: {issue.message[t.lang]}
                  </Link>
                ) : (
                  issue.message[t.lang]
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/**
 * "Nhập từ trang tính": the officer pastes the decision's criteria table
 * into a sheet, selects it (or one cell for the whole sheet) and reads it;
 * the pane shows the tree (fields, counts, total) and every problem as a
 * link that selects its row, so that the sheet can be fixed and read again.
 * A table without errors can be used as the template (the section then
 * stores it in the workbook with the units) and downloaded as JSON.
 */
import { useState } from "react";
import { Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useText } from "./i18n/text-context";
import { FailureView, Notice, ProgressView } from "./feedback";
import { useOperation } from "./use-operation";
import { useCellSelection } from "./issue-list";
import { columnLetter } from "../sheet/a1";
import type { ImportProblem, ImportResult } from "../core/import/import-result";
import type { CompiledTemplate } from "../core/template-tree";
import type { TableImportView, TaskpaneServices } from "./services";
import { CriteriaTree } from "./criteria-tree";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, "& li": { marginBottom: tokens.spacingVerticalXXS } },
});

export function TableImportPanel({ services, onUse }: { services: TaskpaneServices; onUse: (template: CompiledTemplate) => void }) {
  const t = useText();
  const styles = useStyles();
  const operation = useOperation();
  const [view, setView] = useState<TableImportView | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  /** The selection, or the place read last (the selection has moved to a problem's row since). */
  const read = async (again: boolean) => {
    setMessage(null);
    const place = again ? (view?.place ?? undefined) : undefined;
    const result = await operation.run("importTable", () => services.importTable(place));
    if (result !== undefined) setView(result);
  };
  const use = (template: CompiledTemplate) => {
    onUse(template);
    setMessage(t.tableImport.used);
  };
  const download = async () => {
    const template = view?.table?.result.template;
    if (!template) return;
    const fileName = `${template.id}.json`;
    const saved = await services.saveFile(fileName, `${JSON.stringify(template, null, 2)}\n`);
    setMessage(saved ? t.tableImport.downloaded(fileName) : t.tableImport.downloadFailed);
  };

  return (
    <section className={styles.root} aria-label={t.tableImport.title} data-testid="table-import">
      <Text className={styles.title}>{t.tableImport.title}</Text>
      <Text size={200}>{t.tableImport.hint}</Text>
      <div className={styles.row}>
        {view?.place && (
          <Button appearance="primary" onClick={() => read(true)} disabledFocusable={operation.busy}>
            {t.tableImport.reread}
          </Button>
        )}
        <Button onClick={() => read(false)} disabledFocusable={operation.busy}>
          {t.tableImport.read}
        </Button>
      </div>
      <ProgressView running={operation.running} progress={operation.progress} />
      <FailureView failure={operation.failure} />
      {view && <ImportOutcome view={view} services={services} onUse={use} onDownload={download} />}
      {message && <Text size={200}>{message}</Text>}
    </section>
  );
}

function ImportOutcome({
  view,
  services,
  onUse,
  onDownload,
}: {
  view: TableImportView;
  services: TaskpaneServices;
  onUse: (template: CompiledTemplate) => void;
  onDownload: () => void;
}) {
  const t = useText();
  const styles = useStyles();
  const selection = useCellSelection(services);
  const { table, template } = view;
  const headerRow = table?.result.headerRow ?? null;
  if (!table || headerRow === null) {
    const why = table?.result.problems[0]?.message[t.lang] ?? t.tableImport.empty;
    return <Notice intent="warning" title={why} testId="table-import-result" />;
  }
  const { result } = table;
  const errors = result.problems.filter((problem) => problem.severity === "error");
  const notes = result.problems.filter((problem) => problem.severity === "note");
  const rowAddress = (row: number) => `${columnLetter(table.firstColumn)}${row}:${columnLetter(table.firstColumn + Math.max(table.columnCount, 1) - 1)}${row}`;
  const selectRow = (row: number) => selection.select(table.sheet ?? "", rowAddress(row));
  return (
    <div data-testid="table-import-result">
      <Text block size={200}>
        {t.tableImport.readFrom(table.sheet ?? "", headerRow)}
      </Text>
      {errors.length > 0 && (
        <Notice intent="error" title={t.tableImport.errorsTitle(errors.length)}>
          <ProblemLinks problems={errors} onSelect={selectRow} />
        </Notice>
      )}
      {errors.length === 0 && template && (
        <Notice intent="success" title={t.tableImport.okTitle}>
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => onUse(template)}>
              {t.tableImport.use}
            </Button>
            <Button onClick={onDownload}>{t.tableImport.download}</Button>
          </div>
        </Notice>
      )}
      <TreePreview result={result} />
      {notes.length > 0 && (
        <Notice intent="info" title={t.tableImport.notesTitle(notes.length)}>
          <ProblemLinks problems={notes} onSelect={selectRow} />
        </Notice>
      )}
      <FailureView failure={selection.failure} />
    </div>
  );
}

/** The counts, the total, bonus and penalty apart, and the tree. */
function TreePreview({ result }: { result: ImportResult }) {
  const t = useText();
  const { fields, criteria, subCriteria, total, extras } = result.summary;
  return (
    <>
      <Text block weight="semibold">
        {t.tableImport.summary(fields, criteria, subCriteria, total)}
      </Text>
      {extras.map((extra) => (
        <Text block size={200} key={extra.code}>
          {t.tableImport.extra(extra.kind, extra.code, extra.max)}
        </Text>
      ))}
      <CriteriaTree tree={result.tree} />
    </>
  );
}

/** Problems as links: clicking one selects its row on the sheet. */
function ProblemLinks({ problems, onSelect }: { problems: readonly ImportProblem[]; onSelect: (row: number) => void }) {
  const t = useText();
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {problems.map((problem, index) => (
        <li key={index}>
          {problem.row === null ? (
            problem.message[t.lang]
          ) : (
            <Link as="button" onClick={() => onSelect(problem.row as number)} title={t.tableImport.goToRow(problem.row)}>
              {problem.message[t.lang]}
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}

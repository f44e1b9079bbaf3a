/**
 * An imported criteria tree, compact for a 320 px pane: each field folds
 * open on its criteria and sub-criteria, each line with the decision's
 * numbering, the code when it differs, the title and the maximum.
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useText } from "./i18n/text-context";
import type { ImportedNode } from "../core/import/import-result";

const useStyles = makeStyles({
  tree: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, listStyleType: "none" },
  summary: { cursor: "pointer" },
  number: { fontWeight: tokens.fontWeightSemibold },
  code: { color: tokens.colorNeutralForeground3 },
  max: { whiteSpace: "nowrap" },
});

function NodeLine({ node }: { node: ImportedNode }) {
  const t = useText();
  const styles = useStyles();
  return (
    <>
      <span className={styles.number}>{node.label ?? node.code}</span>
      {node.label !== undefined && node.label !== node.code && <span className={styles.code}> ({node.code})</span>} {node.title} —{" "}
      <span className={styles.max}>{t.tableImport.points(node.max)}</span>
    </>
  );
}

function Children({ nodes }: { nodes: readonly ImportedNode[] }) {
  const styles = useStyles();
  if (nodes.length === 0) return null;
  return (
    <ul className={styles.list}>
      {nodes.map((node) => (
        <li key={`${node.row}-${node.code}`}>
          <Text size={200}>
            <NodeLine node={node} />
          </Text>
          <Children nodes={node.children} />
        </li>
      ))}
    </ul>
  );
}

export function CriteriaTree({ tree }: { tree: readonly ImportedNode[] }) {
  const t = useText();
  const styles = useStyles();
  return (
    <div className={styles.tree} role="group" aria-label={t.tableImport.treeLabel} data-testid="criteria-tree">
      {tree.map((field) => (
        <details key={`${field.row}-${field.code}`}>
          <summary className={styles.summary}>
            <Text size={200}>
              <NodeLine node={field} />
            </Text>
          </summary>
          <Children nodes={field.children} />
        </details>
      ))}
    </div>
  );
}

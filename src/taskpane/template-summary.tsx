/**
 * A chosen template at a glance: its fields with their maxima and the total,
 * its classes and its bands.
 */
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useTableStyles } from "./table-styles";
import type { CompiledTemplate } from "../core/template-tree";
import type { Band, ClassRule } from "../core/template";
import { useText } from "./i18n/text-context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  fixed: { tableLayout: "fixed" },
  details: { "& > summary": { cursor: "pointer" } },
  toggle: { color: tokens.colorNeutralForeground2, paddingBottom: tokens.spacingVerticalXS },
  code: { width: "2.5em" },
  total: { fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground3 },
  rules: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  subheading: { fontWeight: tokens.fontWeightSemibold },
});

/** Bands from the highest, each with the minimum of the band above it. */
function bandRanges(bands: readonly Band[]): Array<{ band: Band; nextMin: number | undefined }> {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  return sorted.map((band, index) => ({ band, nextMin: index === 0 ? undefined : sorted[index - 1].min }));
}

/** `open`: the details start unfolded (a template just chosen) or folded (the workbook's own, seen before). */
export function TemplateSummary({ template, open }: { template: CompiledTemplate; open: boolean }) {
  const t = useText();
  const styles = useStyles();
  const { definition } = template;
  return (
    <section className={styles.root} aria-label={template.name} data-testid="template-summary">
      {definition.source && (
        <Text size={200}>
          {t.template.sourceLabel}: {definition.source}
        </Text>
      )}
      <details open={open} className={styles.details}>
        <summary className={styles.toggle}>{t.template.criteriaCount(template.fields.length, template.leaves.length)}</summary>
        <div className={styles.root}>
          <FieldTable template={template} />
          <ClassRules rules={definition.classification} />
          {definition.bands && <BandRules bands={definition.bands} />}
        </div>
      </details>
    </section>
  );
}

/** The fields with their maxima, and the total. */
function FieldTable({ template }: { template: CompiledTemplate }) {
  const t = useText();
  const styles = useStyles();
  const tables = useTableStyles();
  return (
    <table className={mergeClasses(tables.table, styles.fixed)}>
      <caption>{t.template.summaryCaption(template.name)}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.code}>
            {t.template.columnCode}
          </th>
          <th scope="col">{t.template.columnField}</th>
          <th scope="col" className={tables.number}>
            {t.template.columnMax}
          </th>
        </tr>
      </thead>
      <tbody>
        {template.fields.map((field) => (
          <tr key={field.code}>
            <td>{field.code}</td>
            <td>
              {field.title}
              {!field.classified && <span className={styles.note}> ({t.template.notClassified})</span>}
            </td>
            <td className={tables.number}>{t.number(field.max)}</td>
          </tr>
        ))}
        <tr className={styles.total}>
          <td colSpan={2}>{t.template.total}</td>
          <td className={tables.number}>{t.number(template.totalMax)}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** The classes with their thresholds, or a note that the template classifies nobody. */
function ClassRules({ rules }: { rules: readonly ClassRule[] | undefined }) {
  const t = useText();
  const styles = useStyles();
  return (
    <>
      <Text className={styles.subheading}>{t.template.classesTitle}</Text>
      {rules ? (
        <ol className={styles.rules}>
          {rules.map((rule) => (
            <li key={rule.label}>
              {rule.label}: {t.template.classRule(rule.minTotal, rule.minField)}
            </li>
          ))}
        </ol>
      ) : (
        <Text size={200} className={styles.note}>
          {t.template.noClasses}
        </Text>
      )}
    </>
  );
}

/** The bands from the highest, each with its range unless its label already says it. */
function BandRules({ bands }: { bands: readonly Band[] }) {
  const t = useText();
  const styles = useStyles();
  return (
    <>
      <Text className={styles.subheading}>{t.template.bandsTitle}</Text>
      <ul className={styles.rules}>
        {bandRanges(bands).map(({ band, nextMin }) => {
          const rule = t.template.bandRule(band.min, nextMin);
          // "Nhóm B (từ 70% đến dưới 90%)" already says its range; "B" does not.
          const saysItsRange = band.label.toLocaleLowerCase(t.lang).includes(rule.toLocaleLowerCase(t.lang));
          return <li key={band.label}>{saysItsRange ? band.label : `${band.label}: ${rule}`}</li>;
        })}
      </ul>
    </>
  );
}

/**
 * The pane's small tables (fields of a template, counts per class): full
 * width, wrapped text, a caption above.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useTableStyles = makeStyles({
  table: {
    width: "100%",
    borderCollapse: "collapse",
    "& th, & td": {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      verticalAlign: "top",
      overflowWrap: "anywhere",
    },
    "& th": { textAlign: "start" },
    "& caption": { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  },
  number: { textAlign: "end", width: "5em" },
});

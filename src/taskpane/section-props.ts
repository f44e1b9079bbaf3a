/** What every section of the pane receives from the pane. */
import type { TaskpaneServices, WorkbookStatus } from "./services";

export interface SectionProps {
  services: TaskpaneServices;
  /** Null until the workbook has been read. */
  status: WorkbookStatus | null;
  /** Invalid score cells now; null when there is nothing to watch. */
  invalidCount: number | null;
  /** Says the section changed the workbook (a template loaded): the pane reads its status again. */
  onWorkbookChanged: () => void;
}

/**
 * The task pane: sections that follow the officer's job (template, the
 * units' self-assessment files, check, annexes), sharing the workbook's status and the live invalid count.
 */
import { useCallback, useEffect, useState } from "react";
import type { ComponentType } from "react";
import { FluentProvider, Tab, TabList, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { SelectTabData } from "@fluentui/react-components";
import type { Dictionary } from "./i18n/dictionary";
import { TextContext, useText } from "./i18n/text-context";
import { BusyContext, useBusyGate, useOperation } from "./use-operation";
import { FailureView } from "./feedback";
import { TemplateSection } from "./template-section";
import { CheckSection } from "./check-section";
import { AnnexSection } from "./annex-section";
import { SeasonSection } from "./season-section";
import type { TaskpaneServices, WorkbookStatus } from "./services";
import type { SectionProps } from "./section-props";

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: "280px",
    maxWidth: "720px",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column" },
  subtitle: { color: tokens.colorNeutralForeground3 },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

/**
 * The sections, in tab order. A new section is one entry here: a component
 * taking SectionProps, and its tab's title under `tabs` in the dictionaries.
 */
const SECTIONS = [
  { id: "template", Section: TemplateSection },
  { id: "season", Section: SeasonSection },
  { id: "check", Section: CheckSection },
  { id: "annexes", Section: AnnexSection },
] as const satisfies ReadonlyArray<{ id: keyof Dictionary["tabs"]; Section: ComponentType<SectionProps> }>;

type SectionId = (typeof SECTIONS)[number]["id"];

/** The workbook's status, read again after every change the pane makes, and the live count of invalid cells. */
function useWorkbookWatch(services: TaskpaneServices) {
  const statusOperation = useOperation();
  const [status, setStatus] = useState<WorkbookStatus | null>(null);
  const [invalidCount, setInvalidCount] = useState<number | null>(null);
  const [generation, setGeneration] = useState(0);
  const { run } = statusOperation;

  useEffect(() => {
    let current = true;
    void run("status", () => services.workbookStatus()).then((result) => {
      if (current && result !== undefined) setStatus(result);
    });
    return () => {
      current = false;
    };
  }, [services, run, generation]);

  const hasSheets = status?.hasScoringSheets === true;
  useEffect(() => {
    if (!hasSheets) {
      setInvalidCount(null);
      return undefined;
    }
    return services.watchInvalidCount(setInvalidCount);
  }, [services, hasSheets, generation]);

  const onWorkbookChanged = useCallback(() => setGeneration((value) => value + 1), []);
  return { status, invalidCount, failure: statusOperation.failure, onWorkbookChanged };
}

function Pane({ services }: { services: TaskpaneServices }) {
  const t = useText();
  const styles = useStyles();
  const { failure, ...watched } = useWorkbookWatch(services);
  const [section, setSection] = useState<SectionId>("template");
  const onTab = (_: unknown, data: SelectTabData) => setSection(data.value as SectionId);

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold">
          {t.appTitle}
        </Text>
        <Text size={200} className={styles.subtitle}>
          {t.appSubtitle}
        </Text>
      </header>
      <FailureView failure={failure} />
      <TabList className={styles.tabs} selectedValue={section} onTabSelect={onTab} aria-label={t.sectionsLabel} size="small">
        {SECTIONS.map(({ id }) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
            {t.tabs[id]}
          </Tab>
        ))}
      </TabList>
      {SECTIONS.map(({ id, Section }) => (
        <div key={id} role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={section !== id}>
          <Section services={services} {...watched} />
        </div>
      ))}
    </main>
  );
}

export function App({ services, dictionary }: { services: TaskpaneServices; dictionary: Dictionary }) {
  const styles = useStyles();
  const gate = useBusyGate();
  return (
    <FluentProvider theme={webLightTheme} className={styles.provider} lang={dictionary.lang}>
      <TextContext.Provider value={dictionary}>
        <BusyContext.Provider value={gate}>
          <Pane services={services} />
        </BusyContext.Provider>
      </TextContext.Provider>
    </FluentProvider>
  );
}

/**
 * The task pane: three sections that follow the officer's job (template,
 * check, annexes), sharing the workbook's status and the live invalid count.
 */
import { useCallback, useEffect, useState } from "react";
import { FluentProvider, Tab, TabList, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { SelectTabData } from "@fluentui/react-components";
import type { Dictionary } from "./i18n/dictionary";
import { TextContext, useText } from "./i18n/text-context";
import { BusyContext, useBusyGate, useOperation } from "./use-operation";
import { FailureView } from "./feedback";
import { TemplateSection } from "./template-section";
import { CheckSection } from "./check-section";
import { AnnexSection } from "./annex-section";
import type { TaskpaneServices, WorkbookStatus } from "./services";

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

type SectionId = "template" | "check" | "annexes";
const sections: readonly SectionId[] = ["template", "check", "annexes"];

function Pane({ services }: { services: TaskpaneServices }) {
  const t = useText();
  const styles = useStyles();
  const statusOperation = useOperation();
  const [status, setStatus] = useState<WorkbookStatus | null>(null);
  const [invalidCount, setInvalidCount] = useState<number | null>(null);
  const [generation, setGeneration] = useState(0);
  const [section, setSection] = useState<SectionId>("template");
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

  const onLoaded = useCallback(() => setGeneration((value) => value + 1), []);
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
      <FailureView failure={statusOperation.failure} />
      <TabList className={styles.tabs} selectedValue={section} onTabSelect={onTab} aria-label={t.sectionsLabel} size="medium">
        {sections.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
            {t.tabs[id]}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id="panel-template" aria-labelledby="tab-template" hidden={section !== "template"}>
        <TemplateSection services={services} status={status} onLoaded={onLoaded} />
      </div>
      <div role="tabpanel" id="panel-check" aria-labelledby="tab-check" hidden={section !== "check"}>
        <CheckSection services={services} status={status} invalidCount={invalidCount} />
      </div>
      <div role="tabpanel" id="panel-annexes" aria-labelledby="tab-annexes" hidden={section !== "annexes"}>
        <AnnexSection services={services} status={status} invalidCount={invalidCount} />
      </div>
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

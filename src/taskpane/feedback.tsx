/**
 * How the pane talks back: progress of a long operation, a failure with what
 * to do, a list of problems, a button that says why it cannot run, and a
 * button that opens the file picker.
 */
import { useRef } from "react";
import type { ChangeEvent, ReactNode } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Bilingual } from "../core/messages";
import { useText } from "./i18n/text-context";
import { describeFailure } from "./failure";
import type { Failure } from "./use-operation";
import type { Progress } from "./services";

const useStyles = makeStyles({
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  action: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXS },
  reason: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  fileInput: { display: "none" },
});

export function ProgressView({ running, progress }: { running: boolean; progress: Progress | null }) {
  const t = useText();
  const styles = useStyles();
  if (!running) return null;
  const determinate = progress !== null && progress.total > 0;
  const label = progress ? `${progress.label}${determinate ? ` (${t.progressOf(progress.done, progress.total)})` : ""}` : t.busy;
  return (
    <div className={styles.progress} role="status" aria-live="polite" data-testid="progress">
      <ProgressBar value={determinate ? progress.done / progress.total : undefined} thickness="large" />
      <Text size={200}>{label}</Text>
    </div>
  );
}

export function FailureView({ failure }: { failure: Failure | null }) {
  const t = useText();
  if (!failure) return null;
  const text = describeFailure(failure.error, t);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t.failure.during[failure.action]}</MessageBarTitle> {text.what} {text.todo}
      </MessageBarBody>
    </MessageBar>
  );
}

export function ProblemList({ problems }: { problems: readonly Bilingual[] }) {
  const t = useText();
  const styles = useStyles();
  if (problems.length === 0) return null;
  return (
    <ul className={styles.list}>
      {problems.map((problem, index) => (
        <li key={index}>{problem[t.lang]}</li>
      ))}
    </ul>
  );
}

/** A message bar with a title and optional details under it. */
export function Notice({
  intent,
  title,
  children,
  testId,
}: {
  intent: "success" | "warning" | "error" | "info";
  title: string;
  children?: ReactNode;
  testId?: string;
}) {
  return (
    <MessageBar intent={intent} layout="multiline" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * A primary button that stays focusable when it cannot run and shows why
 * beneath itself; screen readers hear the reason as its description.
 */
export function ActionButton({
  label,
  reason,
  onClick,
  appearance = "primary",
}: {
  label: string;
  reason: string | null;
  onClick: () => void;
  appearance?: "primary" | "secondary";
}) {
  const styles = useStyles();
  const reasonId = useId("reason");
  return (
    <div className={styles.action}>
      <Button appearance={appearance} disabledFocusable={reason !== null} aria-describedby={reason !== null ? reasonId : undefined} onClick={onClick}>
        {label}
      </Button>
      {reason !== null && (
        <Text id={reasonId} size={200} className={styles.reason}>
          {reason}
        </Text>
      )}
    </div>
  );
}

/** A button that opens the browser's file picker; the input itself stays hidden and out of the tab order. */
export function FileButton(props: {
  label: string;
  accept: string;
  multiple?: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  testId: string;
  className?: string;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={props.className}>
      <Button onClick={() => input.current?.click()}>{props.label}</Button>
      <input
        ref={input}
        className={styles.fileInput}
        type="file"
        multiple={props.multiple}
        accept={props.accept}
        onChange={props.onChange}
        data-testid={props.testId}
        tabIndex={-1}
        aria-hidden="true"
      />
    </div>
  );
}

/**
 * The pane over a real in-memory workbook, rendered for a test.
 */
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/app";
import { loadDictionary } from "../../src/taskpane/i18n/language";
import { createMemoryServices } from "../../src/taskpane/memory-services";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { Lang } from "../../src/core/messages";

/** Lets the workbook's pending work (status read, re-checks after a change) reach the pane. */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Renders the pane and waits until it has read the workbook. */
export async function renderPane(workbook = new MemoryWorkbook(), lang: Lang = "vi") {
  const { services, platform } = createMemoryServices(workbook, lang);
  const user = userEvent.setup();
  const view = render(<App services={services} dictionary={await loadDictionary(lang)} />);
  await settle();
  return { workbook, platform, services, user, view };
}

/** Fluent's `disabledFocusable` button: focusable, announced as disabled. */
export function isDisabled(button: HTMLElement): boolean {
  return button.getAttribute("aria-disabled") === "true" || (button as HTMLButtonElement).disabled;
}

/** The reason shown under a button that cannot run. */
export function reasonOf(button: HTMLElement): string | null {
  const id = button.getAttribute("aria-describedby");
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}

export const byTestId = (id: string) => screen.getByTestId(id);

/** Goes through the first section: template, units, create; waits for the result. */
export async function createSheetsThroughPane(user: ReturnType<typeof userEvent.setup>, templateId: string, unitsText: string) {
  await user.selectOptions(screen.getByRole("combobox", { name: "Bộ tiêu chí chấm điểm" }), `builtin:${templateId}`);
  const units = screen.getByRole("textbox", { name: /Các đơn vị được chấm điểm/ });
  await user.clear(units);
  await user.click(units);
  await user.paste(unitsText);
  await user.click(screen.getByRole("button", { name: "Tạo bảng chấm điểm" }));
  await screen.findByTestId("load-result");
  await settle();
}

/**
 * Every word list is one dictionary per language of one shape, `vi` the
 * reference and `en` following it. The compiler holds them to their
 * interface; this test reads them as they run: the same keys at every depth,
 * a sentence maker in both or in neither, and no empty entry.
 */
import { cliText } from "../../src/cli/text";
import { templateText } from "../../src/cli/template-text";
import { workbookText } from "../../src/cli/workbook-text";
import { sheetText } from "../../src/sheet/sheet-text";
import { annexText } from "../../src/sheet/annex-text";
import { vi as paneVi } from "../../src/taskpane/i18n/vi";
import { en as paneEn } from "../../src/taskpane/i18n/en";
import { bilingual, functionMessages, functionRangeNames, importMessages, scoreMessages, templateMessages } from "../../src/core/messages";
import { progressLabels, selfFileProblems, selfProblems, sheetProblems, structureProblems } from "../../src/actions/problems";
import { COLLECT_REFUSALS } from "../../src/actions/collect-refusals";
import { readProblems } from "../../src/sheet/read-text";

/** Where the two dictionaries differ in shape, as paths; empty when they agree. */
function shapeDifferences(vi: unknown, en: unknown, path = ""): string[] {
  if (typeof vi === "function" || typeof en === "function") return typeof vi === typeof en ? [] : [`${path}: a sentence maker in one language only`];
  if (typeof vi === "string" || typeof en === "string") {
    if (typeof vi !== typeof en) return [`${path}: text in one language only`];
    return vi === "" || en === "" ? [`${path}: empty`] : [];
  }
  if (vi === null || en === null || typeof vi !== "object" || typeof en !== "object") return vi === en ? [] : [`${path}: differs`];
  if (Array.isArray(vi) || Array.isArray(en)) {
    const [a, b] = [vi as unknown[], en as unknown[]];
    return a.length === b.length ? a.flatMap((item, i) => shapeDifferences(item, b[i], `${path}[${i}]`)) : [`${path}: ${a.length} items against ${b.length}`];
  }
  const keys = new Set([...Object.keys(vi), ...Object.keys(en)]);
  return [...keys].flatMap((key) => {
    if (!(key in vi)) return [`${path}.${key}: missing in vi`];
    if (!(key in en)) return [`${path}.${key}: missing in en`];
    return shapeDifferences((vi as Record<string, unknown>)[key], (en as Record<string, unknown>)[key], `${path}.${key}`);
  });
}

describe("word lists: one dictionary per language, of one shape", () => {
  const dictionaries: Record<string, { vi: unknown; en: unknown }> = {
    "cli/text.ts": cliText,
    "cli/template-text.ts": templateText,
    "cli/workbook-text.ts": workbookText,
    "sheet/sheet-text.ts": sheetText,
    "sheet/annex-text.ts": annexText,
    "taskpane/i18n": { vi: paneVi, en: paneEn },
    "actions/problems.ts progressLabels": progressLabels,
  };

  it.each(Object.keys(dictionaries))("%s: vi and en have the same keys at every depth, none empty", (name) => {
    expect(shapeDifferences(dictionaries[name].vi, dictionaries[name].en)).toEqual([]);
  });

  it("the taskpane's dictionaries name their language", () => {
    expect([paneVi.lang, paneEn.lang]).toEqual(["vi", "en"]);
  });

  it("the bilingual messages (core/messages.ts, actions/problems.ts, sheet/read-text.ts) give both languages from their two dictionaries", () => {
    const makers = {
      scoreMessages,
      templateMessages,
      functionMessages,
      importMessages,
      sheetProblems,
      selfProblems,
      selfFileProblems,
      structureProblems,
      readProblems,
    };
    for (const [name, group] of Object.entries(makers)) {
      for (const [key, maker] of Object.entries(group)) expect([name, key, typeof maker]).toEqual([name, key, "function"]);
    }
    expect(scoreMessages.aboveMax("1.1", 3.5, 3)).toEqual({
      vi: "Tiêu chí 1.1: điểm 3,5 vượt điểm tối đa 3",
      en: "Criterion 1.1: score 3.5 exceeds the maximum 3",
    });
    expect(functionRangeNames.rules).toEqual({ vi: "bảng xếp loại", en: "class rules" });
    for (const phrases of [functionRangeNames, COLLECT_REFUSALS]) expect(Object.values(phrases).every(({ vi, en }) => vi !== "" && en !== "")).toBe(true);
    expect(COLLECT_REFUSALS["wrong-year"]).toEqual({ vi: "khác năm đánh giá", en: "another year" });
  });

  it("bilingual pairs a phrase as it is and a sentence maker called with the same arguments", () => {
    const both = bilingual({ yes: "có", count: (n: number) => `${n} đơn vị` }, { yes: "yes", count: (n: number) => `${n} unit(s)` });
    expect(both.yes).toEqual({ vi: "có", en: "yes" });
    expect(both.count(3)).toEqual({ vi: "3 đơn vị", en: "3 unit(s)" });
  });
});

/**
 * The report's sentences in the style of the published district reports:
 * bands and classes with counts and member lists, fields under 70%, rank
 * changes and the reasons for demotions. Pure: a ScoreReport in, text out.
 */
import type { Bilingual } from "./messages";
import { rankChangeText } from "./messages";
import { formatDecimalVi } from "./decimal";
import { applicableNote, bandGroups, classGroups, classificationTable, fieldTable, publishedUnits, WEAK_FIELD_THRESHOLD } from "./annex-tables";
import type { ScoreReport } from "./scoring";
import type { Band } from "./template";
import { loweredUnits, SELF_GAP_THRESHOLD, type ComparisonRow } from "./self-comparison";

type ReportSentenceKind = "band" | "class" | "demotion" | "applicableMax" | "weakField" | "rankChange" | "selfGap";

export interface ReportSentence {
  kind: ReportSentenceKind;
  text: Bilingual;
}

/** Kinds of local government, longest first so that "thị trấn" wins over a shorter prefix. */
const UNIT_KINDS = ["thị trấn", "phường", "đặc khu", "xã"];

interface NamedUnit {
  kind: string | null;
  rest: string;
}

/** "Xã Quang Trung" → kind "xã", rest "Quang Trung"; "UBND thị trấn Tứ Kỳ" likewise. */
function splitUnitName(name: string): NamedUnit {
  const stripped = name.replace(/^\s*(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+/iu, "");
  const lower = stripped.toLocaleLowerCase("vi");
  for (const kind of UNIT_KINDS) {
    if (lower.startsWith(kind + " ")) return { kind, rest: stripped.slice(kind.length + 1).trim() };
  }
  return { kind: null, rest: name };
}

function joinVi(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} và ${parts[parts.length - 1]}`;
}

function joinEn(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/**
 * Names as the reports list them: "UBND các xã Quang Trung, Ngọc Kỳ và UBND
 * thị trấn Tứ Kỳ" — grouped by kind in order of first appearance.
 */
export function listUnitsVi(names: readonly string[]): string {
  const groups: Array<{ kind: string | null; members: string[] }> = [];
  for (const name of names) {
    const split = splitUnitName(name);
    const group = split.kind === null ? undefined : groups.find((g) => g.kind === split.kind);
    if (group) group.members.push(split.rest);
    else groups.push({ kind: split.kind, members: [split.rest] });
  }
  const phrases = groups.map((group) => {
    if (group.kind === null) return group.members[0];
    if (group.members.length === 1) return `UBND ${group.kind} ${group.members[0]}`;
    return `UBND các ${group.kind} ${groups.length === 1 ? joinVi(group.members) : group.members.join(", ")}`;
  });
  return joinVi(phrases);
}

const pct = (value: number): string => `${formatDecimalVi(value)}%`;
const pctFixed = (value: number, decimals: number, lang: "vi" | "en"): string =>
  lang === "vi" ? `${formatDecimalVi(value, decimals)}%` : `${value.toFixed(decimals)}%`;

/** "từ 80% đến dưới 90%", "từ 90% trở lên", "dưới 65%" from the band's minimum and the next band's. */
function bandRange(band: Band, above: Band | undefined): Bilingual {
  if (!above) return { vi: `từ ${pct(band.min)} trở lên`, en: `${band.min}% or more` };
  if (band.min === 0) return { vi: `dưới ${pct(above.min)}`, en: `under ${above.min}%` };
  return { vi: `từ ${pct(band.min)} đến dưới ${pct(above.min)}`, en: `from ${band.min}% to under ${above.min}%` };
}

/** "Nhóm A" from "Nhóm A (từ 90% trở lên)"; "Nhóm" for a label that is only the range. */
function bandSubject(label: string): string {
  const match = /^(Nhóm\s+[^\s(]+)/iu.exec(label.trim());
  return match ? match[1] : "Nhóm";
}

const members = (count: number, names: readonly string[]): Bilingual =>
  count === 0
    ? { vi: "không có đơn vị nào", en: "no unit" }
    : { vi: `có ${count} đơn vị, gồm: ${listUnitsVi(names)}`, en: `${count} unit(s): ${joinEn(names)}` };

function bandSentences(report: ScoreReport): ReportSentence[] {
  const bands = [...(report.template.definition.bands ?? [])].sort((a, b) => b.min - a.min);
  return bandGroups(report).map((group, i) => {
    const range = bandRange(bands[i], bands[i - 1]);
    const list = members(group.count, group.units);
    return {
      kind: "band",
      text: {
        vi: `${bandSubject(group.label)} đạt Chỉ số tổng hợp ${range.vi} số điểm so với điểm tối đa, ${list.vi}.`,
        en: `Band "${group.label}" (index ${range.en} of the maximum): ${list.en}.`,
      },
    };
  });
}

function classSentences(report: ScoreReport): ReportSentence[] {
  return classGroups(report).map((group) => {
    const list = members(group.count, group.units);
    return { kind: "class", text: { vi: `Xếp loại "${group.label}": ${list.vi}.`, en: `Class "${group.label}": ${list.en}.` } };
  });
}

function demotionSentences(report: ScoreReport): ReportSentence[] {
  return classificationTable(report)
    .filter((row) => row.reason !== null)
    .map((row) => ({
      kind: "demotion",
      text: { vi: `${listUnitsVi([row.name])}: ${(row.reason as Bilingual).vi}`, en: `${row.name}: ${(row.reason as Bilingual).en}` },
    }));
}

/** One sentence per unit whose index is taken over an applicable maximum (criteria not assessed), naming them. */
function applicableMaxSentences(report: ScoreReport): ReportSentence[] {
  return publishedUnits(report).flatMap((unit): ReportSentence[] => {
    const note = applicableNote(report, unit);
    if (!note) return [];
    const codes = unit.notAssessed.join(", ");
    return [
      {
        kind: "applicableMax",
        text: {
          vi: `${listUnitsVi([unit.name])}: ${note.vi.slice(0, -1)} (không đánh giá: ${codes}).`,
          en: `${unit.name}: ${note.en.slice(0, -1)} (not assessed: ${codes}).`,
        },
      },
    ];
  });
}

function weakFieldSentences(report: ScoreReport, threshold = WEAK_FIELD_THRESHOLD): ReportSentence[] {
  const decimals = report.template.precision;
  return fieldTable(report, threshold)
    .filter((field) => field.below.length > 0)
    .map((field) => {
      const vi = field.below.map((unit) => `${listUnitsVi([unit.name])} (${pctFixed(unit.percent, decimals, "vi")})`);
      const en = field.below.map((unit) => `${unit.name} (${pctFixed(unit.percent, decimals, "en")})`);
      return {
        kind: "weakField",
        text: {
          vi: `Một số địa phương có điểm Chỉ số thành phần về lĩnh vực ${field.title} đạt dưới ${pct(threshold)}, gồm: ${joinVi(vi)}.`,
          en: `Units whose field index for ${field.title} is under ${threshold}%: ${joinEn(en)}.`,
        },
      };
    });
}

function rankChangeSentences(report: ScoreReport): ReportSentence[] {
  const units = publishedUnits(report).filter((unit) => unit.rankChange !== null);
  if (units.length === 0) return [];
  const up = units.filter((unit) => (unit.rankChange as number) > 0);
  const down = units.filter((unit) => (unit.rankChange as number) < 0);
  const same = units.filter((unit) => unit.rankChange === 0);
  const detail = (list: typeof units, lang: "vi" | "en"): string =>
    list.map((unit) => `${lang === "vi" ? listUnitsVi([unit.name]) : unit.name} ${rankChangeText(unit.rankChange, lang)}`).join(", ");
  const vi: string[] = [];
  const en: string[] = [];
  if (up.length) {
    vi.push(`${up.length} đơn vị tăng bậc (${detail(up, "vi")})`);
    en.push(`${up.length} unit(s) moved up (${detail(up, "en")})`);
  }
  if (down.length) {
    vi.push(`${down.length} đơn vị giảm bậc (${detail(down, "vi")})`);
    en.push(`${down.length} unit(s) moved down (${detail(down, "en")})`);
  }
  if (same.length) {
    vi.push(`${same.length} đơn vị giữ nguyên thứ hạng (${listUnitsVi(same.map((unit) => unit.name))})`);
    en.push(`${same.length} unit(s) kept their rank (${joinEn(same.map((unit) => unit.name))})`);
  }
  return [{ kind: "rankChange", text: { vi: `So với năm trước, có ${joinVi(vi)}.`, en: `Compared with last year, ${joinEn(en)}.` } }];
}

/** Every sentence in report order: bands, classes, demotions, applicable maxima, weak fields, rank changes. */
export function reportSentences(report: ScoreReport): ReportSentence[] {
  return [
    ...bandSentences(report),
    ...classSentences(report),
    ...demotionSentences(report),
    ...applicableMaxSentences(report),
    ...weakFieldSentences(report),
    ...rankChangeSentences(report),
  ];
}

/**
 * PL4's sentence: the units whose appraisal is lower than their
 * self-assessment by more than `threshold` points (strictly), largest gap
 * first; none when no unit was compared (no self-assessment in the workbook).
 */
export function selfGapSentences(rows: readonly ComparisonRow[], threshold = SELF_GAP_THRESHOLD): ReportSentence[] {
  if (rows.length === 0) return [];
  const lowered = loweredUnits(rows, threshold);
  const limitVi = formatDecimalVi(threshold);
  if (lowered.length === 0) {
    return [
      {
        kind: "selfGap",
        text: {
          vi: `Không có đơn vị nào có điểm thẩm định thấp hơn điểm tự chấm quá ${limitVi} điểm.`,
          en: `No unit's appraised score is lower than its self-assessed score by more than ${threshold} points.`,
        },
      },
    ];
  }
  const vi = lowered.map(
    (row) =>
      `${listUnitsVi([row.name])} (tự chấm ${formatDecimalVi(row.selfScore)}, thẩm định ${formatDecimalVi(row.score)}, thấp hơn ${formatDecimalVi(-row.difference)} điểm)`,
  );
  const en = lowered.map((row) => `${row.name} (self ${row.selfScore}, appraised ${row.score}, ${-row.difference} lower)`);
  return [
    {
      kind: "selfGap",
      text: {
        vi: `Có ${lowered.length} đơn vị có điểm thẩm định thấp hơn điểm tự chấm quá ${limitVi} điểm, gồm: ${joinVi(vi)}.`,
        en: `${lowered.length} unit(s) were appraised more than ${threshold} points below their self-assessment: ${joinEn(en)}.`,
      },
    },
  ];
}

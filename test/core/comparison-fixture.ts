/** A 100-point set and four units for PL4 (self-assessment beside appraisal). */
import type { UnitInput } from "../../src/core/scoring";
import { parseTemplate } from "../../src/core/template-validation";
import type { CompiledTemplate } from "../../src/core/template-tree";

/** Two fields of 50 points, four criteria: a unit's total is its index. */
export function hundredPointTemplate(): CompiledTemplate {
  const parsed = parseTemplate({
    id: "so-sanh",
    name: "Bộ so sánh",
    fields: [
      {
        code: "1",
        title: "Chỉ đạo",
        max: 50,
        children: [
          { code: "1.1", title: "Kế hoạch", max: 30 },
          { code: "1.2", title: "Báo cáo", max: 20 },
        ],
      },
      {
        code: "2",
        title: "Thể chế",
        max: 50,
        children: [
          { code: "2.1", title: "Văn bản", max: 30 },
          { code: "2.2", title: "Kiểm tra", max: 20 },
        ],
      },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.en).join("\n"));
  return parsed.template;
}

const s = (a: number, b: number, c: number, d: number) => ({ "1.1": a, "1.2": b, "2.1": c, "2.2": d });

/** An Lạc: self 80, appraised 73,5 (−6,5); Bình Minh: 70 → 65 (−5 exactly); Cẩm Phả: no self-assessment; Đông Hải: 50 → 52. */
export const comparedUnits: UnitInput[] = [
  { name: "Xã An Lạc", scores: s(20, 15, 24, 14.5), selfScores: s(25, 15, 25, 15) },
  { name: "Xã Bình Minh", scores: s(15, 15, 20, 15), selfScores: s(20, 15, 20, 15) },
  { name: "Xã Cẩm Phả", scores: s(10, 10, 10, 10) },
  { name: "Phường Đông Hải", scores: s(16, 10.1, 15.7, 10.2), selfScores: s(15, 10, 15, 10) },
];

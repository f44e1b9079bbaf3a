import { runCli, scratchFolder } from "./cli-harness";
import { haiDuongProvinceScores } from "../core/hai-duong-province-fixture";

const files = scratchFolder();
afterAll(() => files.remove());

/** Hải Dương province 2022 as appraised by the Ministry (QĐ 876/QĐ-BNV set): 83,516 of 100. */
const haiDuongProvince = { name: "Hải Dương", scores: haiDuongProvinceScores, previousRank: 3 };
const other = {
  name: "Tỉnh Giả Định",
  scores: { "1": 9.5, "2": 10, "3": 13, "4": 10.5, "5": 15, "6": 12, "7": 13.5, "8": 6.5, "9.1": 1.5, "9.2": 1.5, "9.3": 2.5, "9.4": 2.5, "9.5": 1.995 },
  previousRank: 1,
};

describe("par-index score", () => {
  it("prints the JSON figures and exits 0 when the data has no errors", async () => {
    const input = files.write("ok.json", { units: [haiDuongProvince, other] });
    const run = await runCli(["score", "--template", "bnv-tinh-2022", "--input", input]);
    expect(run.code).toBe(0);
    expect(run.err).toBe("");
    const json = JSON.parse(run.out);
    expect(Object.keys(json)).toEqual(["template", "units", "issues"]);
    expect(json.template).toBe("bnv-tinh-2022");
    expect(json.issues).toEqual([]);
    expect(json.units[0]).toMatchObject({
      name: "Hải Dương",
      valid: true,
      score: 83.516,
      max: 100,
      percent: 83.52,
      rank: 2,
      previousRank: 3,
      rankChange: 1,
      band: "Nhóm B (từ 80% đến dưới 90%)",
      class: null,
    });
    expect(Object.keys(json.units[0])).toEqual([
      "name",
      "valid",
      "score",
      "max",
      "percent",
      "bonus",
      "penalty",
      "notAssessed",
      "notAssessedLeaves",
      "rank",
      "previousRank",
      "rankChange",
      "band",
      "class",
      "fields",
    ]);
    expect(json.units[0]).toMatchObject({ bonus: 0, penalty: 0, notAssessed: [], notAssessedLeaves: [] });
    expect(json.units[0].fields[8]).toEqual({ code: "9", title: expect.any(String), score: 8.42, max: 10, percent: 84.2, rank: 2 });
    // 99,995 rounds half up on the decimal value to 100,00.
    expect(json.units[1]).toMatchObject({ score: 99.995, percent: 100, rank: 1, rankChange: 0, band: "Nhóm A (từ 90% trở lên)" });
  });

  it("exits 1 and lists each error in Vietnamese when a score is wrong", async () => {
    const input = files.write("errors.json", {
      units: [haiDuongProvince, { name: "Tỉnh Lỗi", scores: { ...other.scores, "1": 12, "2": "1,5" } }],
    });
    const run = await runCli(["score", "--template", "bnv-tinh-2022", "--input", input]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.out);
    expect(json.units[1]).toMatchObject({ name: "Tỉnh Lỗi", valid: false, rank: null, band: null });
    expect(json.units[0]).toMatchObject({ rank: 1 });
    expect(json.issues).toEqual([
      { unit: "Tỉnh Lỗi", code: "1", value: 12, severity: "error", message: "Tiêu chí 1: điểm 12 vượt điểm tối đa 9,5" },
      { unit: "Tỉnh Lỗi", code: "2", value: "1,5", severity: "error", message: expect.stringContaining('"1,5" là chữ, không phải số') },
    ]);
  });

  it("exits 0 with warnings only (a missing score counts as 0)", async () => {
    const scores: Record<string, number> = { ...haiDuongProvince.scores };
    delete scores["8"];
    const input = files.write("warnings.json", { units: [{ name: "Hải Dương", scores }] });
    const run = await runCli(["score", "--template", "bnv-tinh-2022", "--input", input]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out);
    expect(json.units[0]).toMatchObject({ score: 81.016, percent: 81.02 });
    expect(json.issues).toEqual([{ unit: "Hải Dương", code: "8", value: null, severity: "warning", message: "Tiêu chí 8 chưa có điểm; được tính là 0" }]);
  });

  it("prints a readable table with --format table, Vietnamese decimals and the ranks", async () => {
    const input = files.write("table.json", { units: [haiDuongProvince, other] });
    const run = await runCli(["score", "--template", "bnv-tinh-2022", "--input", input, "--format", "table"]);
    expect(run.code).toBe(0);
    const lines = run.out.split("\n");
    expect(lines[2]).toMatch(/^STT\s+Đơn vị\s+Điểm\s+Chỉ số \(%\)\s+Xếp hạng\s+Năm trước\s+Thay đổi\s+Nhóm\s+Xếp loại$/);
    expect(lines[4]).toMatch(/^1\s+Tỉnh Giả Định\s+99,995\s+100,00\s+1\s+1\s+giữ nguyên\s+Nhóm A/);
    expect(lines[5]).toMatch(/^2\s+Hải Dương\s+83,516\s+83,52\s+2\s+3\s+tăng 1 bậc\s+Nhóm B/);
    expect(run.out).toContain("Không có lỗi.");
  });

  it("speaks English with --lang en", async () => {
    const input = files.write("en.json", { units: [haiDuongProvince] });
    const run = await runCli(["score", "--lang", "en", "--template", "bnv-tinh-2022", "--input", input, "--format", "table"]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/No\.\s+Unit\s+Score\s+Index \(%\)\s+Rank/);
    expect(run.out).toContain("83.52");
  });

  it("refuses duplicate unit names (Unicode form, case, spacing) with exit 2 and the reason on stderr", async () => {
    const decomposed = "Hải Dương".normalize("NFD").toUpperCase();
    const input = files.write("duplicates.json", { units: [haiDuongProvince, { name: `  ${decomposed} `, scores: other.scores }] });
    const run = await runCli(["score", "--template", "bnv-tinh-2022", "--input", input]);
    expect(run.code).toBe(2);
    expect(run.out).toBe("");
    expect(run.err).toContain("Dữ liệu không dùng được:");
    expect(run.err).toContain('Đơn vị "HẢI DƯƠNG" trùng với "Hải Dương"');
  });

  it.each([
    ["no --template", ["--input", "x.json"], "Thiếu tùy chọn --template"],
    ["no --input", ["--template", "bnv-tinh-2022"], "Thiếu tùy chọn --input"],
    ["an unknown template", ["--template", "khong-co", "--input", "x.json"], 'Không có bộ tiêu chí "khong-co"'],
    ["a missing file", ["--template", "bnv-tinh-2022", "--input", "/nowhere/x.json"], 'Không đọc được tệp "/nowhere/x.json" (ENOENT)'],
    ["an unknown option", ["--template", "bnv-tinh-2022", "--input", "x.json", "--bogus"], "Tham số không hợp lệ"],
    ["a bad --format", ["--template", "bnv-tinh-2022", "--input", "x.json", "--format", "csv"], '--format phải là json hoặc table, không phải "csv"'],
  ])("exits 2 for %s", async (_case, args, message) => {
    const run = await runCli(["score", ...args]);
    expect(run.code).toBe(2);
    expect(run.out).toBe("");
    expect(run.err).toContain(message);
  });

  it("exits 2 for a file that is not JSON or not a units file, and for an invalid template file", async () => {
    const notJson = files.write("broken.json", "{ units: ");
    const wrongShape = files.write("shape.json", { units: [{ scores: {} }] });
    const badTemplate = files.write("template.json", { id: "Sai Mã", name: "x", fields: [] });
    const runs = await Promise.all([
      runCli(["score", "--template", "bnv-tinh-2022", "--input", notJson]),
      runCli(["score", "--template", "bnv-tinh-2022", "--input", wrongShape]),
      runCli(["score", "--template", badTemplate, "--input", wrongShape]),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2]);
    expect(runs[0].err).toContain("không phải JSON hợp lệ");
    expect(runs[1].err).toContain("sai ở: units.0.name");
    expect(runs[2].err).toContain(`Bộ tiêu chí "${badTemplate}" không hợp lệ:`);
  });

  it("scores criteria not assessed (KĐG) over the applicable maximum: Hải Dương field 3 out, 70 points → 81,5, 85,89", async () => {
    const input = files.write("not-assessed.json", {
      units: [
        { name: "Xã Ngọc Sơn", notAssessed: ["3"], scores: { "1": 15, "2": 5, "4": 6, "5": 11, "6": 7, "7": 11.5, "8.1": 2, "8.2": 12.5, "8.3": 0 } },
        { name: "Xã Hà Kỳ", notAssessed: [8], scores: { "1": 15, "2": 5, "3": "KĐG", "4": 6, "5": 11, "6": 7, "7": 11.5, "8.1": 2 } },
      ],
    });
    const run = await runCli(["score", "--template", "hai-duong-xa-2022", "--input", input]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.out);
    expect(json.units[0]).toMatchObject({ valid: true, score: 70, max: 81.5, percent: 85.89, notAssessed: ["3"], notAssessedLeaves: ["3"] });
    expect(json.units[0].fields[2]).toEqual({ code: "3", title: "Cải cách thủ tục hành chính", score: 0, max: 0, percent: null, rank: null });
    expect(json.units[1]).toMatchObject({ valid: false, notAssessed: ["8", "3"], notAssessedLeaves: ["3", "8.1", "8.2", "8.3"], max: 55.5 });
    expect(json.issues).toEqual([
      {
        unit: "Xã Hà Kỳ",
        code: "8.1",
        value: 2,
        severity: "error",
        message: "Tiêu chí 8.1 vừa có điểm 2 vừa được ghi là không đánh giá (KĐG); xóa điểm hoặc bỏ KĐG",
      },
    ]);
    const table = await runCli(["score", "--template", "hai-duong-xa-2022", "--input", input, "--format", "table"]);
    expect(table.out.split("\n")[2]).toMatch(/^STT\s+Đơn vị\s+Điểm\s+Tối đa áp dụng\s+Chỉ số \(%\)/);
    expect(table.out).toMatch(/1\s+Xã Ngọc Sơn\s+70\s+81,5\s+85,89\s+1/);
  });

  it("adds bonus and takes penalty points off outside the maximum, and warns when the total is clamped", async () => {
    const template = files.write("extras-template.json", {
      id: "thuong-tru",
      name: "Thưởng, trừ",
      fields: [
        { code: "1", title: "Chỉ đạo", max: 60 },
        { code: "2", title: "Thể chế", max: 40 },
        { code: "3", title: "Điểm thưởng", max: 5, kind: "bonus" },
        { code: "4", title: "Điểm trừ", max: 5, kind: "penalty" },
      ],
    });
    const input = files.write("extras.json", {
      units: [
        { name: "Xã A", scores: { "1": 50, "2": 30, "3": 3, "4": 1 } },
        { name: "Xã B", scores: { "1": 60, "2": 39, "3": 2 } },
      ],
    });
    const run = await runCli(["score", "--template", template, "--input", input]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out);
    expect(json.units[0]).toMatchObject({ score: 82, max: 100, percent: 82, bonus: 3, penalty: 1, rank: 2 });
    expect(json.units[0].fields.slice(2)).toEqual([
      { code: "3", title: "Điểm thưởng", kind: "bonus", score: 3, max: 5, rank: null },
      { code: "4", title: "Điểm trừ", kind: "penalty", score: 1, max: 5, rank: null },
    ]);
    expect(json.units[1]).toMatchObject({ score: 100, percent: 100, bonus: 2, penalty: 0, rank: 1 });
    expect(json.issues).toEqual([
      {
        unit: "Xã B",
        code: "3",
        value: 101,
        severity: "warning",
        message: "Tổng điểm sau khi cộng điểm thưởng và trừ điểm trừ là 101, ngoài khoảng từ 0 đến điểm tối đa; được tính là 100",
      },
    ]);
    const table = await runCli(["score", "--lang", "en", "--template", template, "--input", input, "--format", "table"]);
    expect(table.out).toMatch(/Score\s+Bonus\s+Penalty\s+Index/);
    expect(table.out).toMatch(/2\s+Xã A\s+82\s+3\s+1\s+82.00/);
  });
});

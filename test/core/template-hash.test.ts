import { createHash } from "node:crypto";
import { canonicalJson, sha256Hex, templateHash } from "../../src/core/template-hash";
import type { Template } from "../../src/core/template";
import { findBuiltInTemplate } from "../../src/templates/registry";

const bytes = (text: string): number[] => [...Buffer.from(text, "utf8")];

describe("sha256Hex", () => {
  it("gives the FIPS 180-4 test vectors", () => {
    expect(sha256Hex([])).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex(bytes("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex(bytes("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  it("agrees with Node's crypto on Vietnamese text around the 55/56/64-byte padding edges", () => {
    for (let length = 50; length <= 130; length++) {
      const text = "Chỉ số cải cách hành chính ".repeat(6).slice(0, length);
      expect(sha256Hex(bytes(text))).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    }
  });
});

describe("templateHash", () => {
  const haiDuong = findBuiltInTemplate("hai-duong-xa-2022")!.definition;

  it("is the SHA-256 of the canonical JSON: sorted keys, no $schema", () => {
    const template: Template = { name: "Bộ A", id: "a", fields: [{ title: "Lĩnh vực", code: "1", max: 10 }] };
    expect(canonicalJson(template)).toBe('{"fields":[{"code":"1","max":10,"title":"Lĩnh vực"}],"id":"a","name":"Bộ A"}');
    expect(templateHash(template)).toBe(createHash("sha256").update(canonicalJson(template), "utf8").digest("hex"));
    expect(templateHash({ ...template, $schema: "x" } as Template)).toBe(templateHash(template));
  });

  it("does not depend on key order or Unicode form, and survives a JSON round trip", () => {
    const copy = JSON.parse(JSON.stringify(haiDuong)) as Template;
    const reordered = Object.fromEntries(Object.entries(copy).reverse()) as unknown as Template;
    reordered.name = copy.name.normalize("NFD");
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(haiDuong)[0]);
    expect(templateHash(reordered)).toBe(templateHash(haiDuong));
    expect(templateHash(haiDuong)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes with any maximum, code or title", () => {
    const changed = JSON.parse(JSON.stringify(haiDuong)) as Template;
    changed.fields[0].max = 14.5;
    expect(templateHash(changed)).not.toBe(templateHash(haiDuong));
    const retitled = JSON.parse(JSON.stringify(haiDuong)) as Template;
    retitled.fields[1].title += ".";
    expect(templateHash(retitled)).not.toBe(templateHash(haiDuong));
  });
});

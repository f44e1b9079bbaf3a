/**
 * The webpack build's output, which the manifest and build tests read.
 * Without dist/ they fail with what to do, rather than pass on nothing.
 */
import fs from "fs";
import path from "path";

export const ROOT = path.join(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");

/** The absolute path of a file of dist/, after checking that the build ran. */
export function distPath(relative: string): string {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error("dist/ is missing or incomplete: run `npm run build` first (`npm test` does it for you).");
  }
  return path.join(DIST, relative);
}

/** Every file of dist/, as paths relative to it with forward slashes. */
export function distFiles(): string[] {
  distPath(".");
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(path.relative(DIST, full).split(path.sep).join("/"));
    }
  };
  walk(DIST);
  return files.sort();
}

/** Width and height from a PNG's IHDR chunk; throws if the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") throw new Error("not a PNG file");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

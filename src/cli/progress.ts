/** Progress of a long action, on stderr: "Đang lập phụ lục… 3/7 PL2 Phân loại". */
import type { ProgressCallback } from "../workbook/port";
import type { CliIO } from "./io";

export function progressOnStderr(io: CliIO, label: string): ProgressCallback {
  let last = "";
  return (done, total, step) => {
    const line = `${label} ${done}/${total}${step ? ` ${step}` : ""}`;
    if (line !== last) io.err(line);
    last = line;
  };
}

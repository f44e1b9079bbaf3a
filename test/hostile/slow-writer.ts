/**
 * A child process for the interruption test: writes its target through
 * writeFileAtomic from chunks that stop coming after the first one, says
 * "writing" on stdout, and waits to be interrupted.
 */
import { writeFileAtomic } from "../../src/cli/atomic-write";

async function* chunks(): AsyncGenerator<Uint8Array> {
  yield new Uint8Array(64 * 1024).fill(65);
  process.stdout.write("writing\n");
  await new Promise(() => setInterval(() => undefined, 1000));
}

void writeFileAtomic(process.argv[2], chunks());

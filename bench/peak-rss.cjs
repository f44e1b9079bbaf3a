// Preloaded (node --require) into a benchmarked par-index run: writes the process's peak resident memory (KB) to
// the file named by PAR_BENCH_RSS_FILE when it exits.
process.on("exit", () => require("node:fs").writeFileSync(process.env.PAR_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));

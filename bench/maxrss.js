// Loaded with `node --require bench/maxrss.js …` by the benchmark: prints the process's peak
// resident memory (getrusage's ru_maxrss, in KB) and its CPU time (user + system, all threads,
// in ms) on stderr as it exits. CPU time is what a busy shared machine distorts least.
process.on('exit', () => {
  const u = process.resourceUsage();
  require('fs').writeSync(2, `\nPHULUC_MAXRSS_KB=${u.maxRSS} PHULUC_CPU_MS=${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)}\n`);
});

// Preloaded (NODE_OPTIONS=--import) into each process bench/lint.mjs times: when the process exits, writes its CPU time
// (all threads, including any time before the bin restarted it with execve) and its peak resident memory.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const cpu = process.cpuUsage();
  writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
});

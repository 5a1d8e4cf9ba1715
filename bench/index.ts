/**
 * `npm run bench` runs both benchmarks; `npm run bench -- read [...]` only the reading one
 * (bench/read.ts); any other arguments (`--json`, `--rows N`, `--scale`) go to the checker's
 * (bench/validate.ts), as before.
 */
import { run as runRead } from './read';
import { run as runValidate } from './validate';

async function main(argv: string[]): Promise<void> {
  if (argv[0] === 'read') return runRead(argv.slice(1));
  if (argv.length > 0) return runValidate(argv);
  runValidate([]);
  await runRead([]);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});

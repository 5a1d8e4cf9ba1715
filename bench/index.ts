/**
 * `npm run bench` runs every benchmark; `npm run bench -- read [...]` only the reading one
 * (bench/read.ts), `npm run bench -- fix [...]` only the writer's (bench/fix.ts); any other
 * arguments (`--json`, `--rows N`, `--scale`) go to the checker's (bench/validate.ts), as before.
 */
import { run as runFix } from './fix';
import { run as runRead } from './read';
import { run as runValidate } from './validate';

async function main(argv: string[]): Promise<void> {
  if (argv[0] === 'read') return runRead(argv.slice(1));
  if (argv[0] === 'fix') return runFix(argv.slice(1));
  if (argv.length > 0) return runValidate(argv);
  await runValidate([]);
  await runRead([]);
  await runFix([]);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});

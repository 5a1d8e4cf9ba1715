/**
 * The reading half of `phuluc check` alone, as a command (built by bench/read.ts into the temp
 * folder the way scripts/build-cli.js builds the CLI): the file's bytes read and handed to
 * src/xlsx, nothing checked or printed. `check` is compared against this.
 */
import { readWorkbookFile } from '../src/cli/xlsx/read';

readWorkbookFile(process.argv[2] as string).then(
  (r) => {
    process.exitCode = r.grids.length > 0 ? 0 : 1;
  },
  (e: unknown) => {
    process.stderr.write(String(e) + '\n');
    process.exitCode = 2;
  },
);

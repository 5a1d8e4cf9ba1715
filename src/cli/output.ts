/** Writing what the CLI creates (reports, issue lists, new appendices): never over an input. */
import { checkTarget, writeFileSafely } from './xlsx/write';

/**
 * Writes `data` to `out`, refusing to overwrite any of `inputs` (same file on disk, links
 * included) or, unless `force`, an existing file. Throws only WriteError (with a Vietnamese reason).
 */
export async function writeOutput(out: string, data: Uint8Array | string, opts: { inputs: readonly string[]; force: boolean }): Promise<void> {
  // An input first (that is never allowed, --force or not), then an existing file.
  for (const input of opts.inputs) await checkTarget(out, { input, force: true });
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  // Through a temporary file renamed over the output: a failed write leaves nothing half-written.
  await writeFileSafely(out, bytes, { input: opts.inputs[0] ?? '', force: opts.force });
}

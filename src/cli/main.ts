/**
 * The `phuluc` command. Reads files, calls the engine, prints. Expected failures (unreadable
 * files, bad arguments, refused writes) are exit codes and one Vietnamese line on stderr.
 * Only what a command needs is loaded: the writer only for `fix`, the period report and the
 * workbook builder (src/xlsx/create) only for `report` and `new`, and zod only for --config.
 */
import { C } from './strings';
import { readFileSync } from 'fs';
import path from 'path';
import type { CheckOptions } from '../core/config';
import { parseArgs, USAGE } from './args';
import type { Command } from './args';
import { check } from './check';
import { loadConfig } from './config';
import { processIo } from './io';
import { printable } from './printable';
import { argvBytes, nameText } from './file-name';
import type { ArgvBytes } from './file-name';
import type { Io } from './io';

export type { Io } from './io';

/**
 * The version in phuluc's package.json: the nearest one above this file, which runs from the
 * sources (src/cli) or from the bundle npm's `prepare` builds (dist-cli).
 */
export function version(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'phuluc' && pkg.version) return pkg.version;
    } catch {
      // no package.json here: look further up
    }
    if (path.dirname(dir) === dir) return C.versionUnknown;
  }
}

/** `raw`: the bytes of the arguments that are not UTF-8, when the system keeps them (file-name.ts). */
export async function main(argv: string[], io: Io = processIo(), raw: ArgvBytes = argvBytes(argv)): Promise<number> {
  const code = await run(argv, io, raw);
  // Output that could not be written (a full disk behind `>`) is a failure; a reader that
  // stopped reading (`| head`) is not.
  const failed = io.outState?.failed;
  if (failed !== undefined) {
    io.err(C.write.stdoutFailed(failed));
    return 2;
  }
  return code;
}

async function run(argv: string[], io: Io, raw: ArgvBytes): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    // No arguments at all: the whole usage. A wrong one: the reason and where the usage is, so the
    // reason is not scrolled away by 70 lines of help.
    io.err(argv.length === 0 ? `phuluc: ${printable(parsed.error)}\n\n${USAGE}` : `phuluc: ${printable(parsed.error)}\n${C.seeHelp}\n`);
    return 2;
  }
  const command = parsed.command;
  if (command.cmd === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (command.cmd === 'version') {
    io.out(`phuluc ${version()}\n`);
    return 0;
  }
  // An output named with bytes that are not UTF-8 would be written under another name (U+FFFD in
  // their place): refused, saying so.
  for (const out of [command.cmd === 'check' ? command.html : command.out, command.cmd === 'check' ? command.xlsx : undefined]) {
    const bytes = out === undefined ? undefined : raw.get(out);
    if (bytes) {
      io.err(`phuluc: ${printable(nameText(bytes))}: ${C.write.nameNotUtf8}\n`);
      return 2;
    }
  }
  const options = await optionsFor(command, io);
  if (!options) return 2;
  if (command.cmd === 'new') {
    const { newAppendix } = await import('./new');
    return newAppendix(command, options, io);
  }
  if (command.cmd === 'check') return check(command, options, io, raw);
  if (command.cmd === 'report') {
    const { report } = await import('./period-report');
    return report(command, options, io, raw);
  }
  const { fix } = await import('./fix');
  return fix(command, options, io, {}, raw);
}

async function optionsFor(command: Exclude<Command, { cmd: 'help' | 'version' }>, io: Io): Promise<CheckOptions | undefined> {
  let options: CheckOptions = {};
  if (command.config !== undefined) {
    const r = await loadConfig(command.config);
    if (!r.ok) {
      for (const e of r.errors) io.err(`phuluc: ${printable(e)}\n`);
      return undefined;
    }
    options = { ...r.options };
  }
  // The command line wins over the config file.
  if (command.year !== undefined) options.planYear = command.year;
  return options;
}

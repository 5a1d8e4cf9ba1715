/**
 * Command-line parsing. Node's own `util.parseArgs` splits the arguments (`--flag=value`,
 * `--flag value`, `--` ending the flags, `-h`); it runs non-strict and we judge its tokens here,
 * so that every message the user reads stays Vietnamese (its own errors are English).
 * The options are one table: the parser and `--help` both read it, so help lists every option.
 */
import { parseArgs as nodeParseArgs } from 'util';
import { C } from './strings';
import { PLAN_YEAR_MAX, PLAN_YEAR_MIN } from '../core/config';
import { isoDay, parseTypedDay } from '../core/grid/date';

export type Command =
  | { cmd: 'help' }
  | { cmd: 'version' }
  | {
      cmd: 'check';
      files: string[];
      json: boolean;
      year?: number;
      config?: string;
      /** Progress on stderr even when it would stay silent (--json to a pipe). */
      progress?: boolean;
      /** One self-contained HTML report of every file. */
      html?: string;
      /** One row per issue, for reviewers who work in Excel. */
      xlsx?: string;
      force?: boolean;
    }
  | {
      cmd: 'fix';
      file: string;
      out: string;
      force: boolean;
      /** The result as one JSON document (report/fix-json.ts) instead of text. */
      json: boolean;
      year?: number;
      config?: string;
    }
  | {
      cmd: 'report';
      file: string;
      period: string;
      /** ISO yyyy-mm-dd; the day the figures are counted to (default: today). */
      date?: string;
      out?: string;
      json: boolean;
      force: boolean;
      year?: number;
      config?: string;
    }
  | { cmd: 'new'; year?: number; body: string; out: string; tasks: boolean; force: boolean; config?: string };

export type Parsed = { ok: true; command: Command } | { ok: false; error: string };

const COMMANDS = ['check', 'fix', 'report', 'new'] as const;
type Name = (typeof COMMANDS)[number];

interface OptionSpec {
  name: string;
  type: 'string' | 'boolean';
  short?: string;
  /** The value's placeholder in help, for string options. */
  arg?: string;
  commands: readonly Name[] | 'all';
  help: string;
  example: string;
}

/** Every option, in the order help lists them. */
const OPTION_SPECS: readonly Omit<OptionSpec, 'arg' | 'help' | 'example'>[] = [
  {
    name: 'json',
    type: 'boolean',
    commands: ['check', 'fix', 'report'],
  },
  {
    name: 'html',
    type: 'string',
    commands: ['check'],
  },
  {
    name: 'xlsx',
    type: 'string',
    commands: ['check'],
  },
  {
    name: 'year',
    type: 'string',
    commands: ['check', 'fix', 'report', 'new'],
  },
  {
    name: 'config',
    type: 'string',
    commands: ['check', 'fix', 'report', 'new'],
  },
  {
    name: 'period',
    type: 'string',
    commands: ['report'],
  },
  {
    name: 'date',
    type: 'string',
    commands: ['report'],
  },
  {
    name: 'body',
    type: 'string',
    commands: ['new'],
  },
  {
    name: 'tasks',
    type: 'boolean',
    commands: ['new'],
  },
  {
    name: 'out',
    type: 'string',
    commands: ['fix', 'report', 'new'],
  },
  {
    name: 'force',
    type: 'boolean',
    commands: ['check', 'fix', 'report', 'new'],
  },
  {
    name: 'progress',
    type: 'boolean',
    commands: ['check'],
  },
  { name: 'help', type: 'boolean', short: 'h', commands: 'all' },
  { name: 'version', type: 'boolean', short: 'v', commands: 'all' },
];

/** Every option with its help text (src/cli/strings.ts), in the order help lists them. */
export const OPTIONS: readonly OptionSpec[] = OPTION_SPECS.map((o) => ({ ...o, ...C.options[o.name as keyof typeof C.options] }));

function optionsHelp(): string {
  const lines: string[] = [];
  for (const o of OPTIONS) {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${o.name}${o.arg ? ` ${o.arg}` : ''}`;
    lines.push(`  ${flag}`);
    lines.push(`      ${o.help}`);
    lines.push(C.example(o.example));
  }
  return lines.join('\n');
}

export const USAGE = C.usage(optionsHelp());

const YEAR = /^\d{4}$/;

/**
 * An ISO date from a day typed as core/grid's `parseTypedDay` reads it ("2026-03-31",
 * "31/03/2026"), or null when there is no such day or its year is outside 1990–2100.
 */
export function parseDateArg(s: string): string | null {
  const d = parseTypedDay(s);
  if (!d || d.year < PLAN_YEAR_MIN || d.year > PLAN_YEAR_MAX) return null;
  return isoDay(d) ?? null;
}

/** Parses argv (without `node` and the script): a command, or one Vietnamese line saying why not. */
export function parseArgs(argv: readonly string[]): Parsed {
  const fail = (error: string): Parsed => ({ ok: false, error });
  if (argv.length === 0) return fail(C.args.noCommand);
  const [first, ...rest] = argv;
  if (first === 'help' || first === '--help' || first === '-h') return { ok: true, command: { cmd: 'help' } };
  if (first === 'version' || first === '--version' || first === '-v') return { ok: true, command: { cmd: 'version' } };
  if (!(COMMANDS as readonly string[]).includes(first as string)) return fail(C.args.badCommand(String(first)));
  const cmd = first as Name;

  const specs = new Map(OPTIONS.map((o) => [o.name, o]));
  const config: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const o of OPTIONS) config[o.name] = o.short ? { type: o.type, short: o.short } : { type: o.type };
  const { tokens } = nodeParseArgs({ args: [...rest], options: config, strict: false, allowPositionals: true, tokens: true });

  const files: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (const t of tokens) {
    if (t.kind === 'positional') files.push(t.value);
    if (t.kind !== 'option') continue;
    const spec = specs.get(t.name);
    if (!spec) return fail(C.args.badOption(cmd, t.rawName));
    if (spec.name === 'help') return { ok: true, command: { cmd: 'help' } };
    if (spec.name === 'version') return { ok: true, command: { cmd: 'version' } };
    if (spec.commands !== 'all' && !spec.commands.includes(cmd)) return fail(C.args.badOption(cmd, t.rawName));
    if (spec.type === 'string') {
      if (t.value === undefined || t.value === '') return fail(C.args.noValue(t.rawName));
      // Given twice (`--out a.xlsx --out b.xlsx`): which one was meant cannot be told.
      const before = values.get(spec.name);
      if (before !== undefined) return fail(C.args.givenTwice(`--${spec.name}`, before, t.value));
      values.set(spec.name, t.value);
    } else {
      if (t.inlineValue) return fail(C.args.takesNoValue(t.rawName));
      flags.add(spec.name);
    }
  }

  let year: number | undefined;
  const yearText = values.get('year');
  if (yearText !== undefined) {
    // `new` says its own, narrower range (new.ts); every other command takes the settings' years.
    if (!YEAR.test(yearText) || (cmd !== 'new' && (Number(yearText) < PLAN_YEAR_MIN || Number(yearText) > PLAN_YEAR_MAX))) {
      return fail(C.args.badYear(yearText, cmd === 'new' ? undefined : { min: PLAN_YEAR_MIN, max: PLAN_YEAR_MAX }));
    }
    year = Number(yearText);
  }
  const extra: { year?: number; config?: string } = {};
  if (year !== undefined) extra.year = year;
  const configFile = values.get('config');
  if (configFile !== undefined) extra.config = configFile;
  const out = values.get('out');
  const force = flags.has('force');
  const json = flags.has('json');

  switch (cmd) {
    case 'check': {
      if (files.length === 0) return fail(C.args.noFile);
      const command: Extract<Command, { cmd: 'check' }> = { cmd: 'check', files, json, ...extra };
      const html = values.get('html');
      const xlsx = values.get('xlsx');
      if (html !== undefined) command.html = html;
      if (xlsx !== undefined) command.xlsx = xlsx;
      if (force) command.force = true;
      if (flags.has('progress')) command.progress = true;
      return { ok: true, command };
    }
    case 'fix':
      if (files.length === 0) return fail(C.args.noFile);
      if (files.length > 1) return fail(C.args.oneFile('fix'));
      if (out === undefined) return fail(C.args.fixNeedsOut);
      return { ok: true, command: { cmd: 'fix', file: files[0] as string, out, force, json, ...extra } };
    case 'report': {
      if (files.length === 0) return fail(C.args.noFile);
      if (files.length > 1) return fail(C.args.oneFile('report'));
      const period = values.get('period');
      if (period === undefined) return fail(C.args.reportNeedsPeriod);
      const command: Extract<Command, { cmd: 'report' }> = { cmd: 'report', file: files[0] as string, period, json, force, ...extra };
      const dateText = values.get('date');
      if (dateText !== undefined) {
        const date = parseDateArg(dateText);
        if (!date) return fail(C.args.badDate(dateText));
        command.date = date;
      }
      if (out !== undefined) command.out = out;
      return { ok: true, command };
    }
    case 'new': {
      if (files.length > 0) return fail(C.args.newTakesNoFile(files[0] ?? ''));
      // without --year, the config's planYear (read in new.ts) gives it
      if (year === undefined && configFile === undefined) return fail(C.args.newNeedsYear);
      const body = values.get('body')?.trim();
      if (!body) return fail(C.args.newNeedsBody);
      if (out === undefined) return fail(C.args.newNeedsOut);
      return { ok: true, command: { cmd: 'new', body, out, tasks: flags.has('tasks'), force, ...extra } };
    }
  }
}

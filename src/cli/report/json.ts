/** The --json output: formatting only. One document, the engine's reports plus each message. */
import type { Issue } from '../../core/issues';
import { renderSuggestion } from '../../core/messages';
import type { SheetReport, Summary } from '../../core/report';
import type { FolderInput } from '../inputs';

export interface CheckedFile {
  /** As the user typed it. */
  file: string;
  /** Only for a path that is not UTF-8 (then `file` shows its invalid bytes as \xEA): its exact bytes, base64 (src/cli/file-name.ts). */
  fileBase64?: string;
  sheets: SheetReport[];
  summary: Summary;
}

export interface UnreadableFile {
  file: string;
  /** Only for a path that is not UTF-8 (then `file` shows its invalid bytes as \xEA): its exact bytes, base64 (src/cli/file-name.ts). */
  fileBase64?: string;
  kind: string;
  /** Vietnamese, one line. */
  message: string;
}

/** A file found in a folder and left out because it is not a plan (phuluc's own output). */
export interface SkippedFile {
  file: string;
  /** Only for a path that is not UTF-8 (then `file` shows its invalid bytes as \xEA): its exact bytes, base64 (src/cli/file-name.ts). */
  fileBase64?: string;
  /** `own-output`: a file this very run writes; else the kind of phuluc output it is. */
  kind: 'own-output' | 'issue-list' | 'period-report';
  /** Vietnamese, one line. */
  message: string;
}

/** An issue with its Vietnamese message and, when it suggests a value, that value as the sheet shows it. */
export type IssueWithMessage = Issue & { message: string; suggestionText?: string };

function withMessage(i: Issue, render: Render): IssueWithMessage {
  const out: IssueWithMessage = { ...i, message: render(i) };
  const text = renderSuggestion(i);
  if (text !== undefined) out.suggestionText = text;
  return out;
}
export type SheetJson = Omit<SheetReport, 'issues'> & { issues: IssueWithMessage[] };
export interface FileJson {
  file: string;
  fileBase64?: string;
  sheets: SheetJson[];
  summary: Summary;
}

/** An issue's message, made of its code, data and suggestion alone (issueLine keeps it per those). */
export type Render = (issue: Issue) => string;

/**
 * One issue with its message, as `JSON.stringify(withMessage(i, render))` writes it, without the
 * copy: the issue's own JSON with `message` (and `suggestionText`) spliced in before its closing
 * brace. No issue has a key of either name, so they come last in both.
 */
function issueLine(i: Issue, render: Render, tails?: Map<string, string>): string {
  const own = JSON.stringify(i);
  // A message and a suggestion are made of the issue's code, data and suggestion, the part of its
  // JSON from `"data":` on (26,000 "nonstandard deadline" issues repeat a few dozen texts): that
  // part with the code keys the tail, made once. Only keys are followed by `":` in JSON, and the
  // location's fields before `data` are numbers and strings.
  const from = tails ? own.indexOf('"data":') : -1;
  const key = from >= 0 ? `${i.code}\u0000${own.slice(from)}` : undefined;
  let tail = key !== undefined ? tails!.get(key) : undefined;
  if (tail === undefined) {
    tail = `"message":${JSON.stringify(render(i))}`;
    const text = renderSuggestion(i);
    if (text !== undefined) tail += `,"suggestionText":${JSON.stringify(text)}`;
    if (key !== undefined && key.length <= TAIL_KEY_MAX) tails!.set(key, tail);
  }
  return own.length > 2 ? `${own.slice(0, -1)},${tail}}` : `{${tail}}`;
}

/** Issues whose data is longer than this are rendered each time, not kept (texts can be long). */
const TAIL_KEY_MAX = 512;

/**
 * An array written by writeJson one element per line, each element already serialised by `line`
 * (the elements must sit at writeJson's depth, where they are written on one line anyway).
 */
class JsonLines<T> {
  constructor(
    readonly items: readonly T[],
    readonly line: (item: T) => string,
  ) {}
}

/** fileJson's document for writeJson, with each issue serialised as it is written (issueLine). */
function streamedFileJson(f: CheckedFile, render: Render): unknown {
  const tails = new Map<string, string>();
  return {
    file: f.file,
    fileBase64: f.fileBase64,
    sheets: f.sheets.map((s) => ({ ...s, issues: new JsonLines(s.issues, (i: Issue) => issueLine(i, render, tails)) })),
    summary: f.summary,
  };
}

export function fileJson(f: CheckedFile, render: Render): FileJson {
  return {
    file: f.file,
    ...(f.fileBase64 !== undefined && { fileBase64: f.fileBase64 }),
    sheets: f.sheets.map((s) => ({ ...s, issues: s.issues.map((i) => withMessage(i, render)) })),
    summary: f.summary,
  };
}

export function addSummaries(summaries: readonly Summary[]): Summary {
  const t: Summary = { errors: 0, warnings: 0, infos: 0 };
  for (const s of summaries) {
    t.errors += s.errors;
    t.warnings += s.warnings;
    t.infos += s.infos;
  }
  return t;
}

/** Output is written in pieces of about this size, never as one string of the whole report. */
const CHUNK = 32 * 1024;

/**
 * Writes `value` as indented JSON in chunks: objects and arrays down to `depth` levels are laid
 * out as `JSON.stringify(value, null, 2)` lays them out; each value deeper than that is written
 * on one line with `JSON.stringify(value)` (V8's fast path), so a report shows one row or
 * issue per line and a 100,000-row report is neither one string nor slow to write. Parsed, it
 * is the same document.
 */
export function writeJson(value: unknown, out: (s: string) => void, depth = 4): void {
  const line = lineWriter();
  let buf = '';
  const put = (s: string) => {
    buf += s;
    if (buf.length >= CHUNK) {
      out(buf);
      buf = '';
    }
  };
  const walk = (v: unknown, indent: string, level: number) => {
    if (v instanceof JsonLines) {
      const items = v.items as readonly unknown[];
      if (items.length === 0) return put('[]');
      const inner = indent + '  ';
      const sep = `,\n${inner}`;
      put(`[\n${inner}`);
      for (let i = 0; i < items.length; i++) {
        if (i > 0) put(sep);
        put(v.line(items[i]));
      }
      put(`\n${indent}]`);
      return;
    }
    if (v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function') {
      put(JSON.stringify(v) as string);
      return;
    }
    if (level >= depth) {
      put(line(v));
      return;
    }
    const inner = indent + '  ';
    if (Array.isArray(v)) {
      if (v.length === 0) return put('[]');
      const sep = `,\n${inner}`;
      put(`[\n${inner}`);
      for (let i = 0; i < v.length; i++) {
        if (i > 0) put(sep);
        const el: unknown = v[i];
        if (el === undefined || typeof el === 'function' || typeof el === 'symbol') put('null');
        else walk(el, inner, level + 1);
      }
      put(`\n${indent}]`);
      return;
    }
    let first = true;
    for (const [k, el] of Object.entries(v as Record<string, unknown>)) {
      if (el === undefined || typeof el === 'function' || typeof el === 'symbol') continue;
      put(first ? `{\n${inner}${JSON.stringify(k)}: ` : `,\n${inner}${JSON.stringify(k)}: `);
      first = false;
      walk(el, inner, level + 1);
    }
    put(first ? '{}' : `\n${indent}}`);
  };
  walk(value, '', 0);
  if (buf !== '') out(buf);
}

/** Strings longer than this are quoted each time they are met, not kept (task texts can be long). */
const QUOTED_MAX = 256;

/**
 * `JSON.stringify(v)` of the one-line values writeJson meets (100,000 rows of a large sheet), the
 * same text made cheaper: the rows share their nested values (a deadline's summary, a cell's list
 * of units: one object for every row that says the same) and most of their strings, so each
 * nested object is serialised once (by identity: the document does not change while it is
 * written) and each short string quoted once. Only plain objects take this path; anything else
 * (arrays, class instances) is `JSON.stringify` itself. One writer per document.
 */
function lineWriter(): (v: object) => string {
  const quoted = new Map<string, string>();
  const nested = new Map<object, string>();
  // Each key's `{"key":` and `,"key":`, made once: a row report has a dozen, 100,000 times.
  const prefixes = new Map<string, [string, string]>();
  const quote = (s: string): string => {
    let q = quoted.get(s);
    if (q === undefined) {
      q = JSON.stringify(s);
      if (s.length <= QUOTED_MAX) quoted.set(s, q);
    }
    return q;
  };
  return (v) => {
    if (Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return JSON.stringify(v);
    let out = '';
    const o = v as Record<string, unknown>;
    // for-in over a plain object: its own keys, in JSON.stringify's order.
    for (const k in o) {
      const el = o[k];
      let text: string;
      if (typeof el === 'string') text = quote(el);
      else if (typeof el === 'number') text = Number.isFinite(el) ? String(el) : 'null';
      else if (typeof el === 'object' && el !== null) {
        let j = nested.get(el);
        if (j === undefined) {
          j = JSON.stringify(el) as string | undefined;
          if (j === undefined) continue;
          nested.set(el, j);
        }
        text = j;
      } else if (el === undefined || typeof el === 'function' || typeof el === 'symbol') continue;
      else text = JSON.stringify(el);
      let pre = prefixes.get(k);
      if (pre === undefined) {
        pre = [`{${JSON.stringify(k)}:`, `,${JSON.stringify(k)}:`];
        prefixes.set(k, pre);
      }
      out += out === '' ? pre[0] + text : pre[1] + text;
    }
    return out === '' ? '{}' : `${out}}`;
  };
}

/**
 * The --json document, written file by file as they are checked. One file: `{file, sheets,
 * summary}`. Several: `{files: [...], summary}`, plus `errors` (the files that could not be
 * read) only when there are some, so a script still learns why. One file that could not be read
 * gets the several-file document too (`{files: [], summary, errors: [its entry]}`): a script
 * always finds a document on stdout. Laid out by writeJson: one row or one issue per line.
 */
export class JsonReportWriter {
  private count = 0;
  private readonly summaries: Summary[] = [];

  constructor(
    private readonly out: (s: string) => void,
    private readonly render: Render,
    private readonly several: boolean,
  ) {}

  /** Adds a checked file (a single-file report is written whole here). */
  file(f: CheckedFile): void {
    const doc = streamedFileJson(f, this.render);
    if (!this.several) {
      writeJson(doc, this.out);
      this.out('\n');
      this.count++;
      return;
    }
    this.out(this.count === 0 ? '{\n  "files": [\n    ' : ',\n    ');
    // One level deeper than a single file's document: rows and issues still one per line.
    writeJson(doc, (s) => this.out(s.replace(/\n/g, '\n    ')), 4);
    this.count++;
    this.summaries.push(f.summary);
  }

  /**
   * Ends a several-file document (nothing to do for one file that was checked; one file that
   * could not be read gets the several-file document with its entry under `errors`), with the
   * folders read and how many files each held, and the files left out as phuluc's own outputs
   * (`skipped`, only when some were).
   */
  end(unreadable: readonly UnreadableFile[], folders: readonly FolderInput[] = [], skipped: readonly SkippedFile[] = []): void {
    if (!this.several && (this.count > 0 || unreadable.length === 0)) return;
    this.out(this.count === 0 ? '{\n  "files": []' : '\n  ]');
    const tail: { summary: Summary; errors?: UnreadableFile[]; skipped?: SkippedFile[]; folders?: FolderInput[] } = { summary: addSummaries(this.summaries) };
    if (unreadable.length > 0) tail.errors = [...unreadable];
    if (skipped.length > 0) tail.skipped = [...skipped];
    if (folders.length > 0) tail.folders = [...folders];
    for (const [k, v] of Object.entries(tail)) {
      this.out(`,\n  ${JSON.stringify(k)}: `);
      writeJson(v, (s) => this.out(s.replace(/\n/g, '\n  ')));
    }
    this.out('\n}\n');
  }
}

/** The whole document as one string (tests, small outputs). */
export function renderJson(
  checked: readonly CheckedFile[],
  unreadable: readonly UnreadableFile[],
  render: Render,
  several: boolean,
  folders: readonly FolderInput[] = [],
): string {
  if (!several && checked.length === 0 && unreadable.length === 0) return '';
  let text = '';
  const w = new JsonReportWriter((s) => void (text += s), render, several);
  for (const f of checked) w.file(f);
  w.end(unreadable, folders);
  return text;
}

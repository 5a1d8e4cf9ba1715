/**
 * Cell styles a fix needs that the workbook does not have yet: the same style with another font
 * name (a cell typed in a TCVN3/VNI font such as .VnTime, repaired to Unicode, must show in a
 * Unicode font). Pure text surgery on xl/styles.xml:
 *
 *   new StylesEditor(xml) → restyle(styleIndex, fontName) → new cellXfs index (string), or
 *   undefined when the part is not as expected; xml() → the part's new text, or undefined when
 *   nothing was added.
 *
 * Nothing that exists is changed or renumbered: a font and an xf are appended (the copies of the
 * cell's own, with only the font name replaced), or an identical existing one is reused, and the
 * `count` attributes of <fonts> and <cellXfs> follow. Every other cell keeps its style index and
 * so its look (ECMA-376 Part 1, §18.8.10 cellXfs, §18.8.22 font, §18.8.23 fonts).
 */

interface Section {
  /** Span of the whole container element in the text. */
  start: number;
  end: number;
  /** Its opening tag, and the prefix ("x:" or "") of its name. */
  open: string;
  prefix: string;
  /** The child elements' text, in order. */
  items: string[];
  /** Children added by this editor. */
  added: string[];
}

/** A container such as <fonts> with its children `<child>…</child>` or `<child …/>`; undefined when absent or unusual. */
function section(xml: string, name: string, child: string): Section | undefined {
  const open = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?)${name}(\\s[^>]*)?>`).exec(xml);
  if (!open) return undefined;
  const prefix = open[1] ?? '';
  const close = `</${prefix}${name}>`;
  const bodyStart = open.index + open[0].length;
  const end = xml.indexOf(close, bodyStart);
  if (end < 0) return undefined;
  const body = xml.slice(bodyStart, end);
  // Comments or CDATA inside: not worth the risk.
  if (body.includes('<!--') || body.includes('<![CDATA[')) return undefined;
  const items: string[] = [];
  const re = new RegExp(`<${prefix}${child}(?:\\s[^>]*?)?(?:/>|>[\\s\\S]*?</${prefix}${child}>)`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) items.push(m[0]);
  return { start: open.index, end: end + close.length, open: open[0], prefix, items, added: [] };
}

function setCount(open: string, n: number): string {
  return /\scount\s*=\s*["']\d*["']/.test(open) ? open.replace(/(\scount\s*=\s*)["']\d*["']/, `$1"${n}"`) : open.replace(/(\/?>)$/, ` count="${n}"$1`);
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

function attrOf(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(["'])(.*?)\\1`).exec(tag);
  return m?.[2];
}

export class StylesEditor {
  private readonly fonts: Section | undefined;
  private readonly xfs: Section | undefined;
  private readonly memo = new Map<string, string | undefined>();

  constructor(private readonly source: string) {
    this.fonts = section(source, 'fonts', 'font');
    this.xfs = section(source, 'cellXfs', 'xf');
  }

  /**
   * The cellXfs index of style `styleIndex` (0 when the cell has none) with its font named
   * `fontName`; the index itself when its font already has that name; undefined when the
   * styles part lacks <fonts> or <cellXfs> or the index is out of range.
   */
  restyle(styleIndex: number, fontName: string): string | undefined {
    const key = `${styleIndex}\u0000${fontName}`;
    if (this.memo.has(key)) return this.memo.get(key);
    const out = this.compute(styleIndex, fontName);
    this.memo.set(key, out);
    return out;
  }

  private compute(styleIndex: number, fontName: string): string | undefined {
    const { fonts, xfs } = this;
    if (!fonts || !xfs) return undefined;
    const allXfs = [...xfs.items, ...xfs.added];
    const xf = allXfs[styleIndex];
    if (xf === undefined) return undefined;
    const fontId = Number(attrOf(xf, 'fontId') ?? '0');
    const allFonts = [...fonts.items, ...fonts.added];
    const font = allFonts[fontId];
    if (!Number.isInteger(fontId) || font === undefined) return undefined;
    const p = fonts.prefix;
    const nameTag = new RegExp(`<${p}name\\s[^>]*?/>`);
    const current = nameTag.exec(font);
    if (current && attrOf(current[0], 'val') === fontName) return String(styleIndex);
    const wanted = `<${p}name val="${escapeAttr(fontName)}"/>`;
    let newFont: string;
    if (current) newFont = font.replace(nameTag, wanted);
    else if (/\/>$/.test(font) && !font.includes('></')) newFont = font.replace(/\s*\/>$/, `>${wanted}</${p}font>`);
    else newFont = font.replace(new RegExp(`</${p}font>$`), `${wanted}</${p}font>`);
    let newFontId = allFonts.indexOf(newFont);
    if (newFontId < 0) {
      fonts.added.push(newFont);
      newFontId = allFonts.length;
    }
    let newXf = xf.replace(/(\sfontId\s*=\s*)(["'])\d*\2/, `$1"${newFontId}"`);
    if (attrOf(xf, 'fontId') === undefined) newXf = xf.replace(new RegExp(`^<${xfs.prefix}xf`), `<${xfs.prefix}xf fontId="${newFontId}"`);
    newXf = /\sapplyFont\s*=/.test(newXf) ? newXf.replace(/(\sapplyFont\s*=\s*)(["'])[^"']*\2/, '$1"1"') : newXf.replace(new RegExp(`^<${xfs.prefix}xf`), `<${xfs.prefix}xf applyFont="1"`);
    let newXfId = allXfs.indexOf(newXf);
    if (newXfId < 0) {
      xfs.added.push(newXf);
      newXfId = allXfs.length;
    }
    return String(newXfId);
  }

  /** The new text of the styles part, or undefined when no font or xf was added. */
  xml(): string | undefined {
    const { fonts, xfs } = this;
    if (!fonts || !xfs || (fonts.added.length === 0 && xfs.added.length === 0)) return undefined;
    const parts = [fonts, xfs].sort((a, b) => a.start - b.start);
    let out = '';
    let at = 0;
    for (const s of parts) {
      const name = s === fonts ? 'fonts' : 'cellXfs';
      const all = [...s.items, ...s.added];
      out += this.source.slice(at, s.start);
      out += `${setCount(s.open, all.length).replace(/\/>$/, '>')}${this.source.slice(s.start + s.open.length, s.end - `</${s.prefix}${name}>`.length)}${s.added.join('')}</${s.prefix}${name}>`;
      at = s.end;
    }
    return out + this.source.slice(at);
  }
}

/** Collects the cell styles of new sheets into styles.xml: each distinct style once. */
import type { CellStyleSpec, FontSpec } from './spec';
import { xmlText } from './xml';

export class StyleTable {
  private readonly fonts: string[] = [];
  private readonly fills: string[] = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private readonly borders: string[] = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  private readonly numFmts: string[] = [];
  private readonly xfs: string[] = [];
  private readonly xfIndex = new Map<string, number>();

  constructor(private readonly workbookFont: FontSpec) {
    this.font(workbookFont);
    this.xfs.push('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
    this.xfIndex.set(JSON.stringify([{}, workbookFont]), 0);
  }

  /** The cellXfs index of a style over a sheet's default font (0: the workbook's default). */
  index(style: CellStyleSpec | undefined, defaultFont: FontSpec): number {
    const key = JSON.stringify([style ?? {}, defaultFont]);
    const hit = this.xfIndex.get(key);
    if (hit !== undefined) return hit;
    style ??= {};
    const fontId = this.font({ ...defaultFont, ...style.font });
    const fillId = style.fill ? this.add(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="FF${style.fill}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
    const borderId = style.border
      ? this.add(
          this.borders,
          '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>',
        )
      : 0;
    const numFmtId = style.numFmt ? this.numFmt(style.numFmt) : 0;
    const align =
      style.horizontal || style.vertical || style.wrap
        ? `<alignment${style.horizontal ? ` horizontal="${style.horizontal}"` : ''}${style.vertical ? ` vertical="${style.vertical}"` : ''}${style.wrap ? ' wrapText="1"' : ''}/>`
        : '';
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ''} applyFont="1"${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}` +
      (align ? ` applyAlignment="1">${align}</xf>` : '/>');
    const i = this.xfs.length;
    this.xfs.push(xf);
    this.xfIndex.set(key, i);
    return i;
  }

  private font(f: FontSpec): number {
    const xml =
      '<font>' +
      (f.bold ? '<b/>' : '') +
      (f.italic ? '<i/>' : '') +
      `<sz val="${f.size ?? 11}"/>` +
      (f.color ? `<color rgb="FF${f.color}"/>` : '<color theme="1"/>') +
      `<name val="${xmlText(f.name ?? 'Calibri')}"/>` +
      '</font>';
    return this.add(this.fonts, xml);
  }

  private numFmt(code: string): number {
    const builtIn: Record<string, number> = { '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '@': 49 };
    if (builtIn[code] !== undefined) return builtIn[code];
    const xml = `<numFmt numFmtId="${164 + this.numFmts.length}" formatCode="${xmlText(code)}"/>`;
    const at = this.numFmts.indexOf(xml);
    if (at >= 0) return 164 + at;
    this.numFmts.push(xml);
    return 164 + this.numFmts.length - 1;
  }

  private add(list: string[], xml: string): number {
    const at = list.indexOf(xml);
    if (at >= 0) return at;
    list.push(xml);
    return list.length - 1;
  }

  xml(): string {
    const numFmts = this.numFmts.length ? `<numFmts count="${this.numFmts.length}">${this.numFmts.join('')}</numFmts>` : '';
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      numFmts +
      `<fonts count="${this.fonts.length}">${this.fonts.join('')}</fonts>` +
      `<fills count="${this.fills.length}">${this.fills.join('')}</fills>` +
      `<borders count="${this.borders.length}">${this.borders.join('')}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

/**
 * A package's custom document properties (File › Properties › Custom in Excel; `docProps/custom.xml`,
 * ECMA-376 Part 1 §22.3 "Custom File Properties"): read from an opened package, written by the
 * workbook builder (src/xlsx/create). Excel and LibreOffice keep them when they save the file, so
 * phuluc marks what it creates with one, and knows its own files again.
 */
import type { XlsxPackage } from './package';
import { childrenNamed, parseXmlTree } from './xml';

export const CUSTOM_PROPERTIES_PART = 'docProps/custom.xml';
export const CUSTOM_PROPERTIES_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
export const CUSTOM_PROPERTIES_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const NS = 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties';
const VT = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';
/** The format id every custom property carries (ECMA-376 Part 1 §22.3.2.2). */
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The custom.xml part for string properties (`vt:lpwstr`), pids from 2 as the standard asks. */
export function customPropertiesXml(props: Readonly<Record<string, string>>): string {
  const items = Object.entries(props)
    .map(([name, value], i) => `<property fmtid="${FMTID}" pid="${i + 2}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${NS}" xmlns:vt="${VT}">${items}</Properties>`;
}

/**
 * The package's custom properties whose value is text, by name (empty when there are none). The
 * part is found through the package's custom-properties relationship, else by its usual name; a
 * part that does not parse counts as none (the properties are never a reason to refuse a file).
 */
export function readCustomProperties(pkg: XlsxPackage): Map<string, string> {
  const out = new Map<string, string>();
  const part = pkg.relationshipsOf('').find((r) => r.kind === 'custom-properties' && !r.external && r.part)?.part ?? CUSTOM_PROPERTIES_PART;
  const bytes = pkg.part(part);
  if (!bytes) return out;
  try {
    const root = parseXmlTree(bytes, part);
    for (const p of childrenNamed(root, 'property')) {
      const name = p.attrs.get('name');
      const value = p.children[0];
      if (name !== undefined && value && /^(lpwstr|lpstr|bstr)$/.test(value.local)) out.set(name, value.text);
    }
  } catch {
    // a broken optional part: no properties
  }
  return out;
}

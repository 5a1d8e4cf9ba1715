/** The add-in manifest, checked offline (Microsoft's validator is a web service). */
import fs from 'fs';
import path from 'path';
import { execFileSync } from 'child_process';

const root = path.join(__dirname, '..', '..');
const manifestPath = path.join(root, 'manifest.xml');
const xml = fs.readFileSync(manifestPath, 'utf8');

/**
 * office-addin-manifest's reader pulls an ESM-only chain that jest cannot load, so run its CLI
 * (`info` parses locally, no schema check, no network) and read the fields it prints.
 */
function manifestInfo(): Record<string, string> {
  const cli = path.join(root, 'node_modules', 'office-addin-manifest', 'lib', 'cli.js');
  const out = execFileSync(process.execPath, [cli, 'info', manifestPath], { encoding: 'utf8', timeout: 60_000 });
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const m = /^\s*([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1]!.trim()] = m[2]!.trim();
  }
  return info;
}

function pngSize(file: string): [number, number] {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

describe('manifest.xml', () => {
  it('parses, with a GUID id, names and the ReadWriteDocument permission', () => {
    const info = manifestInfo();
    expect(info['Id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(info['Name']).toBe('phuluc — Kiểm tra phụ lục CCHC');
    expect(info['Provider']).toBe('phuluc');
    expect(info['Type']).toBe('TaskPaneApp');
    expect(info['Description']).toMatch(/cải cách hành chính/);
    expect(info['Permissions']).toBe('ReadWriteDocument');
    expect(info['Hosts']).toBe('Workbook');
    expect(info['Source Location']).toBe('https://localhost:3000/taskpane.html');
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.7"\/>/);
  });

  it('opens the pane from a button on the Home tab', () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(xml).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
  });

  it('points every URL at https://localhost:3000/ and every resid at a resource', () => {
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]*)"/g)].map((m) => m[1]!);
    urls.push(...[...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]! + '/'));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000\//);
    const ids = new Set([...xml.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    for (const m of xml.matchAll(/resid="([^"]+)"/g)) expect(ids).toContain(m[1]);
  });

  it('has every icon it names, at its pixel size', () => {
    const icons = [...xml.matchAll(/https:\/\/localhost:3000\/(assets\/icon-(\d+)\.png)/g)];
    expect(new Set(icons.map((m) => m[2]))).toEqual(new Set(['16', '32', '64', '80']));
    for (const [, file, size] of icons) {
      const full = path.join(root, file!);
      expect(fs.existsSync(full)).toBe(true);
      expect(pngSize(full)).toEqual([Number(size), Number(size)]);
    }
    // The ribbon's bt:Image sizes match their files too.
    for (const m of xml.matchAll(/<bt:Image id="Icon\.(\d+)x\d+" DefaultValue="[^"]*icon-(\d+)\.png"\/>/g)) expect(m[1]).toBe(m[2]);
  });
});

/**
 * The build for a real address (`npm run build -- --env publicUrl=https://host/path/`): the
 * manifest webpack writes, checked offline at schema level (Microsoft's validator is a web
 * service), the office.js switch, and the cache headers of the bundled static server.
 */
import fs from 'fs';
import path from 'path';
import { SaxesParser } from 'saxes';

const root = path.join(__dirname, '..', '..');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const deploy = require('../../scripts/deploy.js') as {
  DEFAULT_PUBLIC_URL: string;
  OFFICE_JS_CDN: string;
  publicUrlOf(env?: Record<string, unknown>): string;
  manifestFor(xml: string, publicUrl: string): string;
  officeJsSrc(env?: Record<string, unknown>): string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js') as (env: Record<string, unknown>, argv: Record<string, unknown>) => WebpackConfig;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { cacheControl } = require('../../scripts/static-server.js') as { cacheControl(pathname: string): string };

interface CopyPattern {
  from: string;
  to: string;
  transform?: (content: Buffer, absoluteFrom: string) => string | Buffer;
  globOptions?: { ignore?: string[] };
}
interface WebpackConfig {
  entry: Record<string, string>;
  plugins: Array<{ constructor: { name: string }; patterns?: CopyPattern[]; userOptions?: Record<string, unknown> }>;
}

/** The manifest.xml that webpack writes into dist/ for this env (the CopyWebpackPlugin transform). */
function builtManifest(env: Record<string, unknown>): string {
  const config = makeConfig(env, { mode: 'production' });
  const copy = config.plugins.find((p) => p.constructor.name === 'CopyPlugin');
  const pattern = copy?.patterns?.find((p) => p.to === 'manifest.xml');
  expect(pattern?.transform).toBeDefined();
  const source = path.join(root, pattern!.from);
  return String(pattern!.transform!(fs.readFileSync(source), source));
}

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

/** The manifest as an element tree (local names; xsi:type kept as an attribute). Throws on malformed XML. */
function parse(xml: string): Node {
  const parser = new SaxesParser({ xmlns: false });
  const stack: Node[] = [{ name: '#doc', attrs: {}, children: [], text: '' }];
  parser.on('opentag', (t) => {
    const node: Node = { name: t.name.replace(/^.*:/, ''), attrs: t.attributes as Record<string, string>, children: [], text: '' };
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  });
  parser.on('text', (t) => (stack[stack.length - 1]!.text += t));
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  return stack[0]!.children[0]!;
}

const child = (n: Node, name: string) => n.children.find((c) => c.name === name);
function all(n: Node, pred: (n: Node) => boolean, out: Node[] = []): Node[] {
  if (pred(n)) out.push(n);
  for (const c of n.children) all(c, pred, out);
  return out;
}

function pngSize(file: string): [number, number] {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

/**
 * The order of OfficeApp's children in the TaskPaneApp schema (Microsoft's offappmanifest 1.1
 * XSD, as listed in "Office Add-ins XML manifest": learn.microsoft.com/office/dev/add-ins/develop/xml-manifest-overview).
 */
const TASKPANE_ORDER = [
  'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
  'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
  'VersionOverrides',
];
const REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'SupportUrl', 'DefaultSettings', 'Permissions'];

/** Every URL in the manifest: DefaultValue attributes that are addresses, AppDomains, SourceLocations. */
function urlsOf(doc: Node): string[] {
  const urls: string[] = [];
  for (const n of all(doc, () => true)) {
    const v = n.attrs['DefaultValue'];
    if (v !== undefined && /^[a-z]+:\/\//i.test(v)) urls.push(v);
    if (n.name === 'AppDomain') urls.push(n.text.trim());
  }
  return urls;
}

const PUBLIC = 'https://so-noi-vu.example.gov.vn/cong-cu/phuluc/';

describe('the production manifest for a public address', () => {
  const xml = builtManifest({ publicUrl: PUBLIC });
  const doc = parse(xml);

  it('is a TaskPaneApp with the required elements, in schema order', () => {
    expect(doc.name).toBe('OfficeApp');
    expect(doc.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(doc.attrs['xmlns']).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    const names = doc.children.map((c) => c.name);
    for (const r of REQUIRED) expect(names).toContain(r);
    const positions = names.map((n) => TASKPANE_ORDER.indexOf(n));
    expect(positions).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(child(doc, 'Id')!.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(doc, 'Version')!.text).toMatch(/^\d+(\.\d+){3}$/);
    expect(child(doc, 'Permissions')!.text).toBe('ReadWriteDocument');
    expect(child(child(doc, 'DefaultSettings')!, 'SourceLocation')!.attrs['DefaultValue']).toBe(PUBLIC + 'taskpane.html');
    // Schema limits: DisplayName ≤ 125 characters, Description ≤ 250, ShortStrings ≤ 125.
    expect(child(doc, 'DisplayName')!.attrs['DefaultValue']!.length).toBeLessThanOrEqual(125);
    expect(child(doc, 'Description')!.attrs['DefaultValue']!.length).toBeLessThanOrEqual(250);
    for (const s of all(doc, (n) => n.name === 'String' && n.attrs['id'] !== undefined))
      expect(s.attrs['DefaultValue']!.length).toBeLessThanOrEqual(s.attrs['id']!.startsWith('Button.Tooltip') || s.attrs['id']!.endsWith('Description') ? 250 : 125);
  });

  it('points every URL under publicUrl, over HTTPS, with no localhost left', () => {
    expect(xml).not.toMatch(/localhost/i);
    const urls = urlsOf(doc);
    expect(urls.length).toBeGreaterThan(8);
    const origin = new URL(PUBLIC).origin;
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\//);
      if (url === origin) continue; // the AppDomain is the origin itself
      expect(url.startsWith(PUBLIC)).toBe(true);
    }
    expect(all(doc, (n) => n.name === 'AppDomain').map((n) => n.text)).toEqual([origin]);
  });

  it('names files that the build serves, and icons at their sizes', () => {
    const files = urlsOf(doc).filter((u) => u.startsWith(PUBLIC)).map((u) => u.slice(PUBLIC.length));
    const entries = Object.keys(makeConfig({ publicUrl: PUBLIC }, { mode: 'production' }).entry);
    for (const f of files) {
      if (f.startsWith('assets/')) expect(fs.existsSync(path.join(root, f))).toBe(true);
      else expect(['taskpane.html', 'commands.html', 'demo.html', 'index.html']).toContain(f);
    }
    expect(entries).toEqual(expect.arrayContaining(['web', 'taskpane', 'demo']));
    // IconUrl 32×32 and HighResolutionIconUrl 64×64 (the manifest reference), ribbon images at their sizes.
    const size = (url: string) => pngSize(path.join(root, url.slice(PUBLIC.length)));
    expect(size(child(doc, 'IconUrl')!.attrs['DefaultValue']!)).toEqual([32, 32]);
    expect(size(child(doc, 'HighResolutionIconUrl')!.attrs['DefaultValue']!)).toEqual([64, 64]);
    const images = all(doc, (n) => n.name === 'Image' && n.attrs['DefaultValue'] !== undefined);
    expect(images.length).toBe(3);
    for (const img of images) {
      const [, px] = /^Icon\.(\d+)x\1$/.exec(img.attrs['id']!)!;
      expect(size(img.attrs['DefaultValue']!)).toEqual([Number(px), Number(px)]);
    }
    // Every resid names a resource.
    const ids = new Set(all(doc, (n) => n.attrs['id'] !== undefined).map((n) => n.attrs['id']));
    for (const n of all(doc, (n) => n.attrs['resid'] !== undefined)) expect(ids).toContain(n.attrs['resid']);
  });

  it('serves icons cacheable and pages revalidated', () => {
    expect(cacheControl('/assets/icon-32.png')).toMatch(/public, max-age=\d{5,}/);
    expect(cacheControl('/web.0123abcd.js')).toMatch(/immutable/);
    for (const p of ['/index.html', '/taskpane.html', '/manifest.xml', '/sw.js']) expect(cacheControl(p)).toBe('no-cache');
  });
});

describe('publicUrl', () => {
  it('defaults to https://localhost:3000/ and leaves the manifest as it is', () => {
    const source = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
    expect(builtManifest({})).toBe(source);
    expect(deploy.publicUrlOf({})).toBe('https://localhost:3000/');
  });

  it.each([
    ['https://host.example/path', 'https://host.example/path/'],
    ['https://host.example', 'https://host.example/'],
    ['https://host.example:8443/a/b/', 'https://host.example:8443/a/b/'],
  ])('normalises %s', (raw, want) => {
    expect(deploy.publicUrlOf({ publicUrl: raw })).toBe(want);
    const doc = parse(deploy.manifestFor(fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8'), raw));
    expect(child(child(doc, 'DefaultSettings')!, 'SourceLocation')!.attrs['DefaultValue']).toBe(want + 'taskpane.html');
  });

  it.each([['http://host.example/'], ['host.example/path'], ['https://host.example/?x=1'], ['https://u:p@host.example/'], ['ftp://host.example/']])(
    'refuses %s',
    (raw) => {
      expect(() => deploy.publicUrlOf({ publicUrl: raw })).toThrow();
      expect(() => makeConfig({ publicUrl: raw }, { mode: 'production' })).toThrow();
    },
  );

  it('escapes an address with & for XML', () => {
    const out = deploy.manifestFor(fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8'), 'https://host.example/a&b/');
    expect(() => parse(out)).not.toThrow();
    expect(out).toContain('https://host.example/a&amp;b/taskpane.html');
  });
});

describe('office.js', () => {
  const htmlPlugin = (config: WebpackConfig, filename: string) =>
    config.plugins.find((p) => p.constructor.name === 'HtmlWebpackPlugin' && p.userOptions?.['filename'] === filename)!;

  it('comes from Microsoft CDN by default', () => {
    const config = makeConfig({}, { mode: 'production' });
    for (const page of ['taskpane.html', 'commands.html'])
      expect((htmlPlugin(config, page).userOptions!['templateParameters'] as Record<string, string>)['officeJs']).toBe(deploy.OFFICE_JS_CDN);
    const copy = config.plugins.find((p) => p.constructor.name === 'CopyPlugin')!;
    expect(copy.patterns!.some((p) => p.to === 'office-js')).toBe(false);
  });

  it('with officeJs=local, from the pinned @microsoft/office-js copied into the build', () => {
    const config = makeConfig({ officeJs: 'local' }, { mode: 'production' });
    for (const page of ['taskpane.html', 'commands.html'])
      expect((htmlPlugin(config, page).userOptions!['templateParameters'] as Record<string, string>)['officeJs']).toBe('office-js/office.js');
    const copy = config.plugins.find((p) => p.constructor.name === 'CopyPlugin')!;
    const pattern = copy.patterns!.find((p) => p.to === 'office-js')!;
    expect(fs.existsSync(path.join(pattern.from, 'office.js'))).toBe(true);
    expect(fs.existsSync(path.join(pattern.from, 'excel-web-16.00.js'))).toBe(true);
    expect(pattern.from).toBe(path.join(root, 'node_modules', '@microsoft', 'office-js', 'dist'));
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies['@microsoft/office-js']).toMatch(/^\d+\.\d+\.\d+$/);
    for (const tpl of ['src/html/taskpane.html', 'src/html/commands.html'])
      expect(fs.readFileSync(path.join(root, tpl), 'utf8')).toContain('<script src="<%= officeJs %>"></script>');
  });

  it('refuses an unknown mode', () => {
    expect(() => makeConfig({ officeJs: 'nearby' }, { mode: 'production' })).toThrow(/officeJs/);
  });
});

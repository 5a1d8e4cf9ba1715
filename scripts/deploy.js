/**
 * Where the built site will live, and the manifest that points there. Used by webpack.config.js
 * (`npm run build -- --env publicUrl=https://host/path/ [--env officeJs=local]`) and by the tests.
 *
 *   publicUrlOf(env)            → "https://host/path/" (always ending in "/"); throws on a bad address
 *   manifestFor(xml, publicUrl) → manifest.xml text whose every URL is under publicUrl
 *   officeJsSrc(env)            → the src pages load office.js from (Microsoft's CDN, or office-js/office.js)
 */

/** What `npm run build` and `npm start` use when no address is given. */
const DEFAULT_PUBLIC_URL = 'https://localhost:3000/';
/** Where manifest.xml in the repository points: the development server. */
const SOURCE_ORIGIN = 'https://localhost:3000';
/** Microsoft's CDN (https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn). */
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Where `--env officeJs=local` puts the copy of @microsoft/office-js's dist/ inside the build. */
const OFFICE_JS_LOCAL_DIR = 'office-js';

/**
 * The public address of the build, normalised to end in "/". It must be an absolute https URL
 * without query or fragment: Office loads add-ins only over HTTPS (the manifest's SourceLocation).
 */
function publicUrlOf(env = {}) {
  const raw = env.publicUrl === undefined || env.publicUrl === true ? DEFAULT_PUBLIC_URL : String(env.publicUrl);
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`publicUrl is not an absolute address: "${raw}" (example: https://phuluc.example.gov.vn/phuluc/)`);
  }
  if (url.protocol !== 'https:') throw new Error(`publicUrl must use https (Office loads add-ins only over HTTPS): "${raw}"`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`publicUrl must not carry a query, fragment or credentials: "${raw}"`);
  const href = url.href;
  return href.endsWith('/') ? href : href + '/';
}

function escapeXml(s) {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The manifest for `publicUrl`: every `https://localhost:3000/...` URL of the source manifest is
 * moved under publicUrl, and the AppDomain becomes publicUrl's origin. Throws when a localhost
 * address would be left (a URL this function does not know how to move).
 */
function manifestFor(xml, publicUrl) {
  const base = publicUrlOf({ publicUrl });
  const origin = new URL(base).origin;
  let out = xml.replace(/<AppDomain>https:\/\/localhost:3000\/?<\/AppDomain>/g, `<AppDomain>${escapeXml(origin)}</AppDomain>`);
  out = out.replace(/https:\/\/localhost:3000\/([^"<\s]*)/g, (_m, rest) => escapeXml(base + rest));
  if (base !== DEFAULT_PUBLIC_URL && /localhost/i.test(out.replace(/<!--[\s\S]*?-->/g, '')))
    throw new Error('manifest.xml still names localhost after moving it to ' + base);
  return out;
}

/** The src of office.js in the pages: `--env officeJs=local` serves the pinned npm copy from the build. */
function officeJsSrc(env = {}) {
  const mode = env.officeJs === undefined ? 'cdn' : String(env.officeJs);
  if (mode === 'cdn') return OFFICE_JS_CDN;
  if (mode === 'local') return `${OFFICE_JS_LOCAL_DIR}/office.js`;
  throw new Error(`officeJs must be "cdn" or "local", not "${mode}"`);
}

module.exports = { DEFAULT_PUBLIC_URL, SOURCE_ORIGIN, OFFICE_JS_CDN, OFFICE_JS_LOCAL_DIR, publicUrlOf, manifestFor, officeJsSrc };

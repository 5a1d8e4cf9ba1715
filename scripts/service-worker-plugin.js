/**
 * Emits dist/sw.js, the web checker's service worker (production builds only): it precaches the
 * web checker's page, its scripts, the icons and the sample workbooks, so that the page opens and
 * works with no network once it has been opened. The pages the checker links to (`later`: the
 * 20,000-row demo) are cached after the first load rather than precached, so that they work
 * offline too without weighing on the first load. It answers only requests for the files it
 * precached (and navigations to the page itself); everything else — the task pane, office.js from
 * Microsoft's CDN or from office-js/, the manifest — goes to the network untouched.
 *
 * The cache is named after a hash of the precached files' contents: a new build makes a new
 * cache and the old one is deleted when the new worker activates.
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const TEMPLATE = path.join(__dirname, '..', 'src', 'web', 'sw-template.js');

class ServiceWorkerPlugin {
  /**
   * @param {{ page: string, chunk: string, extra: string[], later?: { page: string, chunk: string }[] }} options
   *   page: the html; chunk: its entry; extra: dist/ folders to precache too; later: pages (and
   *   their entries) the worker caches in the background once the page has loaded
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('ServiceWorkerPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        // After html-webpack-plugin and copy-webpack-plugin have added their files.
        { name: 'ServiceWorkerPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const { page, chunk, extra, later = [] } = this.options;
          const pageFiles = (html, name) => {
            const files = new Set([html]);
            const entry = compilation.entrypoints.get(name);
            if (!entry) throw new Error(`ServiceWorkerPlugin: no entry "${name}"`);
            for (const f of entry.getFiles()) files.add(f);
            // Chunks the page loads later (the reader and writer may be split off): all of the entry's async chunks.
            for (const c of entry.chunks) for (const a of c.getAllAsyncChunks()) for (const f of a.files) files.add(f);
            return files;
          };
          const keep = (f) => !f.endsWith('.map') && !f.endsWith('.LICENSE.txt');
          const files = pageFiles(page, chunk);
          for (const name of Object.keys(compilation.assets)) if (extra.some((dir) => name.startsWith(dir))) files.add(name);
          const list = [...files].filter(keep).sort();
          const laterFiles = new Set();
          for (const l of later) for (const f of pageFiles(l.page, l.chunk)) if (!files.has(f)) laterFiles.add(f);
          const laterList = [...laterFiles].filter(keep).sort();
          const hash = crypto.createHash('sha256');
          for (const f of [...list, ...laterList]) {
            const asset = compilation.getAsset(f);
            if (!asset) throw new Error(`ServiceWorkerPlugin: ${f} is not in the build`);
            hash.update(f).update('\0').update(asset.source.buffer());
          }
          const version = hash.digest('hex').slice(0, 12);
          const code = fs
            .readFileSync(TEMPLATE, 'utf8')
            .replace('self.__PRECACHE__', JSON.stringify(list))
            .replace('self.__LATER__', JSON.stringify(laterList))
            .replace('self.__VERSION__', JSON.stringify(version));
          compilation.emitAsset('sw.js', new sources.RawSource(code));
        },
      );
    });
  }
}

module.exports = { ServiceWorkerPlugin };

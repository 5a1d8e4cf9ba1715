/**
 * Builds the site in dist/:
 *   index.html      the web checker: open a .xlsx from disk, check and fix it in the browser (src/web)
 *   taskpane.html   the task pane, for Excel (src/taskpane)
 *   demo.html       the same pane beside an emulated sheet (src/demo)
 *   manifest.xml    the add-in manifest, every URL under publicUrl; icons in assets/
 *   sw.js           (production) the service worker that keeps the web checker working offline
 *   office-js/      (--env officeJs=local) office.js copied from the pinned @microsoft/office-js
 *
 *   npm run build                                          for https://localhost:3000/
 *   npm run build -- --env publicUrl=https://host/path/    for a real address
 *   npm run build -- --env officeJs=local                  office.js served from the build
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { manifestFor, officeJsSrc, publicUrlOf, OFFICE_JS_LOCAL_DIR } = require('./scripts/deploy');
const { ServiceWorkerPlugin } = require('./scripts/service-worker-plugin');

const esbuild = require('esbuild');
const { Compilation, sources } = require('webpack');

/**
 * The oldest engines the production bundle runs on (esbuild target names). The floor is set by
 * what the pane's dependencies need at load, which no transpiler can lower: BigInt (zod 4, the
 * amount-in-words library) and WeakRef (Fluent UI's focus manager, tabster). That is Safari 14.1
 * (Excel on Mac/iPad uses the system's WKWebView), Chromium 84 (WebView2 is evergreen; Excel on
 * the web), Firefox 79. EdgeHTML (Edge Legacy) and Trident (IE11), which Office 2016/2019 and
 * older Microsoft 365 builds still use, have neither: taskpane.html's probe shows them a
 * Vietnamese message instead (see README, "Supported hosts").
 */
const TARGETS = ['es2020', 'chrome84', 'edge84', 'firefox79', 'safari14.1'];
/** The ECMAScript edition the bundle's syntax is lowered to (test/e2e parses it with acorn at this edition). */
const ECMA_VERSION = 2020;

/**
 * Lowers every emitted script, dependencies included, to TARGETS (class static blocks, `??=`,
 * private methods... from Fluent UI and zod), before Terser minifies it. Production builds only:
 * development builds wrap modules in eval() and are for a current browser.
 */
class LowerSyntaxPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('LowerSyntaxPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'LowerSyntaxPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_COMPATIBILITY },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!name.endsWith('.js')) continue;
            const code = assets[name].source().toString();
            const out = esbuild.transformSync(code, { loader: 'js', target: TARGETS, charset: 'utf8', legalComments: 'inline' });
            compilation.updateAsset(name, new sources.RawSource(out.code));
          }
        },
      );
    });
  }
}

const config = (env = {}, argv = {}) => {
  const production = (argv.mode || 'production') === 'production';
  const publicUrl = publicUrlOf(env);
  const officeJs = officeJsSrc(env);
  const localOfficeJs = officeJs.startsWith(OFFICE_JS_LOCAL_DIR + '/');
  const officeJsDist = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
  return {
    mode: production ? 'production' : 'development',
    entry: {
      web: './src/web/index.tsx',
      taskpane: './src/taskpane/index.tsx',
      demo: './src/demo/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      // Relative: the same dist/ works under any path of any host.
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            // Type-checking is `npm run typecheck`; here only transpile, as ES modules so that
            // webpack can drop the unused parts of Fluent UI.
            transpileOnly: true,
            compilerOptions: { noEmit: false, module: 'es2020', target: 'es2019', sourceMap: !production },
          },
        },
        {
          // @formulajs/formulajs imports jStat and bessel for its statistical and engineering
          // functions, which phuluc never calls (src/core/formula/evaluate.ts takes SUM, ROUND and
          // the like). They have no side effects on import: left out when nothing used needs them.
          test: /[\\/]node_modules[\\/](jstat|bessel|@formulajs[\\/]formulajs)[\\/]/,
          sideEffects: false,
        },
      ],
    },
    devtool: production ? false : 'eval-cheap-module-source-map',
    performance: { hints: false },
    plugins: [
      ...(production ? [new LowerSyntaxPlugin()] : []),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: 'src/html/index.html',
        chunks: ['web'],
        // The template loads the scripts itself (not in Internet Explorer) and registers the service worker.
        inject: false,
        minify: false,
        templateParameters: { serviceWorker: production },
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: 'src/html/taskpane.html',
        chunks: ['taskpane'],
        // The template loads the scripts itself, only where its probe says they can run.
        inject: false,
        templateParameters: { unsupported: require('./src/taskpane/unsupported-host.json'), officeJs },
        minify: false,
      }),
      new HtmlWebpackPlugin({ filename: 'demo.html', template: 'src/html/demo.html', chunks: ['demo'] }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: 'src/html/commands.html',
        chunks: [],
        inject: false,
        templateParameters: { officeJs },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          // The web checker's *Dùng thử với tệp mẫu*: real appendices, opened like a file from disk.
          { from: 'test/fixtures/quang-tri-2024.xlsx', to: 'samples/quang-tri-2024.xlsx' },
          { from: 'test/fixtures/binh-dinh-2022.xlsx', to: 'samples/binh-dinh-2022.xlsx' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => manifestFor(content.toString('utf8'), publicUrl) },
          ...(localOfficeJs
            ? [
                {
                  from: officeJsDist,
                  to: OFFICE_JS_LOCAL_DIR,
                  // The debug builds, IntelliSense and typings are for developers, not for Office.
                  globOptions: { ignore: ['**/*.debug.js', '**/office-vsdoc.js', '**/*.d.ts'] },
                },
              ]
            : []),
        ],
      }),
      ...(production ? [new ServiceWorkerPlugin({ page: 'index.html', chunk: 'web', extra: ['assets/', 'samples/'], later: [{ page: 'demo.html', chunk: 'demo' }] })] : []),
    ],
    stats: production ? 'normal' : 'minimal',
  };
};

module.exports = config;
module.exports.TARGETS = TARGETS;
module.exports.ECMA_VERSION = ECMA_VERSION;

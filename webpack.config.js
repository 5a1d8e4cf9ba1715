/**
 * Builds the task pane (dist/taskpane.html, for Excel) and the demo (dist/demo.html, the same pane
 * beside an emulated sheet), and copies the manifest and icons.
 *   npx webpack --mode production      (npm run build)
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
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

const config = (_env = {}, argv = {}) => {
  const production = (argv.mode || 'production') === 'production';
  return {
    mode: production ? 'production' : 'development',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      demo: './src/demo/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
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
      ],
    },
    devtool: production ? false : 'eval-cheap-module-source-map',
    performance: { hints: false },
    plugins: [
      ...(production ? [new LowerSyntaxPlugin()] : []),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: 'src/html/taskpane.html',
        chunks: ['taskpane'],
        // The template loads the scripts itself, only where its probe says they can run.
        inject: false,
        templateParameters: { unsupported: require('./src/taskpane/unsupported-host.json') },
        minify: false,
      }),
      new HtmlWebpackPlugin({ filename: 'demo.html', template: 'src/html/demo.html', chunks: ['demo'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: 'src/html/commands.html', chunks: [], inject: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    stats: production ? 'normal' : 'minimal',
  };
};

module.exports = config;
module.exports.TARGETS = TARGETS;
module.exports.ECMA_VERSION = ECMA_VERSION;

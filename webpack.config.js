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

module.exports = (env = {}, argv = {}) => {
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
      ],
    },
    devtool: production ? false : 'eval-cheap-module-source-map',
    performance: { hints: false },
    plugins: [
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
        // The template loads the scripts itself, and not at all in Internet Explorer.
        inject: false,
        minify: false,
        templateParameters: { officeJs },
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
      ...(production ? [new ServiceWorkerPlugin({ page: 'index.html', chunk: 'web', extra: ['assets/', 'samples/'] })] : []),
    ],
    stats: production ? 'normal' : 'minimal',
  };
};

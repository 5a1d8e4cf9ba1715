/**
 * Builds the task pane (dist/taskpane.html, for Excel) and the demo (dist/demo.html, the same pane
 * beside an emulated sheet), and copies the manifest and icons.
 *   npx webpack --mode production      (npm run build)
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

module.exports = (_env = {}, argv = {}) => {
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
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: 'src/html/taskpane.html',
        chunks: ['taskpane'],
        // The template loads the scripts itself, and not at all in Internet Explorer.
        inject: false,
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

// Lint: typescript-eslint's recommended rules (syntax-level; `tsc` does the type checks).
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'node_modules/**', 'coverage/**', '.e2e/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The service worker runs as written, in the worker's global scope.
    files: ['src/web/sw-template.js'],
    languageOptions: { sourceType: 'script', globals: { self: 'readonly', caches: 'readonly', fetch: 'readonly', Request: 'readonly', URL: 'readonly', Promise: 'readonly' } },
  },
  {
    // src/xlsx is bytes in, bytes out: it must run in a browser too (no fs, no Node built-ins).
    files: ['src/xlsx/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['fs', 'fs/*', 'path', 'os', 'child_process', 'stream', 'zlib', 'buffer', 'node:*', 'exceljs', '../cli/*', '../excel/*', '../taskpane/*'], message: 'src/xlsx is pure: bytes in, bytes out (it runs in the browser too).' }] }],
      'no-restricted-globals': ['error', { name: 'Buffer', message: 'Use Uint8Array: src/xlsx runs in the browser too.' }, { name: 'process', message: 'src/xlsx runs in the browser too.' }, { name: 'require', message: 'Use imports.' }],
    },
  },
  {
    files: ['**/*.js'],
    ignores: ['src/web/sw-template.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);

/** Unit, component and end-to-end tests. Type-checking is `npm run typecheck`; ts-jest only transpiles. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFiles: ['<rootDir>/test/helpers/text-codec.ts'],
  // Tests that read workbooks or render the pane take seconds on a loaded 2-core machine; 5 s
  // (Jest's default) failed them there. Tests that need longer set their own timeout.
  testTimeout: 30_000,
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
  },
};

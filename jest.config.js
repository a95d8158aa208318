/** Three projects: pure unit specs beside the code, e2e against the real app, browser pages in Chromium. */
const tsJest = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] };
// The suites that boot the app hold its every answer to the OpenAPI document.
const documentedAnswers = { setupFilesAfterEnv: ['<rootDir>/test/helpers/documented-answers.setup.ts'] };
const common = { testEnvironment: 'node', transform: tsJest, moduleFileExtensions: ['ts', 'tsx', 'js', 'json'] };

module.exports = {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/client/**/*.spec.ts'] },
    { ...common, ...documentedAnswers, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
    { ...common, ...documentedAnswers, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'] },
  ],
};

/** npm run test:scale only: cross-instance tests against the instances scripts/test-scale.sh starts. */
module.exports = {
  displayName: 'scale',
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testMatch: ['<rootDir>/test/scale/**/*.scale-spec.ts'],
  testTimeout: 120000,
};

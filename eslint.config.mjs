// Lint what the type checker cannot: the pure domain core stays free of frameworks and I/O.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'client/dist/', 'node_modules/', 'coverage/', 'test/artifacts/'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*', 'typeorm', 'socket.io', 'socket.io-client', 'express'], message: 'The domain core imports no framework.' },
            { group: ['**/persistence/**', '**/live/**', '**/auth/**', '**/common/**', '**/*.entity'], message: 'The domain core imports no feature or infrastructure module.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Time is an argument in the domain: no Date.now().' },
      ],
    },
  },
);

// Flat config: typescript-eslint's recommended rules with type information off (the
// type checker already runs in `npm test`), plus the project's own habits.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'artifacts/', 'web/public/vendor/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error'] }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['web/public/**/*.js'],
    languageOptions: { globals: { ...globals.browser, io: 'readonly' } },
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['commerce/cli/**/*.ts', 'bench/**/*.ts', 'dialogs/understanding/cli/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);

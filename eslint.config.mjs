import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { regflowPlugin } from './eslint/module-boundaries.mjs';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '**/reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['packages/calendar/src/**', 'packages/domain/src/**', 'packages/contracts/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', 'typeorm', 'bullmq', 'react', 'react-*'] },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'Pure packages take configuration as parameters.' }],
    },
  },
  {
    files: ['apps/server/src/modules/**/*.ts'],
    plugins: { regflow: regflowPlugin },
    rules: { 'regflow/module-boundaries': 'error' },
  },
);

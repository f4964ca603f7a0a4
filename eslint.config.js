// Type-aware ESLint for TypeScript and Astro files, no warnings allowed (`npm run check`).
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

const unsafeAny = Object.fromEntries(
  ['no-unsafe-return', 'no-unsafe-assignment', 'no-unsafe-member-access', 'no-unsafe-call', 'no-unsafe-argument'].map(
    (rule) => [`@typescript-eslint/${rule}`, 'off'],
  ),
);

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    // Astro's template expressions have no TypeScript type for the linter; `astro check` types them.
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { parser: tseslint.parser, project: true, extraFileExtensions: ['.astro'] } },
    rules: unsafeAny,
  },
  {
    // Tests break fixtures one field at a time: loose objects are the point there.
    files: ['test/**/*.ts'],
    rules: { ...unsafeAny, '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);

// ESLint (flat config). `npm run lint` runs it with --max-warnings 0: every finding is an error to fix.
// Style is Prettier's job; eslint-config-prettier (last) turns off every rule that would fight it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-scorm/',
      'scorm/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  importX.flatConfigs.recommended,
  importX.flatConfigs.typescript,
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      // Pages and islands run in the browser; config, scripts and tests in Node.
      globals: { ...globals.browser, ...globals.node },
    },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // No unused code; a leading _ marks an argument or binding kept on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Module graph: no cycles, no imports of something that is not there, no duplicate imports.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/no-useless-path-segments': 'error',
      // TypeScript (and astro check) already reports unresolved and missing named imports; the
      // resolver-based copies only add slow duplicates and false alarms on virtual modules (astro:*).
      'import-x/no-unresolved': 'off',
      'import-x/named': 'off',
      'import-x/namespace': 'off',
      'import-x/default': 'off',
      'import-x/no-named-as-default-member': 'off',
      // Flags the documented `import AxeBuilder from '@axe-core/playwright'` (default and named export
      // are the same class): noise here.
      'import-x/no-named-as-default': 'off',
    },
  },
  {
    // Unit tests break copies of real content files at any depth to check the schemas' messages.
    files: ['tests/unit/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
);

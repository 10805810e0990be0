// A small lint setup (issue 15, "mechanical house style"): ESLint's and typescript-eslint's
// recommended rules, without type information so that it runs in seconds on every `npm test`
// (the compiler, strict, already runs there too).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'src/generated/', 'test/fixtures/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      // Unused on purpose: a leading underscore (a callback's position, a destructured field left out).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Input is hostile: stripping control characters and ANSI escapes from it is what these regexes are for.
      'no-control-regex': 'off',
    },
  },
  {
    // The HTML report's viewer runs in the browser.
    files: ['src/reporters/html/viewer/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);

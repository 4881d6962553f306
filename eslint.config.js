import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layers from './eslint-layers.js';

/** The environment and the clock: read by src/cli/ only (DESIGN.md, ARCHITECTURE.md). */
const EDGE = [
  {
    selector: "CallExpression[callee.object.name='process'][callee.property.name='exit']",
    message: 'Only src/cli/finish.ts may call process.exit.',
  },
  {
    selector: "MemberExpression[object.name='process'][property.name=/^(env|argv|execPath)$/]",
    message: 'Only src/cli/ reads process.env, process.argv or process.execPath: pass what you need in Deps.',
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Only src/cli/ reads the clock: use deps.now or deps.today.',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Only src/cli/ reads the clock: use deps.now or deps.today.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-check/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...EDGE],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'better-sqlite3', message: 'Only src/db/ talks to SQLite.' }] },
      ],
    },
  },
  {
    // Imports point downward through the layers of src/ (eslint-layers.js, ARCHITECTURE.md).
    files: ['src/**/*.ts'],
    plugins: { layers },
    rules: { 'layers/downward': 'error' },
  },
  {
    files: ['src/cli/**'],
    ignores: ['src/cli/finish.ts'],
    rules: { 'no-restricted-syntax': ['error', EDGE[0]] },
  },
  {
    // CommonJS on purpose: the start-up entry (bin/, a CommonJS folder) and preloaded bench scripts.
    files: ['**/*.cjs', 'bin/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', __filename: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/cli/finish.ts', 'bin/**', 'bench/**', 'test/**', 'scripts/**', '*.js', '*.mjs'],
    rules: { 'no-restricted-syntax': 'off', 'no-control-regex': 'off' },
  },
);

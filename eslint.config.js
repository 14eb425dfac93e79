// ESLint flat config: typescript-eslint with type information, plus the folder boundaries of DESIGN.md
// (arrows only point down the dependency table; tfevents is pure; only runstore touches SQLite).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'net',
  'node:net',
  'http',
  'node:http',
];
const restrict = (patterns, paths = []) => ({
  'no-restricted-imports': [
    'error',
    { patterns: patterns.map((group) => ({ group, message: 'crosses a boundary in DESIGN.md' })), paths },
  ],
});

export default tseslint.config(
  {
    ignores: [
      '.venv/**',
      'node_modules/**',
      'dist/**',
      'proto/generated/**',
      'logs/**',
      'test-artifacts/**',
      '.tfjs-node-build/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs', 'bin/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', name: ['test', 'it', 'describe', 'suite'], package: 'node:test' },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name=/^(describe|it|test)$/][callee.property.name='only']",
          message: 'no focused tests',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['tfevents/**/*.ts'],
    ignores: ['tfevents/node/**'],
    rules: restrict(
      [
        [
          '../server/**',
          '../runstore/**',
          '../trainer/**',
          '../client/**',
          'better-sqlite3',
          'express',
          'socket.io',
        ],
      ],
      nodeBuiltins,
    ),
  },
  {
    files: ['tfevents/node/**/*.ts'],
    rules: restrict([['../../server/**', '../../runstore/**', '../../trainer/**', '../../client/**']]),
  },
  {
    files: ['runstore/**/*.ts'],
    rules: restrict([['../server/**', '../trainer/**', '../client/**', '../tfevents/**']]),
  },
  {
    files: ['trainer/**/*.ts'],
    rules: restrict([
      [
        '../server/**',
        '../../server/**',
        '../client/**',
        '../../client/**',
        'express',
        'socket.io',
        'better-sqlite3',
      ],
    ]),
  },
  {
    files: ['server/**/*.ts'],
    rules: restrict([
      [
        '../trainer/**',
        '../../trainer/**',
        '../client/**',
        '../../client/**',
        'better-sqlite3',
        '@tensorflow/*',
      ],
    ]),
  },
  {
    files: ['client/**/*.ts'],
    rules: restrict([
      [
        '../server/!(api-contract)*',
        '../../server/!(api-contract)*',
        '../tfevents/**',
        '../runstore/**',
        '../trainer/**',
        'node:*',
      ],
    ]),
  },
);

// ESLint flat config: typescript-eslint with type information, plus the folder boundaries of DESIGN.md
// (arrows only point down the dependency table; tfevents is pure; only runstore touches SQLite).
import js from '@eslint/js';
import { dirname, relative, resolve, sep } from 'node:path';
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
const restrict = (patterns, paths = [], regexes = []) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ...patterns.map((group) => ({ group, message: 'crosses a boundary in DESIGN.md' })),
        ...regexes.map(({ regex, message }) => ({ regex, message })),
      ],
      paths,
    },
  ],
});
/** A relative import of a top-level folder from any depth (`../x/…`, `../../../x/…`). */
const topFolder = (folder, message = `imports ${folder}/, which crosses a boundary in DESIGN.md`) => ({
  regex: `^(\\.\\./)+${folder}(/|$)`,
  message,
});
const pluginsDir = resolve(import.meta.dirname, 'server', 'plugins');
/** The plugin folder a path lies in (`histograms`, `shared`), or undefined for files directly in server/plugins/
 *  (the registry, the lookups) and paths outside it. */
const pluginOf = (path) => {
  const parts = relative(pluginsDir, path).split(sep);
  return parts[0] === '..' || parts.length < 2 ? undefined : parts[0];
};
/** Plugins import no other plugin's folder, at any depth and however the path is spelled (resolved, not
 *  matched); shared code lives in server/plugins/shared/ or server/plugins/*.ts. */
const pluginIsolation = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      sideways:
        "server/plugins/{{own}}/ imports server/plugins/{{other}}/: a plugin imports no other plugin's internals (shared code lives in server/plugins/shared/ or server/plugins/*.ts)",
    },
  },
  create(context) {
    const own = pluginOf(context.filename);
    if (own === undefined) return {};
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const other = pluginOf(resolve(dirname(context.filename), spec));
      if (other !== undefined && other !== own && other !== 'shared')
        context.report({ node: node.source, messageId: 'sideways', data: { own, other } });
    };
    return {
      ImportDeclaration: check,
      ExportAllDeclaration: check,
      ExportNamedDeclaration: check,
      ImportExpression: check,
    };
  },
};

/** What no server module imports (a later block for the same files replaces these, so it repeats them). */
const serverBoundaries = (more = []) => [
  [['better-sqlite3', '@tensorflow/*']],
  [],
  [topFolder('trainer'), topFolder('client'), ...more],
];

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
      [['better-sqlite3', 'express', 'socket.io', 'node:*']],
      nodeBuiltins,
      ['server', 'runstore', 'trainer', 'client', 'contract'].map((f) => topFolder(f)),
    ),
  },
  {
    files: ['tfevents/node/**/*.ts'],
    rules: restrict(
      [],
      [],
      ['server', 'runstore', 'trainer', 'client'].map((f) => topFolder(f)),
    ),
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
    rules: restrict(...serverBoundaries()),
  },
  {
    // the client knows the server only through contract/ (types and schemas) and HTTP/Socket.IO
    files: ['client/**/*.ts'],
    rules: restrict(
      [['node:*']],
      [],
      ['server', 'tfevents', 'runstore', 'trainer'].map((f) => topFolder(f)),
    ),
  },
  {
    // the wire contract is a leaf: a schema library and nothing of ours or of Node
    files: ['contract/**/*.ts'],
    rules: restrict(
      [['node:*', 'express', 'socket.io', 'socket.io-client']],
      nodeBuiltins,
      ['server', 'tfevents', 'runstore', 'trainer', 'client', 'proto'].map((f) => topFolder(f)),
    ),
  },
  {
    // the store and ingest hold domain types (tfevents, server/store); routes map them to wire shapes at the edge
    files: ['server/store/**/*.ts', 'server/ingest/**/*.ts'],
    rules: restrict(
      ...serverBoundaries([
        topFolder('contract', 'the store and ingest import no wire types (map at the edge)'),
      ]),
    ),
  },
  {
    // plugins import no other plugin, at every depth below server/plugins/<plugin>/
    files: ['server/plugins/**/*.ts'],
    plugins: { trainboard: { rules: { 'plugin-isolation': pluginIsolation } } },
    rules: { 'trainboard/plugin-isolation': 'error' },
  },
);

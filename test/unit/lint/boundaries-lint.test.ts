// The folder boundaries of DESIGN.md as eslint.config.js enforces them, run through ESLint itself on source
// text placed at real paths: a plugin importing another plugin fails at any depth (four folders down too) and
// however the path is spelled; shared code and the plugin's own files pass; the store imports no contract wire
// types from any depth; the client never imports server code; server and client both import contract/.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { repoRoot } from '../../support/shared-fixtures.ts';

// the paths below do not exist: linted without type information (the boundary rules need none)
const eslint = new ESLint({
  cwd: repoRoot,
  overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }],
});

/** The boundary rules `source` at `path` (relative to the repo) breaks. */
async function violations(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, {
    filePath: join(repoRoot, path),
  });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'trainboard/plugin-isolation' || m.ruleId === 'no-restricted-imports')
    .map((m) => `${m.ruleId}: ${m.message}`);
}

test('a plugin file four folders deep that imports another plugin fails lint', async () => {
  const v = await violations(
    'server/plugins/histograms/a/b/c/deep-decoder.ts',
    "import { x } from '../../../../images/images-plugin.ts';",
  );
  assert.equal(v.length, 1, JSON.stringify(v));
  assert.match(v[0]!, /plugin-isolation: server\/plugins\/histograms\/ imports server\/plugins\/images\//);
});

test('a plugin importing another plugin fails however the path is spelled', async () => {
  for (const spec of ['../images/images-plugin.ts', './../images/x.ts', '../shared/../audio/audio-plugin.ts'])
    assert.equal(
      (await violations('server/plugins/histograms/histograms-plugin.ts', `import { x } from '${spec}';`))
        .length,
      1,
      spec,
    );
  const reexport = await violations(
    'server/plugins/text/a/b/c/d.ts',
    "export { x } from '../../../../images/y.ts';",
  );
  assert.equal(reexport.length, 1, JSON.stringify(reexport));
});

test('a plugin may import its own files, shared plugin code, the plugin-level modules and contract/', async () => {
  for (const spec of [
    './histogram-decoder.ts',
    '../shared/blob-key.ts',
    '../plugin-lookup.ts',
    '../../http/request-params.ts',
    '../../../contract/index.ts',
  ])
    assert.deepEqual(
      await violations('server/plugins/histograms/histograms-plugin.ts', `import { x } from '${spec}';`),
      [],
      spec,
    );
  assert.deepEqual(
    await violations(
      'server/plugins/histograms/a/b/c/d.ts',
      "import { x } from '../../../../../../contract/index.ts';",
    ),
    [],
  );
});

test('shared plugin code importing a plugin fails lint', async () => {
  assert.equal(
    (
      await violations(
        'server/plugins/shared/a/b/c/x.ts',
        "import { x } from '../../../../images/images-plugin.ts';",
      )
    ).length,
    1,
  );
});

test('the store imports no contract wire types, from any depth', async () => {
  assert.equal(
    (await violations('server/store/series-store.ts', "import type { x } from '../../contract/index.ts';"))
      .length,
    1,
  );
  assert.equal(
    (
      await violations(
        'server/store/a/b/c/x.ts',
        "import type { x } from '../../../../../contract/index.ts';",
      )
    ).length,
    1,
  );
});

test('the client never imports server code, from any depth, and imports contract/', async () => {
  assert.equal(
    (await violations('client/scalars/a/b/c/x.ts', "import { x } from '../../../../../server/app.ts';"))
      .length,
    1,
  );
  assert.deepEqual(
    await violations(
      'client/scalars/a/b/c/x.ts',
      "import type { x } from '../../../../../contract/index.ts';",
    ),
    [],
  );
});

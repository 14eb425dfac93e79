import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRunStoreTarget } from '../../../runstore/run-store-target.ts';

test('parseRunStoreTarget() keeps a postgres:// or postgresql:// URL as it is', () => {
  for (const url of ['postgres://u:p@db:5432/tb', 'postgresql://db/tb', 'POSTGRES://db/tb'])
    assert.deepEqual(parseRunStoreTarget(url, '/work'), { kind: 'postgres', url });
});

test('parseRunStoreTarget() reads sqlite:///abs as an absolute file and sqlite:rel against the directory', () => {
  assert.deepEqual(parseRunStoreTarget('sqlite:///var/lib/tb/meta.sqlite', '/work'), {
    kind: 'sqlite',
    file: '/var/lib/tb/meta.sqlite',
  });
  assert.deepEqual(parseRunStoreTarget('sqlite://localhost/var/tb.sqlite', '/work'), {
    kind: 'sqlite',
    file: '/var/tb.sqlite',
  });
  assert.deepEqual(parseRunStoreTarget('sqlite:meta/tb.sqlite', '/work'), {
    kind: 'sqlite',
    file: '/work/meta/tb.sqlite',
  });
  assert.deepEqual(parseRunStoreTarget('sqlite:///a%20b/tb.sqlite', '/work'), {
    kind: 'sqlite',
    file: '/a b/tb.sqlite',
  });
});

test('parseRunStoreTarget() takes a plain path as a SQLite file, made absolute', () => {
  assert.deepEqual(parseRunStoreTarget('meta.sqlite', '/work'), {
    kind: 'sqlite',
    file: '/work/meta.sqlite',
  });
  assert.deepEqual(parseRunStoreTarget('/srv/tb.sqlite', '/work'), {
    kind: 'sqlite',
    file: '/srv/tb.sqlite',
  });
});

test('parseRunStoreTarget() refuses other schemes, a remote sqlite host, a directory and nothing', () => {
  assert.throws(() => parseRunStoreTarget('mysql://db/tb'), /postgres:\/\/ URL, a sqlite:\/\/\/path/);
  assert.throws(() => parseRunStoreTarget('s3://bucket/tb.sqlite'), /got 's3:\/\/bucket\/tb\.sqlite'/);
  assert.throws(() => parseRunStoreTarget('sqlite://db.example/tb.sqlite'), /must be a local file/);
  assert.throws(() => parseRunStoreTarget('sqlite:///var/tb/'), /names a file/);
  assert.throws(() => parseRunStoreTarget('  '), /must not be empty/);
});

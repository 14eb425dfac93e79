// The one blob-key codec of the images and audio plugins: keys round-trip, are the Python loader's JSON shape,
// and a key of another plugin or of any other shape is a 400.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HttpError } from '../../../server/http/http-error.ts';
import { decodeBlobKey, encodeBlobKey } from '../../../server/plugins/shared/blob-key.ts';

test('encodeBlobKey() is base64url JSON ["", plugin, run, tag, step, index] and decodes back', () => {
  const key = { plugin: 'images', run: 'a/b', tag: 'img/0', step: 12, index: 3 };
  const encoded = encodeBlobKey(key);
  assert.deepEqual(JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')), [
    '',
    'images',
    'a/b',
    'img/0',
    12,
    3,
  ]);
  assert.deepEqual(decodeBlobKey(encoded, 'images'), key);
});

test('decodeBlobKey() refuses a key of another plugin and malformed keys with a 400', () => {
  const audio = encodeBlobKey({ plugin: 'audio', run: 'r', tag: 't', step: 0, index: 0 });
  const bad = [
    audio,
    'not base64 json',
    Buffer.from('["", "images", "r", "t", 0]').toString('base64url'),
    Buffer.from('["", "images", "r", "t", 1.5, 2]').toString('base64url'),
    Buffer.from('["", "images", "r", "t", 0, -1]').toString('base64url'),
  ];
  for (const key of bad)
    assert.throws(
      () => decodeBlobKey(key, 'images'),
      (e: unknown) => e instanceof HttpError && e.status === 400,
      key,
    );
});

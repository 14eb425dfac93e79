// Loopback spellings (issue 12): every way of writing a loopback address counts as loopback, so the Host check
// applies and no bind warning is printed; every other bind gets the warning unless a token is set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bindWarning } from '../../../server/security/bind-warning.ts';
import { isLoopbackAddress } from '../../../server/security/loopback-address.ts';
import { isLoopbackHostHeader } from '../../../server/security/origin-check.ts';

const loopback = [
  '127.0.0.1',
  '127.1',
  '127.0.0.2',
  '127.255.255.254',
  '0x7f.1',
  '0x7f000001',
  '2130706433',
  '0177.0.0.1',
  '::1',
  '[::1]',
  '0:0:0:0:0:0:0:1',
  '::ffff:127.0.0.1',
  'localhost',
  'LOCALHOST',
  'app.localhost',
];
const elsewhere = [
  '0.0.0.0',
  '::',
  '10.0.0.5',
  '128.0.0.1',
  '0x80.1',
  '192.168.1.1',
  'example.com',
  'evil.example',
  '',
  '::2',
  '127.0.0.1.evil.example',
];

test('every spelling of a loopback address is loopback', () => {
  for (const h of loopback) assert.equal(isLoopbackAddress(h), true, h);
});

test('wildcards, LAN addresses and other names are not', () => {
  for (const h of elsewhere) assert.equal(isLoopbackAddress(h), false, h);
});

test('Host headers with ports are judged by their host part', () => {
  assert.equal(isLoopbackHostHeader('127.1:6006'), true);
  assert.equal(isLoopbackHostHeader('[::1]:6006'), true);
  assert.equal(isLoopbackHostHeader('evil.example:6006'), false);
  assert.equal(isLoopbackHostHeader('127.0.0.1.nip.io:6006'), false);
});

test('the bind warning covers every non-loopback bind and no loopback one', () => {
  for (const h of loopback) assert.deepEqual(bindWarning(h, 6006, false), [], h);
  for (const h of ['0.0.0.0', '::', '10.0.0.5', 'example.com'])
    assert.match(bindWarning(h, 6006, false).join('\n'), /WARNING/, h);
  assert.deepEqual(bindWarning('0.0.0.0', 6006, true), []);
});

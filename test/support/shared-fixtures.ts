// Paths to the read-only shared data (../shared beside the checkout) and parsers for its text files.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const sharedDir = process.env.TRAINBOARD_SHARED ?? resolve(repoRoot, '..', 'shared');
export const fixturesDir = join(sharedDir, 'fixtures');
export const experimentsDir = join(sharedDir, 'tensorboard', 'experiments');
export const apiDir = join(sharedDir, 'tensorboard', 'api');

export interface TestVectors {
  /** masked CRC-32C by input ('' and '123456789'). */
  masked: Record<string, number>;
  /** complete records V1..V3 as bytes, and their payloads. */
  records: { name: string; record: Uint8Array; payload: Uint8Array }[];
}

/** Parses ../shared/tensorboard/test-vectors.txt. */
export function readTestVectors(): TestVectors {
  const text = readFileSync(join(sharedDir, 'tensorboard', 'test-vectors.txt'), 'utf8');
  const masked: Record<string, number> = {};
  const m1 = /masked_crc32c\('123456789'\) = 0x([0-9a-f]+)/.exec(text);
  const m2 = /masked_crc32c\(b''\) = 0x([0-9a-f]+)/.exec(text);
  if (!m1 || !m2) throw new Error('test-vectors.txt: masked CRC lines not found');
  masked['123456789'] = parseInt(m1[1]!, 16);
  masked[''] = parseInt(m2[1]!, 16);
  const records: TestVectors['records'] = [];
  const re = /^(V\d) .*\n\s+payload\(\d+\) = ([0-9a-f]+)\n(?:.*\n)*?\s+record\(\d+\) = ([0-9a-f]+)/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    records.push({ name: m[1]!, payload: Buffer.from(m[2]!, 'hex'), record: Buffer.from(m[3]!, 'hex') });
  }
  if (records.length !== 3) throw new Error(`test-vectors.txt: expected 3 records, found ${records.length}`);
  return { masked, records };
}

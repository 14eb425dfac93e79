// projector_config.pbtxt parsing: the texts PyTorch's and tensorboardX's add_embedding write (copied from files
// those writers wrote), the rest of protobuf's text format TensorBoard's text_format.Parse accepts, and its
// refusals (unknown field, a singular field twice, a uint32 out of range, broken syntax).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configToJson } from '../../../server/plugins/projector/projector-config.ts';
import {
  ProjectorConfigError,
  parseProjectorConfig,
} from '../../../server/plugins/projector/projector-config-text.ts';

const PYTORCH = `embeddings {
  tensor_name: "emb2:00003"
  metadata_path: "00003/emb2/metadata.tsv"
  sprite {
    image_path: "00003/emb2/sprite.png"
    single_image_dim: 8
    single_image_dim: 8
  }
  tensor_path: "00003/emb2/tensors.tsv"
}
`;
const TENSORBOARDX = `embeddings {
tensor_name: "tbxemb:00001"
tensor_path: "00001/tbxemb/tensors.tsv"
metadata_path: "00001/tbxemb/metadata.tsv"
}
`;

test('parseProjectorConfig() reads what PyTorch’s add_embedding writes, sprite included', () => {
  const c = parseProjectorConfig(PYTORCH);
  assert.equal(c.embeddings.length, 1);
  const e = c.embeddings[0]!;
  assert.equal(e.tensorName, 'emb2:00003');
  assert.equal(e.tensorPath, '00003/emb2/tensors.tsv');
  assert.deepEqual(e.sprite, { imagePath: '00003/emb2/sprite.png', singleImageDim: [8, 8] });
});

test('parseProjectorConfig() reads what tensorboardX writes (fields out of field-number order)', () => {
  const e = parseProjectorConfig(TENSORBOARDX).embeddings[0]!;
  assert.equal(e.metadataPath, '00001/tbxemb/metadata.tsv');
  assert.equal(e.tensorPath, '00001/tbxemb/tensors.tsv');
});

test('parseProjectorConfig() accepts comments, <>, a colon before a message, lists, escapes and joined strings', () => {
  const c = parseProjectorConfig(
    '# a comment\nmodel_checkpoint_path: \'ck\' "pt"\nembeddings: < tensor_name: "a\\tb\\x41\\101" tensor_shape: [3, 0x2] >;\n' +
      'embeddings { tensor_path: "caf\\303\\251.tsv", }',
  );
  assert.equal(c.modelCheckpointPath, 'ckpt');
  assert.equal(c.embeddings[0]!.tensorName, 'a\tbAA');
  assert.deepEqual(c.embeddings[0]!.tensorShape, [3, 2]);
  assert.equal(c.embeddings[1]!.tensorPath, 'café.tsv');
});

test('configToJson() leaves out empty fields, keeps field-number order and escapes non-ASCII', () => {
  const json = configToJson(parseProjectorConfig(TENSORBOARDX + 'embeddings { tensor_name: "é" sprite {} }'));
  assert.equal(
    json,
    '{\n  "embeddings": [\n    {\n      "tensorName": "tbxemb:00001",\n      "metadataPath": "00001/tbxemb/metadata.tsv",\n' +
      '      "tensorPath": "00001/tbxemb/tensors.tsv"\n    },\n    {\n      "tensorName": "\\u00e9",\n      "sprite": {}\n    }\n  ]\n}',
  );
});

test('parseProjectorConfig() refuses an unknown field, a singular field twice, a uint32 out of range and broken syntax', () => {
  for (const bad of [
    'embeddings { tensor_nme: "x" }',
    'embeddings { tensor_name: "x" tensor_name: "y" }',
    'model_checkpoint_path: "a" model_checkpoint_path: "b"',
    'embeddings { tensor_shape: 4294967296 }',
    'embeddings { tensor_shape: -1 }',
    'embeddings { tensor_name: "x }',
    'embeddings { tensor_name "x" }',
    'embeddings { tensor_name: "x"',
    'embeddings { tensor_name: "\\q" }',
  ])
    assert.throws(() => parseProjectorConfig(bad), ProjectorConfigError, bad);
});

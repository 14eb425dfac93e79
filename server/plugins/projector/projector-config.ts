// The projector's config (tensorboard/plugins/projector/projector_config.proto: ProjectorConfig, EmbeddingInfo,
// SpriteMetadata) as plain data, and its proto-JSON spelling as TensorBoard's /info sends it
// (json_format.MessageToJson: camelCase names in field-number order, fields at their default left out, indent 2,
// non-ASCII escaped). Invariant: the JSON never holds a key for an empty string or an empty list.

export interface SpriteMetadata {
  imagePath: string;
  singleImageDim: number[];
}

export interface EmbeddingInfo {
  tensorName: string;
  metadataPath: string;
  bookmarksPath: string;
  tensorShape: number[];
  sprite: SpriteMetadata | undefined;
  tensorPath: string;
}

export interface ProjectorConfig {
  modelCheckpointPath: string;
  embeddings: EmbeddingInfo[];
  modelCheckpointDir: string;
}

export const emptyEmbedding = (): EmbeddingInfo => ({
  tensorName: '',
  metadataPath: '',
  bookmarksPath: '',
  tensorShape: [],
  sprite: undefined,
  tensorPath: '',
});

export const emptyConfig = (): ProjectorConfig => ({
  modelCheckpointPath: '',
  embeddings: [],
  modelCheckpointDir: '',
});

export function cloneConfig(c: ProjectorConfig): ProjectorConfig {
  return {
    ...c,
    embeddings: c.embeddings.map((e) => ({
      ...e,
      tensorShape: [...e.tensorShape],
      sprite: e.sprite
        ? { imagePath: e.sprite.imagePath, singleImageDim: [...e.sprite.singleImageDim] }
        : undefined,
    })),
  };
}

type JsonObject = Record<string, unknown>;

function put(out: JsonObject, key: string, value: string | number[] | JsonObject | JsonObject[]): void {
  if (typeof value === 'string' ? value !== '' : Array.isArray(value) ? value.length > 0 : true)
    out[key] = value;
}

function spriteJson(s: SpriteMetadata): JsonObject {
  const out: JsonObject = {};
  put(out, 'imagePath', s.imagePath);
  put(out, 'singleImageDim', s.singleImageDim);
  return out;
}

function embeddingJson(e: EmbeddingInfo): JsonObject {
  const out: JsonObject = {};
  put(out, 'tensorName', e.tensorName);
  put(out, 'metadataPath', e.metadataPath);
  put(out, 'bookmarksPath', e.bookmarksPath);
  put(out, 'tensorShape', e.tensorShape);
  if (e.sprite) out.sprite = spriteJson(e.sprite); // a set submessage is written even when empty
  put(out, 'tensorPath', e.tensorPath);
  return out;
}

/** The config as json_format.MessageToJson writes it, byte for byte. */
export function configToJson(c: ProjectorConfig): string {
  const out: JsonObject = {};
  put(out, 'modelCheckpointPath', c.modelCheckpointPath);
  put(out, 'embeddings', c.embeddings.map(embeddingJson));
  put(out, 'modelCheckpointDir', c.modelCheckpointDir);
  // Python's json.dumps(ensure_ascii=True) escapes every code unit above U+007F
  return JSON.stringify(out, null, 2).replace(
    /[\u0080-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

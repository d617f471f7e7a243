/** Messages between the main thread and the process's one embedding worker. */
export interface LoadRequest {
  type: 'load';
  /** Names this model in later requests: `<modelsDir>|<modelId>`. */
  key: string;
  modelId: string;
  modelsDir: string;
  allowRemote: boolean;
}

export interface EmbeddingRequest {
  type: 'embed';
  id: number;
  key: string;
  texts: string[];
}

export type HostRequest = LoadRequest | EmbeddingRequest;

export type WorkerMessage =
  | { type: 'ready'; key: string }
  | { type: 'failed'; key: string; reason: string }
  | { type: 'progress'; key: string; file: string; percent: number }
  | { type: 'vectors'; id: number; vectors: Float32Array[] }
  | { type: 'error'; id: number; reason: string };

/** Messages between the main thread and the embedding worker. */
export interface WorkerOptions {
  modelId: string;
  modelsDir: string;
  allowRemote: boolean;
}

export interface EmbeddingRequest {
  id: number;
  texts: string[];
}

/** Asks the worker to exit between batches. */
export interface CloseRequest {
  close: true;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'failed'; reason: string }
  | { type: 'progress'; file: string; percent: number }
  | { type: 'vectors'; id: number; vectors: Float32Array[] }
  | { type: 'error'; id: number; reason: string };

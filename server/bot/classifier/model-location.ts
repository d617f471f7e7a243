/** Where the intent model is looked for: PARLEY_MODELS_DIR, else the team's shared models folder beside the repository. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Universal Sentence Encoder multilingual v3: Korean and English, 512-d, ≈ 2 ms a sentence. */
export const DEFAULT_MODEL_ID = 'parley/use-multilingual-v3';
/** multilingual-e5-small: about 100 languages, 384-d, slower (≈ 15 ms a sentence). */
export const E5_MODEL_ID = 'parley/multilingual-e5-small';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export function defaultModelsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.PARLEY_MODELS_DIR ? resolve(env.PARLEY_MODELS_DIR) : resolve(repoRoot, '../shared/models');
}

/** The public benchmark datasets beside the repository (never copied into it). */
export function defaultDatasetsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.PARLEY_DATASETS_DIR ? resolve(env.PARLEY_DATASETS_DIR) : resolve(repoRoot, '../shared/datasets');
}

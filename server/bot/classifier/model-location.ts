/** Where the intent model is looked for: PARLEY_MODELS_DIR, else the team's shared models folder beside the repository. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_MODEL_ID = 'Xenova/paraphrase-multilingual-MiniLM-L12-v2';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export function defaultModelsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.PARLEY_MODELS_DIR ? resolve(env.PARLEY_MODELS_DIR) : resolve(repoRoot, '../shared/models');
}

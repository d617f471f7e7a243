/**
 * Keeps each site's trained classifier in step with its intents: every save, delete,
 * import or seed starts embedding and training in the background (worker threads), so
 * the first visitor after a change is answered by the new head, not made to wait for it.
 */
import type { IntentClassifier } from './intent-classifier';
import type { IntentRepository } from './intent.repository';

export function retrainOnChange(repository: IntentRepository, classifier: IntentClassifier, onError: (error: Error) => void): IntentRepository {
  const retrain = (siteId: string) => {
    if (!classifier.prepare) return;
    void repository
      .listForSite(siteId)
      .then((intents) => classifier.prepare!(intents))
      .catch(onError);
  };
  return {
    ...repository,
    async save(siteId, intent) {
      await repository.save(siteId, intent);
      retrain(siteId);
    },
    async remove(siteId, name) {
      const removed = await repository.remove(siteId, name);
      if (removed) retrain(siteId);
      return removed;
    },
    async import(siteId, intents, mode) {
      await repository.import(siteId, intents, mode);
      retrain(siteId);
    },
    async seedIfEmpty(siteId, intents) {
      const seeded = await repository.seedIfEmpty(siteId, intents);
      retrain(siteId);
      return seeded;
    },
  };
}

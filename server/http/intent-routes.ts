/**
 * Admin API for the bot's intents: list, create or edit, delete, try a sentence
 * against the live classifier, and move the whole set in and out as JSON.
 */
import { Router } from 'express';
import { API, type IntentOverview, type IntentTestResult } from '../../shared/http';
import { intentDefinitionSchema, intentImportSchema, intentTestSchema, intentThresholdSchema } from '../../shared/schemas';
import type { BotSettingsRepository } from '../bot/bot-settings.repository';
import type { IntentClassifier } from '../bot/intent-classifier';
import { intentDefinitionOf, type IntentRepository } from '../bot/intent.repository';
import { ParleyError } from '../errors';
import type { SignedInAgent } from './agent-auth';

export function createIntentRoutes(deps: { intents: IntentRepository; classifier: IntentClassifier; settings: BotSettingsRepository; signedInAgent: SignedInAgent }): Router {
  const router = Router();
  const admin = (req: Parameters<SignedInAgent>[0]) => deps.signedInAgent(req, 'admin');

  router.get(API.intents, async (req, res) => {
    const agent = await admin(req);
    const [intents, thresholdOverride] = await Promise.all([deps.intents.listForSite(agent.siteId), deps.settings.intentThreshold(agent.siteId)]);
    const overview: IntentOverview = {
      intents: intents.map(intentDefinitionOf),
      model: deps.classifier.status?.() ?? { modelId: null, state: 'absent', problem: null },
      calibration: deps.classifier.calibration?.(intents) ?? null,
      thresholdOverride,
    };
    res.json(overview);
  });

  router.put(API.intentsThreshold, async (req, res) => {
    const agent = await admin(req);
    const { threshold } = intentThresholdSchema.parse(req.body);
    await deps.settings.setIntentThreshold(agent.siteId, threshold);
    res.json({ threshold });
  });

  router.get(API.intentsExport, async (req, res) => {
    const agent = await admin(req);
    const intents = (await deps.intents.listForSite(agent.siteId)).map(intentDefinitionOf);
    res.attachment('parley-intents.json').json({ intents });
  });

  router.post(API.intentsImport, async (req, res) => {
    const agent = await admin(req);
    const { intents, mode } = intentImportSchema.parse(req.body);
    await deps.intents.import(agent.siteId, intents, mode);
    res.json({ imported: intents.length, mode });
  });

  router.post(API.intentsTest, async (req, res) => {
    const agent = await admin(req);
    const { text, threshold } = intentTestSchema.parse(req.body);
    const [intents, override] = await Promise.all([deps.intents.listForSite(agent.siteId), deps.settings.intentThreshold(agent.siteId)]);
    const result: IntentTestResult = await deps.classifier.classify(text, intents, { threshold: threshold ?? override });
    res.json({ ...result, ranked: result.ranked.slice(0, 5) });
  });

  router.put(API.intentRoute, async (req, res) => {
    const agent = await admin(req);
    const intent = intentDefinitionSchema.parse(req.body);
    if (intent.name !== req.params.name) throw new ParleyError('PARLEY_ERR_INVALID_PAYLOAD', 'the intent name in the body must match the URL');
    await deps.intents.save(agent.siteId, intent);
    res.json({ intent });
  });

  router.delete(API.intentRoute, async (req, res) => {
    const agent = await admin(req);
    // Checked like a saved name: a NUL or an operator-looking name never reaches the store.
    const name = intentDefinitionSchema.shape.name.parse(req.params.name);
    if (!(await deps.intents.remove(agent.siteId, name))) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'no such intent');
    res.status(204).end();
  });

  return router;
}

/**
 * The visitor's answer to "how likely are you to recommend us?" (0–10), given once after
 * rating a closed conversation when the site asks it (`widget.nps.enabled`).
 *
 * @example conversationRecommendSchema.parse({ conversationId: '65f0…', score: 9 })
 */
import { z } from 'zod';
import { objectIdSchema } from '../id-schemas';

export const conversationRecommendSchema = z.object({
  conversationId: objectIdSchema,
  score: z.number().int().min(0).max(10),
});

export type ConversationRecommend = z.input<typeof conversationRecommendSchema>;

/** Ids and cursors every schema module uses (kept apart so those modules need not import each other). */
import { z } from 'zod';

export const objectIdSchema = z.string().regex(/^[0-9a-f]{24}$/, 'expected a 24-character hex id');

/** An opaque page cursor (base64url). */
export const listCursorSchema = z.string().min(1).max(4096).regex(/^[A-Za-z0-9_-]+$/);

/**
 * Canned responses as the form edits them, who may change which, and the checked
 * payload for the server. Rules mirror `canned-response-routes.ts`: anyone keeps personal
 * responses; team responses are for supervisors and admins.
 */
import type { Agent, CannedResponse } from '../../../shared/domain';
import type { CannedResponseInput } from '../../../shared/schemas';

export interface CannedFields {
  shortcut: string;
  text: string;
  scope: CannedResponse['scope'];
}

export type CannedField = 'shortcut' | 'text';

/** Variables `fillTemplate` (shared/templates.ts) fills when an agent uses a response. */
export const TEMPLATE_VARIABLES = ['{{visitor.name}}', '{{visitor.email}}', '{{agent.name}}'] as const;

export type Editor = Pick<Agent, 'id' | 'role'>;

export const mayManageTeamResponses = (editor: Editor) => editor.role !== 'agent';

export function mayEdit(editor: Editor, response: Pick<CannedResponse, 'scope' | 'ownerId'>): boolean {
  return response.scope === 'personal' ? response.ownerId === editor.id : mayManageTeamResponses(editor);
}

export const emptyCannedFields = (editor: Editor): CannedFields => ({ shortcut: '', text: '', scope: mayManageTeamResponses(editor) ? 'team' : 'personal' });

/** Agents type `/hello` in the composer, so a leading slash here is forgiven. */
export function normalizeShortcut(shortcut: string): string {
  return shortcut.trim().replace(/^\//, '');
}

export function toCannedInput(fields: CannedFields): { ok: true; value: CannedResponseInput } | { ok: false; invalid: CannedField[] } {
  const shortcut = normalizeShortcut(fields.shortcut);
  const text = fields.text.trim();
  const invalid: CannedField[] = [];
  if (!/^[a-z0-9_-]{1,30}$/.test(shortcut)) invalid.push('shortcut');
  if (text.length === 0 || text.length > 2000) invalid.push('text');
  return invalid.length > 0 ? { ok: false, invalid } : { ok: true, value: { shortcut, text, scope: fields.scope } };
}

/** Agent protection over REST (server/abuse/abuse-routes.ts), as the inbox uses it. */
import type { AbuseBoard, AbuseFlag, VisitorBlock } from '../../../shared/abuse';
import { API } from '../../../shared/http';
import type { AbuseSettingsUpdate } from '../../../shared/schemas';
import type { AbuseSettings } from '../../../shared/settings';
import { requestJson, type FetchLike } from '../lib/api';

export interface AbuseSettingsView {
  settings: AbuseSettings;
  /** Whether this agent may change them (admins). */
  editable: boolean;
}

export interface AbuseApi {
  settings(): Promise<AbuseSettingsView>;
  updateSettings(change: AbuseSettingsUpdate): Promise<AbuseSettingsView>;
  block(conversationId: string, hours: number): Promise<{ block: VisitorBlock }>;
  /** Supervisors and admins. */
  blocks(): Promise<{ blocks: VisitorBlock[] }>;
  lift(blockId: string): Promise<void>;
  board(): Promise<AbuseBoard>;
  /** The abuse model's flags in one conversation, to blur its messages on opening it. */
  flags(conversationId: string): Promise<{ flags: AbuseFlag[] }>;
}

/**
 * @example
 * const abuse = createAbuseApi(fetch.bind(window), token);
 * await abuse.block(conversation.id, 24);
 */
export function createAbuseApi(fetchFn: FetchLike, token: string, baseUrl = ''): AbuseApi {
  const auth = { authorization: `Bearer ${token}` };
  const json = { ...auth, 'content-type': 'application/json' };
  return {
    settings: () => requestJson(fetchFn, `${baseUrl}${API.abuseSettings}`, { headers: auth }),
    updateSettings: (change) => requestJson(fetchFn, `${baseUrl}${API.abuseSettings}`, { method: 'PUT', headers: json, body: JSON.stringify(change) }),
    block: (conversationId, hours) => requestJson(fetchFn, `${baseUrl}${API.abuseBlocks}`, { method: 'POST', headers: json, body: JSON.stringify({ conversationId, hours }) }),
    blocks: () => requestJson(fetchFn, `${baseUrl}${API.abuseBlocks}`, { headers: auth }),
    lift: (blockId) => requestJson(fetchFn, `${baseUrl}${API.abuseBlock(blockId)}`, { method: 'DELETE', headers: auth }),
    board: () => requestJson(fetchFn, `${baseUrl}${API.abuseBoard}`, { headers: auth }),
    flags: (conversationId) => requestJson(fetchFn, `${baseUrl}${API.abuseFlags(conversationId)}`, { headers: auth }),
  };
}

import { Types } from 'mongoose';
import type { ConversationDoc } from './conversation.model';
import { viewKeeps } from './inbox-views';

const doc = (name: string, status: string, extra: Partial<Record<'assignedAgentId' | 'team', string | null>> = {}) =>
  ({ _id: new Types.ObjectId(), visitorName: name, status, assignedAgentId: null, team: null, ...extra }) as unknown as ConversationDoc;

const site = [
  doc('bot', 'bot'),
  doc('queued', 'queued'),
  doc('offline', 'offline'),
  doc('mine', 'assigned', { assignedAgentId: 'me' }),
  doc('theirs', 'assigned', { assignedAgentId: 'them' }),
  doc('billing queued', 'queued', { team: 'billing' }),
  doc('billing theirs', 'assigned', { assignedAgentId: 'them', team: 'billing' }),
  doc('sales', 'queued', { team: 'sales' }),
  // Closed while the list was read: its open mark is cleared a moment later.
  doc('just closed', 'closed', { team: 'billing' }),
];
const shown = (view: Parameters<typeof viewKeeps>[1]) => site.filter(viewKeeps({ id: 'me', teams: ['billing'] }, view)).map((d) => d.visitorName);

it('keeps what each live view shows from the site open conversations', () => {
  expect(shown('default')).toEqual(['bot', 'queued', 'offline', 'mine', 'billing queued', 'sales']);
  expect(shown('queue')).toEqual(['queued', 'offline', 'billing queued', 'sales']);
  expect(shown('team')).toEqual(['billing queued', 'billing theirs']);
  expect(shown('open')).toEqual(['bot', 'queued', 'offline', 'mine', 'theirs', 'billing queued', 'billing theirs', 'sales']);
});

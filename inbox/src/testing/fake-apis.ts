/** In-memory REST answers for the inbox's site data: agents, settings, canned responses, visitors. */
import type { Agent, CannedResponse, Visitor } from '../../../shared/domain';
import type { VisitorDetails } from '../../../shared/http';
import { DEFAULT_BUSINESS_HOURS, DEFAULT_POLITE_GUARD_PHRASES, DEFAULT_ROUTING_SETTINGS, DEFAULT_WIDGET_SETTINGS, type SiteSettings } from '../../../shared/settings';
import type { InboxApis } from '../components/Inbox';
import { ParleyClientError } from '../lib/errors';
import type { Directory } from '../lib/use-directory';

export function visitor(overrides: Partial<Visitor> = {}): Visitor {
  return {
    id: 'v00000000000000000000001',
    siteId: 'site1',
    name: null,
    email: null,
    locale: 'ko',
    pageUrl: null,
    pageTitle: null,
    userAgent: null,
    userId: null,
    attributes: {},
    createdAt: '2025-01-01T08:00:00.000Z',
    ...overrides,
  };
}

export interface FakeApis extends InboxApis {
  details: Map<string, VisitorDetails>;
}

export function fakeApis(data: { agents?: Agent[]; teams?: string[]; canned?: CannedResponse[]; visitors?: VisitorDetails[] } = {}): FakeApis {
  const details = new Map((data.visitors ?? []).map((entry) => [entry.visitor.id, entry]));
  const settings: SiteSettings = {
    routing: DEFAULT_ROUTING_SETTINGS,
    businessHours: DEFAULT_BUSINESS_HOURS,
    teams: data.teams ?? [],
    politeGuardPhrases: DEFAULT_POLITE_GUARD_PHRASES,
    widget: DEFAULT_WIDGET_SETTINGS,
  };
  return {
    details,
    settings: { get: async () => settings },
    agents: { list: async () => data.agents ?? [] },
    cannedResponses: { list: async () => data.canned ?? [] },
    visitors: {
      async details(visitorId) {
        if (data.visitors && !details.has(visitorId)) throw new ParleyClientError('PARLEY_ERR_NOT_FOUND', 'no such visitor on your site');
        // Tests that say nothing about visitors get a plain one for every id.
        return details.get(visitorId) ?? { visitor: visitor({ id: visitorId }), previousConversations: [] };
      },
    },
  };
}

export function staticDirectory(overrides: Partial<Directory> = {}): Directory {
  return { agents: [], teams: [], politeGuardPhrases: DEFAULT_POLITE_GUARD_PHRASES, cannedResponses: [], refreshAgents: () => {}, ...overrides };
}

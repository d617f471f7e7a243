/**
 * The agent's side for widget tests: a real agent socket and the agents' REST API, to
 * check what reached Parley (transcripts, visitor details) without a second browser.
 */
import type { Page } from 'playwright-core';
import type { Conversation } from '../../shared/domain';
import { EV } from '../../shared/events';
import { API, type LoginResult, type Transcript, type VisitorDetails } from '../../shared/http';
import { connectAgent, request, type AgentClient, type TestServer } from '../../server/testing/test-server';

export class AgentDesk {
  private constructor(
    readonly server: TestServer,
    readonly token: string,
    readonly socket: AgentClient,
  ) {}

  /** Signs the agent in over a socket: they count as online, so handoffs reach them. */
  static async connect(server: TestServer, login: LoginResult) {
    return new AgentDesk(server, login.token, await connectAgent(server, login.token));
  }

  async get<T>(path: string): Promise<T> {
    const response = await fetch(`${this.server.url}${path}`, { headers: { authorization: `Bearer ${this.token}` } });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  transcript(conversationId: string) {
    return this.get<Transcript>(API.transcript(conversationId));
  }

  visitor(visitorId: string) {
    return this.get<VisitorDetails>(API.visitor(visitorId));
  }

  /** The conversations of the visitor browsing `page`, newest first. */
  async conversationsOf(page: Page): Promise<Conversation[]> {
    return (await this.visitor(await visitorIdOf(page))).previousConversations;
  }

  async act<T>(event: string, payload: unknown): Promise<T> {
    const ack = await request<T>(this.socket, event, payload);
    if (!ack.ok) throw new Error(`${event}: ${ack.error.code} ${ack.error.message}`);
    return ack.data;
  }

  reply(conversationId: string, text: string) {
    return this.act(EV.messageSend, { conversationId, clientId: `agent-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`, text });
  }
}

/** The visitor id inside the token the widget keeps in the host site's localStorage (a JWT whose subject is the visitor). */
export async function visitorIdOf(page: Page, siteKey = 'demo'): Promise<string> {
  const token = await page.evaluate((key) => localStorage.getItem(key), `parley:${siteKey}:token`);
  if (!token) throw new Error('the widget has stored no visitor token');
  return (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sub: string }).sub;
}

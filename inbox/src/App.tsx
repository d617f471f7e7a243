/**
 * The inbox's screens and the one place they are wired together: first-run setup when no
 * agent exists yet, sign-in, then the inbox over a live agent connection. Every outside
 * dependency comes in as a prop, so tests render the whole app without a server.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { createIntentApi } from './admin/intent-api';
import { IntentAdmin } from './admin/IntentAdmin';
import { createSettingsApi } from './admin/settings-api';
import { createAgentsApi } from './admin/agents-api';
import { createCannedResponsesApi } from './admin/canned-responses-api';
import { AttachmentApiContext, createAttachmentApi } from './conversation/attachment-api';
import { createVisitorApi } from './conversation/visitor-api';
import { WidgetSettingsAdmin } from './admin/WidgetSettingsAdmin';
import { AgentsAdmin } from './admin/AgentsAdmin';
import { CannedResponsesAdmin } from './admin/CannedResponsesAdmin';
import { createIdentityApi } from './admin/identity-api';
import { RoutingSettingsAdmin } from './admin/RoutingSettingsAdmin';
import { createAccountApi } from './admin/account-api';
import { AccountSettings, accountTexts } from './admin/AccountSettings';
import type { JSX } from 'preact';
import type { Agent, AgentRole } from '../../shared/domain';
import type { FirstAdmin, Login } from '../../shared/schemas';
import { FirstRunSetup } from './components/FirstRunSetup';
import { Inbox } from './components/Inbox';
import { SignIn } from './components/SignIn';
import { createSearchApi } from './search/search-api';
import { TranscriptSearch } from './search/TranscriptSearch';
import { createBoardApi } from './supervisor/board-api';
import { EscalationAlerts } from './supervisor/EscalationAlerts';
import { SupervisorBoardScreen } from './supervisor/SupervisorBoardScreen';
import { LazyReports } from './reports/lazy-reports';
import { LazyAudit } from './audit/lazy-audit';
import { createRevealApi, RevealApiContext } from './audit/reveal-api';
import { createPrivacyApi, PrivacyApiContext } from './privacy/privacy-api';
import { PrivacyScreen } from './privacy/PrivacyScreen';
import { privacyText } from './privacy/privacy-text';
import { useStrings } from './i18n';
import { createLearningApi, LearningApiContext } from './learning/learning-api';
import { UnansweredScreen } from './learning/UnansweredScreen';
import type { AgentConnection, ConnectionStatus } from './lib/agent-connection';
import type { InboxApi } from './lib/api';
import { ParleyClientError } from './lib/errors';
import type { Session, SessionStore } from './lib/session-store';
import type { KeyValueStorage } from './lib/storage';
import { createKnowledgeApi, KnowledgeApiContext } from './knowledge/knowledge-api';
import { KnowledgeAdmin } from './knowledge/KnowledgeAdmin';

export interface AppProps {
  api: InboxApi;
  sessions: SessionStore;
  storage: KeyValueStorage;
  /** Opens the live connection for a signed-in agent. */
  connect: (token: string, agentId: string) => AgentConnection;
  newClientId?: () => string;
}

export function App({ api, sessions, storage, connect, newClientId }: AppProps) {
  const strings = useStrings();
  const [session, setSession] = useState<Session | null>(() => sessions.get());
  const [needsSetup, setNeedsSetup] = useState<boolean | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // Also follows sign-in and sign-out in the agent's other browser tabs.
  useEffect(() => sessions.subscribe(setSession), [sessions]);

  useEffect(() => {
    if (session || needsSetup !== null) return;
    let alive = true;
    // If the status cannot be read, offer sign-in: its own error will say what is wrong.
    api.setupStatus().then(
      (status) => alive && setNeedsSetup(status.needsSetup),
      () => alive && setNeedsSetup(false),
    );
    return () => {
      alive = false;
    };
  }, [api, session, needsSetup]);

  const signIn = useCallback(
    async (credentials: Login) => {
      const result = await api.login(credentials);
      setNotice(null);
      sessions.set(result);
    },
    [api, sessions],
  );

  const createAdmin = useCallback(
    async (admin: FirstAdmin) => {
      try {
        sessions.set(await api.setup(admin));
        setNeedsSetup(false);
      } catch (error) {
        // Someone else finished setup meanwhile: this person should sign in instead.
        if (error instanceof ParleyClientError && error.code === 'PARLEY_ERR_FORBIDDEN') {
          setNotice(error.message);
          setNeedsSetup(false);
          return;
        }
        throw error;
      }
    },
    [api, sessions],
  );

  const signOut = useCallback(() => {
    // Ends the session on the server too (every tab and browser); the local sign-out does not wait for it.
    const current = sessions.get();
    if (current && typeof window.fetch === 'function') void createAccountApi(window.fetch.bind(window), current.token).logout().catch(() => {});
    sessions.clear();
  }, [sessions]);
  const expired = useCallback(() => {
    setNotice(strings.connection.unauthorized);
    sessions.clear();
  }, [sessions, strings]);

  if (session) {
    return <SignedIn key={session.token} session={session} connect={connect} storage={storage} sessions={sessions} onSignOut={signOut} onExpired={expired} newClientId={newClientId} />;
  }
  if (needsSetup === null) return <p class="loading">{strings.loading}</p>;
  if (needsSetup) return <FirstRunSetup onCreate={createAdmin} />;
  return <SignIn onSignIn={signIn} notice={notice} />;
}

/** Screens an agent can switch to from the inbox. */
type WorkspaceView = 'intents' | 'widget' | 'board' | 'search' | 'agents' | 'routing' | 'canned' | 'account' | 'reports' | 'audit' | 'privacy' | 'learning' | 'knowledge';

interface SignedInProps {
  session: Session;
  connect: (token: string, agentId: string) => AgentConnection;
  storage: KeyValueStorage;
  sessions: SessionStore;
  onSignOut: () => void;
  onExpired: () => void;
  newClientId?: (() => string) | undefined;
}

/** Owns the connection for one session: opened on sign-in, closed on sign-out or unmount. */
function SignedIn({ session, connect, storage, sessions, onSignOut, onExpired, newClientId }: SignedInProps) {
  const strings = useStrings();
  const [connection, setConnection] = useState<AgentConnection | null>(null);

  useEffect(() => {
    const opened = connect(session.token, session.agent.id);
    setConnection(opened);
    return () => opened.disconnect();
  }, [connect, session.token, session.agent.id]);

  const onStatus = useCallback(
    (status: ConnectionStatus) => {
      if (status === 'unauthorized') onExpired();
    },
    [onExpired],
  );
  const onAgent = useCallback((agent: Agent) => sessions.updateAgent(agent), [sessions]);

  const [view, setView] = useState<WorkspaceView | null>(null);
  const fetchFn = useMemo(() => window.fetch.bind(window), []);
  const intentApi = useMemo(() => createIntentApi(fetchFn, session.token), [fetchFn, session.token]);
  const settingsApi = useMemo(() => createSettingsApi(fetchFn, session.token), [fetchFn, session.token]);
  const boardApi = useMemo(() => createBoardApi(fetchFn, session.token), [fetchFn, session.token]);
  const searchApi = useMemo(() => createSearchApi(fetchFn, session.token), [fetchFn, session.token]);
  const agentsApi = useMemo(() => createAgentsApi(fetchFn, session.token), [fetchFn, session.token]);
  const cannedApi = useMemo(() => createCannedResponsesApi(fetchFn, session.token), [fetchFn, session.token]);
  const identityApi = useMemo(() => createIdentityApi(fetchFn, session.token), [fetchFn, session.token]);
  const accountApi = useMemo(() => createAccountApi(fetchFn, session.token), [fetchFn, session.token]);
  const inboxApis = useMemo(
    () => ({ settings: settingsApi, agents: agentsApi, cannedResponses: cannedApi, visitors: createVisitorApi(fetchFn, session.token) }),
    [fetchFn, session.token, settingsApi, agentsApi, cannedApi],
  );
  const attachmentApi = useMemo(() => createAttachmentApi(fetchFn, session.token), [fetchFn, session.token]);
  const revealApi = useMemo(() => createRevealApi(fetchFn, session.token), [fetchFn, session.token]);
  const privacyApi = useMemo(() => createPrivacyApi(fetchFn, session.token), [fetchFn, session.token]);
  const learningApi = useMemo(() => createLearningApi(fetchFn, session.token), [fetchFn, session.token]);
  const knowledgeApi = useMemo(() => createKnowledgeApi(fetchFn, session.token), [fetchFn, session.token]);
  const close = useCallback(() => setView(null), []);

  if (!connection) return <p class="loading">{strings.loading}</p>;
  // Screens beside the inbox, by who may use them. The server checks the role again on every request.
  const screens: { view: WorkspaceView; label: string; roles: AgentRole[]; render: () => JSX.Element }[] = [
    { view: 'intents', label: strings.names.screens.intents ?? '', roles: ['admin'], render: () => <IntentAdmin api={intentApi} onClose={close} /> },
    { view: 'widget', label: strings.names.screens.widget ?? '', roles: ['admin'], render: () => <WidgetSettingsAdmin api={settingsApi} onClose={close} /> },
    { view: 'board', label: strings.names.screens.board ?? '', roles: ['supervisor', 'admin'], render: () => <SupervisorBoardScreen api={boardApi} connection={connection} onClose={close} /> },
    { view: 'reports', label: strings.names.screens.reports ?? '', roles: ['supervisor', 'admin'], render: () => <LazyReports fetchFn={fetchFn} token={session.token} onClose={close} /> },
    { view: 'audit', label: strings.names.screens.audit ?? '', roles: ['admin'], render: () => <LazyAudit fetchFn={fetchFn} token={session.token} onClose={close} /> },
    { view: 'search', label: strings.names.screens.search ?? '', roles: ['agent', 'supervisor', 'admin'], render: () => <TranscriptSearch api={searchApi} selfAgentId={session.agent.id} onClose={close} /> },
    { view: 'agents', label: strings.names.screens.agents ?? '', roles: ['admin'], render: () => <AgentsAdmin api={agentsApi} settings={settingsApi} onClose={close} /> },
    { view: 'routing', label: strings.names.screens.routing ?? '', roles: ['admin'], render: () => <RoutingSettingsAdmin api={settingsApi} identity={identityApi} onClose={close} /> },
    { view: 'privacy', label: privacyText[strings.locale].screen, roles: ['admin'], render: () => <PrivacyScreen api={privacyApi} onClose={close} /> },
    { view: 'knowledge', label: strings.names.screens.knowledge ?? '', roles: ['admin'], render: () => <KnowledgeAdmin api={knowledgeApi} onClose={close} /> },
    { view: 'canned', label: strings.names.screens.canned ?? '', roles: ['agent', 'supervisor', 'admin'], render: () => <CannedResponsesAdmin api={cannedApi} agent={session.agent} onClose={close} /> },
    {
      view: 'account',
      label: accountTexts[strings.locale].screen,
      roles: ['agent', 'supervisor', 'admin'],
      render: () => <AccountSettings api={accountApi} onClose={close} onToken={(token) => sessions.set({ ...session, token })} onSignOut={onSignOut} />,
    },
    { view: 'learning', label: strings.names.screens.learning ?? '', roles: ['admin'], render: () => <UnansweredScreen api={learningApi} onClose={close} /> },
  ];
  const allowed = screens.filter((screen) => screen.roles.includes(session.agent.role));
  const open = allowed.find((screen) => screen.view === view);
  return (
    <AttachmentApiContext.Provider value={attachmentApi}>
      {/* Masked numbers are revealed by asking the server, which logs every reveal. */}
      <RevealApiContext.Provider value={revealApi}>
      {/* Export and erasure in the visitor panel: admins only (the server checks again). */}
      <PrivacyApiContext.Provider value={session.agent.role === 'admin' ? privacyApi : null}>
      {/* "Wrong answer" on bot messages and the handoff card, for every agent (the server checks the site). */}
      <LearningApiContext.Provider value={learningApi}>
      {/* Any agent may search published help articles to link them in a reply. */}
      <KnowledgeApiContext.Provider value={knowledgeApi}>
        <div class="workspace">
          {/* Escalations reach supervisors and admins on every screen (the server sends them to no one else). */}
          {session.agent.role !== 'agent' && <EscalationAlerts connection={connection} />}
          {allowed.length > 0 && (
            <nav class="admin-bar" aria-label={strings.names.workspace}>
              {allowed.map((screen) => (
                <button key={screen.view} type="button" aria-pressed={view === screen.view} onClick={() => setView(view === screen.view ? null : screen.view)}>
                  {screen.label}
                </button>
              ))}
            </nav>
          )}
          {open && <div class="workspace-screen">{open.render()}</div>}
          {/* Kept mounted while an admin screen is open, so live conversations keep flowing in. */}
          <div class="workspace-main" hidden={open !== undefined}>
            <Inbox
              connection={connection}
              agent={session.agent}
              storage={storage}
              apis={inboxApis}
              active={open === undefined}
              onSignOut={onSignOut}
              onStatus={onStatus}
              onAgent={onAgent}
              {...(newClientId ? { newClientId } : {})}
            />
          </div>
        </div>
      </KnowledgeApiContext.Provider>
      </LearningApiContext.Provider>
      </PrivacyApiContext.Provider>
      </RevealApiContext.Provider>
    </AttachmentApiContext.Provider>
  );
}

/**
 * What every conversation pane needs to know about the site, read once per session: the
 * agents and teams to transfer to, the canned responses and the polite-register phrases.
 * Agents are read again whenever someone is about to transfer, so presence is fresh.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Agent, CannedResponse } from '../../../shared/domain';
import { DEFAULT_POLITE_GUARD_PHRASES, type SiteSettings } from '../../../shared/settings';

export interface DirectoryApis {
  settings: { get(): Promise<SiteSettings> };
  agents: { list(): Promise<Agent[]> };
  cannedResponses: { list(): Promise<CannedResponse[]> };
}

export interface Directory {
  agents: readonly Agent[];
  teams: readonly string[];
  politeGuardPhrases: readonly string[];
  cannedResponses: readonly CannedResponse[];
  refreshAgents(): void;
}

/** `active`: whether the inbox is on screen; coming back (from the canned responses screen, say) re-reads the canned responses. */
export function useDirectory(apis: DirectoryApis, active = true): Directory {
  const [agents, setAgents] = useState<readonly Agent[]>([]);
  const [settings, setSettings] = useState<Pick<SiteSettings, 'teams' | 'politeGuardPhrases'>>({ teams: [], politeGuardPhrases: DEFAULT_POLITE_GUARD_PHRASES });
  const [cannedResponses, setCanned] = useState<readonly CannedResponse[]>([]);

  const refreshAgents = useCallback(() => {
    apis.agents.list().then(setAgents, () => {});
  }, [apis]);

  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) return void (firstRender.current = false);
    if (active) apis.cannedResponses.list().then(setCanned, () => {});
  }, [apis, active]);

  useEffect(() => {
    let alive = true;
    // Each part is optional for the inbox to work: a failure leaves that part empty, not the screen.
    apis.settings.get().then((loaded) => alive && setSettings(loaded), () => {});
    apis.agents.list().then((loaded) => alive && setAgents(loaded), () => {});
    const loadCanned = () => apis.cannedResponses.list().then((loaded) => alive && setCanned(loaded), () => {});
    void loadCanned();
    // Canned responses edited in another tab or by an admin show up when the agent comes back.
    window.addEventListener('focus', loadCanned);
    return () => {
      alive = false;
      window.removeEventListener('focus', loadCanned);
    };
  }, [apis]);

  return { agents, teams: settings.teams, politeGuardPhrases: settings.politeGuardPhrases, cannedResponses, refreshAgents };
}

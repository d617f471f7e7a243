/**
 * Sound and browser notifications for the alerts of `alerts.ts`. Browser notifications
 * appear only once the agent granted permission (asked from a button: browsers refuse a
 * prompt nobody clicked for); the sound is the agent's choice, remembered per browser.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Conversation } from '../../../shared/domain';
import type { AgentConnection } from './agent-connection';
import { alertForMessage, alertForUpdate, type Alert } from './alerts';
import type { ConversationMap } from './conversations';
import type { KeyValueStorage } from './storage';

export interface AlertOutputs {
  /** The browser's Notification API, when it has one. */
  notification?: typeof Notification | undefined;
  playSound(): void;
}

export interface AlertSettings {
  permission: NotificationPermission | 'unsupported';
  requestPermission(): void;
  sound: boolean;
  setSound(on: boolean): void;
}

const SOUND_KEY = 'parley.inbox.sound';

export function useAlerts(options: {
  connection: AgentConnection;
  selfAgentId: string;
  conversations: ConversationMap;
  watchingId: string | null;
  describe: (alert: Alert, conversation: Conversation | undefined) => { title: string; body: string };
  onOpen: (conversationId: string) => void;
  /** Conversations the agent just took themself: no "assigned" alert about their own doing. */
  ignore?: (conversationId: string) => boolean;
  storage: KeyValueStorage;
  outputs: AlertOutputs;
}): AlertSettings {
  const { connection, storage, outputs } = options;
  const [permission, setPermission] = useState<AlertSettings['permission']>(outputs.notification?.permission ?? 'unsupported');
  const [sound, setSoundState] = useState(() => storage.get(SOUND_KEY) !== 'off');
  const latest = useRef({ ...options, sound, permission });
  latest.current = { ...options, sound, permission };

  useEffect(() => {
    const raise = (alert: Alert | null) => {
      const now = latest.current;
      if (!alert || (alert.kind === 'assigned' && now.ignore?.(alert.conversationId))) return;
      if (now.sound) now.outputs.playSound();
      const Notify = now.outputs.notification;
      if (!Notify || now.permission !== 'granted') return;
      const conversation = now.conversations[alert.conversationId];
      const { title, body } = now.describe(alert, conversation);
      const shown = new Notify(title, { body, tag: alert.tag });
      shown.onclick = () => {
        window.focus();
        now.onOpen(alert.conversationId);
        shown.close();
      };
    };
    const context = () => ({ selfAgentId: latest.current.selfAgentId, watchingId: latest.current.watchingId });
    const stops = [
      connection.onConversationUpdated((next) => raise(alertForUpdate(latest.current.conversations[next.id], next, context()))),
      connection.onMessage((message) => raise(alertForMessage(latest.current.conversations[message.conversationId], message, context()))),
    ];
    return () => stops.forEach((stop) => stop());
  }, [connection]);

  return {
    permission,
    requestPermission() {
      const Notify = outputs.notification;
      if (!Notify) return;
      void Notify.requestPermission().then(setPermission);
    },
    sound,
    setSound(on) {
      storage.set(SOUND_KEY, on ? 'on' : 'off');
      setSoundState(on);
    },
  };
}

/** A short two-note chime made on the spot, so the inbox ships no audio file. */
export function chime(): void {
  const Context = (globalThis as { AudioContext?: typeof AudioContext }).AudioContext;
  if (!Context) return;
  const audio = new Context();
  // Browsers start audio suspended until the page has been interacted with; an agent at work has.
  void audio.resume().catch(() => {});
  [880, 1320].forEach((frequency, i) => {
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = frequency;
    gain.gain.setValueAtTime(0.08, audio.currentTime + i * 0.12);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + i * 0.12 + 0.25);
    tone.connect(gain).connect(audio.destination);
    tone.start(audio.currentTime + i * 0.12);
    tone.stop(audio.currentTime + i * 0.12 + 0.3);
  });
  setTimeout(() => void audio.close(), 1000);
}

/**
 * What the chat UI needs from the outside world. The socket-backed implementation is
 * `connectVisitor()`; component tests pass a plain object instead.
 */
import type { Conversation, QueuePosition } from '../../../shared/domain';
import type { ErrorCode } from '../../../shared/errors';
import type { ReadableStore } from './store';
import type { ThreadItem } from './thread';

/**
 * `connecting`: first connection; `online`: session ready; `reconnecting`: the connection
 * dropped and socket.io is retrying; `unavailable`: the server refused us (e.g. unknown site key).
 */
export type ConnectionStatus = 'connecting' | 'online' | 'reconnecting' | 'unavailable';

/** A problem with something the visitor asked for (not with a single message). */
export type Notice = ErrorCode | 'PARLEY_WIDGET_TIMEOUT';

export interface ChatState {
  status: ConnectionStatus;
  conversation: Conversation | null;
  queue: QueuePosition | null;
  thread: ThreadItem[];
  /** True while a handoff request waits for its answer. */
  handoffPending: boolean;
  notice: Notice | null;
  /** Name of the agent typing a reply right now ('' when the name is unknown), else null. */
  agentTyping: string | null;
}

export interface ChatController extends ReadableStore<ChatState> {
  send(text: string): void;
  /** Sends a failed message again. */
  retry(clientId: string): void;
  requestHandoff(): void;
  /** "This solved it": closes the bot conversation. */
  markSolved(): void;
  dismissNotice(): void;
  /** The visitor started or stopped typing (agents see an indicator). */
  setTyping(typing: boolean): void;
}

/**
 * What the chat UI needs from the outside world. The socket-backed implementation is
 * `connectVisitor()`; component tests pass a plain object instead (testing/fixtures.ts).
 */
import type { Attachment, QueuePosition } from '../../../shared/domain';
import type { VisitorConversation as Conversation } from '../../../shared/visitor-view';
import type { ErrorCode } from '../../../shared/errors';
import type { VisitorProfile } from '../../../shared/schemas';
import type { ReadableStore } from './store';
import type { ThreadItem } from './thread';

/**
 * `connecting`: first connection; `online`: session ready; `reconnecting`: the connection
 * dropped and is being retried; `unavailable`: the server refused us (see `refusal`).
 */
export type ConnectionStatus = 'connecting' | 'online' | 'reconnecting' | 'unavailable';

/** A problem with something the visitor asked for (not with a single message). */
export type Notice = ErrorCode | 'PARLEY_WIDGET_TIMEOUT' | 'PARLEY_WIDGET_FILE_TYPE' | 'PARLEY_WIDGET_FILE_SIZE' | 'PARLEY_WIDGET_DOWNLOAD';

export interface ChatState {
  status: ConnectionStatus;
  /** Why the server refused the connection while `unavailable` (`PARLEY_ERR_FORBIDDEN`: the identity hash). */
  refusal: ErrorCode | null;
  conversation: Conversation | null;
  queue: QueuePosition | null;
  thread: ThreadItem[];
  /** True while a handoff request waits for its answer. */
  handoffPending: boolean;
  notice: Notice | null;
  /** Name of the agent typing a reply right now ('' when the name is unknown), else null. */
  agentTyping: string | null;
  /** Highest seq of the current conversation an agent has read: the visitor's read receipts. */
  agentReadSeq: number;
  /** Bot and agent messages of the current conversation the visitor has not seen. */
  unread: number;
}

export interface OfflineMessageInput {
  email: string;
  name?: string;
  text: string;
}

export interface ChatController extends ReadableStore<ChatState> {
  /** Sends text, or an uploaded file with optional text. */
  send(text: string, attachment?: Attachment): void;
  /** Checks a file against the site's limits, uploads it with progress, then sends it. */
  attach(file: File): void;
  /** Sends a failed message, or uploads a failed file, again. */
  retry(key: string): void;
  requestHandoff(): void;
  /** "This solved it": closes the bot conversation. */
  markSolved(): void;
  dismissNotice(): void;
  /** Shows a problem the UI ran into itself (a failed download). */
  showNotice(notice: Notice): void;
  /** The visitor started or stopped typing (agents see an indicator). */
  setTyping(typing: boolean): void;
  /** The panel shows the conversation: everything in it is read. */
  markRead(): void;
  /** The pre-chat form; resolves true once stored. */
  submitProfile(profile: VisitorProfile): Promise<boolean>;
  /** The offline form; resolves true once stored. */
  leaveOfflineMessage(message: OfflineMessageInput): Promise<boolean>;
  /** CSAT for the closed conversation (with `nps`, the 0–10 recommend answer); resolves true once stored. */
  rate(score: number, comment: string, nps?: boolean): Promise<boolean>;
  /** GETs a Parley path with the visitor's token (attachments, the transcript). */
  download(path: string): Promise<Blob>;
  /** Asks the site's admins to erase the visitor's conversations; resolves true once received, else shows a notice. */
  requestErasure(): Promise<boolean>;
}

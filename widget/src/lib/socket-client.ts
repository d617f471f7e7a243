/**
 * A minimal Socket.IO client: protocol 5 over Engine.IO 4, WebSocket transport only,
 * typed by the shared event maps like socket.io-client's `Socket<Listen, Emit>`.
 *
 * Why not socket.io-client: measured in this build it is 12.8 KB gzipped (11.4 KB with
 * only its WebSocket transport), which leaves less than the chat UI needs inside the
 * widget's 30 KB budget; this file is about 1.3 KB. It keeps the behaviour the widget
 * relies on, with socket.io-client's semantics: `auth` as a function read at every
 * attempt, acknowledgements with a timeout, reconnection with randomised exponential
 * backoff, `connect_error` carrying the server's `data` with `active` false when the
 * server refused (no retry), `disconnect` with the `'io server disconnect'` reason (no
 * retry), and dropping the connection when the browser goes offline. What it leaves out:
 * the HTTP long-polling fallback (networks that block WebSockets cannot chat), binary
 * payloads, several namespaces over one connection, and server-requested acks.
 *
 * @example
 * const socket = createSocket<VisitorServerEvents, VisitorClientEvents>('https://chat.example.com/visitor', { auth: (send) => send({ siteKey }) });
 * socket.on(EV.sessionReady, (session) => …);
 * socket.timeout(10_000).emit(EV.messageSend, { clientId, text }, (error, ack) => …);
 */

export type DisconnectReason = 'io server disconnect' | 'io client disconnect' | 'transport close' | 'ping timeout';

/** A refused or failed connection; `data` is the server's error body when it refused. */
export interface ConnectError extends Error {
  data?: unknown;
}

export interface ReservedEvents {
  connect: () => void;
  disconnect: (reason: DisconnectReason) => void;
  connect_error: (error: ConnectError) => void;
}

/** The payload of an event whose signature is `(payload, ack?) => void`. */
export type PayloadOf<F> = F extends (payload: infer P, ...rest: never[]) => void ? P : never;
/** What the server acknowledges an event with. */
export type AckOf<F> = F extends (payload: never, ack: (answer: infer A) => void) => void ? A : never;

export interface ClientSocket<Listen, Emit> {
  /** True from `connect()` until `disconnect()` or a refusal: reconnection is under way while disconnected. */
  readonly active: boolean;
  readonly connected: boolean;
  on<E extends keyof (Listen & ReservedEvents) & string>(event: E, listener: (Listen & ReservedEvents)[E]): this;
  off<E extends keyof (Listen & ReservedEvents) & string>(event: E, listener: (Listen & ReservedEvents)[E]): this;
  /** Fire and forget; dropped while disconnected. */
  emit<E extends keyof Emit & string>(event: E, payload: PayloadOf<Emit[E]>): this;
  /** An acknowledged emit: `answer` gets the ack, or an error after `ms` or when the connection drops. */
  timeout(ms: number): {
    emit<E extends keyof Emit & string>(event: E, payload: PayloadOf<Emit[E]>, answer: (error: Error | null, ack: AckOf<Emit[E]>) => void): void;
  };
  connect(): this;
  disconnect(): this;
}

export interface SocketOptions {
  /** Called before every attempt; what it sends is the namespace handshake's `auth`. */
  auth: (send: (data: object) => void) => void;
  /** Replaced in tests. */
  WebSocket?: new (url: string) => WebSocket;
  /** Longest pause between reconnection attempts (ms). */
  maxDelay?: number;
}

export function createSocket<Listen, Emit>(url: string, options: SocketOptions): ClientSocket<Listen, Emit> {
  const { origin, pathname } = new URL(url);
  const namespace = pathname === '/' ? '' : `${pathname},`;
  const Transport = options.WebSocket ?? WebSocket;
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const acks = new Map<number, (error: Error | null, value?: unknown) => void>();
  let ws: WebSocket | null = null;
  let connected = false;
  let active = false;
  let attempts = 0;
  let nextAck = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let heartbeat: ReturnType<typeof setTimeout> | undefined;
  let heartbeatMs = 45_000;

  const fire = (event: string, ...args: unknown[]) => listeners.get(event)?.forEach((listener) => listener(...args));
  const send = (packet: string) => ws?.readyState === 1 && ws.send(packet);

  /** Closes the transport; pending acks fail at once, so callers know the outcome is unknown. */
  function stop(reason: string) {
    clearTimeout(retry);
    clearTimeout(heartbeat);
    if (ws) {
      ws.onmessage = ws.onclose = null;
      ws.close();
      ws = null;
    }
    const wasConnected = connected;
    connected = false;
    const pending = [...acks.values()];
    acks.clear();
    pending.forEach((answer) => answer(new Error(reason)));
    return wasConnected;
  }

  /** The connection was lost or could not be made: say so and try again later. */
  function drop(reason: DisconnectReason) {
    if (stop(reason)) fire('disconnect', reason);
    else fire('connect_error', new Error(reason));
    if (!active) return;
    // socket.io-client's defaults: 1 s doubling up to 5 s, randomised by ±50%.
    const delay = Math.min(1000 * 2 ** attempts++, options.maxDelay ?? 5000) * (0.5 + Math.random());
    retry = setTimeout(open, delay);
  }

  /** No ping from the server within pingInterval + pingTimeout means the connection is dead. */
  function alive() {
    clearTimeout(heartbeat);
    heartbeat = setTimeout(() => drop('ping timeout'), heartbeatMs);
  }

  function open() {
    stop('reconnecting');
    const socket = new Transport(`${origin.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`);
    ws = socket;
    socket.onclose = () => drop('transport close');
    socket.onmessage = ({ data }: MessageEvent) => receive(String(data));
  }

  function receive(data: string) {
    const kind = data[0];
    if (kind === '0') {
      const handshake = JSON.parse(data.slice(1)) as { pingInterval: number; pingTimeout: number };
      heartbeatMs = handshake.pingInterval + handshake.pingTimeout;
      alive();
      options.auth((auth) => send(`40${namespace}${JSON.stringify(auth)}`));
    } else if (kind === '2') {
      alive();
      send('3');
    } else if (kind === '1') {
      drop('transport close');
    } else if (kind === '4') {
      packet(data.slice(1));
    }
  }

  /** A Socket.IO packet: type, `/namespace,` unless the main one, ack id, JSON. */
  function packet(data: string) {
    const [, kind, rest = ''] = /^(\d)([\s\S]*)$/.exec(data) ?? [];
    if (!rest.startsWith(namespace)) return;
    const [, id, json] = /^(\d*)([\s\S]*)$/.exec(rest.slice(namespace.length))!;
    const payload = json ? JSON.parse(json) : undefined;
    if (kind === '0') {
      connected = true;
      attempts = 0;
      fire('connect');
    } else if (kind === '4') {
      // Refused by the server's middleware: trying again would be refused again.
      active = false;
      stop('refused');
      fire('connect_error', Object.assign(new Error(payload?.message), { data: payload?.data }));
    } else if (kind === '1') {
      active = false;
      drop('io server disconnect');
    } else if (kind === '2') {
      fire(payload[0], ...payload.slice(1));
    } else if (kind === '3') {
      acks.get(Number(id))?.(null, payload[0]);
      acks.delete(Number(id));
    }
  }

  const onOffline = () => ws && drop('transport close');
  const onOnline = () => {
    if (!active || ws) return;
    attempts = 0;
    open();
  };

  const socket: ClientSocket<Listen, Emit> = {
    get active() {
      return active;
    },
    get connected() {
      return connected;
    },
    on(event, listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener as (...args: unknown[]) => void);
      return socket;
    },
    off(event, listener) {
      listeners.get(event)?.delete(listener as (...args: unknown[]) => void);
      return socket;
    },
    emit(event, payload) {
      if (connected) send(`42${namespace}${JSON.stringify([event, payload])}`);
      return socket;
    },
    timeout: (ms) => ({
      emit(event, payload, answer) {
        if (!connected) return answer(new Error('disconnected'), undefined as never);
        const id = nextAck++;
        const timer = setTimeout(() => {
          acks.delete(id);
          answer(new Error('timeout'), undefined as never);
        }, ms);
        acks.set(id, (error, value) => {
          clearTimeout(timer);
          answer(error, value as never);
        });
        send(`42${namespace}${id}${JSON.stringify([event, payload])}`);
      },
    }),
    connect() {
      if (active) return socket;
      active = true;
      attempts = 0;
      addEventListener('offline', onOffline);
      addEventListener('online', onOnline);
      open();
      return socket;
    },
    disconnect() {
      if (connected) send(`41${namespace}`);
      active = false;
      removeEventListener('offline', onOffline);
      removeEventListener('online', onOnline);
      if (stop('io client disconnect')) fire('disconnect', 'io client disconnect');
      return socket;
    },
  };
  return socket.connect();
}

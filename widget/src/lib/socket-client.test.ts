/**
 * The minimal Socket.IO client against a scripted WebSocket that speaks the wire format
 * (Engine.IO 4 packets carrying Socket.IO 5 packets). The real server is exercised by the
 * e2e tests.
 */
import { createSocket, type ConnectError } from './socket-client';

class FakeWebSocket {
  static all: FakeWebSocket[] = [];
  readyState = 0;
  sent: string[] = [];
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeWebSocket.all.push(this);
  }
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.closed = true;
  }
  /** The server side: open the transport and the namespace. */
  accept(namespace = '/visitor') {
    this.readyState = 1;
    this.receive('0{"sid":"e1","upgrades":[],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000}');
    this.receive(`40${namespace},{"sid":"s1"}`);
  }
  receive(data: string) {
    this.onmessage?.({ data });
  }
  drop() {
    this.readyState = 3;
    this.onclose?.();
  }
}

type Listen = { greeting: (text: string, n: number) => void };
type Emit = { hello: (payload: { name: string }, ack: (answer: { ok: boolean }) => void) => void; poke: (payload: object) => void };

const latest = () => FakeWebSocket.all[FakeWebSocket.all.length - 1]!;

const sockets: { disconnect(): void }[] = [];

function connect(auth: object = { siteKey: 'demo' }) {
  const socket = createSocket<Listen, Emit>('https://chat.example.com/visitor', { auth: (send) => send(auth), WebSocket: FakeWebSocket as unknown as typeof WebSocket });
  sockets.push(socket);
  return socket;
}

beforeEach(() => {
  FakeWebSocket.all = [];
  vi.useFakeTimers();
});
afterEach(() => {
  // Each socket listens to the window's online/offline events until it is disconnected.
  sockets.splice(0).forEach((socket) => socket.disconnect());
  vi.useRealTimers();
});

describe('socket client', () => {
  it('opens a WebSocket to the Engine.IO endpoint and joins the namespace with the auth', () => {
    const socket = connect({ siteKey: 'demo', token: 't1' });
    const connected = vi.fn();
    socket.on('connect', connected);
    expect(latest().url).toBe('wss://chat.example.com/socket.io/?EIO=4&transport=websocket');
    latest().accept();
    expect(latest().sent[0]).toBe('40/visitor,{"siteKey":"demo","token":"t1"}');
    expect(connected).toHaveBeenCalledTimes(1);
    expect(socket.connected).toBe(true);
  });

  it('delivers server events with their arguments', () => {
    const socket = connect();
    const greeting = vi.fn();
    socket.on('greeting', greeting);
    latest().accept();
    latest().receive('42/visitor,["greeting","안녕",2]');
    latest().receive('42/other,["greeting","not ours",3]');
    expect(greeting.mock.calls).toEqual([['안녕', 2]]);
  });

  it('matches acknowledgements to their emits', () => {
    const socket = connect();
    latest().accept();
    const answer = vi.fn();
    socket.timeout(1000).emit('hello', { name: 'a' }, answer);
    socket.timeout(1000).emit('hello', { name: 'b' }, answer);
    expect(latest().sent.slice(1)).toEqual(['42/visitor,0["hello",{"name":"a"}]', '42/visitor,1["hello",{"name":"b"}]']);
    latest().receive('43/visitor,1[{"ok":true}]');
    expect(answer).toHaveBeenCalledWith(null, { ok: true });
  });

  it('fails an acknowledgement that does not come in time, and at once while disconnected', () => {
    const socket = connect();
    latest().accept();
    const late = vi.fn();
    socket.timeout(1000).emit('hello', { name: 'a' }, late);
    vi.advanceTimersByTime(1000);
    expect(late).toHaveBeenCalledWith(expect.any(Error), undefined);
    latest().receive('43/visitor,0[{"ok":true}]');
    expect(late).toHaveBeenCalledTimes(1);

    latest().drop();
    const offline = vi.fn();
    socket.timeout(1000).emit('hello', { name: 'b' }, offline);
    expect(offline).toHaveBeenCalledWith(expect.any(Error), undefined);
  });

  it('fails pending acknowledgements when the connection drops, then reconnects with backoff', () => {
    const socket = connect();
    latest().accept();
    const pending = vi.fn();
    const disconnected = vi.fn();
    socket.on('disconnect', disconnected);
    socket.timeout(10_000).emit('hello', { name: 'a' }, pending);
    latest().drop();
    expect(pending).toHaveBeenCalledWith(expect.any(Error), undefined);
    expect(disconnected).toHaveBeenCalledWith('transport close');
    expect(socket.active).toBe(true);
    vi.advanceTimersByTime(1500);
    expect(FakeWebSocket.all).toHaveLength(2);
  });

  it('answers pings and drops a connection whose pings stop', () => {
    const socket = connect();
    const disconnected = vi.fn();
    socket.on('disconnect', disconnected);
    latest().accept();
    latest().receive('2');
    expect(latest().sent).toContain('3');
    vi.advanceTimersByTime(45_000);
    expect(disconnected).toHaveBeenCalledWith('ping timeout');
  });

  it('stops trying when the server refuses the handshake, keeping its error data', () => {
    const socket = connect();
    const refused = vi.fn<(error: ConnectError) => void>();
    socket.on('connect_error', refused);
    latest().readyState = 1;
    latest().receive('0{"sid":"e1","pingInterval":25000,"pingTimeout":20000}');
    latest().receive('44/visitor,{"message":"PARLEY_ERR_FORBIDDEN","data":{"code":"PARLEY_ERR_FORBIDDEN","message":"identity verification failed"}}');
    expect(refused.mock.calls[0]![0]).toMatchObject({ message: 'PARLEY_ERR_FORBIDDEN', data: { code: 'PARLEY_ERR_FORBIDDEN' } });
    expect(socket.active).toBe(false);
    vi.advanceTimersByTime(60_000);
    expect(FakeWebSocket.all).toHaveLength(1);
  });

  it('does not reconnect by itself when the server hangs up on purpose', () => {
    const socket = connect();
    const disconnected = vi.fn();
    socket.on('disconnect', disconnected);
    latest().accept();
    latest().receive('41/visitor,');
    expect(disconnected).toHaveBeenCalledWith('io server disconnect');
    vi.advanceTimersByTime(60_000);
    expect(FakeWebSocket.all).toHaveLength(1);
    socket.connect();
    expect(FakeWebSocket.all).toHaveLength(2);
  });

  it('reports a transport that fails before connecting as a connect error, and keeps trying', () => {
    const socket = connect();
    const failed = vi.fn();
    socket.on('connect_error', failed);
    latest().drop();
    expect(failed).toHaveBeenCalledTimes(1);
    expect(socket.active).toBe(true);
    vi.advanceTimersByTime(1500);
    expect(FakeWebSocket.all).toHaveLength(2);
  });

  it('drops the connection when the browser goes offline and retries as soon as it is back', () => {
    const socket = connect();
    const disconnected = vi.fn();
    socket.on('disconnect', disconnected);
    latest().accept();
    window.dispatchEvent(new Event('offline'));
    expect(disconnected).toHaveBeenCalledWith('transport close');
    window.dispatchEvent(new Event('online'));
    expect(FakeWebSocket.all).toHaveLength(2);
  });

  it('leaves the namespace and stops for good on disconnect()', () => {
    const socket = connect();
    const disconnected = vi.fn();
    socket.on('disconnect', disconnected);
    latest().accept();
    const transport = latest();
    socket.disconnect();
    expect(transport.sent).toContain('41/visitor,');
    expect(transport.closed).toBe(true);
    expect(disconnected).toHaveBeenCalledWith('io client disconnect');
    vi.advanceTimersByTime(60_000);
    expect(FakeWebSocket.all).toHaveLength(1);
  });

  it('sends fire-and-forget events only while connected', () => {
    const socket = connect();
    socket.emit('poke', {});
    latest().accept();
    socket.emit('poke', { n: 1 });
    expect(latest().sent.slice(1)).toEqual(['42/visitor,["poke",{"n":1}]']);
  });
});

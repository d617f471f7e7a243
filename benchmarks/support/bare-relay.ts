/**
 * The latency baseline: a minimal Socket.IO server that forwards the same payloads
 * between the same kinds of clients, with no validation and no persistence. Visitors
 * say which agent they belong to in the handshake; a message is acked and forwarded.
 * Started as its own process by the latency scenario.
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const io = new Server(createServer(), { serveClient: false });
let seq = 0;
io.of('/agent').on('connection', (socket) => void socket.join(`agent:${socket.handshake.auth.agent}`));
io.of('/visitor').on('connection', (socket) => {
  const agentRoom = `agent:${socket.handshake.auth.agent}`;
  socket.on('message:send', (payload: { clientId: string; text: string }, ack: (answer: unknown) => void) => {
    const message = { id: String(++seq), clientId: payload.clientId, seq, author: { kind: 'visitor' }, text: payload.text, createdAt: new Date().toISOString() };
    ack({ ok: true, data: { message } });
    io.of('/agent').to(agentRoom).emit('message:created', message);
  });
});
io.httpServer.listen(0, '127.0.0.1', () => {
  const address = io.httpServer.address() as { port: number };
  process.stdout.write(`ready ${address.port}\n`);
});
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();

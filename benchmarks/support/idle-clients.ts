/** Child process of the idle-connections scenario: opens N visitor sockets and holds them until stdin closes. */
import { io } from 'socket.io-client';
import { EV, NAMESPACES } from '../../shared/events';

const [url, countText] = process.argv.slice(2);
const count = Number(countText);
const sockets = [];
try {
  for (let i = 0; i < count; i += 100) {
    const batch = Array.from({ length: Math.min(100, count - i) }, () => {
      const socket = io(`${url}${NAMESPACES.visitor}`, { auth: { siteKey: 'demo' }, transports: ['websocket'], forceNew: true, reconnection: false });
      sockets.push(socket);
      return new Promise<void>((done, fail) => {
        socket.once(EV.sessionReady, () => done());
        socket.once('connect_error', fail);
      });
    });
    await Promise.all(batch);
  }
  console.log(`connected ${sockets.length}`);
} catch (error) {
  console.log(`failed ${(error as Error).message}`);
  process.exit(1);
}
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();

/**
 * Data-subject requests in real Chromium: an admin exports a visitor from the visitor
 * panel (a zip the browser saves, checked against its manifest), then erases them after
 * confirming; the panel shows an erased visitor and the store holds none of their words.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import yauzl from 'yauzl';
import { useBrowserSession } from './support/browser-session';
import { AgentInbox, VisitorWidget, waitForText } from './support/pages';
import { setUpFirstAdmin } from './support/parley';

const session = useBrowserSession();

function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error) return reject(error);
      const entries = new Map<string, Buffer>();
      file.on('entry', (entry: yauzl.Entry) =>
        file.openReadStream(entry, (openError, stream) => {
          if (openError) return reject(openError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            file.readEntry();
          });
        }),
      );
      file.on('end', () => resolve(entries));
      file.readEntry();
    });
  });
}

it('an admin exports a visitor and then erases them from the inbox', async () => {
  const mina = { name: 'Mina', email: 'mina@example.com', password: 'a-long-password' };
  await setUpFirstAdmin(session.server, mina);
  const admin = new AgentInbox(await session.newPage());
  await admin.signIn(session.server.url, mina.email, mina.password);

  const widget = new VisitorWidget(await session.newPage());
  await widget.page.goto(`${session.server.url}/`);
  await widget.open();
  await widget.say('주문번호 5521 환불 문의드립니다');
  await widget.askForHuman();
  await waitForText(widget.log(), /상담원 Mina님이 대화에 참여했습니다/);

  const page = admin.page;
  await page.getByRole('region', { name: /^Mine/ }).getByRole('button', { name: /^Visitor/ }).first().click({ timeout: 15_000 });
  const panel = page.getByRole('region', { name: 'Visitor details' });

  // Export: the browser saves a zip whose manifest matches its contents.
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export visitor data' }).click();
  const saved = await (await download).path();
  const entries = await unzip(await readFile(saved));
  const manifest = JSON.parse(entries.get('manifest.json')!.toString()) as { visitorId: string; counts: { conversations: number; messages: number }; files: { path: string; sha256: string }[] };
  expect(manifest.counts.conversations).toBe(1);
  expect(manifest.counts.messages).toBeGreaterThan(1);
  for (const file of manifest.files) expect(createHash('sha256').update(entries.get(file.path)!).digest('hex')).toBe(file.sha256);
  const conversationFile = manifest.files.find((file) => file.path.startsWith('conversations/'))!;
  expect(entries.get(conversationFile.path)!.toString()).toContain('주문번호 5521 환불 문의드립니다');
  await waitForText(panel, 'The export was downloaded.');

  // Erase: asked first, then done; the panel now reads as an erased visitor.
  await panel.getByRole('button', { name: 'Erase visitor' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Erase this visitor?' });
  await dialog.getByRole('button', { name: 'Erase for good' }).click();
  await waitForText(panel, /^Erased: 1 conversations, \d+ messages, 0 files\.$/);
  await waitForText(panel, 'Erased visitor');
  await expect(panel.getByRole('button', { name: 'Erase visitor' }).count()).resolves.toBe(0);

  const db = session.server.connection.db!;
  const conversationId = conversationFile.path.slice('conversations/'.length, -'.json'.length);
  expect(await db.collection('messages').find({ conversationId, page: 0 }).toArray()).toEqual([]);
  const visitor = await db.collection('visitors').findOne({ erasedAt: { $ne: null } });
  expect(visitor).toMatchObject({ name: null, email: null, userAgent: null });
  expect(String(visitor!._id)).toBe(manifest.visitorId);
});

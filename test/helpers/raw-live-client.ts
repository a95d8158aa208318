import type { Socket as TcpSocket } from 'node:net';
import WebSocket from 'ws';

/** A bare engine.io/Socket.IO client on /live, speaking the wire protocol, that can stop reading. */
export interface RawLiveClient {
  /** A Socket.IO packet as text, e.g. `42/live,1["meeting:join",{"meetingId":1}]`. */
  send(packet: string): void;
  /** The first packet matching, received from now or already. */
  received(pattern: RegExp): Promise<string>;
  /** Leaves everything the server sends in the kernel's buffers, as a client that never reads. */
  stopReading(): void;
  startReading(): void;
  closed(): Promise<number>;
  close(): void;
}

export async function rawLiveClient(baseUrl: string): Promise<RawLiveClient> {
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`);
  const packets: string[] = [];
  const waiting: { pattern: RegExp; done(packet: string): void }[] = [];
  const closed = new Promise<number>((done) => ws.once('close', done));
  ws.on('error', () => undefined);
  ws.on('message', (data) => {
    const packet = data.toString();
    if (packet === '2') ws.send('3');
    packets.push(packet);
    for (const wait of waiting.filter((entry) => entry.pattern.test(packet))) {
      waiting.splice(waiting.indexOf(wait), 1);
      wait.done(packet);
    }
  });
  const received = (pattern: RegExp) =>
    new Promise<string>((done) => {
      const already = packets.find((packet) => pattern.test(packet));
      if (already) done(already);
      else waiting.push({ pattern, done });
    });
  await received(/^0\{/);
  ws.send('40/live,');
  await received(/^40\/live,/);
  const tcp = (ws as unknown as { _socket: TcpSocket })._socket;
  const resume = tcp.resume.bind(tcp);
  return {
    send: (packet) => ws.send(packet),
    received,
    // ws resumes its socket whenever its parser drains: it may not while this client plays dead.
    stopReading: () => {
      tcp.resume = () => tcp;
      tcp.pause();
    },
    startReading: () => {
      tcp.resume = resume;
      tcp.resume();
    },
    closed: () => closed,
    close: () => ws.terminate(),
  };
}

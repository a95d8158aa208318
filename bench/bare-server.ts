// The bare stack Rostrum runs on: a plain node http server and the same socket.io, no Nest, no
// database. On POST /emit it pushes a captured Rostrum FloorState (same size) to the meeting's room,
// and a join is answered with a captured join answer of Rostrum's (the floor and the list).
// Its heartbeat is Rostrum's (a ping to every client each 1.5 s), so that the ratios measure
// Rostrum's work and not a setting; BENCH_BARE_HEARTBEAT=default gives it socket.io's 25 s.
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { Server as IoServer } from 'socket.io';
import './server-preload';
import { LIVE_HEARTBEAT } from '../src/live/heartbeat';
import { nestSocketIoPath } from './versions';

const { Server } = require(nestSocketIoPath()) as { Server: typeof IoServer };

let payload: Record<string, unknown> = {};
let joinAck: unknown = { ok: true };
let version = 0;

function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        resolve(chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {});
      } catch (error) {
        reject(error as Error);
      }
    });
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const http = createServer((req, res) => {
  readBody(req).then(
    (body) => {
      if (req.method === 'POST' && req.url === '/payload') {
        payload = body.floor as Record<string, unknown>;
        joinAck = body.joinAck;
        version = typeof payload.version === 'number' ? payload.version : 0;
        return reply(res, 200, { ok: true });
      }
      if (req.method === 'POST' && req.url === '/emit') {
        version += 1;
        const state = { ...payload, version, serverNow: Date.now() };
        live.to(`meeting:${String(body.meetingId)}`).emit('floor:state', state);
        return reply(res, 200, state);
      }
      if (req.method === 'GET' && req.url === '/sockets') return reply(res, 200, { sockets: live.sockets.size });
      return reply(res, 404, { error: 'not found' });
    },
    () => reply(res, 400, { error: 'bad json' }),
  );
});

const heartbeat = process.env.BENCH_BARE_HEARTBEAT === 'default' ? {} : LIVE_HEARTBEAT;
const io = new Server(http, { cors: { origin: false }, ...heartbeat });
const live = io.of('/live');
live.on('connection', (socket) => {
  socket.on('meeting:join', (ref: { meetingId?: unknown }, ack: (reply: unknown) => void) => {
    void socket.join(`meeting:${String(ref?.meetingId)}`);
    if (typeof ack === 'function') ack(joinAck);
  });
});

http.listen(0, '127.0.0.1', () => {
  const address = http.address();
  process.send?.({ type: 'listening', port: typeof address === 'object' && address ? address.port : 0 });
});

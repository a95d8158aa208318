import { once } from 'node:events';
import { createConnection, createServer, Socket } from 'node:net';

export interface FailoverProxy {
  url: string;
  /** The upstream port each accepted connection went to, in order. */
  routes: number[];
  close(): Promise<void>;
}

/**
 * A load balancer in miniature: each connection goes to the first upstream that accepts it, so
 * once an instance dies its clients' reconnections land on the next one.
 */
export async function startFailoverProxy(upstreamPorts: number[]): Promise<FailoverProxy> {
  const routes: number[] = [];
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = createServer((client) => {
    track(client);
    client.pause();
    const tryUpstream = (index: number) => {
      if (index >= upstreamPorts.length) return client.destroy();
      const upstream = createConnection({ host: '127.0.0.1', port: upstreamPorts[index] });
      let connected = false;
      upstream.once('error', () => {
        upstream.destroy();
        if (!connected) tryUpstream(index + 1);
      });
      upstream.once('connect', () => {
        connected = true;
        track(upstream);
        routes.push(upstreamPorts[index]);
        client.pipe(upstream).pipe(client);
        client.resume();
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
    };
    tryUpstream(0);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    close: async () => {
      for (const socket of open) socket.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}

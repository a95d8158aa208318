import type { NetworkInterfaceInfo } from 'node:os';

const ANY_ADDRESS = new Set(['0.0.0.0', '::', '[::]']);

/** The URLs a server bound to `host` answers on: every interface's IPv4 address for 0.0.0.0 or ::. */
export function listeningUrls(host: string, port: number, interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string[] {
  if (!ANY_ADDRESS.has(host)) return [`http://${host.includes(':') ? `[${host}]` : host}:${port}`];
  const external = Object.values(interfaces)
    .flatMap((addresses) => addresses ?? [])
    .filter((address) => address.family === 'IPv4' && !address.internal)
    .map((address) => `http://${address.address}:${port}`);
  return [`http://localhost:${port}`, ...new Set(external)];
}

/** The set-up link in a frame, so it stands out as the last thing the start prints. */
export function framedSetupLink(link: string, tokenFile: string): string {
  const lines = [
    'No officer account yet. Open this link once to create the first one:',
    '',
    `  ${link}`,
    '',
    `(The token is also in ${tokenFile}; it stops working once an officer exists.)`,
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const rule = `+${'-'.repeat(width + 2)}+`;
  return [rule, ...lines.map((line) => `| ${line.padEnd(width)} |`), rule].join('\n');
}

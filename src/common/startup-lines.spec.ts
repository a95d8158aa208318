import type { NetworkInterfaceInfo } from 'node:os';
import { framedSetupLink, listeningUrls } from './startup-lines';

const address = (value: string, family: 'IPv4' | 'IPv6', internal = false) => ({ address: value, family, internal }) as NetworkInterfaceInfo;
const INTERFACES = {
  lo: [address('127.0.0.1', 'IPv4', true), address('::1', 'IPv6', true)],
  eth0: [address('192.0.2.10', 'IPv4'), address('2001:db8::10', 'IPv6')],
  wlan0: [address('198.51.100.7', 'IPv4')],
};

describe('listeningUrls', () => {
  it('lists localhost, then every external IPv4 address, for a server on all interfaces', () => {
    expect(listeningUrls('0.0.0.0', 3000, INTERFACES)).toEqual(['http://localhost:3000', 'http://192.0.2.10:3000', 'http://198.51.100.7:3000']);
  });

  it('gives the one address a server bound to one host listens on', () => {
    expect(listeningUrls('127.0.0.1', 3001, INTERFACES)).toEqual(['http://127.0.0.1:3001']);
  });

  it('brackets an IPv6 host', () => {
    expect(listeningUrls('::1', 3000, INTERFACES)).toEqual(['http://[::1]:3000']);
  });
});

describe('framedSetupLink', () => {
  it('frames every line to one width, the link on a line of its own', () => {
    const lines = framedSetupLink('http://localhost:3000/setup?token=abc', '/srv/data/setup-token').split('\n');
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(lines[0]).toMatch(/^\+-+\+$/);
    expect(lines.at(-1)).toBe(lines[0]);
    expect(lines).toContainEqual(expect.stringMatching(/^\| {3}http:\/\/localhost:3000\/setup\?token=abc +\|$/));
    expect(lines.join('\n')).toContain('/srv/data/setup-token');
  });
});

/**
 * Socket.IO's heartbeat on the live socket: a page whose link dies without closing (wifi, a video
 * link's network) is dropped within pingInterval + pingTimeout = 4.5 s, so its delegation goes off
 * line within 5 s (the defaults, 25 s + 20 s, would take 45 s).
 */
export const LIVE_HEARTBEAT = { pingInterval: 1500, pingTimeout: 3000 } as const;

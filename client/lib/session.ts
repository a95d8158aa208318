/** Tokens live in sessionStorage: gone when the tab closes, shared with tabs it opens. */
export interface OfficerSession {
  token: string;
  username: string;
}

export interface DelegateSession {
  token: string;
  delegation: { id: number; name: string };
}

const OFFICER_KEY = 'rostrum.officer';
const DELEGATE_KEY = 'rostrum.delegate';

function read<T>(key: string): T | null {
  try {
    const raw = sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private mode without storage: the session lasts as long as the page.
  }
}

export const officerSession = {
  get: () => read<OfficerSession>(OFFICER_KEY),
  set: (session: OfficerSession | null) => write(OFFICER_KEY, session),
};

export const delegateSession = {
  get: () => read<DelegateSession>(DELEGATE_KEY),
  set: (session: DelegateSession | null) => write(DELEGATE_KEY, session),
};

/** Any token this tab holds, for the display and overlay of a meeting that is not webcast. */
export function anyToken(): string | null {
  return officerSession.get()?.token ?? delegateSession.get()?.token ?? null;
}

/** A fresh id per floor request; crypto.randomUUID exists only on https and localhost. */
export function newRequestId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

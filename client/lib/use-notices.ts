import { useCallback, useState } from 'preact/hooks';
import type { Notice } from '../components/notice-region';
import { errorText } from './api';

let nextId = 1;
const MAX_SHOWN = 4;

/** Errors stay until dismissed (never swallowed); information fades out after a while. */
export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((notice) => notice.id !== id)), []);
  const push = useCallback(
    (kind: Notice['kind'], text: string) => {
      const id = nextId++;
      setNotices((all) => [...all.filter((notice) => notice.text !== text), { id, kind, text }].slice(-MAX_SHOWN));
      if (kind === 'info') setTimeout(() => dismiss(id), 6000);
    },
    [dismiss],
  );
  const error = useCallback((cause: unknown) => push('error', errorText(cause)), [push]);
  const info = useCallback((text: string) => push('info', text), [push]);
  const clear = useCallback(() => setNotices([]), []);
  return { notices, dismiss, error, info, clear };
}

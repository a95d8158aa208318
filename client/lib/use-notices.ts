import { useCallback, useState } from 'preact/hooks';
import type { Notice } from '../components/notice-region';
import type { MessageKey } from '../i18n/en';
import { translateError } from './error-text';
import { t } from './strings';

let nextId = 1;
const MAX_SHOWN = 4;

/** Errors stay until dismissed (never swallowed); information fades out after a while. */
export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((notice) => notice.id !== id)), []);
  const push = useCallback(
    (kind: Notice['kind'], text: string, details: string | null = null) => {
      const id = nextId++;
      setNotices((all) => [...all.filter((notice) => notice.text !== text), { id, kind, text, details }].slice(-MAX_SHOWN));
      if (kind === 'info') setTimeout(() => dismiss(id), 6000);
    },
    [dismiss],
  );
  /** Any error, in the reader's language; `framing` (a message with {message}) puts it in context. */
  const error = useCallback(
    (cause: unknown, framing?: MessageKey) => {
      const { text, details } = translateError(cause);
      push('error', framing ? t(framing, { message: text }) : text, details);
    },
    [push],
  );
  const info = useCallback((text: string) => push('info', text), [push]);
  const clear = useCallback(() => setNotices([]), []);
  return { notices, dismiss, error, info, clear };
}

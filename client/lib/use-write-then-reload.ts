import { useState } from 'preact/hooks';

/**
 * An officer page's writes: one at a time (`busy` disables the controls meanwhile), each followed by
 * a reload of what the page lists; a refusal goes to `onError`.
 */
export function useWriteThenReload(reload: () => Promise<unknown>, onError: (error: unknown) => void) {
  const [busy, setBusy] = useState(false);
  const run = async (write: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await write();
      await reload();
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

/**
 * One read shared by every caller that asks while it is not yet running: 2,000 screens joining at
 * once cost a few reads, not 2,000. A caller that arrives while a read is running waits for the
 * next one, so it never gets a state read before it asked (a write it saw answered is always in).
 */
export class SharedRead<T> {
  private running: Promise<T> | null = null;
  private queued: Promise<T> | null = null;

  next(read: () => Promise<T>): Promise<T> {
    if (!this.running) {
      const running = read().finally(() => {
        if (this.running === running) this.running = null;
      });
      this.running = running;
      return running;
    }
    if (!this.queued) {
      this.queued = this.running
        .catch(() => undefined)
        .then(() => {
          this.queued = null;
          return this.next(read);
        });
    }
    return this.queued;
  }
}

import type { MeetingState } from '../domain/meeting/meeting-state';
import type { SpeakersListView, SpeakersNextView } from '../shared/api-types';
import type { MeetingNow } from './meeting-core.service';
import { listView, nextView } from './meeting-views';

// The forecast in a list moves with the clock while nobody speaks: a second-old one is still right.
const MAX_AGE_MS = 1000;

interface Built {
  builtAt: number;
  list?: SpeakersListView;
  next: Map<number, SpeakersNextView>;
}

/** Views of one state shared by every join that asks within a second: 2,000 screens build it once. */
export class SnapshotCache {
  private readonly built = new WeakMap<MeetingState, Built>();

  list({ state, settings }: MeetingNow, nowMs: number): SpeakersListView {
    const built = this.fresh(state, nowMs);
    built.list ??= listView(state, settings.view, nowMs);
    return built.list;
  }

  next({ state, settings }: MeetingNow, count: number, nowMs: number): SpeakersNextView {
    const built = this.fresh(state, nowMs);
    let next = built.next.get(count);
    if (!next) built.next.set(count, (next = nextView(state, count, settings.view)));
    return next;
  }

  private fresh(state: MeetingState, nowMs: number): Built {
    let built = this.built.get(state);
    if (!built || Math.abs(nowMs - built.builtAt) > MAX_AGE_MS) this.built.set(state, (built = { builtAt: nowMs, next: new Map() }));
    return built;
  }
}

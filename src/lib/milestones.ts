/**
 * The milestones of a recovery for the reader's calendar, derived from the data alone: the end
 * of every rule that ends (make-up fine again, retinol again if the specialist agrees, the end of
 * the sunscreen period…) and the next-session window.
 */
import { compareMoments, endOf, startOf, type Moment, type Treatment, type Window } from './recovery';

export interface Milestone<W extends Window> {
  window: W;
  /** `fine`: an `avoid` rule ends; `ends`: a `do` rule ends; `session`: the next-session window opens. */
  kind: 'fine' | 'ends' | 'session';
  at: Moment;
  /** The next-session window's end, when it has one. */
  end?: Moment;
}

/** The end of every rule that ends, and the next-session window, in time order. */
export function milestones<W extends Window>(windows: W[], treatment: Treatment): Milestone<W>[] {
  const found: Milestone<W>[] = [];
  for (const window of windows) {
    const end = window.until && endOf(window.until, treatment);
    if (window.kind === 'session') {
      const milestone: Milestone<W> = { window, kind: 'session', at: startOf(window, treatment) };
      if (end) milestone.end = end;
      found.push(milestone);
    } else if (window.kind === 'rule' && end)
      found.push({ window, kind: window.action === 'avoid' ? 'fine' : 'ends', at: end });
  }
  return found.sort((a, b) => compareMoments(a.at, b.at));
}

/**
 * An island's messages, from the page language's `messages.json` (its address is on the page's
 * `<html data-messages>`), fetched once per page by whichever island asks first.
 */
import type { Messages } from '../lib/messages';

let all: Promise<Record<string, Messages>> | undefined;

export function loadMessages(island: 'search' | 'start' | 'tracker'): Promise<Messages> {
  all ??= fetch(document.documentElement.dataset.messages!).then(
    (response) => response.json() as Promise<Record<string, Messages>>,
  );
  all.catch(() => (all = undefined));
  return all.then((islands) => islands[island] ?? {});
}

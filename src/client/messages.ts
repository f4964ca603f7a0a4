/**
 * An island's messages, from a language's `messages.json`: by default the page's (its address is
 * on the page's `<html data-messages>`); the handout also asks for each printed block's language.
 * Each file is fetched once per page, by whichever island asks first.
 */
import type { Messages } from '../lib/messages';

const files = new Map<string, Promise<Record<string, Messages>>>();

export function loadMessages(
  island: 'search' | 'start' | 'tracker' | 'handout' | 'handoutSheet',
  url = document.documentElement.dataset.messages!,
): Promise<Messages> {
  let file = files.get(url);
  if (!file) {
    file = fetch(url).then((response) => response.json() as Promise<Record<string, Messages>>);
    files.set(url, file);
    file.catch(() => files.delete(url));
  }
  return file.then((islands) => islands[island] ?? {});
}

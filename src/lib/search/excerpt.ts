/**
 * An answer's excerpt: the section's own words after its heading and before its hidden keywords,
 * as text segments with the matched words marked. Never HTML, so no page or query text can ever
 * become markup. Pagefind's own excerpts would show a question's hidden keywords.
 */
import { keywordsSuffix, type PageData, type SubResult } from './pagefind-data';

/** A run of excerpt text; `mark` when it is a word the query matched. */
export interface Segment {
  text: string;
  mark: boolean;
}

const zeroWidthSpace = '\u200B';

/** Splits page text into words exactly as Pagefind numbers them (`location` indexes this list). */
export function splitWords(text: string): string[] {
  return text.includes(zeroWidthSpace) ? text.split(zeroWidthSpace) : text.split(/[^\S\uFEFF]+/);
}

/** Pagefind escapes `<` and `>` in `raw_content`; the excerpt becomes text nodes, so undo it. */
function unescapeWord(word: string): string {
  return word.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Where each sub-result's section ends: at the next heading Pagefind splits at, or the page end. */
function sectionEnd(page: PageData, start: number, wordCount: number): number {
  const boundaries = page.sub_results
    .map((sub) => sub.anchor?.location)
    .filter((location): location is number => location !== undefined && location > start);
  return boundaries.length ? Math.min(...boundaries) : wordCount;
}

/**
 * The text of an answer to show: the section's own words after its heading and before its
 * hidden keywords, around the first matched word (or from its start, when only the heading or
 * the keywords matched).
 */
export function excerptOf(page: PageData, sub: SubResult, length = 24): Segment[] {
  const raw = page.raw_content ?? page.content;
  const words = splitWords(raw);
  const joiner = raw.includes(zeroWidthSpace) ? '' : ' ';
  const start = sub.anchor?.location ?? 0;
  let end = sectionEnd(page, start, words.length);
  const keywords = sub.anchor && page.anchors.find((anchor) => anchor.id === sub.anchor!.id + keywordsSuffix);
  if (keywords && keywords.location > start && keywords.location < end) end = keywords.location;
  const headingWords = sub.anchor?.text ? splitWords(sub.anchor.text.trim()).length : 0;
  const bodyStart = Math.min(start + headingWords, end);
  const matched = sub.locations.filter((location) => location >= bodyStart && location < end).sort((a, b) => a - b);
  let from = bodyStart;
  if (matched.length && matched[0]! - bodyStart > length / 2) from = Math.max(bodyStart, matched[0]! - 4);
  const to = Math.min(end, from + length);
  const marked = new Set(sub.locations);
  const segments: Segment[] = [];
  const push = (text: string, mark: boolean) => {
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  };
  if (from > bodyStart) push('… ', false);
  for (let index = from; index < to; index++) {
    const word = unescapeWord(words[index] ?? '');
    if (!word) continue;
    if (index > from) push(joiner, false);
    // Punctuation around a matched word stays unmarked: "<mark>sunscreen</mark>,".
    const [, lead = '', core = '', tail = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(word) ?? [];
    if (marked.has(index) && core) {
      if (lead) push(lead, false);
      push(core, true);
      if (tail) push(tail, false);
    } else push(word, false);
  }
  if (to < end && segments.length) push(' …', false);
  return segments;
}

/**
 * Flesch–Kincaid grade of the text a reader sees, for docs/content-standard.md ("English guide pages at
 * Flesch–Kincaid grade 8 or lower"). Grade = 0.39·words/sentences + 11.8·syllables/words − 15.59
 * (Kincaid et al., 1975: https://stars.library.ucf.edu/istlibrary/56/).
 */
import { syllable } from 'syllable';
import { Window, type Element, type Node } from 'happy-dom';

/** Elements whose end closes a sentence, as a reader or screen reader takes it: headings, items, cells. */
const blocks = new Set(
  'P LI H1 H2 H3 H4 H5 H6 DT DD TD TH CAPTION FIGCAPTION BLOCKQUOTE PRE SUMMARY SECTION ARTICLE DIV OL UL'.split(' '),
);
/** Not read: code, and what is hidden from every reader (filters, search-only keywords). */
const unread = 'script, style, template, noscript, [hidden], [aria-hidden="true"]';

const ones =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const tens = ' ten twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** A whole number as it is read aloud ("24" → "twenty four"); leading zeros are read digit by digit. */
export function numberToWords(digits: string): string {
  if (digits.length > 1 && digits.startsWith('0')) return [...digits].map((d) => ones[Number(d)]).join(' ');
  const n = Number(digits);
  if (!Number.isSafeInteger(n) || n >= 1_000_000) return [...digits].map((d) => ones[Number(d)]).join(' ');
  const below1000 = (x: number): string[] => {
    const words: string[] = [];
    if (x >= 100) words.push(ones[Math.floor(x / 100)]!, 'hundred');
    const rest = x % 100;
    if (rest >= 20) words.push(tens[Math.floor(rest / 10)]!, ...(rest % 10 ? [ones[rest % 10]!] : []));
    else if (rest > 0 || x === 0) words.push(ones[rest]!);
    return words;
  };
  if (n < 1000) return below1000(n).join(' ');
  return [...below1000(Math.floor(n / 1000)), 'thousand', ...(n % 1000 ? below1000(n % 1000) : [])].join(' ');
}

/** Syllables of one word as written on the page: numbers read aloud, initialisms letter by letter. */
export function countSyllables(word: string): number {
  return word
    .split(/[-‐–/]/)
    .filter((part) => /[\p{L}\p{N}]/u.test(part))
    .reduce((sum, part) => {
      const bare = part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (/^\d+$/.test(bare)) return sum + syllable(numberToWords(bare));
      // SPF, FDA, AHAs: read as letters ("W" is three).
      const initialism = /^([A-Z]{2,5})s?$/.exec(bare);
      if (initialism) return sum + [...initialism[1]!].reduce((n, c) => n + (c === 'W' ? 3 : 1), 0);
      return sum + Math.max(1, syllable(bare));
    }, 0);
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

/**
 * Counts over text already split into blocks (one string per heading, item or paragraph). Within
 * a block, a sentence ends at ".", "!" or "?" followed by a space or the end.
 */
export function measure(blocksOfText: string[]): Readability {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of blocksOfText) {
    for (const sentence of block.split(/(?<=[.!?])["'”’)]*\s+/)) {
      const tokens = sentence.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token));
      if (tokens.length === 0) continue;
      sentences += 1;
      words += tokens.length;
      syllables += tokens.reduce((sum, token) => sum + countSyllables(token), 0);
    }
  }
  const grade = words === 0 ? 0 : 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return { words, sentences, syllables, grade };
}

/** The Flesch–Kincaid grade of plain text, e.g. one sentence. */
export function gradeOf(text: string): number {
  return measure([text]).grade;
}

/** The read text of an HTML element (the first match of `selector`), one string per block. */
export function readableBlocks(html: string, selector = 'article'): string[] {
  const window = new Window();
  const { document } = window;
  document.body.innerHTML = html;
  const root = document.querySelector(selector);
  if (!root) throw new Error(`no <${selector}> element`);
  root.querySelectorAll(unread).forEach((element) => element.remove());
  const out: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) out.push(current.replace(/\s+/g, ' ').trim());
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) current += node.textContent ?? '';
    if (node.nodeType !== 1) return;
    const { tagName } = node as Element;
    if (blocks.has(tagName)) flush();
    node.childNodes.forEach(walk);
    if (blocks.has(tagName)) flush();
    else if (tagName === 'BR') current += ' ';
  };
  walk(root);
  flush();
  window.close();
  return out;
}

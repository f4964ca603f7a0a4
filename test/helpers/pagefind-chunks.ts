/**
 * How Pagefind's WebAssembly picks the index chunks a search term needs (pagefind_web's
 * `request_indexes`, 1.6): every chunk whose range holds the term, compared as Rust compares
 * strings (UTF-8 bytes); if none does, every chunk whose range holds the term cut to the length
 * of the range's ends, so a word's beginning still reaches its chunk. The tests hold our own
 * chunks (src/build/index-chunks.ts) to it: every word must reach the chunk that has it.
 */
const compare = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
const cut = (text: string, length: number) => [...text].slice(0, length).join('');

export function chunksFor(term: string, ranges: { from: string; to: string }[]): number[] {
  const strict = ranges.flatMap((range, i) =>
    compare(term, range.from) >= 0 && compare(term, range.to) <= 0 ? [i] : [],
  );
  if (strict.length) return strict;
  const length = [...term].length;
  return ranges.flatMap((range, i) => {
    const fromLength = Math.min(length, [...range.from].length);
    const toLength = Math.min(length, [...range.to].length);
    return compare(cut(term, fromLength), cut(range.from, fromLength)) >= 0 &&
      compare(cut(term, toLength), cut(range.to, toLength)) <= 0
      ? [i]
      : [];
  });
}

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { chunkBytesFor, chunkRanges, splitIndexChunks, splitWords } from '../../src/build/index-chunks';
import { chunksFor } from '../helpers/pagefind-chunks';

describe('splitting the word index', () => {
  it('keeps every word, in order, and closes a chunk at the word that reaches the size', () => {
    const words = ['a', 'bb', 'ccc', 'dddd', 'e'];
    expect(splitWords(words, 3, (word) => word.length)).toEqual([['a', 'bb'], ['ccc'], ['dddd'], ['e']]);
    expect(splitWords(words, 100, (word) => word.length)).toEqual([words]);
    expect(splitWords([], 3, (word: string) => word.length)).toEqual([]);
  });

  it('grows chunks as the square root of the index past today’s size, so the list of chunks stays short too', () => {
    expect(chunkBytesFor(200_000)).toBe(3000);
    expect(chunkBytesFor(4_000_000)).toBe(8000);
    expect(chunkBytesFor(16_000_000)).toBe(16_000);
  });

  it('names each chunk’s range as Pagefind does: one character past what two neighbours share', () => {
    expect(chunkRanges([['apple'], ['apricot', 'banana'], ['peach']])).toEqual([
      { from: 'apple', to: 'app' },
      { from: 'apr', to: 'b' },
      { from: 'p', to: 'peach' },
    ]);
    // A word that begins the next: the range ends at the whole word.
    expect(chunkRanges([['cath'], ['cathartic']])).toEqual([
      { from: 'cath', to: 'cath' },
      { from: 'catha', to: 'cathartic' },
    ]);
  });

  it('leads every word, in any script, to the chunk that holds it', () => {
    const words = [
      ...['0', '24', 'acne', 'acid', 'after', 'aftercare', 'apple', 'apricot', 'b', 'sun', 'sunburn', 'sunscreen'],
      ...['أسبوع', 'الشمس', 'ماء', 'चेहरा', 'धूप', '后', '毒素', '防晒', '防晒霜', '𠮷'],
    ].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    for (const size of [1, 2, 3, 5, 8]) {
      const chunks = splitWords(words, size, () => 1);
      const ranges = chunkRanges(chunks);
      chunks.forEach((chunk, i) => {
        for (const word of chunk) expect(chunksFor(word, ranges), `${word} in chunks of ${size}`).toContain(i);
      });
    }
  });
});

describe('a Pagefind index in another format', () => {
  it('stops the build naming the file and what is wrong', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aftercare-chunks-'));
    try {
      mkdirSync(join(dir, 'index'));
      writeFileSync(
        join(dir, 'pagefind-entry.json'),
        JSON.stringify({ version: '9.0.0', languages: { en: { hash: 'en_1' } } }),
      );
      const meta = join(dir, 'pagefind.en_1.pf_meta');
      writeFileSync(meta, 'plain text');
      await expect(splitIndexChunks(dir)).rejects.toThrow(`${meta}: not gzip`);
      writeFileSync(meta, gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encode(['9.0.0', [], { chunks: 1 }])])));
      await expect(splitIndexChunks(dir)).rejects.toThrow(
        `${meta}: its index chunk list is not [from, to, hash]. Pagefind 9.0.0 writes its index differently`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Splits Pagefind's word index into smaller chunks after Pagefind writes it.
 *
 * Why: a search loads the index chunk of every word range it touches, and Pagefind cuts chunks at
 * about 20,000 word positions (20–27 KB gzip each here), with no option to change it. A question
 * typed a letter at a time loaded 45–75 KB of index for a few hundred bytes of words. Chunks of
 * a few KB cost a request each but carry little besides the words asked for.
 *
 * The files stay Pagefind's own: gzip of a `pagefind_dcd` signature and CBOR, the same words in
 * the same order, each chunk named by its content and listed in the language's metadata with the
 * word range Pagefind's own chunking gives it (`chunkRanges`). Anything unexpected in those files
 * stops the build, naming the file: a Pagefind upgrade that changes them must be looked at, not served.
 */
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

/**
 * The encoded size a chunk grows to before the next word starts a new one. Every search loads
 * the language's metadata, which lists every chunk (about 15 bytes gzip each), and then a chunk
 * for each range of words it touches: the sum is least when chunks grow as the square root of the
 * index. At today's catalogue that is the floor, 3,000 bytes (1.2–1.5 KB gzip); measured typing
 * a question a letter at a time, 2,000 made Spanish heavier and 4,000 or 8,000 made Chinese heavier.
 */
export function chunkBytesFor(indexBytes: number): number {
  return Math.max(3000, Math.round(Math.sqrt(indexBytes * 16)));
}

const signature = 'pagefind_dcd';

/** A word and where it is: Pagefind's own encoding, kept as it is. */
export type PackedWord = [word: string, ...rest: unknown[]];
/** A language's metadata: version, pages, index chunks as [from, to, hash], then the rest. */
export type Metadata = [version: string, pages: unknown, chunks: [string, string, string][], ...rest: unknown[]];

export interface Entry {
  version: string;
  languages: Record<string, { hash: string }>;
}

/** Cuts words, in their order, into runs whose encoded size reaches `maxBytes` at most by one word. */
export function splitWords<T>(words: T[], maxBytes: number, size: (word: T) => number): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let bytes = 0;
  for (const word of words) {
    chunk.push(word);
    bytes += size(word);
    if (bytes >= maxBytes) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

/**
 * Each chunk's word range as Pagefind writes it: from its first word to its last, with the
 * boundary between two chunks shortened to one character past what their words share ("app" |
 * "apr" between "apple" and "apricot"). The search picks chunks by these ranges.
 */
export function chunkRanges(chunks: string[][]): { from: string; to: string }[] {
  const ranges = chunks.map((words) => ({ from: words[0] ?? '', to: words.at(-1) ?? '' }));
  for (let i = 0; i + 1 < ranges.length; i++) {
    const last = [...ranges[i]!.to];
    const first = [...ranges[i + 1]!.from];
    let shared = 0;
    while (shared < last.length && shared < first.length && last[shared] === first[shared]) shared++;
    ranges[i]!.to = last.slice(0, shared + 1).join('');
    ranges[i + 1]!.from = first.slice(0, shared + 1).join('');
  }
  return ranges;
}

function unpack(bytes: Buffer, file: string): unknown {
  let raw: Buffer;
  try {
    raw = gunzipSync(bytes);
  } catch {
    throw new Error(`${file}: not gzip, as Pagefind writes its files; see src/build/index-chunks.ts`);
  }
  if (raw.subarray(0, signature.length).toString() !== signature)
    throw new Error(`${file}: not a Pagefind file (no "${signature}" signature); see src/build/index-chunks.ts`);
  return decode(raw.subarray(signature.length));
}

const pack = (value: unknown) => gzipSync(Buffer.concat([Buffer.from(signature), encode(value)]), { level: 9 });

const hashOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function unexpected(file: string, what: string, version: string): never {
  throw new Error(
    `${file}: ${what}. Pagefind ${version} writes its index differently from what src/build/index-chunks.ts reads; ` +
      'check its format and update that module.',
  );
}

const isMetadata = (value: unknown): value is Metadata =>
  Array.isArray(value) &&
  typeof value[0] === 'string' &&
  Array.isArray(value[2]) &&
  value[2].every(
    (chunk) => Array.isArray(chunk) && chunk.length === 3 && chunk.every((part) => typeof part === 'string'),
  );

const isWordIndex = (value: unknown): value is [PackedWord[]] =>
  Array.isArray(value) &&
  value.length === 1 &&
  Array.isArray(value[0]) &&
  value[0].every((word) => Array.isArray(word) && typeof word[0] === 'string');

/** One language's index as Pagefind wrote it: its metadata and each chunk's words, in order. */
export interface LanguageIndex {
  metaFile: string;
  metadata: Metadata;
  chunks: { file: string; from: string; to: string; words: PackedWord[] }[];
}

/** Reads the Pagefind index under `pagefindDir`: the entry file and every language's chunks. */
export async function readIndex(pagefindDir: string): Promise<{ entry: Entry; languages: Map<string, LanguageIndex> }> {
  const entry = JSON.parse(await readFile(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as Entry;
  const languages = new Map<string, LanguageIndex>();
  for (const [language, { hash }] of Object.entries(entry.languages)) {
    const metaFile = join(pagefindDir, `pagefind.${hash}.pf_meta`);
    const metadata = unpack(await readFile(metaFile), metaFile);
    if (!isMetadata(metadata)) unexpected(metaFile, 'its index chunk list is not [from, to, hash]', entry.version);
    const chunks: LanguageIndex['chunks'] = [];
    for (const [from, to, chunkHash] of metadata[2]) {
      const file = join(pagefindDir, 'index', `${chunkHash}.pf_index`);
      const index = unpack(await readFile(file), file);
      if (!isWordIndex(index)) unexpected(file, 'it is not a list of words', entry.version);
      chunks.push({ file, from, to, words: index[0] });
    }
    languages.set(language, { metaFile, metadata, chunks });
  }
  return { entry, languages };
}

/** Rewrites every language's index under `pagefindDir` in chunks of `chunkBytesFor` its size. */
export async function splitIndexChunks(pagefindDir: string): Promise<void> {
  const { entry, languages } = await readIndex(pagefindDir);
  for (const [language, { metaFile, metadata, chunks: written }] of languages) {
    const words = written.flatMap((chunk) => chunk.words);
    const sizes = new Map(words.map((word) => [word, encode(word).length]));
    const indexBytes = [...sizes.values()].reduce((sum, size) => sum + size, 0);
    const chunks = splitWords(words, chunkBytesFor(indexBytes), (word) => sizes.get(word)!);
    const ranges = chunkRanges(chunks.map((chunk) => chunk.map(([word]) => word)));
    await Promise.all([metaFile, ...written.map((chunk) => chunk.file)].map((file) => rm(file)));
    const listed: [string, string, string][] = [];
    for (const [i, chunk] of chunks.entries()) {
      const bytes = pack([chunk]);
      const name = uniqueName(language, hashOf(bytes), new Set(listed.map(([, , taken]) => taken)));
      await writeFile(join(pagefindDir, 'index', `${name}.pf_index`), bytes);
      listed.push([ranges[i]!.from, ranges[i]!.to, name]);
    }
    metadata[2] = listed;
    const metaBytes = pack(metadata);
    const metaHash = `${language}_${hashOf(metaBytes).slice(0, 10)}`;
    await writeFile(join(pagefindDir, `pagefind.${metaHash}.pf_meta`), metaBytes);
    entry.languages[language]!.hash = metaHash;
  }
  await writeFile(join(pagefindDir, 'pagefind-entry.json'), JSON.stringify(entry));
}

/** `en_1a2b3c4`, one character longer while another chunk of the language has that name. */
function uniqueName(language: string, hash: string, taken: Set<string>): string {
  for (let length = 7; ; length++) {
    const name = `${language}_${hash.slice(0, length)}`;
    if (!taken.has(name) || length >= hash.length) return name;
  }
}

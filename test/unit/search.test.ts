/** The search pipeline's pure parts: query parsing, stop words, answers and excerpts, the AND fallback. */
import { describe, expect, it } from 'vitest';
import { cleanQuery, maxQueryLength, meaningfulWords, queryFromSearch } from '../../src/lib/search/query';
import { namesTreatment, rankAnswers, termOf } from '../../src/lib/search/answers';
import { withHighlight } from '../../src/lib/search/highlight';
import { excerptOf, splitWords } from '../../src/lib/search/excerpt';
import { keywordsSuffix, type PageData, type SubResult } from '../../src/lib/search/pagefind-data';
import { bestTerms, findAnswers, type PagefindApi } from '../../src/lib/search/run';
import { isFrench, straightenElisions } from '../../src/build/elision';
import { foldWord, pagefindOptions, plainHindi, withoutNukta } from '../../src/lib/search/spelling';

describe('the query', () => {
  it('is one clean line of at most maxQueryLength characters', () => {
    expect(cleanQuery('  sun\u0000\ncream\t ')).toBe('sun cream');
    expect(cleanQuery('a'.repeat(500))).toHaveLength(maxQueryLength);
    expect(cleanQuery(undefined)).toBe('');
  });
  it('comes from ?q= and nothing else', () => {
    expect(queryFromSearch('?q=sun+cream&highlight=x')).toBe('sun cream');
    expect(queryFromSearch('?query=sun')).toBe('');
    expect(queryFromSearch('?q=%3Cimg%20src%3Dx%3E')).toBe('<img src=x>');
  });
  it('keeps the words that carry meaning', () => {
    expect(meaningfulWords('Can I wear makeup?', 'en')).toEqual(['wear', 'makeup']);
    expect(meaningfulWords('when can i use retin-a', 'en')).toEqual(['use', 'retin-a']);
    expect(meaningfulWords('¿Cuándo puedo volver a maquillarme?', 'es')).toEqual(['maquillarme']);
    expect(meaningfulWords("Quand est-ce que je peux mettre de l'huile ?", 'fr')).toEqual(['mettre', 'huile']);
    expect(meaningfulWords('متى يمكنني وضع المكياج؟', 'ar')).toEqual(['وضع', 'المكياج']);
    expect(meaningfulWords('मेकअप कब कर सकते हैं', 'hi')).toEqual(['मेकअप']);
    expect(meaningfulWords('我什么时候可以化妆', 'zh-cn')).toEqual(['化妆']);
  });
  it('finds nothing to ask in question words and lone letters alone', () => {
    expect(meaningfulWords('how can I', 'en')).toEqual([]);
    expect(meaningfulWords('can I w', 'en')).toEqual([]);
    expect(meaningfulWords('red on day 2', 'en')).toEqual(['red', 'day', '2']);
    expect(meaningfulWords('痒', 'zh-cn')).toEqual(['痒']);
  });
});

const content =
  'Questions. When can I wear make-up again? Not for 24 hours. Use &lt;clean&gt; brushes. makeup, foundation';
// Word numbers: Questions. 0, When 1 … again? 6, Not 7, hours. 10, &lt;clean&gt; 12, makeup, 14.
const anchor = { element: 'h2', id: 'make-up', text: 'When can I wear make-up again?', location: 1 };
const keywords = { element: 'p', id: `make-up${keywordsSuffix}`, text: 'makeup, foundation', location: 14 };
function page(sub: Partial<SubResult>): PageData {
  return {
    url: '/en/faq/',
    content,
    raw_content: content,
    meta: { title: 'Questions' },
    filters: { kind: ['Questions'], treatment: ['Micro-needling'] },
    anchors: [anchor, keywords],
    sub_results: [
      {
        title: 'When can I wear make-up again?',
        url: '/en/faq/#make-up',
        locations: [],
        weighted_locations: [],
        anchor,
        ...sub,
      },
    ],
  };
}
const text = (segments: { text: string; mark: boolean }[]) =>
  segments.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');

describe('an answer’s excerpt', () => {
  it('numbers words as Pagefind does', () => {
    expect(splitWords(content)[14]).toBe('makeup,');
    expect(splitWords('化妆\u200B以后\u200B多久')).toEqual(['化妆', '以后', '多久']);
  });
  it('shows the answer, not the question or its hidden keywords', () => {
    const data = page({ locations: [5, 14] });
    expect(text(excerptOf(data, data.sub_results[0]!))).toBe('Not for 24 hours. Use <clean> brushes.');
  });
  it('marks matched words, leaving their punctuation out', () => {
    const data = page({ locations: [10] });
    expect(text(excerptOf(data, data.sub_results[0]!))).toBe('Not for 24 [hours]. Use <clean> brushes.');
  });
  it('is text, never markup: the page’s own "<" stays a character', () => {
    const data = page({ locations: [12] });
    expect(text(excerptOf(data, data.sub_results[0]!))).toBe('Not for 24 hours. Use <[clean]> brushes.');
  });
  it('starts near the first match in a long answer', () => {
    const long = ['Intro.', ...Array.from({ length: 50 }, (_, i) => `w${i}`)].join(' ');
    const data: PageData = { ...page({ locations: [35] }), content: long, raw_content: long, anchors: [] };
    data.sub_results[0] = { ...data.sub_results[0]!, anchor: undefined, locations: [35] };
    expect(text(excerptOf(data, data.sub_results[0], 10))).toBe('… w30 w31 w32 w33 [w34] w35 w36 w37 w38 w39 …');
  });
});

describe('ranking answers', () => {
  it('matches a word to the query term it stands for', () => {
    expect(termOf('Make-up', ['wear', 'makeup'])).toEqual({ term: 1, likeness: 1 });
    expect(termOf('والمكياج', ['مكياج']).term).toBe(0);
    expect(termOf('peels', ['peeling']).likeness).toBeLessThan(1);
  });
  it('knows when a query names a treatment', () => {
    expect(namesTreatment(['peel'], 'Light chemical peel')).toBe(true);
    expect(namesTreatment(['peels'], 'Light chemical peel')).toBe(true);
    expect(namesTreatment(['peeling'], 'Light chemical peel')).toBe(false);
    expect(namesTreatment(['microneedling'], 'Micro-needling')).toBe(true);
    // Chinese search splits a name into words: a word of two characters or more within it names it.
    expect(namesTreatment(['毒素'], '肉毒素注射除皱', 'zh-cn')).toBe(true);
    expect(namesTreatment(['肉'], '肉毒素注射除皱', 'zh-cn')).toBe(false);
  });
  it('puts the section with the rarer word first, whatever the page order', () => {
    const words = 'Faq. Sun? sun sun sun. Makeup? makeup sun.'.split(' ');
    //             0    1    2   3   4    5       6      7
    const make = (title: string, id: string, location: number, locations: number[]): SubResult => ({
      title,
      url: `/en/faq/#${id}`,
      locations,
      weighted_locations: locations.map((l) => ({ location: l, weight: l === location ? 6 : 1, balanced_score: 1 })),
      anchor: { element: 'h2', id, text: title, location },
    });
    const data: PageData = {
      url: '/en/faq/',
      content: words.join(' '),
      meta: { title: 'Faq' },
      filters: {},
      anchors: [],
      sub_results: [make('Sun?', 'sun', 1, [1, 2, 3, 4]), make('Makeup?', 'makeup', 5, [5, 6, 7])],
    };
    const other: PageData = { ...data, url: '/en/other/', sub_results: [make('Sun?', 'sun2', 1, [1, 2, 3, 4])] };
    const answers = rankAnswers(
      [
        { score: 9, data: other },
        { score: 1, data },
      ],
      ['sun', 'makeup'],
    );
    expect(answers[0]?.url).toBe('/en/faq/#makeup');
    expect(answers[0]).toMatchObject({ title: 'Makeup?', pageTitle: 'Faq' });
  });
});

/** A stand-in for pagefind.js: pages hold words; a search returns pages holding a word starting with each term. */
function fakePagefind(pages: Record<string, string>): PagefindApi & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    filters: () => Promise.resolve({ kind: { Questions: Object.keys(pages).length } }),
    search(term) {
      calls.push(term);
      const terms = term.split(' ');
      const results = Object.entries(pages)
        .filter(([, words]) => terms.every((t) => words.split(' ').some((word) => word.startsWith(t))))
        .map(([url, words]) => ({
          id: url,
          score: terms.length,
          data: (): Promise<PageData> =>
            Promise.resolve({
              url,
              content: words,
              meta: { title: url },
              filters: {},
              anchors: [],
              sub_results: [
                {
                  title: url,
                  url,
                  locations: terms.map((t) => words.split(' ').findIndex((word) => word.startsWith(t))),
                  weighted_locations: terms.map((t) => ({
                    location: words.split(' ').findIndex((word) => word.startsWith(t)),
                    weight: 1,
                    balanced_score: 1,
                  })),
                },
              ],
            }),
        }));
      return Promise.resolve({ results, filters: {} });
    },
  };
}

describe('a search', () => {
  it('asks Pagefind for every meaningful word first', async () => {
    const pagefind = fakePagefind({ '/a/': 'wear makeup', '/b/': 'gym' });
    expect(await bestTerms(pagefind, ['wear', 'makeup'])).toBe('wear makeup');
    expect(pagefind.calls).toEqual(['wear makeup']);
  });
  it('falls back to the best group of words when all of them find nothing', async () => {
    const pagefind = fakePagefind({ '/a/': 'wear makeup', '/b/': 'gym' });
    const found = await findAnswers(pagefind, 'can I wear makeup at the gym', 'en');
    expect(found.terms).toBe('wear makeup');
    // The page that holds some of the words follows, and every word is marked.
    expect(found.answers.map((answer) => answer.url)).toEqual([
      '/a/?highlight=wear&highlight=makeup&highlight=gym',
      '/b/?highlight=wear&highlight=makeup&highlight=gym',
    ]);
  });
  it('cuts a misspelt ending back to a beginning some page holds', async () => {
    const found = await findAnswers(fakePagefind({ '/a/': 'tretinoin retinol' }), 'when can I use tretinion', 'en');
    expect(found.terms).toBe('tretin');
    expect(found.answers.map((answer) => answer.url)).toEqual(['/a/?highlight=tretin']);
  });
  it('past five words, leaves out those naming the treatment the reader is reading about', async () => {
    const query = 'micro needling numbing cream sunscreen gym retinol';
    const pages = { '/a/': 'micro needling numbing cream sunscreen gym retinol' };
    const reading = fakePagefind(pages);
    const found = await findAnswers(reading, query, 'en', { treatment: 'Micro-needling', wordGroups: false });
    expect(found.terms).toBe('numbing cream sunscreen gym retinol');
    // From a page of no treatment, the first five.
    const home = fakePagefind(pages);
    expect((await findAnswers(home, query, 'en', { wordGroups: false })).terms).toBe(
      'micro needling numbing cream sunscreen',
    );
  });
  it('finds nothing for a query of no words', async () => {
    expect((await findAnswers(fakePagefind({}), ' ?! ', 'en')).answers).toEqual([]);
  });
});

describe('French elisions in the index', () => {
  it('are spelled with a straight apostrophe, which Pagefind splits words at', () => {
    expect(straightenElisions('<p>l’acide, d’infection, qu’il, jusqu’à, L’huile</p>')).toBe(
      "<p>l'acide, d'infection, qu'il, jusqu'à, L'huile</p>",
    );
  });
  it('leave other apostrophes alone', () =>
    expect(straightenElisions('aujourd’hui, ’quoted’')).toBe('aujourd’hui, ’quoted’'));
  it('apply to French pages only', () => {
    expect(isFrench('<html lang="fr" dir="ltr">')).toBe(true);
    expect(isFrench('<html lang="en">')).toBe(false);
  });
});

describe('the words an opened answer marks', () => {
  it('are the searched words, not Pagefind’s normalised ones, which lose vowel signs and accents', () => {
    const url = '/hi/micro-needling/faq/?highlight=%E0%A4%AE%E0%A4%95%E0%A4%85%E0%A4%AA#make-up';
    const marked = new URL(withHighlight(url, ['मेकअप']), 'http://site.invalid');
    expect(marked.searchParams.getAll('highlight')).toEqual(['मेकअप']);
    expect(marked.pathname).toBe('/hi/micro-needling/faq/');
    expect(marked.hash).toBe('#make-up');
  });

  it('keeps other parameters and a page without a heading anchor', () => {
    expect(withHighlight('/fr/faq/?x=1&highlight=creme', ['crème', 'solaire'])).toBe(
      '/fr/faq/?x=1&highlight=cr%C3%A8me&highlight=solaire',
    );
    expect(withHighlight('/en/faq/', ['wear', 'makeup'])).toBe('/en/faq/?highlight=wear&highlight=makeup');
  });
});

describe('Hindi spelling', () => {
  it('keeps the vowel signs that tell words apart, where other languages fold marks', () => {
    expect(new Set(['दिन', 'दीन', 'दान'].map((word) => foldWord(word, 'hi'))).size).toBe(3);
    expect(new Set(['कम', 'काम'].map((word) => foldWord(word, 'hi'))).size).toBe(2);
    expect(foldWord('مُرَطِّب', 'ar')).toBe(foldWord('مرطب', 'ar'));
    expect(foldWord('crème', 'fr')).toBe('creme');
  });
  it('drops the nukta, which patients often leave out, from queries and the index alike', () => {
    expect(withoutNukta('ज़्यादा साफ़ इन्फ़ेक्शन पपड़ी')).toBe('ज्यादा साफ इन्फेक्शन पपडी');
    expect(withoutNukta('\u095B\u094D\u092F\u093E\u0926\u093E')).toBe('ज्यादा');
    // Most people type the chandrabindu as an anusvara: both spellings find each other.
    expect(plainHindi('मुँह झाइयाँ फ़ोन')).toBe('मुंह झाइयां फोन');
    expect(foldWord('मुँह', 'hi')).toBe(foldWord('मुंह', 'hi'));
    expect(meaningfulWords('क्या ज़्यादा धूप से बचें', 'hi')).toEqual(['ज्यादा', 'धूप', 'बचें']);
  });
  it('takes out only the stop words themselves: पार (across) is not पर (on)', () => {
    expect(meaningfulWords('पार पर', 'hi')).toEqual(['पार']);
    expect(meaningfulWords('काम की बात', 'hi')).toEqual(['काम', 'बात']);
  });
  it('ranks a word by its own vowel signs', () => {
    expect(termOf('दीन', ['दिन'], 'hi').likeness).toBeLessThan(1);
    expect(termOf('दिन', ['दिन'], 'hi').likeness).toBe(1);
  });
  it('asks Pagefind for exact diacritics in Hindi only', () => {
    expect(pagefindOptions('hi')).toEqual({ highlightParam: 'highlight', exactDiacritics: true });
    for (const lang of ['en', 'ar', 'fr', 'zh-CN']) expect(pagefindOptions(lang).exactDiacritics).toBe(false);
  });
});

describe('the work a keystroke costs', () => {
  const pages = {
    '/a/': 'wear makeup after microneedling sunscreen',
    '/b/': 'gym sweat exercise after treatment',
    '/c/': 'tretinoin retinol redness',
  };
  /** Every prefix of `query`, as a reader types it, and the Pagefind searches each one costs. */
  async function typing(query: string, options: { wordGroups?: boolean } = {}) {
    const pagefind = fakePagefind(pages);
    const costs: number[] = [];
    for (let length = 1; length <= query.length; length++) {
      const before = pagefind.calls.length;
      await findAnswers(pagefind, query.slice(0, length), 'en', options);
      costs.push(pagefind.calls.length - before);
    }
    return { costs, calls: pagefind.calls };
  }

  it('is at most the changed word, three cuts of it and the words together, in the header field', async () => {
    for (const query of [
      'can I wear makeup after microneedling',
      'tretinion and sweat at the gym',
      'sunscreen gym retinol',
    ])
      expect(Math.max(...(await typing(query, { wordGroups: false })).costs), query).toBeLessThanOrEqual(5);
    // Typing one more letter of a word that pages hold costs the word and the words together.
    const { costs } = await typing('wear makeup', { wordGroups: false });
    expect(costs.slice(-4)).toEqual([2, 2, 2, 2]);
  });

  it('asks nothing again: a query typed twice costs nothing the second time', async () => {
    const pagefind = fakePagefind(pages);
    await findAnswers(pagefind, 'makeup after microneedling', 'en', { wordGroups: false });
    const before = pagefind.calls.length;
    await findAnswers(pagefind, 'makeup after microneedling', 'en', { wordGroups: false });
    expect(pagefind.calls.length).toBe(before);
  });

  it('cuts a misspelt ending by halving, not by trying every length', async () => {
    const pagefind = fakePagefind(pages);
    await findAnswers(pagefind, 'tretinion', 'en', { wordGroups: false });
    // tretinion: not found; tretini (7 letters): not found; tretin (6): found, and searched once.
    expect(pagefind.calls).toEqual(['tretinion', 'tretini', 'tretin']);
  });

  it('loads no records for a search the reader has typed past', async () => {
    const pagefind = fakePagefind(pages);
    let loaded = 0;
    const counting: PagefindApi = {
      filters: () => pagefind.filters(),
      search: async (term, options) => {
        const found = await pagefind.search(term, options);
        return (
          found && {
            results: found.results.map((result) => ({ ...result, data: () => (loaded++, result.data()) })),
          }
        );
      },
    };
    const stale = await findAnswers(counting, 'makeup', 'en', { wanted: () => false });
    expect([stale.answers, loaded]).toEqual([[], 0]);
    const current = await findAnswers(counting, 'makeup', 'en', { wanted: () => true });
    expect(current.answers.length).toBe(1);
    expect(loaded).toBe(1);
  });

  it('tries groups of words only on the search page', async () => {
    const header = fakePagefind(pages);
    await findAnswers(header, 'makeup gym retinol', 'en', { wordGroups: false });
    expect(header.calls).toEqual(['makeup', 'gym', 'retinol', 'makeup gym retinol']);
    const page = fakePagefind(pages);
    await findAnswers(page, 'makeup gym retinol', 'en');
    expect(page.calls).toEqual([...header.calls, 'makeup gym', 'makeup retinol', 'gym retinol']);
  });
});

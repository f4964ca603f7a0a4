/**
 * Search behaviour, scenario by scenario, in the style of Pagefind's own test suite: tiny fixture
 * pages in a temporary folder, the real indexer, a real browser, the result URLs asserted in
 * order, and a clean console. The pages follow the site's markup conventions; the search runs
 * through the same pipeline as the site's UI (src/lib/search).
 */
import { expect, test, type Page } from '@playwright/test';
import { keywordsSuffix } from '../../src/lib/search/pagefind-data';
import { findAnswers } from '../../src/lib/search/run';
import { highlightOptions } from '../../src/client/search/highlight-options';
import { pagefindIn } from '../helpers/pagefind-bridge';
import { closePagefind, fixtureSite, html, type FixtureSite } from '../helpers/pagefind-fixture';
import { watchConsole } from '../helpers/console';

let site: FixtureSite | undefined;
test.afterEach(() => site?.close());
test.afterAll(() => closePagefind());

/** Pagefind's own result URLs for `term`, searched from the current page (its language), best first. */
async function pagefindUrls(page: Page, term: string, filters?: Record<string, string>) {
  return page.evaluate(
    async ({ term, filters }) => {
      const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
      const search = await pagefind.search(term, { filters });
      return Promise.all(search.results.map(async (result: any) => (await result.data()).url as string));
    },
    { term, filters },
  );
}

/** One FAQ question as FaqList renders it: a section, a heading with the question's id, a marker, hidden keywords. */
const question = (id: string, text: string, answer: string, keywords: string) =>
  `<section class="question"><h2 id="${id}" data-pagefind-weight="6">${text}</h2><div class="answer"><p>${answer}</p></div>` +
  `<span id="${id}${keywordsSuffix}"></span><p class="visually-hidden" aria-hidden="true" data-pagefind-weight="4">${keywords}</p></section>`;

/** A guide page as the site renders it: native content marked for Pagefind, with its filters. */
const guide = (lang: string, treatment: string, kind: string, body: string) =>
  html(
    lang,
    `<div data-pagefind-body><article data-pagefind-filter="treatment:${treatment}"><span hidden data-pagefind-filter="kind">${kind}</span>${body}</article></div>`,
  );

/** A page a language lacks: the fallback language's content, not indexed (no data-pagefind-body). */
const fallback = (lang: string, contentLang: string, body: string) =>
  html(lang, `<aside class="fallback-notice">Not translated yet.</aside><div lang="${contentLang}">${body}</div>`);

const makeUpFaq = guide(
  'en',
  'Micro-needling',
  'Questions',
  '<h1>Questions about micro-needling</h1>' +
    question('washing', 'When can I wash my face?', 'Gently, from day 1, with lukewarm water.', 'wash face, cleanser') +
    question(
      'make-up',
      'When can I wear make-up again?',
      'Not for the first 24 hours. Use clean brushes.',
      'makeup, foundation',
    ) +
    question('sun', 'Can I go out in the sun?', 'Stay out of direct sun for 7 days.', 'sunshine, beach'),
);

test('Fallback pages are absent: a Spanish search finds only pages written in Spanish', async ({ page }) => {
  const console = watchConsole(page, { failedRequests: true });
  site = await fixtureSite({
    'es/index.html': html('es', '<p>Inicio</p>'),
    'es/micro-needling/faq/index.html': fallback('es', 'en', '<h1>Sauna and steam</h1><p>No sauna for 48 hours.</p>'),
    'es/chemical-peel/faq/index.html': guide('es', 'Peeling', 'Preguntas', '<h1>Sauna</h1><p>Sin sauna ni vapor.</p>'),
    'en/micro-needling/faq/index.html': guide('en', 'Micro-needling', 'Questions', '<h1>Sauna</h1><p>No sauna.</p>'),
  });
  await page.goto(`${site.url}es/`);
  expect(await pagefindUrls(page, 'sauna')).toEqual(['/es/chemical-peel/faq/']);
  expect(await pagefindUrls(page, 'steam')).toEqual([]);
  await page.goto(`${site.url}es/micro-needling/faq/`);
  expect(await pagefindUrls(page, 'sauna')).toEqual(['/es/chemical-peel/faq/']);
  expect(console).toEqual([]);
});

test('Each FAQ answer is a sub-result that deep-links to its question, excerpted from the answer', async ({ page }) => {
  const console = watchConsole(page, { failedRequests: true });
  site = await fixtureSite({ 'en/micro-needling/faq/index.html': makeUpFaq });
  await page.goto(`${site.url}en/micro-needling/faq/`);
  const found = await findAnswers(pagefindIn(page), 'can I wear makeup', 'en');
  expect(found.answers.map((answer) => answer.url)).toEqual([
    '/en/micro-needling/faq/?highlight=wear&highlight=makeup#make-up',
  ]);
  const [answer] = found.answers;
  expect(answer).toMatchObject({
    title: 'When can I wear make-up again?',
    kind: 'Questions',
    treatment: 'Micro-needling',
  });
  expect(answer!.excerpt.map((part) => part.text).join('')).toBe('Not for the first 24 hours. Use clean brushes.');
  const sections = await findAnswers(pagefindIn(page), 'sun', 'en');
  expect(sections.answers.map((item) => new URL(item.url, site!.url).hash)).toEqual(['#sun']);
  expect(console).toEqual([]);
});

test('Guide sections are sub-results too, and the best section comes first whatever the page order', async ({
  page,
}) => {
  const console = watchConsole(page, { failedRequests: true });
  site = await fixtureSite({
    'en/micro-needling/faq/index.html': makeUpFaq,
    'en/micro-needling/aftercare/index.html': guide(
      'en',
      'Micro-needling',
      'Aftercare',
      '<h1>Aftercare after micro-needling</h1><p>Your skin heals in days.</p>' +
        '<h2 id="in-short">In short</h2><p>Do not wear make-up for 24 hours. Skip the gym.</p>' +
        '<h2 id="sun-and-heat">Sun and heat</h2><p>Stay in the shade. Sun on healing skin can leave dark patches.</p>',
    ),
  });
  await page.goto(`${site.url}en/micro-needling/faq/`);
  const found = await findAnswers(pagefindIn(page), 'gym', 'en');
  expect(found.answers.map((answer) => answer.url)).toEqual(['/en/micro-needling/aftercare/?highlight=gym#in-short']);
  const sun = await findAnswers(pagefindIn(page), 'sun', 'en');
  expect(sun.answers.slice(0, 2).map((answer) => new URL(answer.url, site!.url).hash)).toEqual([
    '#sun',
    '#sun-and-heat',
  ]);
  expect(console).toEqual([]);
});

test('Filters by treatment and kind, with counts, narrow the results', async ({ page }) => {
  const console = watchConsole(page, { failedRequests: true });
  site = await fixtureSite({
    'en/micro-needling/faq/index.html': makeUpFaq,
    'en/micro-needling/aftercare/index.html': guide(
      'en',
      'Micro-needling',
      'Aftercare',
      '<h1>Aftercare</h1><p>No sun.</p>',
    ),
    'en/chemical-peel/faq/index.html': guide(
      'en',
      'Light chemical peel',
      'Questions',
      '<h1>Questions about peels</h1>' + question('sun', 'Do I need sunscreen?', 'Yes, every day.', 'sun cream'),
    ),
  });
  await page.goto(`${site.url}en/micro-needling/faq/`);
  const filters = await page.evaluate(async () => {
    const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
    return pagefind.filters();
  });
  // Pagefind counts records: each page's opening, and each of its sections (three questions here).
  expect(filters).toEqual({
    treatment: { 'Micro-needling': 5, 'Light chemical peel': 2 },
    kind: { Questions: 6, Aftercare: 1 },
  });
  expect(await pagefindUrls(page, 'sun', { treatment: 'Light chemical peel' })).toEqual([
    '/en/chemical-peel/faq/?section=sun',
  ]);
  expect(await pagefindUrls(page, 'sun', { treatment: 'Micro-needling', kind: 'Aftercare' })).toEqual([
    '/en/micro-needling/aftercare/',
  ]);
  const found = await findAnswers(pagefindIn(page), 'sun', 'en', { chosen: { kind: 'Questions' } });
  expect(found.counts).toEqual({
    treatment: { 'Micro-needling': 1, 'Light chemical peel': 1 },
    kind: { Questions: 2, Aftercare: 1 },
  });
  expect(found.answers.map((answer) => answer.kind)).toEqual(['Questions', 'Questions']);
  expect(console).toEqual([]);
});

test('Highlighting marks the search words on the opened answer, not the hidden keywords', async ({ page }) => {
  const console = watchConsole(page, { failedRequests: true });
  const highlighter = `<script type="module">
    await import('/pagefind/pagefind-highlight.js');
    new PagefindHighlight(${JSON.stringify(highlightOptions('en'))});
  </script>`;
  site = await fixtureSite({
    'en/micro-needling/faq/index.html': makeUpFaq.replace('</body>', `${highlighter}</body>`),
  });
  await page.goto(`${site.url}en/micro-needling/faq/?highlight=wear&highlight=makeup#make-up`);
  const marks = page.locator('mark.search-highlight');
  await expect(marks).toHaveText(['wear', 'make-up']);
  await expect(page.locator('.visually-hidden mark')).toHaveCount(0);
  await expect(page.locator('style')).toHaveCount(0);
  expect(console).toEqual([]);
});

test('Chinese: pages are segmented into words, and a question finds the answer by its words', async ({ page }) => {
  const console = watchConsole(page, { failedRequests: true });
  site = await fixtureSite({
    'zh-cn/micro-needling/faq/index.html': guide(
      'zh-CN',
      '微针',
      '常见问题',
      '<h1>微针常见问题</h1>' +
        question('make-up', '什么时候可以再化妆？', '治疗后24小时内不要化妆。之后请用干净的化妆刷。', '化妆品，粉底') +
        question('sun', '可以晒太阳吗？', '7天内避免阳光直射，外出戴宽檐帽。', '日晒，海滩'),
    ),
    'zh-cn/micro-needling/aftercare/index.html': guide(
      'zh-CN',
      '微针',
      '术后护理',
      '<h1>术后护理</h1><p>每天涂防晒霜。</p>',
    ),
  });
  await page.goto(`${site.url}zh-cn/micro-needling/aftercare/`);
  expect(await pagefindUrls(page, '化妆')).toEqual(['/zh-cn/micro-needling/faq/?section=make-up']);
  const found = await findAnswers(pagefindIn(page), '我什么时候可以化妆', 'zh-cn');
  expect(found.terms).toBe('化妆');
  expect(found.answers.map((answer) => new URL(answer.url, site!.url).hash)).toEqual(['#make-up']);
  expect(found.answers[0]!.excerpt.filter((part) => part.mark).map((part) => part.text)).toContain('化妆');
  const sun = await findAnswers(pagefindIn(page), '晒太阳', 'zh-cn');
  expect(sun.answers[0]?.url).toMatch(/#sun$/);
  expect(console).toEqual([]);
});

test('Arabic and Hindi: a word is found with the article Arabic joins to it, and in Devanagari', async ({ page }) => {
  const console = watchConsole(page, { failedRequests: true });
  site = await fixtureSite({
    'ar/micro-needling/faq/index.html': guide(
      'ar',
      'الوخز بالإبر الدقيقة',
      'الأسئلة',
      '<h1>أسئلة</h1>' +
        question(
          'make-up',
          'متى يمكنني وضع المكياج؟',
          'لا تضعي المكياج خلال أول 24 ساعة. بعدها استخدمي فرشًا نظيفة.',
          'مستحضرات التجميل، كريم الأساس',
        ),
    ),
    'hi/micro-needling/faq/index.html': guide(
      'hi',
      'माइक्रोनीडलिंग',
      'सवाल',
      '<h1>सवाल</h1>' + question('make-up', 'मैं फिर से मेकअप कब कर सकती हूँ?', 'पहले 24 घंटे तक मेकअप न करें।', 'फाउंडेशन, कंसीलर'),
    ),
  });
  await page.goto(`${site.url}ar/micro-needling/faq/`);
  const arabic = await findAnswers(pagefindIn(page), 'متى أضع مكياج', 'ar');
  expect(
    arabic.answers.map((answer) => new URL(answer.url, site!.url).pathname + new URL(answer.url, site!.url).hash),
  ).toEqual(['/ar/micro-needling/faq/#make-up']);
  await page.goto(`${site.url}hi/micro-needling/faq/`);
  const hindi = await findAnswers(pagefindIn(page), 'मेकअप कब कर सकते हैं', 'hi');
  expect(hindi.answers.map((answer) => new URL(answer.url, site!.url).hash)).toEqual(['#make-up']);
  expect(console).toEqual([]);
});

test('French: a word is found without the article elided into it (acide in l’acide)', async ({ page }) => {
  const console = watchConsole(page, { failedRequests: true });
  site = await fixtureSite({
    'fr/micro-needling/faq/index.html': guide(
      'fr',
      'Microneedling',
      'Questions',
      '<h1>Questions</h1>' +
        question('hyaluronic-acid', 'Puis-je utiliser de l’acide hyaluronique ?', 'Oui, un sérum simple.', 'sérum') +
        question('coconut-oil', 'Puis-je mettre de l’huile de coco ?', 'Non, elle bouche les pores.', 'coco'),
    ),
  });
  await page.goto(`${site.url}fr/micro-needling/faq/`);
  expect(await pagefindUrls(page, 'acide')).toEqual(['/fr/micro-needling/faq/?section=hyaluronic-acid']);
  const found = await findAnswers(pagefindIn(page), 'huile', 'fr');
  expect(found.answers.map((answer) => new URL(answer.url, site!.url).hash)).toEqual(['#coconut-oil']);
  // The page itself keeps its typographic apostrophes.
  await expect(page.locator('#coconut-oil')).toHaveText('Puis-je mettre de l’huile de coco ?');
  expect(console).toEqual([]);
});

test('A clinic under a sub-path gets result links under it', async ({ page }) => {
  const console = watchConsole(page, { failedRequests: true });
  site = await fixtureSite({ 'en/micro-needling/faq/index.html': makeUpFaq }, { base: '/aftercare/' });
  await page.goto(`${site.url}en/micro-needling/faq/`);
  const found = await findAnswers(pagefindIn(page, '/aftercare/'), 'makeup', 'en');
  expect(found.answers.map((answer) => answer.url)).toEqual([
    '/aftercare/en/micro-needling/faq/?highlight=makeup#make-up',
  ]);
  expect(console).toEqual([]);
});

test('Words no single answer holds together find the answer holding most of them first', async ({ page }) => {
  const console = watchConsole(page, { failedRequests: true });
  site = await fixtureSite({
    'en/micro-needling/faq/index.html': makeUpFaq,
    'en/micro-needling/aftercare/index.html': guide(
      'en',
      'Micro-needling',
      'Aftercare',
      '<h1>Aftercare</h1><p>No sauna.</p>',
    ),
  });
  await page.goto(`${site.url}en/micro-needling/faq/`);
  // Pagefind wants every word that its index knows on one page, and ignores words it does not know.
  expect(await pagefindUrls(page, 'wear makeup sauna')).toEqual([]);
  expect(await pagefindUrls(page, 'wear makeup tomorrow')).toEqual(['/en/micro-needling/faq/?section=make-up']);
  const found = await findAnswers(pagefindIn(page), 'can I wear makeup in the sauna', 'en');
  expect(found.terms).toBe('wear makeup');
  // Then the answer that holds the other word.
  expect(
    found.answers.map((answer) => new URL(answer.url, site!.url).pathname + new URL(answer.url, site!.url).hash),
  ).toEqual(['/en/micro-needling/faq/#make-up', '/en/micro-needling/aftercare/']);
  expect(console).toEqual([]);
});

test('Hindi is searched with exact vowel signs, and without the nukta; Arabic still folds its marks', async ({
  page,
}) => {
  const console = watchConsole(page, { failedRequests: true });
  const hindi = (title: string, text: string) => guide('hi', 'माइक्रोनीडलिंग', 'सवाल', `<h1>${title}</h1><p>${text}</p>`);
  site = await fixtureSite({
    'hi/day/index.html': hindi('पहला दिन', 'पहले दिन धूप से बचें।'),
    'hi/poor/index.html': hindi('दीन', 'दीन लोगों की मदद।'),
    'hi/gift/index.html': hindi('दान', 'दान करना अच्छा है।'),
    'hi/kaam/index.html': hindi('काम', 'काम पर लौटें।'),
    'hi/less/index.html': hindi('कम', 'कम पानी।'),
    'hi/more/index.html': hindi('ज़्यादा', 'ज़्यादा पसीना आए तो त्वचा साफ़ रखें।'),
    'ar/moisturiser/index.html': guide('ar', 'الميكرونيدلينغ', 'أسئلة', '<h1>مُرَطِّب</h1><p>ضع مُرَطِّبًا لطيفًا.</p>'),
  });
  const found = async (query: string, locale: 'hi' | 'ar') =>
    (await findAnswers(pagefindIn(page), query, locale)).answers.map(
      (answer) => new URL(answer.url, 'http://site.invalid').pathname,
    );
  await page.goto(`${site.url}hi/day/`);
  // Word pairs that differ only by a vowel sign: each finds its own page only.
  expect(await found('दिन', 'hi')).toEqual(['/hi/day/']);
  expect(await found('दीन', 'hi')).toEqual(['/hi/poor/']);
  expect(await found('दान', 'hi')).toEqual(['/hi/gift/']);
  expect(await found('काम', 'hi')).toEqual(['/hi/kaam/']);
  expect(await found('कम', 'hi')).toEqual(['/hi/less/']);
  // The nukta, often left out, and a conjunct (with a virama) still find their page.
  expect(await found('ज्यादा', 'hi')).toEqual(['/hi/more/']);
  expect(await found('ज़्यादा पसीना', 'hi')).toEqual(['/hi/more/']);
  expect(await found('त्वचा साफ', 'hi')).toEqual(['/hi/more/']);
  await page.goto(`${site.url}ar/moisturiser/`);
  expect(await found('مرطب', 'ar')).toEqual(['/ar/moisturiser/']);
  expect(console).toEqual([]);
});

/**
 * `npm run review-pack -- --brand <id>`: one printable HTML file per treatment, in the clinic's
 * default language, for the clinic's clinical lead to review and sign: every rule and phase with
 * its window after the clinic's overrides (and the guide's own where the clinic changed it), the
 * next session, the preparation steps, every care sign, every question's answer and what each
 * page says, with the guides' sources and the evidence file (`docs/clinical/<treatment>.md`), a
 * signature block, and the guides and revisions the pack covers: the build refuses the sign-off
 * once one of them is revised (src/build/sign-off.ts). Read from the files, as the build reads
 * them, without building the site.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTranslations } from '../i18n';
import { defaultLocale, localeDir, localeTag } from '../i18n/locales';
import { formatDuration, type Duration } from '../schemas/duration';
import { formatCalendarDate, regionalTag } from '../lib/format';
import { renderMarkdown } from '../lib/markdown';
import { applyRuleOverrides } from '../lib/overrides';
import { careNumbers, phoneText } from '../lib/phone';
import { describeEnd, describeWindow } from '../lib/window-text';
import type { GuideKind, GuideOf } from '../schemas/guide';
import { guideKinds, guideSchema } from '../schemas/guide';
import type { Phase, Rule } from '../schemas/timeline';
import { loadBrand, type Brand } from './brand';
import { splitFrontmatter } from './frontmatter';
import { coveredGuides, type CoveredGuide } from './sign-off';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Read<K extends GuideKind> {
  data: GuideOf<K>;
  body: string;
  file: string;
}

/** The guide a reader of the clinic's default language sees: the clinic's page, else the shared one, else English. */
function readGuide<K extends GuideKind>(contentRoot: string, brand: Brand, treatment: string, kind: K) {
  for (const locale of [...new Set([brand.defaultLocale, defaultLocale])])
    for (const file of [
      join('brands', brand.id, 'pages', locale, treatment, `${kind}.mdx`),
      join('guides', locale, treatment, `${kind}.mdx`),
    ]) {
      const path = join(contentRoot, file);
      if (!existsSync(path)) continue;
      const { frontmatter, body } = splitFrontmatter(readFileSync(path, 'utf8'));
      return { data: guideSchema.parse(frontmatter) as GuideOf<K>, body, file } satisfies Read<K>;
    }
  return undefined;
}

/** One treatment's pack, as an HTML document. */
export function reviewPack(contentRoot: string, root: string, brand: Brand, treatment: string): string {
  const locale = brand.defaultLocale;
  const tag = localeTag(locale);
  const t = useTranslations(locale);
  const date = (value: Date) => formatCalendarDate(value, regionalTag(tag, brand.region));
  const read = <K extends GuideKind>(kind: K) => readGuide(contentRoot, brand, treatment, kind);
  const about = read('about');
  const aftercare = read('aftercare');
  const name = about?.data.treatmentName ?? treatment;
  const overrides = brand.overrides[treatment];
  const rules: Rule[] = aftercare ? applyRuleOverrides(aftercare.data.rules, overrides, locale, locale) : [];
  const phases: Phase[] = aftercare?.data.phases ?? [];
  const windowText = (from: Duration, until?: Duration) => {
    const { key, values } = describeWindow(from, until);
    return t(key, values);
  };
  // `{rule:id}`, `{phase:id}` and `{…:end}` as the pages write them, after the clinic's overrides.
  const expand = (text: string) =>
    text.replace(/\{(rule|phase):([a-z0-9-]+)(:end)?\}/g, (match, type: string, id: string, end?: string) => {
      const item = (type === 'rule' ? rules : phases).find((candidate) => candidate.id === id);
      if (!item) return match;
      if (!end) return windowText(item.from, item.until);
      const { key, values } = describeEnd(item.until!);
      return t(key, values);
    });
  const prose = (body: string) =>
    renderMarkdown(
      expand(
        body
          .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
          .replace(
            /<(Rule|Phase)Window id="([a-z0-9-]+)" \/>/g,
            (_, type: string, id: string) => `{${type.toLowerCase()}:${id}}`,
          ),
      ),
    );

  const original = new Map(aftercare?.data.rules.map((rule) => [rule.id, rule]));
  const rulesTable = rules
    .map((rule) => {
      const guide = original.get(rule.id);
      const changed = !guide
        ? t('review.added')
        : formatDuration(guide.from) !== formatDuration(rule.from) ||
            (guide.until && formatDuration(guide.until)) !== (rule.until && formatDuration(rule.until))
          ? t('review.changed', { window: windowText(guide.from, guide.until) })
          : '';
      return `<tr data-rule="${escape(rule.id)}"><td>${escape(t(`timeline.${rule.action}`))}</td><td><strong>${escape(rule.text)}</strong>${rule.detail ? `<br>${escape(rule.detail)}` : ''}${rule.afterwards ? `<br><em>${escape(t('timeline.afterwards', { text: rule.afterwards }))}</em>` : ''}</td><td data-window>${escape(windowText(rule.from, rule.until))}${changed ? `<br><mark data-change>${escape(changed)}</mark>` : ''}</td><td>${rule.safety ? '✔' : ''}</td></tr>`;
    })
    .join('\n');
  const dropped = overrides?.dropRules ?? [];
  const phasesTable = phases
    .map(
      (phase) =>
        `<tr data-phase="${escape(phase.id)}"><td data-window>${escape(windowText(phase.from, phase.until))}</td><td><strong>${escape(phase.title)}</strong><ul>${phase.normal.map((item) => `<li>${escape(item)}</li>`).join('')}</ul></td></tr>`,
    )
    .join('\n');
  const next = aftercare?.data.nextSession;

  const preparation = read('preparation');
  const steps = (preparation?.data.steps ?? [])
    .map(
      (step) =>
        `<li><strong>${escape(expand(step.text))}</strong>${step.before ? ` (${escape(t(step.before.unit === 'days' ? 'preparation.daysBefore' : 'preparation.hoursBefore', { count: step.before.amount }))})` : ''}${step.safety ? ' ✔' : ''}${step.detail ? `<br>${escape(expand(step.detail))}` : ''}</li>`,
    )
    .join('');
  const numbers = careNumbers(brand.contacts);
  const urgent = read('urgent');
  const cards = (urgent?.data.care ?? [])
    .map(
      (card) =>
        `<section class="card card-${card.level}"><h3>${escape(t(`care.${card.level}.title`, { number: phoneText(numbers.emergency) }))}</h3><ul>${card.signs.map((sign) => `<li>${escape(expand(sign))}</li>`).join('')}</ul>${card.advice ? `<p>${escape(expand(card.advice))}</p>` : ''}<p>${escape(t(`care.${card.level}.action`, { number: phoneText(numbers[card.level]) }))}</p></section>`,
    )
    .join('\n');
  const faq = read('faq');
  const questions = (faq?.data.questions ?? [])
    .map((question) => `<h3>${escape(question.question)}</h3>${renderMarkdown(expand(question.answer))}`)
    .join('\n');
  const pages = guideKinds
    .map((kind) => read(kind))
    .filter((guide) => guide && guide.body.trim())
    .map(
      (guide) =>
        `<section class="page"><h3>${escape(t(`kind.${guide!.data.kind}`))}: ${escape(guide!.data.title)}</h3>${prose(guide!.body)}</section>`,
    )
    .join('\n');
  const sources = [
    ...new Map(
      guideKinds.flatMap((kind) => read(kind)?.data.sources ?? []).map((source) => [source.url, source] as const),
    ).values(),
  ]
    .map(
      (source) =>
        `<li><a href="${escape(source.url)}">${escape(source.title)}</a>. ${escape(source.publisher)}, ${source.year}. ${escape(source.url)}</li>`,
    )
    .join('');
  const evidenceFile = join(root, 'docs/clinical', `${treatment}.md`);
  const evidence = existsSync(evidenceFile) ? renderMarkdown(readFileSync(evidenceFile, 'utf8')) : '';
  const covered = coveredGuides(contentRoot, brand, brand.id, treatment);
  const coverRow = (guide: CoveredGuide) =>
    `<tr data-file="${escape(guide.file)}" data-revision="${guide.revision}"><td>${escape(guide.file)}</td><td>${escape(localeTag(guide.locale))}</td><td>${escape(t(`kind.${guide.kind}`))}</td><td>${guide.revision}</td><td>${date(guide.revised)}</td><td>${guide.translation ? escape(t(`review.translation.${guide.translation.method}`, { revision: guide.translation.sourceRevision })) : ''}</td></tr>`;

  return `<!doctype html>
<html lang="${tag}" dir="${localeDir(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(t('review.title', { treatment: name, clinic: brand.name }))}</title>
<style>
  @page { size: A4; margin: 15mm; }
  body { font: 10.5pt/1.45 system-ui, sans-serif; color: #111; max-width: 180mm; margin: auto; }
  h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 2em; break-after: avoid; } h3 { font-size: 11pt; break-after: avoid; }
  table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #999; padding: 3px 5px; vertical-align: top; text-align: start; }
  tr, .card, .signature { break-inside: avoid; } mark { background: #fff1a8; }
  .card { border-inline-start: 4px solid #005eb8; padding-inline-start: 8px; margin: 8px 0; }
  .card-emergency, .card-now { border-color: #d5281b; } .card-urgent { border-color: #ffb81c; }
  .signature p { margin: 1.6em 0; border-bottom: 1px solid #111; padding-bottom: 2px; }
  .evidence { font-size: 9pt; } .evidence table { font-size: 8pt; }
</style>
</head>
<body>
<h1>${escape(t('review.title', { treatment: name, clinic: brand.name }))}</h1>
<p>${escape(t('review.intro', { clinic: brand.name }))}</p>
<h2>${escape(t('review.covers'))}</h2>
<table data-part="covers"><thead><tr><th>${escape(t('review.file'))}</th><th>${escape(t('review.language'))}</th><th>${escape(t('review.page'))}</th><th>${escape(t('review.revision'))}</th><th>${escape(t('review.revised'))}</th><th>${escape(t('review.translated'))}</th></tr></thead><tbody>
${covered.map(coverRow).join('\n')}
</tbody></table>
<h2>${escape(t('timeline.rules'))}</h2>
<table data-part="rules"><thead><tr><th></th><th></th><th>${escape(t('review.window'))}</th><th>${escape(t('review.safety'))}</th></tr></thead><tbody>
${rulesTable}
</tbody></table>
${dropped.length ? `<p data-part="dropped">${escape(t('review.dropped', { rules: dropped.join(', ') }))}</p>` : ''}
<h2>${escape(t('timeline.heading'))}</h2>
<table data-part="phases"><tbody>
${phasesTable}
</tbody></table>
${next ? `<h2>${escape(t('timeline.nextSession'))}</h2><p>${escape(windowText(next.from, next.until))}: ${escape(expand(next.text))}</p>` : ''}
${steps ? `<h2>${escape(t('kind.preparation'))}</h2><ol>${steps}</ol>` : ''}
<h2>${escape(t('care.heading'))}</h2>
${cards}
<h2>${escape(t('faq.title'))}</h2>
${questions}
<h2>${escape(t('review.pages'))}</h2>
${pages}
<h2>${escape(t('governance.sources'))}</h2>
<ol data-part="sources">${sources}</ol>
${evidence ? `<h2>${escape(t('review.evidence'))}</h2><div class="evidence" lang="en" dir="ltr">${evidence}</div>` : ''}
<section class="signature" data-part="signature">
<h2>${escape(t('review.signOff'))}</h2>
<p>${escape(t('review.statement', { clinic: brand.name, treatment: name }))}</p>
<p>${escape(t('review.name'))}</p>
<p>${escape(t('review.credential'))}</p>
<p>${escape(t('review.signature'))}</p>
<p>${escape(t('review.date'))}</p>
<pre>review:
  by: …
  credential: …
  date: YYYY-MM-DD
  treatments: [${treatment}]</pre>
<div>${escape(t('review.record', { file: `content/brands/${brand.id}.yaml` }))}</div>
</section>
</body>
</html>
`;
}

/** Writes every treatment's pack into `outDir`; returns the files written. */
export function writeReviewPacks(options: { contentRoot: string; root: string; brandId: string; outDir: string }) {
  const brand = loadBrand(options.contentRoot, options.brandId, { signOff: false });
  mkdirSync(options.outDir, { recursive: true });
  return brand.treatments.map((treatment) => {
    const file = join(options.outDir, `${treatment}.html`);
    writeFileSync(file, reviewPack(options.contentRoot, options.root, brand, treatment));
    return file;
  });
}

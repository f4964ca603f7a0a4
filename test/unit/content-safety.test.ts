/**
 * A guide cannot inject: the raw-file checks the build runs before Astro reads the guides
 * (src/build/content-safety.ts) find a `<script>`, an `on…=` attribute, a `javascript:` link
 * (however it is spelled) and MDX code in a body or an FAQ answer, and a date the calendar lacks,
 * each by line. Every guide of content/ passes; messages are pinned.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGuideFiles, contentError, guideSourceProblems } from '../../src/build/content-safety';
import { root } from '../helpers/content';

const english = readFileSync(join(root, 'content/guides/en/micro-needling/faq.mdx'), 'utf8');
const lines = (source: string) => guideSourceProblems(source).map((problem) => `${problem.line}: ${problem.message}`);

describe('the raw guide checks', () => {
  it('pass every guide of content/', () => {
    expect(() =>
      checkGuideFiles(join(root, 'content'), ['guides/*/*/*.mdx', 'brands/*/pages/*/*/*.mdx']),
    ).not.toThrow();
  });

  it('find scripts, event handlers, javascript: links and MDX code in a body, by line', () => {
    const guide = [
      '---',
      'title: x',
      '---',
      'Keep the area clean.',
      '<script>alert(1)</script>',
      '<img src="x" onerror="alert(2)" />',
      '<div',
      '  onClick={() => alert(3)}>Tap</div>',
      '[Read more](javascript:alert(4))',
      '[Read more](JaVa&#x53;cript&colon;alert(5))',
      '<a href=" java script:alert(6)">x</a>',
      'export const leak = process.env;',
      'Day {1 + 1}',
      'Write `<script>` and `{braces}` in code, or \\{ escaped: fine.',
    ].join('\n');
    expect(lines(guide)).toMatchInlineSnapshot(`
      [
        "5: a <script> element: a guide cannot run scripts in the reader’s browser; remove it",
        "6: an event handler attribute (onerror=): a guide cannot run scripts; remove it",
        "8: an event handler attribute (onClick=): a guide cannot run scripts; remove it",
        "8: MDX code ({…}, import or export) runs when the site is built: guides use <RuleWindow> and <PhaseWindow> only; write \\{ for a brace",
        "9: a javascript: link: link to a web page (https://…) or to another guide instead",
        "10: a javascript: link: link to a web page (https://…) or to another guide instead",
        "11: a javascript: link: link to a web page (https://…) or to another guide instead",
        "12: MDX code ({…}, import or export) runs when the site is built: guides use <RuleWindow> and <PhaseWindow> only; write \\{ for a brace",
        "13: MDX code ({…}, import or export) runs when the site is built: guides use <RuleWindow> and <PhaseWindow> only; write \\{ for a brace",
      ]
    `);
  });

  it('find the same in an FAQ answer, and impossible dates, at the line of their field', () => {
    const guide = english
      .replace(/^revised: .*$/m, 'revised: 2026-02-30')
      .replace(/^(\s*)lastChecked: .*$/m, '$1lastChecked: 2026-13-01')
      .replace(/^(\s*answer: )(.*)$/m, '$1<img src=x onerror=alert(1)> [call us](javascript:alert(2)) $2');
    expect(lines(guide)).toHaveLength(4);
    expect(
      contentError(
        guideSourceProblems(guide).map((problem) => ({ file: 'content/guides/en/x/faq.mdx', ...problem })),
      ).replace(/:\d+:/g, ':<line>:'),
    ).toMatchInlineSnapshot(`
      "Guides hold what could run code, or a date the calendar lacks: fix each line below.
        - content/guides/en/x/faq.mdx:<line>: revised: 2026-02-30 is not a day of the calendar: check the month and day
        - content/guides/en/x/faq.mdx:<line>: review.lastChecked: 2026-13-01 is not a day of the calendar: check the month and day
        - content/guides/en/x/faq.mdx:<line>: questions[0].answer: an event handler attribute (onerror=): a guide cannot run scripts; remove it
        - content/guides/en/x/faq.mdx:<line>: questions[0].answer: a javascript: link: link to a web page (https://…) or to another guide instead"
    `);
  });

  it('name the line of the first question’s answer', () => {
    const answerLine = english.split('\n').findIndex((line) => /^\s*answer: /.test(line)) + 1;
    const guide = english.replace(/^(\s*answer: )(.*)$/m, '$1<script>x</script> $2');
    expect(guideSourceProblems(guide)).toEqual([{ line: answerLine, message: expect.stringContaining('<script>') }]);
  });
});

/**
 * What a guide may not hold, checked on the raw files before Astro reads them (the collection's
 * loader runs `checkGuideFiles` first: src/content.config.ts). A guide's MDX body becomes the
 * page itself and an FAQ answer's Markdown becomes its HTML, so a raw `<script>`, an `on…=`
 * attribute or a `javascript:` link there would run in patients' browsers (Astro's CSP would
 * even hash an inline script in). MDX code (`{…}`, `import`, `export`) runs in the build.
 * Dates are read from the text with the `yaml` package: Astro's own YAML reader turns
 * `2026-02-30` into 2 March before the schema sees it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import { date } from '../schemas/fields';

export interface ContentProblem {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

const named: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', lpar: '(', rpar: ')', sol: '/' };

/** Text as a browser reads a URL in it: character references decoded, whitespace and controls gone. */
function asUrl(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&([a-z]+);/gi, (entity, name: string) => named[name.toLowerCase()] ?? entity)
    .replace(/[\s\p{Cc}\p{Cf}]+/gu, '')
    .toLowerCase();
}

/** Code spans and fenced blocks are shown as text, never run: blanked out, lines kept. */
function withoutCode(text: string): string {
  const blank = (code: string) => code.replace(/[^\n]/g, ' ');
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]+`/g, blank);
}

/** Markup that would run in the reader's browser, by line of `text` (counted from `firstLine`). */
function scriptProblems(text: string, firstLine: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const source = withoutCode(text);
  const lineAt = (index: number) => firstLine + source.slice(0, index).split('\n').length - 1;
  for (const match of source.matchAll(/<\s*script\b/gi))
    problems.push({
      line: lineAt(match.index),
      message: 'a <script> element: a guide cannot run scripts in the reader’s browser; remove it',
    });
  for (const match of source.matchAll(/<[a-z][^<>]*?\s(on[a-z]+)\s*=/gi))
    problems.push({
      line: lineAt(match.index + match[0].length - match[1]!.length - 1),
      message: `an event handler attribute (${match[1]}=): a guide cannot run scripts; remove it`,
    });
  source.split('\n').forEach((line, index) => {
    if (/(java|vb)script:/.test(asUrl(line)))
      problems.push({
        line: firstLine + index,
        message: 'a javascript: link: link to a web page (https://…) or to another guide instead',
      });
  });
  return problems;
}

/** MDX that would run as JavaScript when the site is built. */
function codeProblems(body: string, firstLine: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  withoutCode(body)
    .split('\n')
    .forEach((line, index) => {
      if (/^\s*(import|export)\s/.test(line) || /(^|[^\\])\{/.test(line))
        problems.push({
          line: firstLine + index,
          message:
            'MDX code ({…}, import or export) runs when the site is built: guides use <RuleWindow> and <PhaseWindow> only; write \\{ for a brace',
        });
    });
  return problems;
}

/** `review.lastChecked`, `questions[3].answer`: a value's place in the frontmatter. */
function fieldPath(path: readonly unknown[]): string {
  return path
    .flatMap((node, index) => {
      const parent = path[index - 1];
      if (!(isMap(parent) || isSeq(parent))) return [];
      if (isSeq(parent)) return [`[${parent.items.indexOf(node)}]`];
      const key = (node as { key?: unknown }).key;
      return isScalar(key) ? [`.${String(key.value)}`] : [];
    })
    .join('')
    .replace(/^\./, '');
}

/** Impossible dates and unsafe FAQ answers in the frontmatter text, by line. */
function frontmatterProblems(yaml: string, firstLine: number): ContentProblem[] {
  const lines = new LineCounter();
  const document = parseDocument(yaml, { lineCounter: lines });
  if (document.errors.length) return []; // Astro reports malformed YAML itself.
  const problems: ContentProblem[] = [];
  visit(document, {
    Scalar(_, node, path) {
      if (typeof node.value !== 'string' || !node.range) return;
      const line = firstLine + lines.linePos(node.range[0]).line - 1;
      const field = fieldPath([...path, node]);
      if (/^\d{4}-\d{2}-\d{2}$/.test(node.value)) {
        const parsed = date.safeParse(node.value);
        if (!parsed.success) problems.push({ line, message: `${field}: ${parsed.error.issues[0]!.message}` });
      }
      if (/^questions\[\d+\]\.answer$/.test(field))
        problems.push(
          ...scriptProblems(node.value, line).map((problem) => ({ line, message: `${field}: ${problem.message}` })),
        );
    },
  });
  return problems;
}

/** Everything in one guide's source (an MDX file with YAML frontmatter) that must stop the build. */
export function guideSourceProblems(source: string): ContentProblem[] {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  const yaml = match?.[1] ?? '';
  const bodyLine = match ? match[0].split('\n').length : 1;
  const body = match ? source.slice(match[0].length) : source;
  return [...frontmatterProblems(yaml, 2), ...scriptProblems(body, bodyLine), ...codeProblems(body, bodyLine)].sort(
    (a, b) => a.line - b.line,
  );
}

/** The build's error: one line per problem, `file:line: what and the fix`. */
export function contentError(problems: readonly { file: string; line: number; message: string }[]): string {
  return [
    'Guides hold what could run code, or a date the calendar lacks: fix each line below.',
    ...problems.map((problem) => `  - ${problem.file}:${problem.line}: ${problem.message}`),
  ].join('\n');
}

/** Files under `base` matching any of `patterns` (`*` within one folder name), relative, sorted. */
function matchingFiles(base: string, patterns: readonly string[]): string[] {
  const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const matchers = patterns.map((pattern) => new RegExp(`^${pattern.split('*').map(escape).join('[^/]*')}$`));
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => matchers.some((matcher) => matcher.test(file)))
    .sort();
}

/** Checks every guide the collection will load; throws one error that lists every problem. */
export function checkGuideFiles(base: string, patterns: readonly string[]): void {
  const problems = matchingFiles(base, patterns).flatMap((file) =>
    guideSourceProblems(readFileSync(join(base, file), 'utf8')).map((problem) => ({
      file: relative(process.cwd(), join(base, file)) || file,
      ...problem,
    })),
  );
  if (problems.length) throw new Error(contentError(problems));
}

/**
 * A real `astro build` over a scratch copy of the content with one mistake: the build must stop
 * and say which file, which field and what to write. This is what a clinic's staff will see.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/content';

const scratches: string[] = [];
afterAll(() => scratches.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Builds a copy of content/ after `change`; returns the exit code and everything printed. */
function buildWith(change: (contentRoot: string) => void, env: Record<string, string> = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'aftercare-build-'));
  scratches.push(scratch);
  const contentRoot = join(scratch, 'content');
  cpSync(join(root, 'content'), contentRoot, { recursive: true });
  change(contentRoot);
  const result = spawnSync('npx', ['--no-install', 'astro', 'build', '--outDir', join(scratch, 'dist')], {
    cwd: root,
    encoding: 'utf8',
    // CI may force colour; the messages are checked as a reader sees them, without escape codes.
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      CONTENT_ROOT: contentRoot,
      ...env,
    },
  });
  return {
    status: result.status,
    output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`),
    dist: join(scratch, 'dist'),
  };
}

function edit(file: string, from: RegExp, to: string) {
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(file, text.replace(from, to));
}

describe('the build stops on bad input', { timeout: 120_000 }, () => {
  it('names the file and the field when a title is a number', () => {
    const { status, output } = buildWith((content) =>
      edit(join(content, 'guides/en/micro-needling/aftercare.mdx'), /^title: .*$/m, 'title: 42'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('en/micro-needling/aftercare');
    expect(output).toContain('guides/en/micro-needling/aftercare.mdx');
    expect(output).toContain('title: expected text, like');
    expect(output).toContain('found the number 42');
  });

  it('names the brand file and the field when a brand setting is wrong', () => {
    const { status, output } = buildWith((content) =>
      edit(join(content, 'brands/demo.yaml'), /emergencyNumber: .*$/m, "emergencyNumber: 'ring 999'"),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('Brand "demo" has settings to fix');
    expect(output).toContain('brands/demo.yaml');
    expect(output).toContain('contacts.emergencyNumber: expected a phone number');
  });

  it('names a misspelt brand setting and the one meant', () => {
    const { status, output } = buildWith((content) =>
      writeFileSync(
        join(content, 'brands/demo.yaml'),
        `${readFileSync(join(content, 'brands/demo.yaml'), 'utf8')}\noveride:\n  micro-needling:\n    dropRules: [make-up]\n`,
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('"overide" is not a setting: did you mean "overrides"?');
  });

  it('stops on a translation that drops a rule of the English guide, naming the file and the rule', () => {
    const { status, output } = buildWith((content) =>
      edit(join(content, 'guides/es/micro-needling/aftercare.mdx'), /^(\s*- id: )make-up$/m, '$1maquillaje'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('guides/es/micro-needling/aftercare.mdx');
    expect(output).toContain('rule "make-up" is missing');
    expect(output).toContain('rule "maquillaje" is not in the English page');
  });

  it('stops on a script in a body and an impossible date, naming the file and the line', () => {
    const { status, output } = buildWith((content) => {
      const file = join(content, 'guides/fr/micro-needling/about.mdx');
      edit(file, /^revised: .*$/m, 'revised: 2026-02-30');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n<script>alert(1)</script>\n`);
    });
    const lines = readFileSync(join(root, 'content/guides/fr/micro-needling/about.mdx'), 'utf8').split('\n');
    const revised = lines.findIndex((line) => line.startsWith('revised:')) + 1;
    expect(status).not.toBe(0);
    expect(output).toMatch(
      new RegExp(`guides/fr/micro-needling/about\\.mdx:${revised}: revised: 2026-02-30 is not a day`),
    );
    expect(output).toMatch(/guides\/fr\/micro-needling\/about\.mdx:\d+: a <script> element/);
  });

  it('serves a logo over the inline limit cleaned, under a policy of its own', () => {
    const { status, output, dist } = buildWith((content) => {
      const brand = join(content, 'brands/demo.yaml');
      edit(brand, /^locales: .*$/m, 'locales: [en]');
      edit(brand, /^treatments:\n\s*\[.*\]$/m, 'treatments: [micro-needling]');
      const dots = Array.from({ length: 200 }, (_, i) => `<circle cx="${i % 40}" cy="${i % 37}" r="1"/>`).join('');
      writeFileSync(
        join(content, 'brands/demo-logo.svg'),
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" onload="alert(1)"><script>alert(2)</script>${dots}</svg>`,
      );
    });
    expect(status, output).toBe(0);
    expect(output).toContain(
      'The logo demo-logo.svg had parts that could run or load other files, left out: onload, <script>',
    );
    const svgs = readdirSync(join(dist, '_astro')).filter((file) => file.endsWith('.svg'));
    expect(svgs).toHaveLength(1);
    const logo = readFileSync(join(dist, '_astro', svgs[0]!), 'utf8');
    expect(logo).toContain('<circle');
    expect(logo).not.toMatch(/script|onload/);
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toContain(
      `/_astro/${svgs[0]}\n  Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; sandbox`,
    );
  });
});

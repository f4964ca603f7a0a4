/**
 * A real `astro build` over a scratch copy of the content with one mistake: the build must stop
 * and say which file, which field and what to write. This is what a clinic's staff will see.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
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
});

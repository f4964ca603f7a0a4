/** Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.mjs). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { defaultDistDir, htmlFiles } from '../helpers/dist';

// The project's config as given, with no search for other config files near dist/.
const validator = new HtmlValidate(config);

describe.each(htmlFiles(defaultDistDir))('%s', (file) => {
  it('has no html-validate errors', async () => {
    const report = await validator.validateString(readFileSync(join(defaultDistDir, file), 'utf8'), file);
    const errors = report.results.flatMap((result) =>
      result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});

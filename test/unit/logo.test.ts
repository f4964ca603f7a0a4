/**
 * A clinic's logo cannot carry script: hostile SVGs, the way an attacker or a careless export
 * would write them, come out with nothing that runs or reaches another file; what cannot be made
 * safe is refused with the reason and the fix. Outputs and messages are pinned.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLogo, cleanSvg } from '../../src/build/logo';
import { root } from '../helpers/content';

const svg = (body: string, attributes = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 40 40"${attributes}>${body}</svg>`;
const refusal = (text: string) => {
  try {
    cleanSvg(text);
    return 'accepted';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('an SVG logo', () => {
  it('comes through unchanged when it only draws', () => {
    for (const brand of ['demo', 'cedar']) {
      const file = join(root, `content/brands/${brand}-logo.svg`);
      const { svg: cleaned, removed } = checkLogo(file);
      expect(removed).toEqual([]);
      expect(cleaned).toBe(readFileSync(file, 'utf8').trim());
    }
  });

  it('loses scripts, event handlers and javascript: links', () => {
    const { svg: cleaned, removed } = cleanSvg(
      svg(
        '<script>alert(1)</script><script xlink:href="https://evil.example/x.js"/>' +
          '<a href="javascript:alert(2)"><text onclick="alert(3)">Clinic</text></a>' +
          '<a xlink:href=" JaVaScRiPt:alert(4)"><circle r="5"/></a>' +
          '<animate attributeName="href" values="javascript:alert(5)"/><set attributeName="onmouseover" to="alert(6)"/>' +
          '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(7)"/></div></foreignObject>' +
          '<handler type="text/ecmascript">alert(8)</handler><iframe src="https://evil.example/"/>',
        ' onload="alert(0)"',
      ),
    );
    expect(cleaned).toMatchInlineSnapshot(
      `"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 40 40"><a><text>Clinic</text></a><a><circle r="5"/></a>alert(8)</svg>"`,
    );
    expect(removed).toMatchInlineSnapshot(`
      [
        "xlink:href="https://evil.example/x.js"",
        "href="javascript:alert(2)"",
        "xlink:href=" JaVaScRiPt:alert(4)"",
        "values="javascript:alert(5)"",
        "onload",
        "<script>",
        "onclick",
        "<animate>",
        "<set>",
        "<foreignObject>",
        "<handler>",
        "<iframe>",
      ]
    `);
  });

  it('loses every reference to another file or site, and keeps its own', () => {
    const { svg: cleaned, removed } = cleanSvg(
      svg(
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#0b5c6b"/></linearGradient><circle id="dot" r="2"/></defs>' +
          '<style>@import url(https://evil.example/a.css); .a { fill: red }</style>' +
          '<style>.b { fill: url(#g) }</style>' +
          '<rect class="b" width="40" height="40" fill="url(https://tracker.example/#x)" style="fill: url(#g)"/>' +
          '<image href="https://tracker.example/pixel.png" width="1" height="1"/>' +
          '<image href="data:image/png;base64,iVBORw0KGgo=" width="4" height="4"/>' +
          '<image href="data:text/html;base64,PHNjcmlwdD4=" width="4" height="4"/>' +
          '<use href="#dot"/><use xlink:href="sprites.svg#logo"/>' +
          '<a href="https://clinic.example/"><text x="2" y="30">Lumen</text></a>',
      ),
    );
    expect(cleaned).toMatchInlineSnapshot(
      `"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 40 40"><defs><linearGradient id="g"><stop offset="0" stop-color="#0b5c6b"/></linearGradient><circle id="dot" r="2"/></defs><style>.b { fill: url(#g) }</style><rect class="b" width="40" height="40" style="fill: url(#g)"/><image width="1" height="1"/><image href="data:image/png;base64,iVBORw0KGgo=" width="4" height="4"/><image width="4" height="4"/><use href="#dot"/><use/><a><text x="2" y="30">Lumen</text></a></svg>"`,
    );
    expect(removed).toMatchInlineSnapshot(`
      [
        "<style> with @import or url()",
        "fill="url(https://tracker.example/#x…"",
        "href="https://tracker.example/pixel.…"",
        "href="data:text/html;base64,PHNjcmlw…"",
        "xlink:href="sprites.svg#logo"",
        "href="https://clinic.example/"",
      ]
    `);
  });

  it('is refused when it cannot be made safe, saying why and what to do', () => {
    expect(refusal('<svg xmlns="http://www.w3.org/2000/svg"><a></svg>')).toMatchInlineSnapshot(
      `"is not well-formed SVG (line 1:49: unexpected close tag.): export it again from your drawing program"`,
    );
    expect(refusal('<html><body><script>alert(1)</script></body></html>')).toMatchInlineSnapshot(
      `"is not an SVG image (it starts with <html>): use an SVG file whose first element is <svg>"`,
    );
    expect(
      refusal(
        '<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">]><svg xmlns="http://www.w3.org/2000/svg"><text>&a;</text></svg>',
      ),
    ).toMatchInlineSnapshot(
      `"declares its own DOCTYPE entities, which can hide content: export it again as plain SVG (in Inkscape, "Plain SVG")"`,
    );
    expect(refusal(svg('<script>alert(1)</script>'))).toMatchInlineSnapshot(
      `"could not be made safe: after cleaning it still holds script or links, or nothing is left to draw. Export it again as plain SVG (shapes and text only)"`,
    );
  });

  it('keeps an exported DOCTYPE out of the result without refusing it', () => {
    const { svg: cleaned } = cleanSvg(
      '<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">' +
        svg('<circle r="5"/>'),
    );
    expect(cleaned).not.toMatch(/DOCTYPE|<\?xml/);
  });
});

describe('a PNG logo', () => {
  const png = (bytes: Buffer) => {
    const file = join(mkdtempSync(join(tmpdir(), 'aftercare-logo-')), 'logo.png');
    writeFileSync(file, bytes);
    return file;
  };
  it('is used as it is', () => {
    expect(checkLogo(png(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')))).toEqual({ removed: [] });
  });
  it('must be a PNG, not a page or an SVG under another name', () => {
    expect(() => checkLogo(png(Buffer.from('<svg onload="alert(1)"/>')))).toThrowErrorMatchingInlineSnapshot(
      `[UnsafeLogo: is not a PNG image (it does not start like one): export the logo again as PNG or SVG]`,
    );
  });
});

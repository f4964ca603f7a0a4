/**
 * A clinic's logo, made safe before any page uses it. An SVG is a document that can run script:
 * one served from the clinic's own origin (a logo over Vite's inline limit is a file in
 * `/_astro/`) could read a patient's stored treatment date. So an SVG logo is parsed as XML and
 * cleaned by DOMPurify's SVG profile on a jsdom DOM (scripts, event handlers, `javascript:`
 * links, `<foreignObject>`, animations of links go), after this file has taken out every
 * reference to another file or site (links, images, `<use>` of other files, CSS `url()` and
 * `@import`), so the logo needs nothing but itself. What cannot be made safe stops the build.
 * A PNG must be a PNG. The host also serves built SVGs under a sandboxing CSP (hosting.ts).
 */
import { readFileSync } from 'node:fs';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';

export interface CheckedLogo {
  /** The cleaned SVG, for an SVG logo; a PNG is used as it is. */
  svg?: string;
  /** What cleaning took out, for the build log: `<script>`, `onload`, `href="https://…"`. */
  removed: string[];
}

/** Why a logo cannot be used, in a sentence that ends with what to do. */
export class UnsafeLogo extends Error {
  override name = 'UnsafeLogo';
}

const svgNamespace = 'http://www.w3.org/2000/svg';
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Links within the logo (`#gradient`) and embedded raster images are all a logo needs. */
const ownReference = /^\s*#/;
const embeddedImage = /^\s*data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;
/** CSS that reaches outside the logo, or runs something. */
const reachingCss = /@import|url\(\s*(?!['"]?\s*#)|expression\s*\(|javascript:/i;
/** What must never be left after cleaning: if it is, the cleaning missed something. */
const leftover = /<script|<foreignobject|<iframe|\son[a-z]+\s*=|javascript:|@import|href\s*=\s*["'](?!#|data:image\/)/i;

/** Reads and checks the logo at `file`: an SVG comes back cleaned; throws `UnsafeLogo`. */
export function checkLogo(file: string): CheckedLogo {
  const bytes = readFileSync(file);
  if (/\.png$/i.test(file)) {
    if (!bytes.subarray(0, 8).equals(pngSignature))
      throw new UnsafeLogo('is not a PNG image (it does not start like one): export the logo again as PNG or SVG');
    return { removed: [] };
  }
  return cleanSvg(bytes.toString('utf8'));
}

/** `text` as a standalone SVG with nothing that runs or reaches outside it. */
export function cleanSvg(text: string): CheckedLogo {
  // A DOCTYPE with declarations of its own can define entities that hide or multiply content.
  if (/<!DOCTYPE[^>]*\[/i.test(text) || /<!ENTITY/i.test(text))
    throw new UnsafeLogo(
      'declares its own DOCTYPE entities, which can hide content: export it again as plain SVG (in Inkscape, "Plain SVG")',
    );
  let dom: JSDOM;
  try {
    dom = new JSDOM(text, { contentType: 'image/svg+xml' });
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0]!.replace(/^about:blank:/, 'line ');
    throw new UnsafeLogo(`is not well-formed SVG (${reason}): export it again from your drawing program`);
  }
  const { window } = dom;
  const root = window.document.documentElement;
  if (root.namespaceURI !== svgNamespace || root.localName !== 'svg')
    throw new UnsafeLogo(
      `is not an SVG image (it starts with <${root.localName}>): use an SVG file whose first element is <svg>`,
    );

  const removed = new Set<string>();
  for (const element of [root, ...root.querySelectorAll('*')]) {
    if (element.localName === 'style' && reachingCss.test(element.textContent ?? '')) {
      removed.add('<style> with @import or url()');
      element.remove();
      continue;
    }
    for (const attribute of [...element.attributes]) {
      const isLink = attribute.localName === 'href';
      const allowed = isLink
        ? ownReference.test(attribute.value) || (element.localName === 'image' && embeddedImage.test(attribute.value))
        : !reachingCss.test(attribute.value);
      if (allowed) continue;
      removed.add(`${attribute.name}="${attribute.value.slice(0, 30)}${attribute.value.length > 30 ? '…' : ''}"`);
      element.removeAttributeNode(attribute);
    }
  }

  const purify = createDOMPurify(window);
  // `<use>` is safe once it can only point inside the logo (above); DOMPurify leaves it out by
  // default, and `role` (an image's role for screen readers) too.
  purify.sanitize(root, {
    USE_PROFILES: { svg: true, svgFilters: true },
    ADD_TAGS: ['use'],
    ADD_ATTR: ['role'],
    IN_PLACE: true,
  });
  for (const item of purify.removed)
    removed.add('element' in item ? `<${item.element.nodeName}>` : (item.attribute?.name ?? 'an attribute'));

  const svg = new window.XMLSerializer().serializeToString(root);
  window.close();
  if (leftover.test(svg) || !/<[a-z]/i.test(svg.slice(1)))
    throw new UnsafeLogo(
      'could not be made safe: after cleaning it still holds script or links, or nothing is left to draw. Export it again as plain SVG (shapes and text only)',
    );
  return { svg, removed: [...removed] };
}

/**
 * The patient's QR code, drawn in the browser by qrcode-generator (loaded only on the handout
 * page, as this lazy chunk). Error correction M (15%) keeps the symbol small for a URL of about
 * 100 characters (version 6: 41 modules, 49 with the 4-module quiet zone the standard asks), so
 * printed 30 mm wide each module is about 0.6 mm: phone cameras read printed codes reliably from
 * about 0.4 mm, and M still recovers a smudge or a fold. The SVG is one path, drawn with
 * attributes only (no inline style, which the site's CSP forbids).
 */
import qrcode from 'qrcode-generator';

const quietZone = 4;

export function qrSvg(text: string, label: string): SVGSVGElement {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const count = code.getModuleCount();
  const size = count + 2 * quietZone;
  let path = '';
  for (let row = 0; row < count; row++)
    for (let col = 0; col < count; col++)
      if (code.isDark(row, col)) path += `M${col + quietZone} ${row + quietZone}h1v1h-1z`;
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(ns, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  const modules = document.createElementNS(ns, 'path');
  modules.setAttribute('d', path);
  modules.setAttribute('fill', '#000');
  svg.append(background, modules);
  return svg;
}

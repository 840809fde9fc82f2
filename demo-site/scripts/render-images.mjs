// Renders the demo site's chart, infographics and contributor avatars from hand-written SVG to
// PNG in public/images/. Run it after changing a figure: `node scripts/render-images.mjs`.
// The PNGs are committed, so building the site never needs this script.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const siteRoot = fileURLToPath(new URL('..', import.meta.url));
const imagesDir = join(siteRoot, 'public/images');

// ---------------------------------------------------------------------------------------------
// Fonts. resvg reads TrueType/OpenType only and @fontsource ships Inter as WOFF, so unpack the
// WOFF tables (zlib-compressed sfnt tables) back into a plain sfnt file.

function woffToSfnt(woff) {
  if (woff.toString('ascii', 0, 4) !== 'wOFF') throw new Error('not a WOFF file');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const tag = woff.toString('ascii', at, at + 4);
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const checksum = woff.readUInt32BE(at + 16);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : raw;
    tables.push({ tag, checksum, data });
  }
  const headerLength = 12 + numTables * 16;
  const padded = (n) => (n + 3) & ~3;
  const total = tables.reduce((sum, t) => sum + padded(t.data.length), headerLength);
  const out = Buffer.alloc(total);
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);
  let dataAt = headerLength;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    out.write(t.tag, at, 'ascii');
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(dataAt, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, dataAt);
    dataAt += padded(t.data.length);
  });
  return out;
}

const fontDir = mkdtempSync(join(tmpdir(), 'tallyhouse-fonts-'));
const interDir = dirname(require.resolve('@fontsource/inter/package.json'));
const fontFiles = [400, 500, 600, 700, 800].map((weight) => {
  const woff = readFileSync(join(interDir, `files/inter-latin-${weight}-normal.woff`));
  const file = join(fontDir, `inter-${weight}.ttf`);
  writeFileSync(file, woffToSfnt(woff));
  return file;
});

function render(name, svg, width) {
  const resvg = new Resvg(svg, {
    fitTo: width ? { mode: 'width', value: width } : { mode: 'original' },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter' },
    textRendering: 1,
  });
  const image = resvg.render();
  const file = join(imagesDir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, image.asPng());
  console.log(`${name}: ${image.width}x${image.height}`);
}

// ---------------------------------------------------------------------------------------------
// Shared look.

const c = {
  ink: '#1b2420',
  soft: '#4a5651',
  faint: '#6f7b76',
  paper: '#fbfaf7',
  rule: '#e3e0d8',
  brand: '#1f5a45',
  brandDark: '#153f31',
  brandTint: '#e6f0eb',
  brandMid: '#8fb5a5',
  accent: '#d9702b',
  accentLight: '#f0a060',
  accentTint: '#fbeee4',
  red: '#a8361a',
};

const escapeXml = (text) =>
  String(text).replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]);

function text(x, y, content, { size = 24, weight = 400, fill = c.ink, anchor = 'start', spacing = 0, opacity } = {}) {
  const extra = [
    anchor !== 'start' ? `text-anchor="${anchor}"` : '',
    spacing ? `letter-spacing="${spacing}"` : '',
    opacity !== undefined ? `fill-opacity="${opacity}"` : '',
  ].join(' ');
  return `<text x="${x}" y="${y}" font-family="Inter" font-size="${size}" font-weight="${weight}" fill="${fill}" ${extra}>${escapeXml(content)}</text>`;
}

function logoMark(x, y, size) {
  const s = size / 32;
  return `<g transform="translate(${x} ${y}) scale(${s})">
    <rect width="32" height="32" rx="7" fill="${c.brand}"/>
    <path d="M9 8v16M13.7 8v16M18.3 8v16M23 8v16" stroke="#fff" stroke-width="2.6" stroke-linecap="round"/>
    <path d="M6.5 21.5 25.5 10.5" stroke="${c.accentLight}" stroke-width="2.8" stroke-linecap="round"/>
  </g>`;
}

const svgOpen = (w, h) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`;

// ---------------------------------------------------------------------------------------------
// Figure 1 of the research report: share of late invoices by industry.

const industries = [
  ['Construction and trades', 41],
  ['Creative and marketing services', 36],
  ['Professional services', 31],
  ['Wholesale and distribution', 28],
  ['IT and software services', 26],
  ['Hospitality and events', 23],
  ['Health and wellness', 19],
  ['Retail and e-commerce', 14],
];

function lateByIndustryChart() {
  const w = 1600;
  const h = 1000;
  const left = 620;
  const perPoint = 17.4;
  const top = 222;
  const row = 70;
  const barHeight = 44;
  const parts = [svgOpen(w, h), `<rect width="${w}" height="${h}" fill="#ffffff"/>`];
  parts.push(text(80, 104, 'Share of invoices paid late, by industry', { size: 46, weight: 700 }));
  parts.push(
    text(80, 156, 'Invoices paid after their due date. 10,416 invoices from 1,011 US small businesses, July–August 2026.', {
      size: 24,
      fill: c.soft,
    }),
  );
  // The all-respondents bar sits below the industries, after a small gap, in a neutral colour.
  const rows = [...industries.map(([label, value], i) => ({ label, value, y: top + i * row, fill: i === 0 ? c.accent : c.brand }))];
  const totalY = top + industries.length * row + 22;
  rows.push({ label: 'All respondents', value: 29, y: totalY, fill: '#59625e', bold: true });
  const bottom = totalY + barHeight + 18;
  for (let p = 0; p <= 50; p += 10) {
    const x = left + p * perPoint;
    parts.push(`<line x1="${x}" y1="${top - 18}" x2="${x}" y2="${bottom}" stroke="${p === 0 ? '#9aa39f' : c.rule}" stroke-width="${p === 0 ? 2 : 1.5}"/>`);
    parts.push(text(x, bottom + 34, `${p}%`, { size: 22, fill: c.faint, anchor: 'middle' }));
  }
  parts.push(`<line x1="${left - 300}" y1="${totalY - 14}" x2="${left + 50 * perPoint}" y2="${totalY - 14}" stroke="${c.rule}" stroke-width="2"/>`);
  for (const { label, value, y, fill, bold } of rows) {
    const barWidth = value * perPoint;
    parts.push(text(left - 24, y + barHeight / 2 + 9, label, { size: 26, weight: bold ? 700 : 500, anchor: 'end' }));
    parts.push(`<rect x="${left}" y="${y}" width="${barWidth}" height="${barHeight}" rx="4" fill="${fill}"/>`);
    parts.push(text(left + barWidth + 14, y + barHeight / 2 + 10, `${value}%`, { size: 28, weight: 700, fill }));
  }
  parts.push(`<line x1="80" y1="${h - 92}" x2="${w - 80}" y2="${h - 92}" stroke="${c.rule}" stroke-width="2"/>`);
  parts.push(
    text(80, h - 48, 'Source: Tallyhouse, The State of Small Business Cash Flow 2026 (survey of 1,204 US small businesses).', {
      size: 21,
      fill: c.faint,
    }),
  );
  parts.push(logoMark(w - 80 - 262, h - 74, 36));
  parts.push(text(w - 80, h - 46, 'tallyhouse.example', { size: 22, weight: 600, fill: c.brand, anchor: 'end' }));
  parts.push('</svg>');
  return parts.join('\n');
}

// ---------------------------------------------------------------------------------------------
// The tall infographic: anatomy of a late invoice.

function anatomyInfographic() {
  const w = 1200;
  const h = 3340;
  const m = 90;
  const parts = [svgOpen(w, h), `<rect width="${w}" height="${h}" fill="${c.paper}"/>`];

  // Header band.
  parts.push(`<rect width="${w}" height="470" fill="${c.brand}"/>`);
  parts.push(`<g opacity="0.09" stroke="#fff" stroke-width="14" stroke-linecap="round">
    <path d="M930 90v220M985 90v220M1040 90v220M1095 90v220"/><path d="M900 270 1125 130"/></g>`);
  parts.push(text(m, 120, 'TALLYHOUSE RESEARCH  ·  2026', { size: 24, weight: 700, fill: c.accentLight, spacing: 3 }));
  parts.push(text(m, 232, 'Anatomy of a', { size: 92, weight: 800, fill: '#ffffff', spacing: -2 }));
  parts.push(text(m, 338, 'late invoice', { size: 92, weight: 800, fill: c.accentLight, spacing: -2 }));
  parts.push(text(m, 410, 'What happens between “sent” and “paid”, from our survey of', { size: 30, fill: '#ffffff', opacity: 0.88 }));
  parts.push(text(m, 450, '1,204 US small businesses and 10,416 of their invoices.', { size: 30, fill: '#ffffff', opacity: 0.88 }));

  // Timeline of a net-30 invoice.
  let y = 560;
  parts.push(text(m, y, 'The life of a net-30 invoice', { size: 44, weight: 700 }));
  parts.push(text(m, y + 46, 'Days from the invoice date until the money arrives', { size: 26, fill: c.soft }));
  const x0 = m + 10;
  const x1 = w - m - 10;
  const perDay = (x1 - x0) / 60;
  const dayX = (d) => x0 + d * perDay;
  const lineY = 850;
  parts.push(`<rect x="${dayX(30)}" y="${lineY - 26}" width="${x1 - dayX(30)}" height="52" rx="6" fill="${c.accentTint}"/>`);
  parts.push(text(x1, lineY - 40, 'OVERDUE', { size: 20, weight: 700, fill: c.accent, anchor: 'end', spacing: 2 }));
  parts.push(text(x1, lineY + 50, '60 days', { size: 20, weight: 600, fill: c.faint, anchor: 'end' }));
  parts.push(`<line x1="${x0}" y1="${lineY}" x2="${x1}" y2="${lineY}" stroke="${c.ink}" stroke-width="4" stroke-linecap="round"/>`);
  for (let d = 0; d <= 60; d += 10) {
    parts.push(`<line x1="${dayX(d)}" y1="${lineY - 10}" x2="${dayX(d)}" y2="${lineY + 10}" stroke="${c.ink}" stroke-width="3"/>`);
  }
  const marker = (d, label, value, { above, length, anchor, color }) => {
    const x = dayX(d);
    const y2 = above ? lineY - length : lineY + length;
    const tx = anchor === 'end' ? x - 14 : anchor === 'start' ? x + 14 : x;
    const out = [
      `<line x1="${x}" y1="${lineY}" x2="${x}" y2="${y2}" stroke="${color}" stroke-width="3"/>`,
      `<circle cx="${x}" cy="${lineY}" r="11" fill="${color}" stroke="#fff" stroke-width="4"/>`,
    ];
    const valueY = above ? y2 + 24 : y2 - 34;
    out.push(text(tx, valueY, value, { size: 34, weight: 800, fill: color, anchor }));
    out.push(text(tx, valueY + 32, label, { size: 22, weight: 500, fill: c.soft, anchor }));
    return out.join('\n');
  };
  parts.push(marker(0, 'Invoice sent', 'Day 0', { above: true, length: 130, anchor: 'start', color: c.brand }));
  parts.push(marker(30, 'Due date on net 30', 'Day 30', { above: true, length: 130, anchor: 'end', color: c.ink }));
  parts.push(marker(38, 'Average invoice paid', 'Day 38', { above: true, length: 130, anchor: 'start', color: c.accent }));
  parts.push(marker(34, 'Median invoice paid', 'Day 34', { above: false, length: 140, anchor: 'end', color: c.brand }));
  parts.push(marker(44, 'Median in construction', 'Day 44', { above: false, length: 140, anchor: 'start', color: c.red }));

  // Waffle: 29 of 100 invoices late, 5 of them 60+ days late.
  y = 1110;
  parts.push(`<line x1="${m}" y1="${y - 60}" x2="${w - m}" y2="${y - 60}" stroke="${c.rule}" stroke-width="2"/>`);
  const cell = 36;
  const gap = 7;
  for (let i = 0; i < 100; i++) {
    const col = i % 10;
    const rowIndex = Math.floor(i / 10);
    const fill = i < 5 ? c.red : i < 29 ? c.accent : c.brandTint;
    parts.push(`<rect x="${m + col * (cell + gap)}" y="${y + rowIndex * (cell + gap)}" width="${cell}" height="${cell}" rx="6" fill="${fill}"/>`);
  }
  const tx = m + 10 * (cell + gap) + 50;
  parts.push(text(tx, y + 120, '29%', { size: 150, weight: 800, fill: c.accent, spacing: -4 }));
  parts.push(text(tx, y + 178, 'of invoices are paid after', { size: 34, weight: 600 }));
  parts.push(text(tx, y + 220, 'their due date', { size: 34, weight: 600 }));
  parts.push(`<rect x="${tx}" y="${y + 272}" width="26" height="26" rx="5" fill="${c.red}"/>`);
  parts.push(text(tx + 40, y + 294, '5% are paid more than 60 days late', { size: 26, fill: c.soft }));
  parts.push(`<rect x="${tx}" y="${y + 318}" width="26" height="26" rx="5" fill="${c.accent}"/>`);
  parts.push(text(tx + 40, y + 340, '24% are paid 1 to 60 days late', { size: 26, fill: c.soft }));
  parts.push(`<rect x="${tx}" y="${y + 364}" width="26" height="26" rx="5" fill="${c.brandTint}"/>`);
  parts.push(text(tx + 40, y + 386, '71% are paid on time', { size: 26, fill: c.soft }));

  // Late share by invoice size.
  y = 1690;
  parts.push(`<line x1="${m}" y1="${y - 90}" x2="${w - m}" y2="${y - 90}" stroke="${c.rule}" stroke-width="2"/>`);
  parts.push(text(m, y, 'Bigger invoices, later payments', { size: 44, weight: 700 }));
  parts.push(text(m, y + 46, 'Share of invoices paid late, by invoice amount', { size: 26, fill: c.soft }));
  const sizes = [
    ['Under $500', 22],
    ['$500 to $2,499', 28],
    ['$2,500 to $9,999', 34],
    ['$10,000 to $49,999', 41],
    ['$50,000 and over', 48],
  ];
  const barLeft = m + 290;
  const perPoint = 11.5;
  sizes.forEach(([label, value], i) => {
    const by = y + 100 + i * 66;
    parts.push(text(barLeft - 20, by + 32, label, { size: 26, weight: 500, anchor: 'end' }));
    parts.push(`<rect x="${barLeft}" y="${by}" width="${50 * perPoint}" height="44" rx="6" fill="${c.brandTint}"/>`);
    const shade = ['#e9a36f', '#e38f52', c.accent, '#c55a1c', c.red][i];
    parts.push(`<rect x="${barLeft}" y="${by}" width="${value * perPoint}" height="44" rx="6" fill="${shade}"/>`);
    parts.push(text(barLeft + value * perPoint + 14, by + 33, `${value}%`, { size: 30, weight: 800, fill: shade }));
  });

  // The cost of chasing: four tiles.
  y = 2240;
  parts.push(`<line x1="${m}" y1="${y - 90}" x2="${w - m}" y2="${y - 80}" stroke="${c.rule}" stroke-width="2"/>`);
  parts.push(text(m, y, 'What chasing costs', { size: 44, weight: 700 }));
  parts.push(text(m, y + 46, 'In the past 12 months, because a customer paid late…', { size: 26, fill: c.soft }));
  const tiles = [
    ['5.6 hrs', 'a month spent chasing', 'unpaid invoices'],
    ['38%', 'of owners delayed', 'paying themselves'],
    ['22%', 'borrowed on a card or loan', 'to cover the gap'],
    ['14%', 'of employers delayed', 'payroll at least once'],
  ];
  const tileW = (w - 2 * m - 30) / 2;
  tiles.forEach(([value, line1, line2], i) => {
    const tx2 = m + (i % 2) * (tileW + 30);
    const ty = y + 90 + Math.floor(i / 2) * 190;
    parts.push(`<rect x="${tx2}" y="${ty}" width="${tileW}" height="165" rx="14" fill="#ffffff" stroke="${c.rule}" stroke-width="2"/>`);
    parts.push(text(tx2 + 32, ty + 82, value, { size: 64, weight: 800, fill: c.brand, spacing: -1 }));
    parts.push(text(tx2 + 32, ty + 118, line1, { size: 24, fill: c.soft }));
    parts.push(text(tx2 + 32, ty + 146, line2, { size: 24, fill: c.soft }));
  });

  // What shortens the wait: three comparisons.
  y = 2830;
  parts.push(`<line x1="${m}" y1="${y - 90}" x2="${w - m}" y2="${y - 90}" stroke="${c.rule}" stroke-width="2"/>`);
  parts.push(text(m, y, 'What shortens the wait', { size: 44, weight: 700 }));
  parts.push(text(m, y + 46, 'Businesses that do these things get paid sooner', { size: 26, fill: c.soft }));
  const helps = [
    ['21%', 'vs 33% without', 'invoices paid late with', 'automatic reminders'],
    ['27 days', 'vs 36 without', 'median wait with a card', 'or bank pay link'],
    ['24%', 'vs 31% without', 'paid late when a deposit', 'is taken on large jobs'],
  ];
  const helpW = (w - 2 * m - 2 * 24) / 3;
  helps.forEach(([value, versus, line1, line2], i) => {
    const hx = m + i * (helpW + 24);
    const hy = y + 88;
    parts.push(`<rect x="${hx}" y="${hy}" width="${helpW}" height="230" rx="14" fill="${c.brand}"/>`);
    parts.push(text(hx + 28, hy + 78, value, { size: 58, weight: 800, fill: '#ffffff', spacing: -1 }));
    parts.push(text(hx + 28, hy + 116, versus, { size: 24, weight: 600, fill: c.accentLight }));
    parts.push(text(hx + 28, hy + 166, line1, { size: 22, fill: '#ffffff', opacity: 0.85 }));
    parts.push(text(hx + 28, hy + 194, line2, { size: 22, fill: '#ffffff', opacity: 0.85 }));
  });

  // Footer band.
  const fy = h - 150;
  parts.push(`<rect y="${fy}" width="${w}" height="150" fill="${c.brandDark}"/>`);
  parts.push(logoMark(m, fy + 44, 60));
  parts.push(text(m + 80, fy + 70, 'Tallyhouse', { size: 32, weight: 700, fill: '#ffffff' }));
  parts.push(text(m + 80, fy + 104, 'tallyhouse.example/articles/anatomy-of-a-late-invoice', { size: 22, fill: '#ffffff', opacity: 0.8 }));
  parts.push(text(w - m, fy + 70, 'Source: The State of Small Business', { size: 22, fill: '#ffffff', opacity: 0.8, anchor: 'end' }));
  parts.push(text(w - m, fy + 100, 'Cash Flow 2026 · CC BY 4.0', { size: 22, fill: '#ffffff', opacity: 0.8, anchor: 'end' }));
  parts.push('</svg>');
  return parts.join('\n');
}

// ---------------------------------------------------------------------------------------------
// The small infographic (800 px wide on purpose: the linter's `infographic-too-small` case).

function lateFeeCheatSheet() {
  const w = 800;
  const h = 1040;
  const m = 56;
  const parts = [svgOpen(w, h), `<rect width="${w}" height="${h}" fill="#ffffff"/>`];
  parts.push(`<rect width="${w}" height="220" fill="${c.accentTint}"/>`);
  parts.push(text(m, 76, 'CHEAT SHEET', { size: 20, weight: 700, fill: c.accent, spacing: 3 }));
  parts.push(text(m, 140, 'Late fees at a glance', { size: 54, weight: 800, spacing: -1 }));
  parts.push(text(m, 186, 'When to charge one, and how to work it out', { size: 24, fill: c.soft }));

  let y = 290;
  const block = (title, lines) => {
    parts.push(`<rect x="${m}" y="${y - 40}" width="8" height="${lines.length * 34 + 52}" rx="4" fill="${c.brand}"/>`);
    parts.push(text(m + 30, y, title, { size: 28, weight: 700 }));
    lines.forEach((line, i) => parts.push(text(m + 30, y + 44 + i * 34, line, { size: 23, fill: c.soft })));
    y += lines.length * 34 + 86;
  };
  block('1. Put it in the agreement first', ['A fee you did not agree in advance', 'is hard to collect and easy to dispute.']);
  block('2. Check your state’s limit', ['Many states cap late fees or interest', 'on business debts. Ask your accountant.']);
  block('3. Work it out simply', ['Invoice $2,400, fee 1.5% a month,', '30 days late: $2,400 × 1.5% = $36.']);
  block('4. Remind before you charge', ['Send a reminder on the due date and', 'a week later. Charge after that.']);

  parts.push(`<rect x="${m}" y="${h - 170}" width="${w - 2 * m}" height="96" rx="12" fill="${c.brandTint}"/>`);
  parts.push(text(m + 28, h - 119, '46% of small businesses have a late fee clause.', { size: 22, weight: 600, fill: c.brandDark }));
  parts.push(text(m + 28, h - 89, 'Only 18% charged a late fee in the past year.', { size: 22, weight: 600, fill: c.brandDark }));
  parts.push(text(m, h - 28, 'Tallyhouse · State of Small Business Cash Flow 2026', { size: 18, fill: c.faint }));
  parts.push('</svg>');
  return parts.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Contributor avatars: monograms until real photos arrive.

const avatars = [
  ['priya-raman', 'PR', '#1f5a45'],
  ['marcus-oyelaran', 'MO', '#3b4a8a'],
  ['dana-whitcombe', 'DW', '#8a3f10'],
  ['tomas-lindqvist', 'TL', '#5b4a2a'],
  ['hannah-cho', 'HC', '#7a2e55'],
];

function avatar(initials, color) {
  return `${svgOpen(400, 400)}
    <rect width="400" height="400" fill="${color}"/>
    <circle cx="330" cy="70" r="150" fill="#ffffff" fill-opacity="0.07"/>
    ${text(200, 252, initials, { size: 150, weight: 700, fill: '#ffffff', anchor: 'middle', spacing: -4 })}
  </svg>`;
}

try {
  render('late-payments-by-industry.png', lateByIndustryChart());
  render('anatomy-of-a-late-invoice.png', anatomyInfographic());
  render('late-fee-cheat-sheet.png', lateFeeCheatSheet());
  for (const [id, initials, color] of avatars) render(`contributors/${id}.png`, avatar(initials, color));
} finally {
  rmSync(fontDir, { recursive: true, force: true });
}

// outreach.html: one self-contained page for PR staff. Assets ranked by readiness, each with its card, pitch, figures,
// embed code and a filterable, sortable table of sites to pitch. No network requests: styles, script and images are
// inline, and a Content-Security-Policy forbids anything else. Every value from content or imports is escaped.
import { createHash } from 'node:crypto';
import type { OutreachAsset, OutreachManifest, OutreachTarget, TargetReason } from '../types.js';
import { TARGET_REASONS } from '../types.js';
import { READINESS_LABELS, REASON_ADVICE, REASON_LABELS, TYPE_LABELS, longDate } from './labels.js';
import { REPORT_SCRIPT } from './html-script.js';
import { REPORT_STYLE } from './html-style.js';
import type { Thumbnail } from './thumbnails.js';

/** Text and attribute values: the five characters that can end a text run or an attribute. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** An href only for web and mail addresses; `javascript:`, `data:` and the rest from an import stay plain text. */
function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  if (/^https?:\/\/[^\s"'<>]+$/i.test(trimmed)) return trimmed;
  if (/^[^\s@<>"'()]+@[^\s@<>"'()]+\.[^\s@<>"'()]+$/.test(trimmed)) return `mailto:${trimmed}`;
  return undefined;
}

function link(url: string | null | undefined, text: string, className = ''): string {
  const href = safeHref(url);
  const classes = className ? ` class="${className}"` : '';
  return href ? `<a href="${escapeHtml(href)}"${classes} rel="noopener noreferrer" target="_blank">${escapeHtml(text)}</a>` : `<span${classes}>${escapeHtml(text)}</span>`;
}

/** `https://www.example.org/reports/2025/` → `example.org/reports/2025`. */
function shortAddress(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '').replace(/[?#].*$/, '').replace(/\/$/, '');
}

function hash(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

export function outreachHtml(manifest: OutreachManifest, thumbnails: Map<string, Thumbnail>): string {
  const { assets } = manifest;
  const domains = new Set(assets.flatMap((asset) => asset.targets.map((target) => target.domain)));
  const contacts = new Set(assets.flatMap((asset) => asset.targets.filter((target) => target.contact).map((target) => target.domain)));
  const ready = assets.filter((asset) => asset.readiness === 'ready').length;
  // Only the inline style and script written here may run; images only from data: URIs. A hostile value that slipped
  // past escaping still could not load or run anything.
  const policy = `default-src 'none'; img-src data:; style-src ${hash(REPORT_STYLE)}; script-src ${hash(REPORT_SCRIPT)}; base-uri 'none'; form-action 'none'`;
  const siteName = escapeHtml(manifest.site.name);

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Outreach plan · ${siteName}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header class="masthead">
  <div class="wrap">
    <p class="eyebrow">Outreach plan</p>
    <h1>${siteName}</h1>
    <p class="meta">Prepared ${escapeHtml(longDate(manifest.generatedAt))}${manifest.site.url ? ` for ${link(manifest.site.url, manifest.site.url.replace(/^https?:\/\//, ''))}` : ''}</p>
    <div class="summary">
      <div><strong>${assets.length}</strong><span>${assets.length === 1 ? 'page to pitch' : 'pages to pitch'}</span></div>
      <div><strong>${ready}</strong><span>ready now</span></div>
      <div><strong>${domains.size}</strong><span>${domains.size === 1 ? 'site to contact' : 'sites to contact'}</span></div>
      <div><strong>${contacts.size}</strong><span>with a contact</span></div>
    </div>
  </div>
</header>
<main class="wrap">
${howTo()}
${overview(assets)}
${assets.map((asset) => assetSection(asset, thumbnails.get(asset.id))).join('\n')}
${reasonKey()}
</main>
<footer class="wrap"><p>Made by astro-linkable from the site's content and the team's exports. Scores are suggestions, not verdicts: you know your contacts best.</p></footer>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

function howTo(): string {
  return `<section class="panel howto">
  <h3>How to use this page</h3>
  <ol>
    <li>Pages are listed from the readiest to pitch to the least ready. Start at the top.</li>
    <li>Each page has a suggested pitch. Copy it, add a greeting and your own first line, and send it to the sites in its table, highest score first.</li>
    <li>Type in a table's filter box to find a site or a word, pick a reason to narrow it down, and click a column heading to sort.</li>
    <li>The same list is in <strong>outreach.csv</strong>, ready for a spreadsheet or your outreach tool.</li>
  </ol>
  <p class="private">This file contains private email addresses. Please don't publish or forward it outside the team.</p>
</section>`;
}

function overview(assets: OutreachAsset[]): string {
  const rows = assets
    .map(
      (asset) => `<tr>
      <td class="num">${asset.rank}</td>
      <td><a href="#asset-${escapeHtml(asset.id)}">${escapeHtml(asset.title)}</a></td>
      <td>${escapeHtml(TYPE_LABELS[asset.type])}</td>
      <td><span class="pill ${asset.readiness}">${escapeHtml(READINESS_LABELS[asset.readiness])}</span></td>
      <td class="num">${asset.score ? `${asset.score.total}<span class="sub">/100</span>` : '–'}</td>
      <td class="num">${asset.targets.length}</td>
    </tr>`,
    )
    .join('\n');
  return `<section class="panel">
  <h3>Pages at a glance</h3>
  <div class="table-scroll"><table>
    <thead><tr><th class="num">#</th><th>Page</th><th>Kind</th><th>Readiness</th><th class="num">Score</th><th class="num">Sites</th></tr></thead>
    <tbody>${rows}</tbody>
  </table></div>
</section>`;
}

function assetSection(asset: OutreachAsset, thumbnail: Thumbnail | undefined): string {
  const id = escapeHtml(asset.id);
  const image = thumbnail
    ? `<img class="thumb" src="${escapeHtml(thumbnail.dataUri)}" width="${thumbnail.width}" height="${thumbnail.height}" alt="${escapeHtml(`Share image for ${asset.title}`)}">`
    : `<div class="thumb placeholder" role="img" aria-label="No share image yet">${escapeHtml(asset.title)}</div>`;
  const facts = [
    asset.published ? ['Published', longDate(asset.published)] : undefined,
    asset.updated ? ['Updated', longDate(asset.updated)] : undefined,
    asset.score ? ['Linkability score', `${asset.score.total}/100`] : undefined,
    ['Sites to pitch', String(asset.targets.length)],
  ].filter((fact): fact is string[] => fact !== undefined);

  return `<article class="asset" id="asset-${id}">
  <div class="asset-head">
    ${image}
    <div>
      <p class="kicker"><span>#${asset.rank}</span><span>${escapeHtml(TYPE_LABELS[asset.type])}</span><span class="pill ${asset.readiness}">${escapeHtml(READINESS_LABELS[asset.readiness])}</span></p>
      <h2>${escapeHtml(asset.title)}</h2>
      <p class="asset-url">${link(asset.url, asset.url)}</p>
      ${asset.description ? `<p class="description">${escapeHtml(asset.description)}</p>` : ''}
      <dl class="facts">${facts.map(([term, value]) => `<div><dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd></div>`).join('')}</dl>
      ${asset.topics.length ? `<p class="topics">${asset.topics.slice(0, 10).map((topic) => `<span class="topic">${escapeHtml(topic)}</span>`).join('')}</p>` : ''}
    </div>
  </div>
  <div class="asset-body">
    <section>
      <h3>Suggested pitch</h3>
      <p class="pitch-text" id="pitch-${id}">${escapeHtml(asset.pitch)}</p>
      <button type="button" class="copy" data-copy="pitch-${id}">Copy pitch</button>
    </section>
    <section class="side">
      ${figures(asset)}
    </section>
    ${embeds(asset)}
    ${people(asset)}
    ${fixes(asset)}
    ${targetsTable(asset)}
  </div>
</article>`;
}

function figures(asset: OutreachAsset): string {
  // A figure with a sentence around it; a bare table cell ("$1,400.00") says nothing on its own.
  const quotable = asset.statistics.filter((statistic) => statistic.text.length >= statistic.value.length + 12);
  if (quotable.length === 0) return `<h3>Key numbers</h3><p class="note">This page states no figures a journalist could quote.</p>`;
  const shown = quotable.slice(0, 3);
  const items = shown
    .map((statistic) => {
      const named = statistic.source && statistic.source.length <= 70 ? statistic.source : undefined;
      const source = statistic.sourceUrl ? `Source: ${link(statistic.sourceUrl, named ?? shortAddress(statistic.sourceUrl))}` : statistic.own ? 'Our own finding' : '';
      return `<li><span class="value">${escapeHtml(statistic.value)}</span>${escapeHtml(statistic.text)}${source ? `<br><span class="source">${source}</span>` : ''}</li>`;
    })
    .join('');
  const more = asset.statistics.length - shown.length;
  return `<h3>Key numbers</h3><ul class="figures">${items}</ul>${more > 0 ? `<p class="note">And ${more} more on the page.</p>` : ''}`;
}

function embeds(asset: OutreachAsset): string {
  const blocks: string[] = [];
  asset.infographics.forEach((infographic, index) => {
    if (!infographic.embedHtml) return;
    const codeId = `embed-${escapeHtml(asset.id)}-${index}`;
    blocks.push(`<div class="embed">
        <p><strong>${escapeHtml(infographic.title || infographic.alt || 'Infographic')}</strong></p>
        <pre class="code"><code id="${codeId}">${escapeHtml(infographic.embedHtml)}</code></pre>
        <button type="button" class="copy" data-copy="${codeId}">Copy embed code</button>
      </div>`);
  });
  const datasets = asset.datasets.map((dataset) => `<li>${link(dataset.url, dataset.name)} <span class="sub">(${dataset.rows} rows, ${dataset.columns.length} columns, CSV)</span></li>`);
  if (blocks.length === 0 && datasets.length === 0) return '';
  return `<section class="wide">
      <h3>${blocks.length ? 'Embed code and data to offer' : 'Data to offer'}</h3>
      ${blocks.length ? '<p class="note">Sites that republish the infographic paste this code; it credits and links back to the page.</p>' : '<p class="note">Journalists and researchers can download the figures behind the page.</p>'}
      ${blocks.join('\n')}
      ${datasets.length ? `<p><strong>Downloadable data</strong></p><ul>${datasets.join('')}</ul>` : ''}
    </section>`;
}

function people(asset: OutreachAsset): string {
  if (asset.contributors.length === 0) return '';
  const items = asset.contributors
    .map((person) => {
      const parts = [`<strong>${escapeHtml(person.name)}</strong>`];
      if (person.website) parts.push(link(person.website, shortAddress(person.website)));
      if (person.profileUrl) parts.push(link(person.profileUrl, 'their page on the site'));
      return `<li>${parts.join(' · ')}</li>`;
    })
    .join('');
  return `<section class="wide">
      <h3>Tell the people featured</h3>
      <p class="note">They are quoted on this page. A short note that it is live (with the link) is often all it takes for them to share it.</p>
      <ul class="people">${items}</ul>
    </section>`;
}

function fixes(asset: OutreachAsset): string {
  if (asset.findings.length === 0) return '';
  const items = asset.findings
    .slice(0, 8)
    .map((finding) => `<li>${finding.severity === 'error' ? '<span class="must">Must fix:</span> ' : ''}${escapeHtml(finding.message)}</li>`)
    .join('');
  const more = asset.findings.length > 8 ? `<p class="note">And ${asset.findings.length - 8} more; ask the page's author.</p>` : '';
  return `<section class="wide">
      <h3>Worth fixing before you pitch</h3>
      <p class="note">Notes for the page's author from the site's checks.</p>
      <ul class="fixes">${items}</ul>${more}
    </section>`;
}

function targetsTable(asset: OutreachAsset): string {
  const id = escapeHtml(asset.id);
  if (asset.targets.length === 0) {
    return `<section class="wide"><h3>Who to pitch</h3><p class="note">No sites matched this page yet. Add prospects or competitor backlink exports to find some.</p></section>`;
  }
  const present = TARGET_REASONS.filter((reason) => asset.targets.some((target) => target.reasons.includes(reason)));
  const options = present.map((reason) => `<option value="${reason}">${escapeHtml(REASON_LABELS[reason])}</option>`).join('');
  return `<section class="wide" data-targets>
      <h3>Who to pitch</h3>
      <div class="controls">
        <label>Filter<input type="search" placeholder="Site, reason, word…" aria-controls="targets-${id}"></label>
        <label>Reason<select aria-controls="targets-${id}"><option value="">All reasons</option>${options}</select></label>
        <span class="count" aria-live="polite">${asset.targets.length} of ${asset.targets.length} sites shown</span>
      </div>
      <div class="table-scroll"><table id="targets-${id}">
        <thead><tr>
          <th class="num" aria-sort="descending"><button type="button" data-sort="score" data-type="number">Score</button></th>
          <th class="site-col"><button type="button" data-sort="domain">Site and contact</button></th>
          <th><button type="button" data-sort="reason">Why them</button></th>
          <th class="num"><button type="button" data-sort="authority" data-type="number">Authority</button></th>
        </tr></thead>
        <tbody>
${asset.targets.map(targetRow).join('\n')}
          <tr class="empty-row hidden"><td colspan="4" class="empty">No sites match. Clear the filter to see them all.</td></tr>
        </tbody>
      </table></div>
    </section>`;
}

function targetRow(target: OutreachTarget): string {
  const band = target.score >= 75 ? 'high' : target.score >= 50 ? 'mid' : 'low';
  const reasons = target.reasons.map((reason: TargetReason, index) => `<span class="reason${index === 0 ? ' primary' : ''}">${escapeHtml(REASON_LABELS[reason])}</span>`).join('');
  const name = target.name && target.name !== target.domain ? `<div class="sub">${escapeHtml(target.name)}</div>` : '';
  const contact = target.contact ? `<div class="contact">${link(target.contact, target.contact)}</div>` : '<div class="sub">No contact yet</div>';
  return `          <tr data-domain="${escapeHtml(target.domain)}" data-score="${target.score}" data-authority="${target.authority ?? ''}" data-reason="${escapeHtml(REASON_LABELS[target.reason])}" data-reasons="${target.reasons.join(' ')}">
            <td class="num"><span class="score ${band}">${target.score}</span></td>
            <td class="site-col">${link(target.url, target.domain, 'site')}${name}${contact}</td>
            <td class="why"><div class="reasons">${reasons}</div>${escapeHtml(target.why)}</td>
            <td class="num">${target.authority ?? '–'}</td>
          </tr>`;
}

function reasonKey(): string {
  const rows = TARGET_REASONS.map((reason) => `<dt>${escapeHtml(REASON_LABELS[reason])}</dt><dd>${escapeHtml(REASON_ADVICE[reason])}</dd>`).join('');
  return `<section class="panel key">
  <h3>What the reasons and numbers mean</h3>
  <dl>${rows}
    <dt>Score</dt><dd>0 to 100: how promising the pitch looks, from how closely the site matches the page and how strong the site is. Several reasons for the same site add a little.</dd>
    <dt>Authority</dt><dd>How strong the site is, 0 to 100, as your SEO tool rates it (Ahrefs Domain Rating, Semrush Authority Score) or as your prospect list says.</dd>
    <dt>Readiness</dt><dd>From the page's linkability score and the site's checks: "Needs work first" pages have something to fix before a journalist sees them.</dd>
  </dl>
</section>`;
}

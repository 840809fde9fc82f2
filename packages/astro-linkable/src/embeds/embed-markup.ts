// The HTML around snippets and downloads (embed box, dataset link, copy button), shared by components and injection.
import { escapeHtml } from './escaping.js';
import type { License } from './licenses.js';

/** A copy button for the element with id `targetId`; hidden until the copy script runs. */
export function copyButtonHtml(targetId: string, label = 'Copy code'): string {
  return `<button type="button" class="linkable-copy" data-linkable-copy="${escapeHtml(targetId)}" hidden>${escapeHtml(label)}</button>`;
}

export interface EmbedBoxInput {
  /** Element id of the box (`linkable-infographic-1`); the code block gets `<id>-code`. */
  id: string;
  /** Marker for de-duplication, e.g. `infographic-1`. */
  key: string;
  snippet: string;
  license?: License;
  /** What is being embedded, e.g. "infographic". */
  noun?: string;
}

/** "Embed this infographic": the terms, the snippet as visible text, and a copy button. */
export function embedBoxHtml(input: EmbedBoxInput): string {
  const noun = input.noun ?? 'infographic';
  const codeId = `${input.id}-code`;
  const terms = input.license
    ? ` under <a href="${escapeHtml(input.license.url)}" rel="license">${escapeHtml(input.license.name === 'licence terms' ? 'these terms' : input.license.name)}</a>`
    : '';
  return (
    `<div class="linkable-embed" id="${escapeHtml(input.id)}" data-linkable-embed="${escapeHtml(input.key)}">` +
    `<p class="linkable-embed__title">Embed this ${escapeHtml(noun)}</p>` +
    `<p class="linkable-embed__terms">Free to republish${terms}: paste this HTML into your page and keep the credit link.</p>` +
    `<pre class="linkable-embed__code"><code id="${escapeHtml(codeId)}">${escapeHtml(input.snippet)}</code></pre>` +
    copyButtonHtml(codeId) +
    `</div>`
  );
}

export interface DatasetLinkInput {
  id: string;
  key: string;
  /** Public path of the CSV. */
  href: string;
  fileName: string;
  rows: number;
  columns: number;
  license?: License;
  /** Link text. */
  label?: string;
}

/** The download link shown next to a table. */
export function datasetLinkHtml(input: DatasetLinkInput): string {
  const meta = [`${input.rows} ${input.rows === 1 ? 'row' : 'rows'}`, `${input.columns} ${input.columns === 1 ? 'column' : 'columns'}`];
  const license = input.license
    ? `, <a href="${escapeHtml(input.license.url)}" rel="license">${escapeHtml(input.license.name === 'licence terms' ? 'licence' : input.license.name)}</a>`
    : '';
  return (
    `<p class="linkable-dataset" id="${escapeHtml(input.id)}" data-linkable-dataset="${escapeHtml(input.key)}">` +
    `<a href="${escapeHtml(input.href)}" download="${escapeHtml(input.fileName)}">${escapeHtml(input.label ?? 'Download this table (CSV)')}</a>` +
    ` <span class="linkable-dataset__meta">${meta.join(', ')}${license}</span>` +
    `</p>`
  );
}

// `original-data-methodology`: original research that does not say how its data was collected.
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'original-data-methodology',
  description: 'Original research with no methodology: no section such as "Methodology" or "About the data", no sample size or period.',
  defaultSeverity: 'warn',
  defaultOptions: {},
  docs: {
    why: 'Editors and researchers check how numbers were made before they cite them; research without a methodology gets quoted less and corrected more.',
    details:
      'Applies to pages of type `original-research`, declared or classified. A methodology is a section whose heading reads like "Methodology", "About the data", "How we did it", "Survey details" or "Data sources"; a link to a methodology page; or sentences that state both a sample size ("n = 500", "we surveyed 1,204 owners", "2,000 respondents", "we analyzed eight million homepages", or a table column of responses) and a period ("between January 5 and 19, 2026", "fielded in March 2026").',
    failing: {
      title: 'Findings with no word on how they were made',
      source: ['---', 'title: The 2026 Meeting Survey', 'linkable:', '  type: original-research', '---', '', 'Our survey found that 62% of remote workers want fewer meetings.', ''].join('\n'),
    },
    passing: {
      title: 'A methodology section',
      source: [
        '---',
        'title: The 2026 Meeting Survey',
        'linkable:',
        '  type: original-research',
        '---',
        '',
        'Our survey found that 62% of remote workers want fewer meetings.',
        '',
        '## Methodology',
        '',
        'We surveyed 500 full-time remote workers online between January 5 and January 19, 2026.',
        '',
      ].join('\n'),
    },
  },
  check(doc, { facts, asset }) {
    if (asset.type !== 'original-research' || facts.hasMethodology) return [];
    const missing = ['no "Methodology" section'];
    if (!facts.methodology.sampleSize) missing.push('no sample size');
    if (!facts.methodology.period) missing.push('no period');
    const span =
      asset.source === 'frontmatter' ? facts.locate.frontmatter(['linkable', 'type']) : (doc.headings[0]?.span ?? facts.locate.documentStart());
    const lead = asset.source === 'classified' ? 'The page reads as original research (its type is classified from its content) but has' : 'Original research with';
    return [
      {
        message: `${lead} no methodology: ${missing.join(', ')}. Say who or what was measured, how many, when and how (or link a methodology page); set \`linkable.type\` if this is not research.`,
        span,
      },
    ];
  },
});

// `infographic-too-small`: an infographic narrower than `minWidth`, where its size can be read.
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'infographic-too-small',
  description: 'An infographic narrower than `minWidth` (default 1000 px) where its size can be read.',
  defaultSeverity: 'warn',
  defaultOptions: { minWidth: 1000 },
  docs: {
    why: 'Sites that embed an infographic show it in their own columns and on high-density screens; a small one looks blurry there, and they pick someone else\'s.',
    details:
      'The width comes from the element\'s `width` attribute, the frontmatter `linkable.infographics` entry, or the image file itself when it is local (in `public/` or next to the page). Images whose size cannot be read are not reported.',
    options: { minWidth: 'Narrowest acceptable width in pixels (default `1000`).' },
    failing: {
      title: 'An 800 px wide infographic',
      source: ['---', 'title: Late payments', '---', '', '<img src="/images/late-payments.png" alt="Bar chart of days to payment by sector" width="800" data-infographic>', ''].join('\n'),
    },
    passing: {
      title: 'A 1600 px wide infographic',
      source: ['---', 'title: Late payments', '---', '', '<img src="/images/late-payments.png" alt="Bar chart of days to payment by sector" width="1600" data-infographic>', ''].join('\n'),
    },
  },
  check(doc, { options }) {
    const minWidth = Number(options.minWidth);
    return doc.images
      .filter((image) => image.infographic && image.width !== undefined && image.width < minWidth)
      .map((image) => ({
        message: `Infographic ${image.src} is ${image.width} px wide; make it at least ${minWidth} px so it stays sharp where others embed it.`,
        span: image.span,
      }));
  },
});

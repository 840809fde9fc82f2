// `infographic-no-embed`: an infographic other sites cannot embed with one paste.
import { defineRule } from '../rule.js';
import { isOfferedForEmbedding } from '../../embeds/offered-for-embedding.js';

export default defineRule({
  id: 'infographic-no-embed',
  description: 'An infographic that is not offered for embedding.',
  defaultSeverity: 'warn',
  defaultOptions: {},
  docs: {
    why: 'An embed code carries a credit link back to you; an infographic without one gets copied without it.',
    details:
      'The check asks the embeds feature itself, so lint and build agree. With the `embeds.inject` option on (the default), the build adds an "Embed this" box after every infographic of a page, so only a page that set `linkable.embed: false`, or an `<Infographic embed={false}>`, is reported. With `embeds.inject: false`, only `<Infographic>` elements get a box: every other infographic is reported.',
    failing: {
      title: 'An infographic on a page that switched embeds off',
      source: ['---', 'title: Late payments', 'linkable:', '  embed: false', '---', '', '![Bar chart of days to payment by sector](/images/late-payments.png "Infographic: late payments by sector")', ''].join('\n'),
    },
    passing: {
      title: 'The same infographic as a Markdown image titled as one',
      source: ['---', 'title: Late payments', '---', '', '![Bar chart of days to payment by sector](/images/late-payments.png "Infographic: late payments by sector")', ''].join('\n'),
    },
  },
  check(doc, context) {
    const switchedOff = doc.linkable !== false && doc.linkable.embed === false;
    const options = { embeds: { inject: context.embedsInject ?? true } };
    return doc.images
      .filter((image) => image.infographic && !isOfferedForEmbedding(doc, image, options))
      .map((image) => ({
        message: switchedOff
          ? `Infographic ${image.src} cannot be embedded: the page sets \`linkable.embed: false\`. Remove it so others can embed the figure with a credit link.`
          : `Infographic ${image.src} is not offered for embedding. Use <Infographic> (without embed={false}), or turn the \`embeds.inject\` option back on.`,
        span: image.span,
      }));
  },
});

// `infographic-missing-alt`: an infographic whose alt text does not say what it shows.
import { defineRule } from '../rule.js';
import { altTextProblem } from '../infographics.js';

export default defineRule({
  id: 'infographic-missing-alt',
  description: 'An infographic image without meaningful alt text.',
  defaultSeverity: 'warn',
  defaultOptions: {},
  docs: {
    why: 'Alt text is what image search, screen readers and the embed snippet show; "infographic.png" tells none of them why the figure is worth a link.',
    details:
      'An image is an infographic when its title or alt text says "infographic", it is an `<Infographic>` element or has `data-infographic`/`class="infographic"`, or it is declared in frontmatter `linkable.infographics`. Alt text is missing when empty, and not meaningful when it is a file name, a generic word ("image", "chart", "infographic") or fewer than three words once "infographic" is left out.',
    failing: {
      title: 'A file name as alt text',
      source: ['---', 'title: Late payments', '---', '', '![late-payments.png](/images/late-payments.png "Infographic: late payments by sector")', ''].join('\n'),
    },
    passing: {
      title: 'Alt text that states the finding',
      source: [
        '---',
        'title: Late payments',
        '---',
        '',
        '![Bar chart: construction firms wait 44 days to be paid, retailers 21](/images/late-payments.png "Infographic: late payments by sector")',
        '',
      ].join('\n'),
    },
  },
  check(doc) {
    return doc.images
      .filter((image) => image.infographic)
      .flatMap((image) => {
        const problem = altTextProblem(image);
        if (!problem) return [];
        return [{ message: `Infographic ${image.src || '(no src)'} ${problem}. Describe what it shows, including its key figure.`, span: image.span }];
      });
  },
});

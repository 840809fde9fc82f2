// The statistic detector: what each kind of statistic looks like, what only looks like one, and how well the
// detector and the needs-source decision do on the labelled sentences (test/data/statistics-*.jsonl).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findStatistics, isOwnFinding, type StatisticMatch } from '../packages/astro-linkable/src/lint/statistics.js';
import { isSentenceSourced } from '../packages/astro-linkable/src/lint/statistic-sourcing.js';

/** The one statistic in a sentence, with its position. */
function only(sentence: string): StatisticMatch {
  const matches = findStatistics(sentence);
  expect(matches, sentence).toHaveLength(1);
  const [match] = matches;
  expect(sentence.slice(match.start, match.end)).toBe(match.text);
  return match;
}

function at(sentence: string, text: string): { start: number; end: number } {
  const start = sentence.indexOf(text);
  return { start, end: start + text.length };
}

describe('findStatistics: statistics', () => {
  it('finds percentages written with %, percent and per cent', () => {
    const sentence = 'Nearly 42% of small businesses still have no website.';
    expect(only(sentence)).toEqual({ text: '42%', value: '42%', kind: 'percent', ...at(sentence, '42%') });
    expect(only('Nearly 42 percent of small businesses have no website.')).toMatchObject({ text: '42 percent', value: '42%' });
    expect(only('Unemployment stood at 3.7 per cent in November.')).toMatchObject({ text: '3.7 per cent', value: '3.7%' });
    expect(only('Sixty percent of the traffic came from search.')).toMatchObject({ text: 'Sixty percent', value: '60%' });
    expect(only('It rose by a 5 percentage point margin.')).toMatchObject({ text: '5 percentage point', value: '5% points' });
  });

  it('finds shares of a counted group: "8 of the 10 largest banks"', () => {
    expect(only('Eight of the 10 largest banks now offer instant payouts.')).toMatchObject({ text: 'Eight of the 10', value: '8 in 10', kind: 'ratio' });
    expect(only('In our tests, 7 of the top 10 sites failed the check.')).toMatchObject({ value: '7 in 10' });
    expect(only('Nine of 10 dentists recommend it.')).toMatchObject({ value: '9 in 10' });
  });

  it('still finds measured magnitudes and percentile values', () => {
    expect(only('Tens of thousands of sites switched to HTTP/3 last year.')).toMatchObject({ kind: 'amount' });
    expect(only('The platform serves $4 billion in payments a year.')).toMatchObject({ value: '$4 billion' });
    expect(only('At the 90th percentile, pages load in 4.2 seconds.')).toMatchObject({ kind: 'average', value: '4.2 seconds' });
  });

  it('still finds findings about fees, interest and discounts', () => {
    expect(only('Late fees rose 12% last year, according to the survey.')).toMatchObject({ value: '12%' });
    expect(only('The average late fee was 2.5% of the invoice.')).toMatchObject({ value: '2.5%' });
    expect(only('Some 38% of shoppers waited for a discount before buying.')).toMatchObject({ value: '38%' });
  });

  it('finds averages stated in words, and correlation coefficients', () => {
    const median = 'The median number of failing tap targets is five, but some sites fail many.';
    expect(only(median)).toEqual({ text: 'median number of failing tap targets is five', value: 'five', kind: 'average', ...at(median, 'median number of failing tap targets is five') });
    expect(only('The average expert used Go in at least four areas.')).toMatchObject({ value: 'four areas', kind: 'average' });
    const correlation = 'We found a moderate correlation (ρ = .66) between tenure and experience.';
    expect(only(correlation)).toMatchObject({ text: 'correlation (ρ = .66', value: '.66', kind: 'rate' });
    expect(only('Scores correlated with page weight at r = -0.42 across the sample.')).toMatchObject({ value: '-0.42' });
  });

  it('finds "X in Y", "X out of Y" and shares written as fractions', () => {
    const sentence = 'Around 3 in 4 shoppers abandon a cart when shipping costs appear late.';
    expect(only(sentence)).toEqual({ text: '3 in 4', value: '3 in 4', kind: 'ratio', ...at(sentence, '3 in 4') });
    expect(only('One in five developers reported burnout.')).toMatchObject({ text: 'One in five', value: '1 in 5' });
    expect(only('Nine out of ten respondents would recommend it.')).toMatchObject({ value: '9 in 10' });
    expect(only('Three out of every four respondents use cloud services.')).toMatchObject({ value: '3 in 4' });
    expect(only('Half of all backlinks point to a single infographic.')).toMatchObject({ text: 'Half of', value: '1 in 2' });
    expect(only('Roughly two-thirds of journalists rely on press releases.')).toMatchObject({ value: '2 in 3', kind: 'ratio' });
    expect(only('Only about ¼ of respondents use AI services.')).toMatchObject({ text: '¼ of', value: '1 in 4' });
  });

  it('finds a median stated far from its number only when a verb states it', () => {
    const far = 'The median number of JavaScript resources requested on mobile pages, as observed earlier, is 20.';
    expect(only(far)).toMatchObject({ kind: 'average', value: '20' });
    expect(findStatistics('The median Lighthouse accessibility score for the popular content management systems ranges between 77 and 91.')).toEqual([]);
  });

  it('does not read a threshold in a condition or a definition as a statistic', () => {
    expect(findStatistics('We say that a website has good LCP if at least 75 percent of all page views are faster than 2,500 ms.')).toEqual([]);
    expect(findStatistics('A site passes when more than 90% of its pages load in time.')).toEqual([]);
    expect(findStatistics('We define a zombie project as one that has made over 95 percent of its retirements through Toucan.')).toEqual([]);
    expect(only('If anything, at least 75% of sites now pass the assessment.')).toMatchObject({ value: '75%' });
    expect(only('We found that about 28 percent of credits come from what we define as zombie projects.')).toMatchObject({ value: '28%' });
  });

  it('does not read a figure that sets, assumes or illustrates a value as a statistic', () => {
    expect(findStatistics('For performance reasons, if a query returns more than 10,000 records, some headers are left out.')).toEqual([]);
    expect(findStatistics('GitLab limits each merge request to 1,000,000 (one million) diff commits.')).toEqual([]);
    expect(findStatistics('Imagine a store where 40% of buyers come back every month.')).toEqual([]);
    expect(findStatistics("Let's say 10,000 people open the email and 2% buy.")).toEqual([]);
    expect(findStatistics('U-shaped attribution gives 40% to the first touch, 40% to the last touch, and splits the remaining 20% across the rest.')).toEqual([]);
    expect(findStatistics('Below 1% and something fundamental is broken.')).toEqual([]);
    expect(findStatistics('A 3-5% positive reply rate means your targeting is working.')).toEqual([]);
    expect(findStatistics('A newsletter with 40% open rates but flat growth is a shrinking asset.')).toEqual([]);
    expect(findStatistics('An email to 10,000 people generating $5,000 has a revenue per recipient of $0.50.')).toEqual([]);
    // Findings that look alike stay findings.
    expect(only('Under 5% of sites use the attribute.')).toMatchObject({ value: '5%' });
    expect(only('A survey of marketers found 40% of them plan to spend more.')).toMatchObject({ value: '40%' });
    expect(only('A 40% drop in organic traffic hit publishers in 2024.')).toMatchObject({ value: '40%' });
    expect(only('Attribution tools credit 40% of sales to email, the report says.')).toMatchObject({ value: '40%' });
  });

  it('finds p-values, multipliers written "by N times" and hedged time rates', () => {
    expect(only('This showed a similar improvement but with a much lower p-value of 0.0003.')).toMatchObject({ value: 'p = 0.0003', kind: 'rate' });
    expect(only('The difference was significant (p < .01).')).toMatchObject({ value: 'p = .01' });
    expect(only('The test variant won, but the p-value increased to 0.4 as the experiment went on.')).toMatchObject({ value: 'p = 0.4' });
    expect(findStatistics('A p-value of 0.05 means that there is a 5% chance of seeing such data by chance.')).toEqual([]);
    expect(only('Ameba Manga improved the number of comics read by 2-3 times.')).toMatchObject({ text: '2-3 times', value: '2-3x', kind: 'multiplier' });
    expect(only('Sales grew by ten times in a year.')).toMatchObject({ value: '10x' });
    expect(findStatistics('Run the job by 3 times a day at most.')).toEqual([]);
    expect(only("Monzo's team used to run about 4 per month.")).toMatchObject({ text: 'about 4 per month', kind: 'rate' });
    expect(findStatistics('Take 2 a day with food.')).toEqual([]);
  });

  it('does not read a value someone sets, aims for or explains as a statistic', () => {
    expect(findStatistics('For example, they tested changing the max price filter value to $1,000.')).toEqual([]);
    expect(findStatistics('Set the sample size to 10,000 users before you start.')).toEqual([]);
    expect(findStatistics('The service needs to be as close to 100% uptime as possible.')).toEqual([]);
    expect(findStatistics('Our goal is 95% of tickets answered within a day.')).toEqual([]);
    expect(only('Uptime rose to 99.9% after the change.')).toMatchObject({ value: '99.9%' });
  });

  it('finds a large total that a figure reached, with no noun after it', () => {
    const reached = 'In 2010, this figure reached 22,000, the greatest number ever recorded in the country.';
    expect(only(reached)).toEqual({ text: '22,000', value: '22,000', kind: 'count', ...at(reached, '22,000'), year: 2010 });
    expect(only('Deaths rose to nearly 142,412 that year.')).toMatchObject({ text: 'nearly 142,412', kind: 'count' });
    expect(findStatistics('The index fell to 2019 levels.')).toEqual([]);
    expect(findStatistics('Downloads reached 40% of the target.')).toHaveLength(1);
  });

  it('finds a share without "of" only when it is hedged, and not as a measure', () => {
    const quarter = 'Most work for enterprises, with about a quarter describing their organization as a startup.';
    expect(only(quarter)).toEqual({ text: 'about a quarter', value: '1 in 4', kind: 'ratio', ...at(quarter, 'about a quarter') });
    expect(only('Support fell to nearly two-thirds last year.')).toMatchObject({ text: 'nearly two-thirds', value: '2 in 3' });
    expect(findStatistics('A quarter said they would switch.')).toEqual([]);
    expect(findStatistics('The office is about a quarter mile from the station.')).toEqual([]);
    expect(findStatistics('It took roughly a third time to get the build green.')).toEqual([]);
    expect(findStatistics('We met about a quarter past nine.')).toEqual([]);
  });

  it('finds multipliers', () => {
    const sentence = 'AVIF hero images loaded 3x faster than JPEG ones.';
    expect(only(sentence)).toEqual({ text: '3x', value: '3x', kind: 'multiplier', ...at(sentence, '3x') });
    expect(only('Pages with a share image are twice as likely to be clicked.')).toMatchObject({ text: 'twice as', value: '2x' });
    expect(only('Charts earned three times more links than tables.')).toMatchObject({ text: 'three times more', value: '3x' });
    expect(only('Articles with data earned 2.5 times more referring domains.')).toMatchObject({ value: '2.5x' });
    expect(only('Adoption grew fivefold in three years.')).toMatchObject({ text: 'fivefold', value: '5x' });
    expect(only('Usage more than doubled on mobile pages.')).toMatchObject({ text: 'doubled', value: '2x' });
  });

  it('finds amounts with a currency or a magnitude', () => {
    const sentence = 'The market reached $1.2 billion last year.';
    expect(only(sentence)).toEqual({ text: '$1.2 billion', value: '$1.2 billion', kind: 'amount', ...at(sentence, '$1.2 billion') });
    expect(only('The service now has 60 million subscribers.')).toMatchObject({ text: '60 million', kind: 'amount' });
    expect(only('The company raised €4.5bn in its last round.')).toMatchObject({ text: '€4.5bn', kind: 'amount' });
    expect(only('The app passed 2.3M downloads in a month.')).toMatchObject({ text: '2.3M', kind: 'amount' });
    expect(only('It runs on hundreds of millions of machines.')).toMatchObject({ value: 'hundreds of millions', kind: 'amount' });
    expect(only('The median page ships 500 KB of JavaScript.')).toMatchObject({ kind: 'average', value: '500 KB' });
    expect(only('Wix delivers the most JavaScript bytes, over 1.3 MB on mobile.')).toMatchObject({ kind: 'amount', value: '1.3 MB' });
  });

  it('finds averages, medians and percentiles with their value', () => {
    const sentence = 'The average user spends 4 hours a day on their phone.';
    expect(only(sentence)).toEqual({
      text: 'average user spends 4 hours',
      value: '4 hours',
      kind: 'average',
      ...at(sentence, 'average user spends 4 hours'),
    });
    expect(only('Respondents reported a median of 12 open tabs.')).toMatchObject({ text: 'median of 12', value: '12' });
    expect(only('Each article earns 3.2 backlinks on average.')).toMatchObject({ text: '3.2 backlinks on average', value: '3.2' });
    expect(only('At the 50th percentile, mp4 responses come in at 534 kilobytes.')).toMatchObject({ value: '534 kilobytes' });
  });

  it('finds rates', () => {
    const growth = 'Organic traffic grew 35% year over year after the redesign.';
    expect(only(growth)).toEqual({ text: '35% year over year', value: '35%', kind: 'rate', ...at(growth, '35% year over year') });
    expect(only('The platform sees 8 failed releases per 1,000 deployments.')).toMatchObject({
      text: '8 failed releases per 1,000 deployments',
      value: '8 per 1,000',
      kind: 'rate',
    });
    expect(only('The site handles roughly 12,000 requests per second at peak.')).toMatchObject({
      text: 'roughly 12,000 requests per second',
      kind: 'rate',
    });
  });

  it('finds large counts stated as facts, with or without a hedge', () => {
    const sentence = 'Over 2,000 respondents completed the survey.';
    expect(only(sentence)).toEqual({ text: 'Over 2,000', value: '2,000', kind: 'count', ...at(sentence, 'Over 2,000') });
    expect(only('We found 3,204 confirmed WebAssembly requests.')).toMatchObject({ value: '3,204', kind: 'count' });
    expect(only('Sign extension ops were found on 2,850 on desktop.')).toMatchObject({ value: '2,850' });
  });

  it('finds every statistic in a sentence, in order', () => {
    const sentence = 'In 2021, 84.3% of desktop pages used HTTPS, and it went up to 87.71% in 2022.';
    expect(findStatistics(sentence).map((match) => [match.value, match.year])).toEqual([
      ['84.3%', 2021],
      ['87.71%', 2022],
    ]);
  });
});

describe('findStatistics: years a statistic is tied to', () => {
  it.each([
    ['In 2018, only 12% of news sites offered an RSS feed.', 2018],
    ['The average cost of a breach rose to $4.45 million (2023).', 2023],
    ['A 2019 study found that 70% of marketers invest in content.', 2019],
    ['Prices rose 9.1% in the twelve months ending in June 2022.', 2022],
    ['Mobile accounted for 58.7% of web traffic in Q1 2023.', 2023],
    ["Much like last year, 2022's figures show 12% fewer links.", 2022],
  ])('%s → %d', (sentence, year) => {
    expect(findStatistics(sentence)[0].year).toBe(year);
  });

  it('leaves the year out when the sentence names none, or only a forecast or baseline', () => {
    expect(findStatistics('Only 0.5% of visitors click a share button.')[0].year).toBeUndefined();
    expect(findStatistics('Ad spend is projected to hit $1 trillion by 2026.')[0].year).toBeUndefined();
    expect(findStatistics('Adoption rose 1.4% over 2021 on mobile.')[0].year).toBeUndefined();
  });
});

describe('findStatistics: look-alikes are not statistics', () => {
  it.each([
    // a position in a sequence, and "one of the two"
    'Step 2 of 5 asks for your billing address.',
    'Room 2490 holds the archives.',
    'Page 3 of the 12 shows the archive.',
    'One of the two options is enough for most sites.',
    // the bound of a ranked group
    'We looked at the 1,000 most popular websites in the crawl.',
    // capacity claims and percentile ranks
    'Content layer data is cached between builds and is suitable for tens of thousands of content entries.',
    'The router scales to millions of pages without a rebuild.',
    '90th percentile users with a CDN get better performance than 50th percentile users without one.',
    // percentages set by terms and prices
    'Late payments incur a fee of 1.5% per month on the overdue amount.',
    'We charge 2% interest on balances older than 30 days.',
    'Annual plans come with a 20% discount.',
    'Prices include 20% VAT.',
    // number words near "average" or "mean" that are not an average
    'This could mean two very different things for your team.',
    'The average one is fine, but the best are better.',
    'A correlation is not causation, as the chart in section 3 shows.',
    // dates and years
    'We published the first version of the report on 12 March 2024.',
    'The conference takes place from 4 to 6 June 2025 in Lisbon.',
    'The 1990s saw the birth of the commercial web.',
    'Use ISO 8601 dates such as 2024-05-01 in frontmatter.',
    // versions and product names
    'Astro 4.2 added support for prefetching on hover.',
    'Upgrade to v1.2.3 before enabling the new option.',
    'This guide requires Node 22 or later.',
    'Windows 11 and macOS 14 are both supported.',
    'A quarterly release, like Tailwind 4, changes the config.',
    'The worker targets ES2022 and speaks HTTP/2.',
    // steps, lists, ordinals, labels
    'Step 3: add the integration to your config file.',
    '7 ways to make your research page more linkable',
    'This is the 3rd article in our series on outreach.',
    'The 21st century has brought a flood of data journalism.',
    'ASP.Net is still #1 in the group, and Chapter 5 covers why.',
    'The top 10 SEO mistakes are listed below.',
    'Companies with 1,000 or more employees, or > 1,000 staff, were asked separately.',
    'The chart covers the top 1,000 sites.',
    'Meet us at booth 1432 in Hall 2.',
    'Flight BA 2490 leaves at 14:30 from Terminal 5.',
    'The ticket number is #48213.',
    // sizes and specs
    'Share images should be 1200x630 pixels.',
    'Instagram posts look best at 1080x1080.',
    'Resize the image to 800 × 600 before uploading.',
    'Use 1x and 2x image sources in the srcset for high-density screens.',
    'Use a 16:9 aspect ratio for video thumbnails.',
    'Use at least 4.5:1 contrast for body text.',
    'The iPhone 15 Pro has a 6.1-inch display.',
    'Store up to 5 GB for free, then pay per gigabyte.',
    'A render takes 3,600 seconds on the free tier.',
    'Images larger than 10 MB are rejected by the upload form.',
    'Export the video in 4K at 60 frames per second.',
    // phone numbers
    'Call us on +1 (555) 123-4567 to book a demo.',
    'Our office number is 020 7946 0958.',
    // code, also with stray backticks
    'Set `width: 100%` on the image container so it fills the column.',
    'Use width: 100% and height: auto to keep the aspect ratio.',
    'Add `z-index: 10` to keep the header above the hero.',
    '`grid-template-columns: repeat(3, 1fr)` gives three equal columns.',
    'A stray ` backtick before `maxAge: 3600` must not confuse it.',
    'Set the font size to 125% in the print stylesheet.',
    'Zoom to 200% to check that text reflows.',
    // HTTP status codes
    'The 404 page should link back to your home page.',
    'If the server returns 503, retry after a short delay.',
    'The preview server returned a 301 redirect without a base path.',
    // durations in instructions, limits, prices
    'Wait 5 minutes for the DNS change to propagate, then reload the page.',
    'The dashboard refreshes every 15 minutes.',
    'Run the build again after 30 seconds if the cache is still warm.',
    'Set `maxAge` to 3600 so the response is cached for an hour.',
    'The API is rate limited to 60 requests per minute.',
    'Plans start at $9 per month for a single site.',
    'The Pro plan costs €19 a month.',
    // words that only sound like numbers
    'The bottom half of this chart shows games and mobile apps.',
    'Follow these three steps to publish your first card.',
    'Double-tap to zoom is disabled on this page.',
    'The form was filled in half-heartedly, then cut in half.',
    'There are thousands of plugins to choose from.',
    'We include error bars showing the 95% confidence interval.',
    'A vw unit is 1% of the width of the viewport.',
    'See https://example.com/2023/42-percent-report for details.',
  ])('%s', (sentence) => {
    expect(findStatistics(sentence)).toEqual([]);
  });

  it('returns at once for a sentence with no digit and no number word', () => {
    expect(findStatistics('Open Graph tags have seen a widespread increase in use.')).toEqual([]);
  });
});

describe('isOwnFinding', () => {
  it.each([
    'Our survey found that 58% of readers skim an article first.',
    'We found that 8% of respondents wanted generics.',
    'In our data, charts earned 2.5 times more links.',
    'Of the 1,200 people we asked, 41% had never heard of it.',
    'A steep learning curve was cited by 12% of respondents.',
    "However, in this year's analysis, push fell to 0.66% of sites.",
    'We do not, however, see differences (51% and 53%).',
    'We were also pleased to see an increase in the number of people who reported that Rust helped at 79%.',
    'In 2021, we ran the Go Developer Survey and had 11,840 responses.',
    'Out of those who answered, 76% selected no, 14% selected yes.',
    'Of the former users who participated in the 2023 survey, 46% cited factors outside their control.',
    'Related to versioning, 9% of responses discussed version management.',
  ])('own: %s', (sentence) => {
    expect(isOwnFinding(sentence)).toBe(true);
  });

  it.each([
    'Mobile conversion rates are 64 per cent lower than desktop.',
    'Redis was clearly the most common (57%).',
    'These proportions tick up in two areas where we believe Go fits well (37%).',
    'Of those who said they learned at work, 84% learned alone.',
    'Brotli compresses 35% of HTTP responses on mobile.',
    'A survey found that 70% of marketers ran the same campaign twice.',
  ])('not own: %s', (sentence) => {
    expect(isOwnFinding(sentence)).toBe(false);
  });
});

describe('isSentenceSourced', () => {
  it.each([
    'According to [Pew Research](https://www.pewresearch.org/), 97% own a cellphone.',
    'The market reached $5.7 trillion in 2022.[^1]',
    '[The February post][incrcomp] showed builds five times as fast.',
    'Per <a hreflang="en" href="https://example.com">the report</a>, 17% fail.',
    'Ad blockers are used by 27% of users (https://example.com/adblock).',
  ])('sourced: %s', (sentence) => {
    expect(isSentenceSourced(sentence)).toBe(true);
  });

  it.each(['Only 0.5% of visitors click a share button.', 'Brackets [like these] are not links.'])('not sourced: %s', (sentence) => {
    expect(isSentenceSourced(sentence)).toBe(false);
  });
});

// ---- evaluation on the labelled sentences

interface LabelledSentence {
  text: string;
  statistic: boolean;
  sourced: boolean | null;
  own: boolean | null;
  origin: string;
}

function readLabelled(file: string): LabelledSentence[] {
  const lines = readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8').split('\n');
  return lines.filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as LabelledSentence);
}

const INLINE_CODE = /(`[^`]*`)/;
/**
 * The labelled text keeps Markdown (links, footnote refs, inline HTML) so the sourcing check can see it. The detector
 * gets what the document model puts in `Sentence.text`: link text without the URL, no footnote refs, no inline HTML
 * tags, no emphasis markers, inline code kept with its backticks.
 */
function toSentenceText(markdown: string): string {
  return markdown
    .split(INLINE_CODE)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/\[\^[^\]\s]+\]/g, '')
            .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
            .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
            .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
            .replace(/\*\*|__/g, ''),
    )
    .join('');
}

interface Score {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

function score(pairs: Array<{ predicted: boolean; gold: boolean }>): Score {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const { predicted, gold } of pairs) {
    if (predicted && gold) truePositives++;
    else if (predicted) falsePositives++;
    else if (gold) falseNegatives++;
  }
  return {
    precision: truePositives / (truePositives + falsePositives),
    recall: truePositives / (truePositives + falseNegatives),
    truePositives,
    falsePositives,
    falseNegatives,
  };
}

/**
 * Detection: gold `statistic` against "findStatistics returns a match".
 * Needs source: gold `statistic && sourced === false && own === false` against
 * "findStatistics returns a match && !isSentenceSourced && !isOwnFinding".
 */
function evaluate(rows: LabelledSentence[]): { detection: Score; needsSource: Score; misses: string[] } {
  const misses: string[] = [];
  const detection: Array<{ predicted: boolean; gold: boolean }> = [];
  const needsSource: Array<{ predicted: boolean; gold: boolean }> = [];
  for (const row of rows) {
    const text = toSentenceText(row.text);
    const detected = findStatistics(text).length > 0;
    detection.push({ predicted: detected, gold: row.statistic });
    if (detected !== row.statistic) misses.push(`${detected ? 'false positive' : 'missed'}: ${text}`);
    const predictedNeedsSource = detected && !isSentenceSourced(row.text) && !isOwnFinding(text);
    needsSource.push({ predicted: predictedNeedsSource, gold: row.statistic && row.sourced === false && row.own === false });
  }
  return { detection: score(detection), needsSource: score(needsSource), misses };
}

describe('evaluation on the labelled sentences', () => {
  // tuning: the detector was developed against it. held-out: labelled with it, 20% split off before the detector was
  // written, not tuned on. fresh, fresh-2, fresh-4: sentences from pages outside the corpus, labelled after the
  // detector was frozen (fresh-2 and fresh-4 by someone who had not read the detector), measured once blind and tuned
  // on only after that.
  const splits = [
    { name: 'tuning', rows: readLabelled('statistics-labelled.jsonl') },
    { name: 'held-out', rows: readLabelled('statistics-heldout.jsonl') },
    { name: 'fresh', rows: readLabelled('statistics-fresh.jsonl') },
    { name: 'fresh-2', rows: readLabelled('statistics-fresh2.jsonl') },
    { name: 'fresh-4', rows: readLabelled('statistics-fresh4.jsonl') },
    // fresh-5: labelled blind after all of session 7's changes and never tuned on: the current detector's measure.
    { name: 'fresh-5', rows: readLabelled('statistics-fresh5.jsonl') },
  ];
  // fresh-3: content-marketing posts, a health report and a settings page, labelled blind like fresh-2. The
  // targets are not met on it (worked examples and made-up scenarios in marketing prose read as findings); its
  // figures after the session 7 fixes are a floor that must not drop. See docs/statistic-detection.md.
  const fresh3 = { name: 'fresh-3', rows: readLabelled('statistics-fresh3.jsonl') };


  it('has the labelled sets the docs describe', () => {
    const all = [...splits[0].rows, ...splits[1].rows];
    expect(splits[0].rows.length).toBeGreaterThanOrEqual(300);
    expect(splits[1].rows.length).toBeGreaterThanOrEqual(Math.floor(all.length * 0.2));
    expect(all.filter((row) => row.statistic).length).toBeGreaterThanOrEqual(120);
    expect(all.filter((row) => !row.statistic).length).toBeGreaterThanOrEqual(120);
    expect(all.filter((row) => row.origin === 'written').length).toBeLessThanOrEqual(all.length / 3);
    for (const row of splits.flatMap((split) => split.rows)) {
      expect(row.origin).toMatch(/^(?:corpus\/.+|written|github:[\w.-]+\/[\w.-]+\/.+@[0-9a-f]{40})$/);
      if (row.statistic) expect([typeof row.sourced, typeof row.own]).toEqual(['boolean', 'boolean']);
      else expect([row.sourced, row.own]).toEqual([null, null]);
    }
    for (const row of fresh3.rows) expect(row.origin).toMatch(/^github:[\w.-]+\/[\w.-]+\/.+@[0-9a-f]{40}$/);
    const every = [...splits, fresh3].flatMap((split) => split.rows);
    expect(new Set(every.map((row) => row.text)).size).toBe(every.length);
  });

  it.each(splits)('reaches precision >= 0.9 and recall >= 0.85 on the $name set', ({ name, rows }) => {
    const { detection, needsSource } = report(name, rows);
    expect(detection.precision).toBeGreaterThanOrEqual(0.9);
    expect(detection.recall).toBeGreaterThanOrEqual(0.85);
    expect(needsSource.precision).toBeGreaterThanOrEqual(0.9);
    expect(needsSource.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps its measured figures on the fresh-3 set (content marketing), where precision is below the target', () => {
    const { detection, needsSource } = report(fresh3.name, fresh3.rows);
    // Blind: detection 0.773 / 0.911, needs source 0.767 / 0.902. After session 7: 0.897 / 0.929 and 0.870 / 0.922.
    expect(detection.precision).toBeGreaterThanOrEqual(0.89);
    expect(detection.recall).toBeGreaterThanOrEqual(0.92);
    expect(needsSource.precision).toBeGreaterThanOrEqual(0.87);
    expect(needsSource.recall).toBeGreaterThanOrEqual(0.92);
  });

  function report(name: string, rows: LabelledSentence[]): { detection: Score; needsSource: Score } {
    const { detection, needsSource, misses } = evaluate(rows);
    const positives = rows.filter((row) => row.statistic).length;
    const percent = (value: number) => value.toFixed(3);
    console.log(
      [
        `| set | sentences | statistics | task | precision | recall | TP | FP | FN |`,
        `|---|---|---|---|---|---|---|---|---|`,
        `| ${name} | ${rows.length} | ${positives} | detection | ${percent(detection.precision)} | ${percent(detection.recall)} | ${detection.truePositives} | ${detection.falsePositives} | ${detection.falseNegatives} |`,
        `| ${name} | ${rows.length} | ${positives} | needs source | ${percent(needsSource.precision)} | ${percent(needsSource.recall)} | ${needsSource.truePositives} | ${needsSource.falsePositives} | ${needsSource.falseNegatives} |`,
        ...misses.map((miss) => `  ${miss}`),
      ].join('\n'),
    );
    return { detection, needsSource };
  }
});

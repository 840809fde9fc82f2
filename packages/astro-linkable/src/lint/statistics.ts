// Finds the statistics a sentence states (42%, 3 in 4, twice as likely, $1.2 billion, …) for the statistic rules.
//
// It runs on every sentence of every page, so it is built for speed: a pre-check turns away sentences with no digit and
// no number word; one scan finds the places a statistic can start (a digit, a currency sign, a number word, "median");
// one sticky regex, an alternation with a named group per kind, is tried at those places only; and small anchored
// checks on the text around a candidate turn away look-alikes (CSS, versions, sizes, limits, prices, labels). Every
// regex is compiled once, at module load. What counts as a statistic, and the measured precision and recall, are in
// docs/statistic-detection.md.

export type StatisticKind = 'percent' | 'ratio' | 'multiplier' | 'amount' | 'average' | 'rate' | 'count';

export interface StatisticMatch {
  /** The phrase as written in the sentence, e.g. `42 per cent`, `one in five`, `twice as likely`. */
  text: string;
  /** The quantity in a normalised form: `42%`, `1 in 5`, `2x`, `$1.2 billion`, `12 hours`, `8 per 1,000`. */
  value: string;
  kind: StatisticKind;
  /** UTF-16 offsets inside the sentence, end exclusive. */
  start: number;
  end: number;
  /** The year the sentence ties the figure to ("in 2019", "(2018)", "a 2020 study"), when it names one. */
  year?: number;
}

// ---- number vocabulary

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** A number written in words, up to "ninety-nine" and "a hundred". */
const WORD_NUMBER = `(?:(?:${TENS})(?:[- ](?:${UNITS}))?|${TEENS}|${UNITS}|(?:a|one) hundred)`;
/** A number written in digits: 42, 4.5, 1,200, 2,300.75. */
const DIGIT_NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const NUMBER = `(?:${DIGIT_NUMBER}|${WORD_NUMBER})`;
/** "over 2,000", "roughly half": words that soften a figure without making it less of a statistic. */
const HEDGE_BEFORE = /(?:\b(?:over|more\s+than|nearly|almost|about|around|roughly|approximately|some|at\s+least|fewer\s+than|less\s+than|under|only|just|an\s+estimated)\s+|~\s?)$/i;

const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  half: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10,
};

// ---- the pre-check: most sentences have neither a digit nor a number word and leave here

const HAS_DIGIT = /\d/;
const HAS_NUMBER_WORD = new RegExp(
  String.raw`\b(?:${UNITS}|${TEENS}|${TENS}|hundreds?|thousands?|millions?|billions?|trillions?|half|thirds?|quarters?|fifths?|tenths?|twice|thrice|doubl(?:ed|ing|e)|tripl(?:ed|ing|e)|quadrupled|halved|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)fold)\b|[¼½¾⅓⅔]`,
  'i',
);

// ---- text that only looks like prose: masked with spaces so offsets stay exact

/** Inline code (the document model keeps the backticks), URLs, inline HTML tags and CSS declarations. */
const NOT_PROSE = new RegExp(
  [
    '`[^`]*`',
    String.raw`\b(?:https?:\/\/|www\.)[^\s<>"')]+`,
    String.raw`<\/?[a-zA-Z][^<>]*>`,
    String.raw`\b(?:(?:max-|min-)?(?:width|height)|font-size|line-height|opacity|margin(?:-\w+)?|padding(?:-\w+)?|top|left|right|bottom|flex(?:-basis)?|transform|z-index|border(?:-\w+)?|letter-spacing|inset|gap|zoom)\s*:\s*[^;,\n]*?(?:;|(?=\s+(?:and|or)\b)|$|(?=[,.]\s))`,
  ].join('|'),
  'gi',
);
const MAYBE_NOT_PROSE = /[`:<]|www\./;

// ---- the candidates (each a named group of CANDIDATES below)

const PERCENT = String.raw`(?<percent>(?:[<>~≈]\s?)?(?:${DIGIT_NUMBER}(?:\s?[-–]\s?${DIGIT_NUMBER})?|${WORD_NUMBER})\s?(?:%(?:\s?points?\b)?|percent(?:age)?\s+points?\b|percent\b|per\s?cent\b|pp\b))`;
/** Between the two numbers of "8 of the 10 largest banks": the words a share of a ranked group can take. */
const OF_THE = String.raw`of\s+(?:the\s+)?(?:top\s+|largest\s+|biggest\s+|leading\s+|most\s+[a-z]+\s+)?`;
const RATIO = String.raw`(?<ratio>\b${NUMBER}\s+(?:(?:in|out\s+of)\s+(?:every\s+)?${NUMBER}|${OF_THE}${DIGIT_NUMBER})\b(?![.,]\d))`;
const FRACTION = String.raw`(?<fraction>(?<![\w-])(?:half|(?:a|one)[- ](?:third|quarter|fifth|tenth)|(?:two|three|four)[- ](?:thirds|quarters|fifths|tenths))\s+of\b|[¼½¾⅓⅔](?:\s+of\b)?|(?<bareHalf>half|(?:a|one)[- ](?:third|quarter|fifth|tenth)|(?:two|three)[- ](?:thirds|quarters))\b(?!-))`;
const MULTIPLIER = String.raw`(?<multiplier>\b${DIGIT_NUMBER}\s?[x×](?![\w×])(?!\s?\d)|(?<=\bby\s+(?:(?:about|around|roughly|nearly|over|up\s+to)\s+)?)${NUMBER}(?:\s?[-–]\s?${NUMBER})?\s+times\b(?!\s+(?:a|an|per|each|every)\b)|\b(?:twice|thrice|${NUMBER}\s+times)\s+(?:as|more|less|fewer|higher|lower|faster|slower|larger|smaller|bigger|greater|longer|shorter|likelier|the|what)\b|\b(?:doubled|tripled|quadrupled|halved|doubling|tripling)\b|\b(?:double|triple)\s+(?:what|that|the\s+(?:number|amount|rate|share|size))\b|\b(?:\d+-?|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)-?fold\b)`;
const CURRENCY = String.raw`[$€£¥₹]`;
const MAGNITUDE = String.raw`(?:thousand|million|billion|trillion|bn|mn|tn|[kmb])`;
const AMOUNT = String.raw`(?<amount>${CURRENCY}\s?${DIGIT_NUMBER}(?:\s?${MAGNITUDE}\b)?|\b${NUMBER}\s?(?:million|billion|trillion)\b|\b${DIGIT_NUMBER}\s?(?:bn|mn|tn|[mb])\b|\b(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)|millions|billions|trillions)\s+of\b)`;
const BYTES = String.raw`(?<bytes>(?:~\s?)?\b${DIGIT_NUMBER}\s?(?:[kmgt]i?b|kilobytes|megabytes|gigabytes|terabytes|bytes)\b)`;
const PER_COUNT = String.raw`(?<perCount>(?:\b${DIGIT_NUMBER}\s+(?:[a-z-]+\s+){0,3})?\bper\s+${DIGIT_NUMBER}(?:\s+[a-z]+)?)`;
const PER_TIME = String.raw`(?<perTime>\b${DIGIT_NUMBER}\s+(?:[a-z-]+\s+){0,2}(?:per|a|an|each)\s+(?:second|minute|hour|day|week|month|year)\b)`;
/** Units an average or percentile value keeps: "4 hours", "124 KB", "6 words". */
const MEASURE_UNIT = String.raw`(?:ms|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|[kmgt]i?b|kilobytes|megabytes|gigabytes|bytes|words|characters|points|pixels|px)\b`;
/** "average … 12" unless the number is really a percentage or multiplier ("the median page … 12.39% less"). */
const NOT_A_SHARE_NEXT = String.raw`(?![\d,.]*\d)(?!\s?(?:%|percent|per\s?cent|[x×](?!\w)|times\b|in\s+\d))`;
/** The words between "median" and its number; "mp4", "HTTP/2" and "the top 10" are words there too. */
const CUE_GAP = String.raw`(?:[^\d.;!?()]|(?<=[a-z/]\d*)\d|(?<=\b(?:top|bottom)\s+\d*)\d)`;
/** The number an average reports, not a version ("HTTP/2") or a group ("the top 10"). */
const CUE_NUMBER = String.raw`(?<![\w/.-])(?<!\b(?:top|bottom|first|last)\s+)${DIGIT_NUMBER}(?!(?:st|nd|rd|th)\b)`;
/** Further than 50 characters, only a number the clause states with a verb: "The median number of …, as observed earlier, is 20". */
const FAR_CUE_GAP = String.raw`${CUE_GAP}{51,110}?(?<=\b(?:is|was|are|were)\s(?:(?:about|around|roughly|nearly|almost|just|only|over|under)\s)?)`;
const AVERAGE_BEFORE = String.raw`(?<averageBefore>\b(?:average|median|mean)\b(?:${CUE_GAP}{0,50}?|${FAR_CUE_GAP})(?:${CURRENCY}\s?)?${CUE_NUMBER}(?:\s?(?:thousand|million|billion|trillion)\b)?${NOT_A_SHARE_NEXT}(?:\s?${MEASURE_UNIT})?)`;
/**
 * "The median number of failing tap targets is five", "the average expert used Go in four areas": an average stated
 * in words. Not "one" (a pronoun as often as a number), not after "mean" ("could mean two things"), and not a word
 * that starts a share or ratio ("two of them", "two in five": other candidates read those).
 */
const AVERAGE_WORDS = String.raw`(?<averageWords>\b(?:average|median)\b[^\d.;!?()]{0,50}?\b(?<averageWord>(?:${TENS})(?:[- ](?:${UNITS}))?|${TEENS}|two|three|four|five|six|seven|eight|nine)\b(?!\s+(?:of|in|out|percent|per\s?cent|times)\b)(?<averageWordUnit>\s+[a-z]+s\b)?)`;
/** "a moderate correlation (ρ = .66)", "correlated at r = 0.4": a correlation coefficient. */
const CORRELATION = String.raw`(?<correlation>\bcorrelat(?:ion|ed)\b[^.;!?]{0,60}?(?<![\w.])(?<coefficient>-?0?\.\d{1,3})\b)`;
/** "a p-value of 0.0003", "the p-value increased to 0.4", "p < .01": the result of a test, like a coefficient. */
const P_VALUE = String.raw`(?<pValue>\bp[- ]?values?\b(?:[^.;!?\d]|\d(?=[a-z])){0,40}?\b(?:of|was|is|were|are|to|at|below|under|above)\s+(?<pNumber>0?\.\d+)\b|\bp\s?[<=≤]\s?(?<pNumber2>0?\.\d+)\b)`;
const AVERAGE_AFTER = String.raw`(?<averageAfter>\b${DIGIT_NUMBER}(?:\s?[a-z%]+)?(?:\s+[a-z]+){0,5}?\s+on\s+average\b)`;
const PERCENTILE = String.raw`(?<percentile>\b\d{1,2}(?:st|nd|rd|th)\s+percentile\b${CUE_GAP}{0,60}?${CUE_NUMBER}${NOT_A_SHARE_NEXT}(?:\s?${MEASURE_UNIT})?)`;
/** "this figure reached 22,000", "deaths rose to 142,412": a large count a total reached, with no noun after it. */
const COUNT_REACHED = String.raw`(?<countReached>(?<=\b(?:reached|rose\s+to|fell\s+to|dropped\s+to|grew\s+to|climbed\s+to|increased\s+to|decreased\s+to|totall?ed|stood\s+at|peaked\s+at)\s+(?:(?:about|around|nearly|almost|over|more\s+than|roughly|some)\s+)?)(?:\d{1,3}(?:,\d{3})+|\d{5,})(?![\d,]*\.\d)(?!\s*(?:%|percent|per\s?cent)))`;
const COUNT = String.raw`(?<count>(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d{4,})(?![\d,]*\.\d)(?=\s+(?:(?:[a-z-]+|or more)\s+){0,2}?(?:[a-z]+s|people|staff|data|on desktop|on mobile)\b))`;

/**
 * Where a statistic can start: a digit, a currency sign, a fraction sign, a number word or a cue word ("median",
 * "twice", "per 1,000"). Scanning for these is cheap; the candidates below are only tried where one is found.
 */
const TRIGGER = new RegExp(
  String.raw`\d[\d,.]*|[$€£¥₹¼½¾⅓⅔~≈]|\b(?:a(?=[- ](?:third|quarter|fifth|tenth|hundred)\b)|per(?=\s+\d)|${UNITS}|${TEENS}|${TENS}|half|twice|thrice|doubl(?:ed|ing|e)|tripl(?:ed|ing|e)|quadrupled|halved|average|median|mean|correlat|p(?=[- ]?values?\b|\s?[<=≤]\s?0?\.\d)|tens|hundreds|millions|billions|trillions)`,
  'gi',
);

/**
 * The candidates, tried at a trigger only (sticky). Order matters where two alternatives start at the same place:
 * the more specific kind is listed first (a percentage before a bare count, "median … 12 hours" before a rate).
 */
const CANDIDATES = new RegExp(
  [AVERAGE_BEFORE, AVERAGE_WORDS, CORRELATION, P_VALUE, PERCENTILE, PERCENT, RATIO, FRACTION, MULTIPLIER, AMOUNT, BYTES, PER_COUNT, AVERAGE_AFTER, PER_TIME, COUNT_REACHED, COUNT].join('|'),
  'iy',
);

// ---- look-alikes, checked on the text just before or after a candidate (all anchored, so they stay cheap)

/** "Set the font size to 125%", "scale the logo to 50%", "zoom to 200%": a percentage in a styling instruction. */
const STYLING_BEFORE = /\b(?:width|height|font[- ]size|opacity|line[- ]height|margin|padding|zoom|scale|resize|shrink|enlarge)\b[^%.]{0,20}$/i;
/** "95% confidence interval", "1% of the width", "20% of the viewport": a percentage that is a unit or a setting. */
const PERCENT_NOT_A_SHARE = /^\s*(?:confidence\b|of\s+(?:the\s+)?(?:width|height|viewport|screen|container|parent|font|line)\b)/i;
/**
 * "a fee of 1.5% per month", "charge 2% interest", "a 10% discount", "20% VAT": a percentage set by terms or prices,
 * not a finding (like PRICE_BEFORE for amounts).
 */
const TERMS_BEFORE = /\b(?:fees?|interest|charges?|charged?|charging|discount(?:ed)?|surcharge|commission|tax|vat|gst|apr|deposit|royalty|royalties|markup|mark-up)\s+(?:rate\s+)?(?:of\s+)?(?:up\s+to\s+|at\s+|by\s+)?$/i;
const TERMS_AFTER = /^\s*(?:discount|off\b|interest\b|(?:late\s+)?fee\b|surcharge|commission|vat\b|gst\b|sales\s+tax|tax\s+rate|apr\b|deposit\b|markup|mark-up|royalty|tip\b)/i;
/**
 * "…has good LCP if at least 75 percent of page views are fast", "we define a zombie project as one that … has made
 * over 95 percent of its retirements through Toucan": a threshold in a condition or a definition, not a finding.
 */
const CONDITION_BEFORE = /\b(?:if|when|whenever|unless|once)\s+(?:[\w'’-]+\s+){0,5}?(?:at\s+least|more\s+than|over|less\s+than|fewer\s+than|under|below|above|no\s+more\s+than|up\s+to|exceeds?|exceeding)\s+$/i;
const DEFINITION_BEFORE = /\b(?:we\s+define|(?:is|are)\s+defined\s+as)\b/i;
/** "Imagine a store with 40% repeat buyers", "let's say 10,000 people open it": a made-up case, not a finding. */
const HYPOTHETICAL_BEFORE = /\b(?:imagine|suppose|supposing|hypothetically|let['’]s\s+say|say\s+you|picture\s+(?:this|a|an)|for\s+(?:example|instance),?\s+(?:if|say|imagine|suppose))\b/i;
/** "gives 40% to the first touch", "splits the remaining 20% across…": a weight a model or plan assigns. */
const ALLOCATION_BEFORE = /\b(?:gives?|assigns?|allocates?|attributes?|splits?|weights?)\b/i;
const ALLOCATION_AFTER = /^\s*(?:of\s+(?:the\s+)?(?:credit|weight|budget|value)\s+)?(?:to|across|between|among)\b/i;
/** "Below 1% and something is broken", "Anything above 40% means…": a benchmark's threshold opening the sentence. */
const THRESHOLD_OPENING = /^\s*(?:anything\s+|everything\s+)?(?:below|above|under)\s+$/i;
const THRESHOLD_OPENING_AFTER = /^\s*(?:and\b|,|—|–|(?:means|signals|suggests|indicates)\b)/i;
/** "A 3-5% reply rate means…", "A 20% open rate is healthy": what a value would mean, not a value measured. */
const BENCHMARK_OPENING = /^\s*(?:an?|any)\s+$/i;
const BENCHMARK_AFTER = /\b(?:means|signals|suggests|indicates|is\s+(?:a\s+(?:sign|red\s+flag|warning)|considered|(?:a\s+)?(?:good|great|healthy|solid|strong|decent|excellent|poor|bad|normal|typical)\b))/i;
/**
 * "A newsletter with 40% open rates but flat growth is…", "An email to 10,000 people generating $5,000 has an RPR of
 * $0.50": a figure inside an indefinite subject describes a made-up instance (not "A survey of 1,200 owners").
 */
const EXAMPLE_SUBJECT = /^\s*(?:(?:compare\s+(?:that|this|it)\s+(?:to|with)|take|say)\s+)?(?:an?|another)\s+(?!(?:survey|study|report|poll|analysis|sample|panel|census|dataset|review|audit|recent|new|\d{4})\b)[\w-]+(?:\s+[\w-]+)?\s+(?:with|to|that\s+(?:has|have|gets|sends|earns|makes)|generating|earning|sending|getting|making)\s+(?:[\w$€£¥,.%-]+\s+){0,3}$/i;
/** "GitLab limits each merge request to 1,000,000 (one million) commits", "capped at 5,000 rows": a limit, not a finding. */
const LIMIT_CLAUSE_BEFORE = /\b(?:limit(?:s|ed)?|cap(?:s|ped)?|restrict(?:s|ed)?)\s+(?:[\w-]+\s+){0,4}?(?:to|at)\s+(?:[\d,.]+\s*\(\s*)?$/i;
/** "changing the max price filter value to $1,000", "set the sample to 10%": a value someone chooses. */
const SETTING_BEFORE = /\b(?:set(?:s|ting)?|chang(?:e|es|ed|ing)|configur(?:e|es|ed|ing))\s+(?:(?:the|a|an|its|their|your)\s+)?(?:[\w-]+\s+){0,4}?to\s+$/i;
/** "as close to 100% uptime as possible", "a target of 95%", "aim for 40%": a goal, not a result. */
const GOAL_BEFORE = /\b(?:as\s+close\s+to|aim(?:s|ed|ing)?\s+(?:for|at)|strive\s+for|(?:a|an|the|our|its|their)\s+(?:target|goal)\s+(?:of|is))\s+$/i;
/** "A p-value of 0.05 means that…": a sentence explaining what a value means. */
const EXPLANATION = /^\s*(?:an?|any)\s+(?:[^.;!?]|\.(?=\d)){0,60}?\bmeans\s+that\b/i;

/**
 * Where the sentence's first definition ("we define … as") and first hypothetical ("imagine", "let's say") end, found
 * once per sentence: a long sentence has many candidates, and searching its whole opening for each is quadratic.
 */
class SentenceFrames {
  private definitionEnd?: number;
  private hypotheticalEnd?: number;

  constructor(private readonly text: string) {}

  /** Whether a definition or a hypothetical frames the text before `start`. */
  openBefore(start: number): boolean {
    this.definitionEnd ??= endOfFirst(DEFINITION_BEFORE, this.text);
    this.hypotheticalEnd ??= endOfFirst(HYPOTHETICAL_BEFORE, this.text);
    return this.definitionEnd <= start || this.hypotheticalEnd <= start;
  }
}

function endOfFirst(pattern: RegExp, text: string): number {
  const found = pattern.exec(text);
  return found ? found.index + found[0].length : Infinity;
}

/** A figure that sets, assumes or illustrates a value instead of reporting one: a condition, a definition, an example. */
function isSettingOrExample(text: string, start: number, end: number, before: string, after: string, frames: SentenceFrames): boolean {
  if (SETTING_BEFORE.test(before) || GOAL_BEFORE.test(before) || EXPLANATION.test(text)) return true;
  if (CONDITION_BEFORE.test(before) || LIMIT_CLAUSE_BEFORE.test(before) || (ALLOCATION_BEFORE.test(before) && ALLOCATION_AFTER.test(after))) return true;
  if (frames.openBefore(start)) return true;
  // The rest only reads the sentence's first few words (each pattern is anchored at its start).
  const opening = text.slice(0, start);
  if (EXAMPLE_SUBJECT.test(opening)) return true;
  if (THRESHOLD_OPENING.test(opening) && THRESHOLD_OPENING_AFTER.test(after)) return true;
  return BENCHMARK_OPENING.test(opening) && BENCHMARK_AFTER.test(text.slice(end));
}

/**
 * "suitable for tens of thousands of entries", "scales to millions of pages": a vague magnitude that states what
 * something can handle, not a figure anyone measured.
 */
const CAPACITY_BEFORE = /\b(?:suitable\s+for|scales?\s+to|scaling\s+to|handles?|handling|supports?|supporting|serves?|serving|built\s+for|designed\s+for|can\s+(?:hold|store|handle|serve|process|manage))\s+$/i;
/** "35% year over year": a percentage that is a growth rate. */
const RATE_AFTER = /^\s*(?:year[- ]over[- ]year|yoy|y\/y|month[- ]over[- ]month|m\/m|quarter[- ]over[- ]quarter|week[- ]over[- ]week|(?:a|per|each)\s+(?:year|month|week|day)|annually)\b/i;
/** "1x and 2x image sources": pixel-density descriptors, not a comparison. */
const DENSITY_AFTER = /^\s*(?:,|and|or)\s*\d+(?:\.\d+)?x\b/i;
const DENSITY_BEFORE = /\d(?:\.\d+)?x\s*(?:,|and|or)\s*$/i;
/** "Plans start at $9", "costs €19 a month": a price, not a statistic. */
const PRICE_BEFORE = /\b(?:costs?|priced\s+at|prices?\s+(?:start|begin)\s+at|starts?\s+at|pay|charges?|for\s+only|for\s+just|buy\s+it\s+for)\s+$/i;
const PRICE_AFTER = /^\s*(?:\/|per\s+|a\s+|an\s+|each\s+)?(?:month|mo|year|yr|seat|user|site|license|licence)\b|^\s*once\b/i;
/** "limited to 60 requests per minute", "up to 5 GB", "larger than 10 MB": a limit or threshold. */
const LIMIT_BEFORE = /\b(?:limited\s+to|limit\s+(?:of|is)|up\s+to|at\s+most|no\s+more\s+than|maximum(?:\s+of)?|max(?:imum)?|larger\s+than|smaller\s+than|bigger\s+than|above|below|under|exceeds?|every)\s+$/i;
/** A number right after a name or label ("Node 22", "booth 1432", "BA 2490", "#48213") is an identifier. */
const LABEL_BEFORE = /(?:#|[A-Z][\w.+-]*[A-Z0-9][\w.+-]*|(?<=\S\s+)[A-Z][a-z]+)\s+$/;
/** The label words, in any case ("Step 2 of 5" starts a sentence). */
const LABEL_WORD_BEFORE = /\b(?:top|bottom|first|last|booth|room|gate|line|step|page|chapter|section|part|version|v|port|flight|ticket|order|issue|pr|error|code|status|id|no\.?|number|level|season|episode|vol\.?|figure|table|rule|article)\s+$/i;

function isLabelBefore(before: string): boolean {
  return LABEL_WORD_BEFORE.test(before) || LABEL_BEFORE.test(before);
}
/** Nouns that make a number a measurement of a thing rather than a count of things. */
const UNIT_NOUN = /^\s+(?:(?:[a-z-]+|or more)\s+){0,2}?(?:pixels|px|characters|chars|bytes|seconds|minutes|hours|days|weeks|months|years|ms|points|words|lines|columns|rows|dpi|degrees)\b/i;
/** Sentences about a measured population ("median", "desktop") make byte sizes statistics, not limits. */
const MEASUREMENT_CUE = /\b(?:average|median|mean|percentile|typical|deliver(?:s|ed)?|load(?:s|ed)?|ship(?:s|ped)?|weigh(?:s|ed)?|it's|most|fewest|largest|smallest|desktop|mobile|pages?|sites?)\b/i;
/** "the bottom half of this chart", "the first half of the talk": a position, not a share. */
const POSITION_BEFORE = /\b(?:first|second|last|top|bottom|upper|lower|other|back|front|latter|former|left|right|final)\s+$/i;
/** "1,000 or more employees", "100–1,000 employees", "the 1,000 most popular sites": the bound of a group, not a count. */
const BOUND_AFTER = /^\s*(?:\+|or\s+(?:more|fewer|less|over|above|under)|(?:most|least|largest|biggest|busiest|highest|lowest)\b)/i;
const RANGE_BEFORE = /[-–<>≤≥]\s*$/;
/** "60 requests per minute" after "rate limit", "limits": a setting. */
const LIMIT_WORD_BEFORE = /\blimit/i;
/** "5m" is five metres and "3b" a footnote; only "2.3M" and "4bn" are magnitudes. */
const LOWERCASE_SUFFIX = /\d\s?[mb]$/;
/** "US$1 trillion": the country letters belong to the amount. */
const DOLLAR_COUNTRY_BEFORE = /\b(?:US|A|AU|C|CA|NZ|HK|S)$/;
/** Amounts written with a magnitude, and amounts written to the cent. */
const HAS_MAGNITUDE = /(?:thousand|million|billion|trillion|bn|mn|tn)\b|\d\s?[KMB]\b|\b(?:tens|hundreds|millions|billions|trillions)\b/i;
const CENTS = /\d\.\d{2}$/;
/** "half an hour", "half a day": a duration, not a share. */
const DURATION_AFTER = /^\s+an?\s+(?:hour|minute|second|day|week|month|year|decade|century|mile|dozen|page|step)\b/i;
/** "about a quarter mile", "roughly a third time": a fraction used as a measure or an ordinal, not a share. */
const UNIT_AFTER_FRACTION = /^[\s-]+(?:hours?|minutes?|miles?|inch(?:es)?|pounds?|cups?|teaspoons?|tablespoons?|notes?|turns?|century|past|time|final|party|round|way)\b/i;
/** "4K × 2K", "2MB×": a size, not an amount. */
const SIZE_AFTER = /^\s*[kKmM]?[xX×]/;
/** "per 1 user" is a unit; "per 1,000 users" is a rate. */
const PER_MANY = /\bper\s+[\d,]*\d{2}/i;
const YEAR_LIKE = /^(?:1[89]|20)\d\d$/;
const LEADING_TILDE = /^~\s?/;
const TRAILING_OF = /\s+of$/i;
const STARTS_WITH_DIGIT = /^\d/;
const CURRENCY_START = /^[$€£¥₹]/;
const FIRST_NUMBER = /\d[\d,]*(?:\.\d+)?/;
const NUMBERS = /\d[\d,]*(?:\.\d+)?/g;
const COMMAS = /,/g;
const WHITESPACE = /\s/g;
const WORD_SEPARATOR = /[- ]+/;
const RATIO_SPLIT = /\s+(?:in|out\s+of)\s+(?:every\s+)?|\s+of\s+(?:the\s+)?(?:top\s+|largest\s+|biggest\s+|leading\s+|most\s+[a-z]+\s+)?/i;
/** "8 of the 10", not "8 in 10": the form a label can take too ("Step 2 of 5", "Page 3 of the 12"). */
const OF_FORM = /^\S+\s+of\s/i;
const PERCENT_NUMBER = /^[<>~≈]?\s?(.*?)\s?(?:%|percent|per\s?cent|pp)/i;
const POINTS = /points?$|pp$/i;
const FOLD_OR_TIMES = /^(.+?)[- ]?(?:times|fold)\b/;
const RANGE_OF_NUMBERS = /^\s*([\w.,]+)\s?[-–]\s?([\w.,]+)\s*$/;
const QUANTITIES = new RegExp(String.raw`(?:${CURRENCY}\s?)?\d[\d,]*(?:\.\d+)?(?:\s?(?:thousand|million|billion|trillion)\b)?(?:\s?${MEASURE_UNIT})?`, 'gi');
const FRACTION_SYMBOLS: Record<string, string> = { '¼': '1 in 4', '½': '1 in 2', '¾': '3 in 4', '⅓': '1 in 3', '⅔': '2 in 3' };

// ---- years a statistic is tied to

const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const YEAR_MENTION = new RegExp(
  [
    String.raw`\b(?:in|during|as\s+of|for|of|throughout)\s+(?:(?:early|mid|late)[- ])?(?:(?:${MONTH}|Q[1-4]|H[12]|spring|summer|autumn|fall|winter)\s+)?(?<a>(?:19|20)\d\d)\b(?![-–/]\d)`,
    String.raw`\((?:(?:${MONTH})\.?\s+)?(?<b>(?:19|20)\d\d)\)`,
    String.raw`\b(?:a|an|the|its|their|our|his|her)\s+(?<c>(?:19|20)\d\d)\s+(?:study|survey|report|analysis|census|poll|paper|data|dataset|edition|review|audit|figures?|numbers|results|crawl|index|benchmark|research|estimate)\b`,
    String.raw`\b(?<d>(?:19|20)\d\d)['’]s\s+(?:figures|data|numbers|results|survey|report|edition|study)\b`,
  ].join('|'),
  'gi',
);
const HAS_YEAR = /(?:19|20)\d\d/;

// ---- own findings

const OWN_FINDING = new RegExp(
  [
    String.raw`\bwe\s+(?:[\w,'’]+\s+){0,4}?(?:found|find|saw|see|observed?|measured?|analy[sz]ed|surveyed|asked|received|looked|detected|crawled|tested|discovered|noticed|counted|recorded|identified|collected|track(?:ed)?|sampled|polled|interviewed|examined|calculated)\b`,
    String.raw`\bour\s+(?:own\s+|latest\s+|annual\s+|\d{4}\s+)?(?:survey|study|analysis|data|dataset|research|crawl|sample|set|tests?|testing|findings|results|respondents|report|poll|audit|measurements|numbers|benchmark|experiment)s?\b`,
    String.raw`\bwe\s+(?:ran|conducted|fielded|launched|carried\s+out)\s+(?:the|a|an|our|this)\s+(?:[\w'’-]+\s+){0,4}?(?:survey|study|poll|census|experiment|benchmark|crawl|audit)s?\b`,
    String.raw`\b(?:respondents|participants|survey[- ]takers|interviewees)\b`,
    String.raw`\bwho\s+(?:answered|responded|participated|took\s+(?:part|the\s+survey)|completed\s+the\s+survey)\b`,
    String.raw`\bof\s+(?:all\s+|the\s+)?(?:survey\s+)?(?:responses|answers)\b`,
    String.raw`\bthis\s+(?:year['’]s\s+|cycle['’]s\s+)?(?:survey|study|report|chapter|analysis|research|poll|audit|dataset)\b`,
    String.raw`\bthe\s+(?:figure|chart|graph|table)\s+(?:above|below)\b`,
    String.raw`\b(?:told|showed|gave)\s+us\b`,
  ].join('|'),
  'i',
);

/** True when the sentence presents its figure as the page's own finding ("our survey", "we found", "of respondents"). */
export function isOwnFinding(sentence: string): boolean {
  return OWN_FINDING.test(sentence);
}

/**
 * The statistics a sentence states, in order. Each match carries the year the sentence ties it to, when there is one
 * (`statistic-stale` reads `match.year`; there is no separate year function). Pass prose sentences: headings are the
 * caller's business.
 */
export function findStatistics(sentence: string): StatisticMatch[] {
  if (!HAS_DIGIT.test(sentence) && !HAS_NUMBER_WORD.test(sentence)) return [];
  const text = MAYBE_NOT_PROSE.test(sentence) ? maskNotProse(sentence) : sentence;

  const matches: StatisticMatch[] = [];
  TRIGGER.lastIndex = 0;
  let trigger: RegExpExecArray | null;
  let frames: SentenceFrames | undefined;
  while ((trigger = TRIGGER.exec(text)) !== null) {
    CANDIDATES.lastIndex = trigger.index;
    const found = CANDIDATES.exec(text);
    const statistic = found ? classify(text, found, (frames ??= new SentenceFrames(text))) : undefined;
    if (statistic) matches.push(statistic);
    // Go on after the candidate, even a rejected one, so "1200x630" is not read again as "200x630".
    if (found && found.index + found[0].length > TRIGGER.lastIndex) TRIGGER.lastIndex = found.index + found[0].length;
  }
  if (matches.length > 0 && HAS_YEAR.test(text)) attachYears(text, matches);
  return matches;
}

function maskNotProse(sentence: string): string {
  return sentence.replace(NOT_PROSE, (masked) => ' '.repeat(masked.length));
}

/**
 * Turns a candidate into a match, or drops it when the text around it shows a look-alike: one of its kind, or a
 * figure of any kind that sets, assumes or illustrates a value.
 */
function classify(text: string, found: RegExpExecArray, frames: SentenceFrames): StatisticMatch | undefined {
  const start = found.index;
  const end = start + found[0].length;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  const statistic = classifyKind(text, found, before, after);
  return statistic && !isSettingOrExample(text, start, end, before, after, frames) ? statistic : undefined;
}

/** The match a candidate makes by its kind, unless the words around it show a look-alike of that kind. */
function classifyKind(text: string, found: RegExpExecArray, before: string, after: string): StatisticMatch | undefined {
  const groups = found.groups!;
  const phrase = found[0];
  const start = found.index;
  const end = start + phrase.length;

  if (groups.percent !== undefined) {
    if (STYLING_BEFORE.test(before) || PERCENT_NOT_A_SHARE.test(after) || TERMS_BEFORE.test(before) || TERMS_AFTER.test(after)) return undefined;
    const rate = RATE_AFTER.exec(after);
    if (rate) return match(text, start, end + rate[0].length, percentValue(phrase), 'rate');
    return match(text, start, end, percentValue(phrase), 'percent');
  }
  if (groups.ratio !== undefined) {
    const [left, right] = phrase.split(RATIO_SPLIT);
    const part = numberValue(left);
    const whole = numberValue(right);
    if (part === undefined || whole === undefined || part >= whole) return undefined;
    if (YEAR_LIKE.test(left.trim()) || YEAR_LIKE.test(right.trim())) return undefined;
    if (OF_FORM.test(phrase) && isLabelBefore(before)) return undefined;
    return match(text, start, end, `${part} in ${whole}`, 'ratio');
  }
  if (groups.fraction !== undefined) {
    if (POSITION_BEFORE.test(before)) return undefined;
    // A share without "of" is one only when hedged: "fell to around half", "with about a quarter describing…", not
    // "cut it in half" or "a quarter mile".
    if (groups.bareHalf !== undefined) {
      if (DURATION_AFTER.test(after) || UNIT_AFTER_FRACTION.test(after)) return undefined; // "about half an hour"
      const hedge = hedgeBefore(before);
      return hedge === '' ? undefined : match(text, start - hedge.length, end, fractionValue(phrase), 'ratio');
    }
    return match(text, start, end, fractionValue(phrase), 'ratio');
  }
  if (groups.multiplier !== undefined) {
    if (DENSITY_AFTER.test(after) || DENSITY_BEFORE.test(before)) return undefined;
    return match(text, start, end, multiplierValue(phrase), 'multiplier');
  }
  if (groups.amount !== undefined) {
    if (LOWERCASE_SUFFIX.test(phrase) || SIZE_AFTER.test(after)) return undefined;
    // A price or an invoice line has no magnitude ("$9 a month", "$3,117.50"); "cost $1.2 billion a year" is a figure.
    const magnitude = HAS_MAGNITUDE.test(phrase);
    if (!magnitude && CENTS.test(phrase)) return undefined;
    if (!STARTS_WITH_DIGIT.test(phrase) && !CURRENCY_START.test(phrase) && CAPACITY_BEFORE.test(before)) return undefined;
    if (!magnitude && (PRICE_BEFORE.test(before) || (!STARTS_WITH_DIGIT.test(phrase) && PRICE_AFTER.test(after)))) return undefined;
    const country = DOLLAR_COUNTRY_BEFORE.exec(before)?.[0] ?? ''; // "US$1 trillion"
    return match(text, start - country.length, end, country + phrase.replace(TRAILING_OF, ''), 'amount');
  }
  if (groups.bytes !== undefined) {
    if (LIMIT_BEFORE.test(before) || !MEASUREMENT_CUE.test(text)) return undefined;
    return match(text, start, end, phrase.replace(LEADING_TILDE, ''), 'amount');
  }
  if (groups.perCount !== undefined) {
    if (!PER_MANY.test(phrase)) return undefined;
    const numbers = phrase.match(NUMBERS)!;
    return match(text, start, end, numbers.length === 2 ? `${numbers[0]} per ${numbers[1]}` : `per ${numbers[0]}`, 'rate');
  }
  if (groups.averageBefore !== undefined || groups.averageAfter !== undefined || groups.percentile !== undefined) {
    const value = averageValue(phrase, groups.averageAfter !== undefined);
    if (value === undefined || YEAR_LIKE.test(value)) return undefined;
    return match(text, start, end, value, 'average');
  }
  if (groups.averageWords !== undefined) {
    return match(text, start, end, `${groups.averageWord}${groups.averageWordUnit ?? ''}`.toLowerCase(), 'average');
  }
  if (groups.correlation !== undefined) return match(text, start, end, groups.coefficient!, 'rate');
  if (groups.pValue !== undefined) return match(text, start, end, `p = ${groups.pNumber ?? groups.pNumber2}`, 'rate');
  if (groups.perTime !== undefined) {
    // A time rate is a finding when it is hedged or large ("roughly 12,000 requests per second"), and a setting
    // when it is small or limited ("60 frames per second", "limited to 60 requests per minute").
    if (LIMIT_BEFORE.test(before) || LIMIT_WORD_BEFORE.test(before)) return undefined;
    const hedge = hedgeBefore(before);
    if (hedge === '' && Number(leadingNumber(phrase).replace(COMMAS, '')) < 1000) return undefined;
    return match(text, start - hedge.length, end, phrase, 'rate');
  }
  if (groups.countReached !== undefined) {
    if (UNIT_NOUN.test(after)) return undefined;
    const hedge = hedgeBefore(before);
    return match(text, start - hedge.length, end, leadingNumber(phrase), 'count');
  }
  if (groups.count !== undefined) {
    const digits = leadingNumber(phrase);
    if (!digits.includes(',') && YEAR_LIKE.test(digits)) return undefined;
    const hedge = hedgeBefore(before);
    if (hedge === '' && isLabelBefore(before)) return undefined;
    if (UNIT_NOUN.test(after) || BOUND_AFTER.test(after) || RANGE_BEFORE.test(before)) return undefined;
    return match(text, start - hedge.length, end, digits, 'count');
  }
  return undefined;
}

/** "over ", "roughly ", "~" right before a candidate, or "". */
function hedgeBefore(before: string): string {
  return HEDGE_BEFORE.exec(before)?.[0] ?? '';
}

function match(text: string, start: number, end: number, value: string, kind: StatisticKind): StatisticMatch {
  return { text: text.slice(start, end), value, kind, start, end };
}

function leadingNumber(phrase: string): string {
  return FIRST_NUMBER.exec(phrase)?.[0] ?? '';
}

/** 42, 1,200, "seven", "twenty-five", "a hundred" as a number. */
function numberValue(written: string): number | undefined {
  const trimmed = written.trim().toLowerCase();
  if (STARTS_WITH_DIGIT.test(trimmed)) return Number(trimmed.replace(COMMAS, ''));
  let total = 0;
  for (const word of trimmed.split(WORD_SEPARATOR)) {
    if (word === 'a') continue;
    const value = WORD_VALUES[word];
    if (value === undefined) return undefined;
    total = value === 100 ? Math.max(total, 1) * 100 : total + value;
  }
  return total;
}

/** "42 per cent" → "42%", "Sixty percent" → "60%", "5 percentage point" → "5% points". */
function percentValue(phrase: string): string {
  const written = PERCENT_NUMBER.exec(phrase)?.[1] ?? phrase;
  const points = POINTS.test(phrase) ? ' points' : '';
  const value = STARTS_WITH_DIGIT.test(written) ? written.replace(WHITESPACE, '') : String(numberValue(written) ?? written);
  return `${value}%${points}`;
}

/** "a third of" → "1 in 3", "two-thirds of" → "2 in 3", "nearly half" → "1 in 2", "¼" → "1 in 4". */
function fractionValue(phrase: string): string {
  const symbol = FRACTION_SYMBOLS[phrase[0]];
  if (symbol) return symbol;
  const words = phrase.toLowerCase().replace(TRAILING_OF, '').split(WORD_SEPARATOR);
  if (words.includes('half')) return '1 in 2';
  const part = words[0] === 'a' ? 1 : WORD_VALUES[words[0]];
  return `${part} in ${WORD_VALUES[words[1]]}`;
}

/** "3x" → "3x", "twice as" → "2x", "three times more" → "3x", "fivefold" → "5x". */
function multiplierValue(phrase: string): string {
  const lower = phrase.toLowerCase();
  if (STARTS_WITH_DIGIT.test(lower) && !FOLD_OR_TIMES.test(lower)) return `${leadingNumber(lower)}x`;
  if (lower.startsWith('twice') || lower.startsWith('doubl')) return '2x';
  if (lower.startsWith('thrice') || lower.startsWith('tripl')) return '3x';
  if (lower.startsWith('quadrupled')) return '4x';
  if (lower.startsWith('halved')) return '0.5x';
  const factor = FOLD_OR_TIMES.exec(lower);
  const range = factor ? RANGE_OF_NUMBERS.exec(factor[1]) : null; // "by 2-3 times"
  if (range) return `${numberValue(range[1]) ?? range[1]}-${numberValue(range[2]) ?? range[2]}x`;
  const count = factor ? numberValue(factor[1]) : undefined;
  return count === undefined ? lower : `${count}x`;
}

/** The number an average phrase reports, with its unit: "median size of 124 KB" → "124 KB". */
function averageValue(phrase: string, numberFirst: boolean): string | undefined {
  const quantities = phrase.match(QUANTITIES);
  if (!quantities) return undefined;
  // "3.2 backlinks on average" reports its first number; "average improvement of 14 points" its last.
  return (numberFirst ? quantities[0] : quantities[quantities.length - 1]).trim();
}

/** Gives each match the year mentioned nearest to it; a tie goes to the later year. */
function attachYears(text: string, matches: StatisticMatch[]): void {
  const years: Array<{ year: number; at: number }> = [];
  YEAR_MENTION.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = YEAR_MENTION.exec(text)) !== null) {
    const { a, b, c, d } = found.groups!;
    years.push({ year: Number(a ?? b ?? c ?? d), at: found.index + found[0].length / 2 });
  }
  if (years.length === 0) return;
  for (const statistic of matches) {
    const middle = (statistic.start + statistic.end) / 2;
    let nearest = years[0];
    for (const candidate of years) {
      const distance = Math.abs(candidate.at - middle);
      const nearestDistance = Math.abs(nearest.at - middle);
      if (distance < nearestDistance || (distance === nearestDistance && candidate.year > nearest.year)) nearest = candidate;
    }
    statistic.year = nearest.year;
  }
}

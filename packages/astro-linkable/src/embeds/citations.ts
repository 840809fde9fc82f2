// "Cite this": the page's citation in APA 7, MLA 9, Chicago (bibliography) and BibTeX, and a ready HTML link.
import { escapeHtml } from './escaping.js';
import type { PageContext } from './page-context.js';

export interface Citations {
  apa: string;
  mla: string;
  chicago: string;
  bibtex: string;
  html: string;
}

interface PersonName {
  given: string[];
  family: string;
}

type CitationContext = Pick<PageContext, 'title' | 'url' | 'siteName' | 'authors' | 'published' | 'updated'>;

/** All formats from the page's frontmatter (authors, dates, title) and the site's name and URL. */
export function citationsFor(context: CitationContext): Citations {
  const people = context.authors.map(readPersonName).filter((name): name is PersonName => name !== undefined);
  return {
    apa: apaCitation(context, people),
    mla: mlaCitation(context, people),
    chicago: chicagoCitation(context, people),
    bibtex: bibtexCitation(context, people),
    html: `<a href="${escapeHtml(context.url)}">${escapeHtml(context.title)}</a>`,
  };
}

const SUFFIXES = /^(?:jr|sr|ii|iii|iv|phd|ph\.d|md|mba|cpa|esq)\.?$/i;
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'bin', 'al', 'dos', 'das']);

/**
 * Reads a byline as written in frontmatter. "Elena Marsh, Head of Research" is a name and a role (the role is dropped);
 * "Marsh, Elena" is family name first; "Jane Doe, PhD" keeps the name. Returns undefined for an empty string.
 */
export function readPersonName(byline: string): PersonName | undefined {
  const [first, ...rest] = byline.split(',').map((part) => part.trim());
  if (!first) return undefined;
  const remainder = rest.join(', ');
  if (remainder && !SUFFIXES.test(remainder) && /^[\p{L}'’.-]+(?:\s[\p{L}]\.?)?$/u.test(remainder) && !/\s/.test(first)) {
    // "Marsh, Elena": one word before the comma, a given name after it.
    return { family: first, given: remainder.split(/\s+/) };
  }
  const words = first.split(/\s+/).filter(Boolean);
  if (words.length === 1) return { family: words[0], given: [] };
  let familyStart = words.length - 1;
  while (familyStart > 1 && PARTICLES.has(words[familyStart - 1].toLowerCase())) familyStart--;
  return { family: words.slice(familyStart).join(' '), given: words.slice(0, familyStart) };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function dateParts(iso: string | undefined): DateParts | undefined {
  const match = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]) - 1, day: Number(match[3]) };
}

function initials(given: string[]): string {
  return given.map((name) => name.split('-').map((part) => `${part[0]?.toUpperCase() ?? ''}.`).join('-')).join(' ');
}

function familyFirst(person: PersonName): string {
  return person.given.length ? `${person.family}, ${person.given.join(' ')}` : person.family;
}

function givenFirst(person: PersonName): string {
  return [...person.given, person.family].join(' ');
}

function withPeriod(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** APA 7, webpage: Marsh, E. (2026, October 6). Title. Site. URL */
function apaCitation(context: CitationContext, people: PersonName[]): string {
  const date = dateParts(context.published ?? context.updated);
  const when = date ? `(${date.year}, ${MONTHS[date.month]} ${date.day}).` : '(n.d.).';
  if (people.length === 0) return `${withPeriod(context.siteName)} ${when} ${withPeriod(context.title)} ${context.url}`;
  const names = people.map((person) => (person.given.length ? `${person.family}, ${initials(person.given)}` : person.family));
  const authors = names.length === 1 ? names[0] : names.length === 2 ? `${names[0]}, & ${names[1]}` : `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
  return `${withPeriod(authors)} ${when} ${withPeriod(context.title)} ${withPeriod(context.siteName)} ${context.url}`;
}

/** MLA 9: Marsh, Elena. "Title." Site, 6 Oct. 2026, www.example.com/page/. */
function mlaCitation(context: CitationContext, people: PersonName[]): string {
  const date = dateParts(context.published ?? context.updated);
  const authors =
    people.length === 0
      ? ''
      : people.length === 1
        ? withPeriod(familyFirst(people[0]))
        : people.length === 2
          ? withPeriod(`${familyFirst(people[0])}, and ${givenFirst(people[1])}`)
          : withPeriod(`${familyFirst(people[0])}, et al`);
  const title = `"${withPeriod(context.title)}"`;
  const when = date ? `, ${date.day} ${MLA_MONTHS[date.month]} ${date.year}` : '';
  const bareUrl = context.url.replace(/^https?:\/\//i, '');
  return `${authors ? `${authors} ` : ''}${title} ${context.siteName}${when}, ${bareUrl}.`;
}

/** Chicago 17, bibliography entry for a web page: Marsh, Elena. "Title." Site. October 6, 2026. URL. */
function chicagoCitation(context: CitationContext, people: PersonName[]): string {
  const published = dateParts(context.published);
  const updated = dateParts(context.updated);
  const authors =
    people.length === 0
      ? withPeriod(context.siteName)
      : people.length === 1
        ? withPeriod(familyFirst(people[0]))
        : withPeriod(
            `${familyFirst(people[0])}, ${people.length > 2 ? `${people.slice(1, -1).map(givenFirst).join(', ')}, ` : ''}and ${givenFirst(people[people.length - 1])}`,
          );
  const long = (date: DateParts) => `${MONTHS[date.month]} ${date.day}, ${date.year}`;
  const when = published ? ` ${long(published)}.` : updated ? ` Last modified ${long(updated)}.` : '';
  const site = people.length === 0 ? '' : ` ${withPeriod(context.siteName)}`;
  return `${authors} "${withPeriod(context.title)}"${site}${when} ${context.url}.`;
}

/** BibTeX `@misc`, readable by BibTeX and biblatex alike. */
function bibtexCitation(context: CitationContext, people: PersonName[]): string {
  const date = dateParts(context.published ?? context.updated);
  const author = people.length ? people.map((person) => bibtexEscape(familyFirst(person))).join(' and ') : `{${bibtexEscape(context.siteName)}}`;
  const fields: Array<[string, string]> = [
    ['author', `{${author}}`],
    ['title', `{{${bibtexEscape(context.title)}}}`],
    ['howpublished', `{${bibtexEscape(context.siteName)}}`],
  ];
  if (date) {
    fields.push(['year', `{${date.year}}`]);
    fields.push(['month', BIBTEX_MONTHS[date.month]]);
  }
  fields.push(['url', `{${context.url.replace(/[{}\\]/g, '')}}`]);
  if (context.updated) fields.push(['note', `{Last updated ${context.updated}}`]);
  const body = fields.map(([key, value]) => `  ${key} = ${value}`).join(',\n');
  return `@misc{${bibtexKey(context, people, date)},\n${body}\n}`;
}

const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'and', 'for', 'to']);

function bibtexKey(context: CitationContext, people: PersonName[], date: DateParts | undefined): string {
  const ascii = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  const who = ascii(people[0]?.family ?? context.siteName) || 'page';
  const word = context.title.split(/\s+/).map(ascii).find((candidate) => /[a-z]/.test(candidate) && !STOP_WORDS.has(candidate)) ?? '';
  return `${who}${date?.year ?? ''}${word}`;
}

/** Escapes the characters BibTeX treats as commands or groups. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (char) => {
    if (char === '\\') return '\\textbackslash{}';
    if (char === '^') return '\\^{}';
    if (char === '~') return '\\~{}';
    return `\\${char}`;
  });
}

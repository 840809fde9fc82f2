// How much the statistic detector adds to a lint run, measured against remark-parse on the same text.
// Run: npm run build:package && npx node bench/statistics-speed.ts [folder of .md/.mdx articles]
// Without a folder it uses the labelled sentences (half of them statistics: the costly end). With a folder it parses
// each article and runs the detector on its paragraph sentences, which is closer to what a lint run does.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { findStatistics, isOwnFinding } from '../packages/astro-linkable/dist/lint/statistics.js';

const ROUNDS = 9;
const parser = unified().use(remarkParse);
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

interface Workload {
  name: string;
  /** Markdown sources, parsed as remark-parse would parse them in a lint run. */
  sources: string[];
  sentences: string[];
}

function labelledWorkload(): Workload {
  const sentences: string[] = [];
  for (const file of ['statistics-labelled.jsonl', 'statistics-heldout.jsonl', 'statistics-fresh.jsonl']) {
    const lines = readFileSync(new URL(`../test/data/${file}`, import.meta.url), 'utf8').split('\n');
    for (const line of lines) if (line.trim() !== '') sentences.push((JSON.parse(line) as { text: string }).text);
  }
  // 20 copies so one round takes long enough to time.
  const copies = Array.from({ length: 20 }, () => sentences).flat();
  return { name: 'labelled sentences x20', sources: [copies.join('\n\n')], sentences: copies };
}

function articleWorkload(folder: string): Workload {
  const sources: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.mdx?$/.test(entry)) sources.push(readFileSync(path, 'utf8'));
    }
  };
  walk(folder);
  const sentences: string[] = [];
  for (const source of sources) {
    visit(parser.parse(source) as Root, 'paragraph', (paragraph) => {
      for (const { segment } of segmenter.segment(toString(paragraph))) if (segment.trim() !== '') sentences.push(segment.trim());
    });
  }
  return { name: `${sources.length} articles in ${folder}`, sources, sentences };
}

/**
 * One sentence with thousands of figures (a huge single line, as bad input can be): the detector must stay linear in
 * it, so a sentence 4x as long takes about 4x as long. Checks of the whole sentence run once, not once per figure.
 */
function longSentence(figures: number): string {
  return Array.from({ length: figures }, (_, i) => `let's say ${i % 100}% rose by ${(i % 9) + 2} times`).join(', ');
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

function measure(workload: Workload): void {
  const parse = () => {
    for (const source of workload.sources) parser.parse(source);
  };
  let unowned = 0;
  const detect = () => {
    unowned = 0;
    for (const sentence of workload.sentences) if (findStatistics(sentence).length > 0 && !isOwnFinding(sentence)) unowned++;
  };
  parse();
  detect();
  // Alternate the two so a busy machine slows both alike.
  const parseMs: number[] = [];
  const detectMs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let start = performance.now();
    parse();
    parseMs.push(performance.now() - start);
    start = performance.now();
    detect();
    detectMs.push(performance.now() - start);
  }
  const kib = workload.sources.reduce((total, source) => total + source.length, 0) / 1024;
  const withDigits = workload.sentences.filter((sentence) => /\d/.test(sentence)).length;
  const parsed = median(parseMs);
  const detected = median(detectMs);
  console.log(`${workload.name}: ${kib.toFixed(0)} KiB, ${workload.sentences.length} sentences (${withDigits} with a digit)`);
  console.log(`  remark-parse                 ${parsed.toFixed(1)} ms`);
  console.log(`  findStatistics + isOwnFinding ${detected.toFixed(1)} ms, ${((detected / workload.sentences.length) * 1000).toFixed(2)} µs per sentence`);
  console.log(`  detector / remark-parse      ${((detected / parsed) * 100).toFixed(1)}%`);
  console.log(`  sentences with a statistic that is not an own finding: ${unowned}`);
}

measure(process.argv[2] ? articleWorkload(process.argv[2]) : labelledWorkload());
if (!process.argv[2]) {
  const [short, long] = [longSentence(2000), longSentence(8000)];
  const time = (sentence: string) => median(Array.from({ length: ROUNDS }, () => {
    const start = performance.now();
    findStatistics(sentence);
    return performance.now() - start;
  }));
  const shortMs = time(short);
  const longMs = time(long);
  console.log(`one sentence with 2,000 figures: ${shortMs.toFixed(1)} ms; with 8,000: ${longMs.toFixed(1)} ms (${(longMs / shortMs).toFixed(1)}x for 4x the text; linear is about 4x)`);
}

// Reads every file the outreach options name: prospects, competitor backlinks, broken backlinks, the site's own backlinks.
// A file that cannot be read is reported and left out; the others still count.
import path from 'node:path';
import { isDeadStatus } from './imports/ahrefs-broken-backlinks.js';
import { readLinkingDomains } from './imports/already-linking.js';
import { readBacklinkExport } from './imports/backlink-exports.js';
import { ImportReport, type ImportRole } from './imports/import-report.js';
import { readProspects, type Prospect } from './imports/prospects.js';
import { ImportFileError } from './imports/unknown-format.js';
import type { OutreachOptions } from './options.js';
import type { CompetitorLink } from './targets/competitor-backlinks.js';
import type { Authority } from './types.js';

export interface OutreachImports {
  prospects: Prospect[];
  /** One link per referring domain and competitor page (the most useful row when an export repeats it). */
  competitorLinks: CompetitorLink[];
  /** Domains that already link to the site. */
  alreadyLinking: Set<string>;
  /** The best authority any import gives a domain (for cited sources, which come with none). */
  authorities: Map<string, Authority>;
  reports: ImportReport[];
}

export async function readOutreachImports(root: string, options: OutreachOptions): Promise<OutreachImports> {
  const reports: ImportReport[] = [];
  const authorities = new Map<string, Authority>();
  const noteAuthority = (domain: string, authority: Authority | undefined) => {
    if (!authority) return;
    const current = authorities.get(domain);
    // Domain-level scores (DR) describe a site better than page-level ones (Semrush's page AS).
    if (!current || (authority.label === 'DR' && current.label !== 'DR') || (authority.label === current.label && authority.value > current.value)) authorities.set(domain, authority);
  };

  const read = async <T>(file: string, role: ImportRole, run: (absolutePath: string, report: ImportReport) => Promise<T>): Promise<T | undefined> => {
    const report = new ImportReport(file, role);
    reports.push(report);
    try {
      return await run(path.resolve(root, file), report);
    } catch (error) {
      report.fail(describeFailure(file, error));
      return undefined;
    }
  };

  const prospects: Prospect[] = [];
  for (const file of options.prospects) {
    const list = await read(file, 'prospects', readProspects);
    for (const prospect of list ?? []) {
      prospects.push(prospect);
      if (prospect.authority !== undefined) noteAuthority(prospect.domain, { value: prospect.authority, label: 'authority' });
    }
  }

  const links = new Map<string, CompetitorLink>();
  const collect = (forceBroken: boolean) => async (absolutePath: string, report: ImportReport) => {
    for await (const batch of readBacklinkExport(absolutePath, report)) {
      for (const link of batch) {
        noteAuthority(link.referringDomain, link.authority);
        const broken = forceBroken || isDeadStatus(link.targetStatus);
        // A broken-backlinks export also lists live targets (redirects); those are ordinary competitor links.
        const competitorLink: CompetitorLink = Object.assign(link, { broken });
        const key = `${link.referringDomain} ${link.targetUrl} ${broken ? 'broken' : 'live'}`;
        const current = links.get(key);
        if (!current || usefulness(competitorLink) > usefulness(current)) links.set(key, competitorLink);
      }
    }
  };
  for (const file of options.backlinks) await read(file, 'backlinks', collect(false));
  for (const file of options.brokenBacklinks) await read(file, 'broken-backlinks', collect(true));

  const alreadyLinking = new Set<string>();
  for (const file of options.alreadyLinking) {
    const domains = await read(file, 'already-linking', readLinkingDomains);
    for (const domain of domains ?? []) alreadyLinking.add(domain);
  }

  return { prospects, competitorLinks: [...links.values()], alreadyLinking, authorities, reports };
}

/** Which of two rows for the same link to keep: a followed, live link with higher authority. */
function usefulness(link: CompetitorLink): number {
  return (link.lost ? 0 : 1000) + (link.nofollow || link.ugc || link.sponsored ? 0 : 500) + (link.authority?.value ?? 0);
}

function describeFailure(file: string, error: unknown): string {
  if (error instanceof ImportFileError) return error.message;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return `${file}: file not found (paths are relative to the project root).`;
  if (code === 'EISDIR') return `${file}: is a folder; expected a CSV, TSV, JSON or YAML file.`;
  return `${file}: cannot be read (${(error as Error)?.message ?? String(error)}).`;
}

// What happened to one imported file: its detected format, rows read, and each row skipped with its line and why.

/** Problems kept per file; past this only the count grows, so a badly broken 100,000-row export stays cheap. */
const MAX_PROBLEMS_KEPT = 50;

export type ImportRole = 'prospects' | 'backlinks' | 'broken-backlinks' | 'already-linking';

export interface ImportProblem {
  /** 1-based line in the file; 0 for a problem with the whole file. */
  line: number;
  message: string;
}

export class ImportReport {
  /** Format id once detected (e.g. `ahrefs-backlinks`). */
  format: string | undefined;
  /** Data rows read (header excluded), whether used or skipped. */
  rows = 0;
  /** Rows skipped as malformed. */
  skipped = 0;
  /** A problem that stopped the whole file (missing, unknown format); the file contributed nothing. */
  error: string | undefined;
  readonly problems: ImportProblem[] = [];

  constructor(
    /** Path relative to the project root, as the user wrote it in the options. */
    readonly file: string,
    readonly role: ImportRole,
  ) {}

  skip(line: number, message: string): void {
    this.skipped++;
    if (this.problems.length < MAX_PROBLEMS_KEPT) this.problems.push({ line, message });
  }

  fail(message: string): void {
    this.error = message;
  }

  /** Lines for the build log: one per kept problem, then how many more were not shown. */
  describe(): string[] {
    if (this.error) return [this.error];
    const lines = this.problems.map((problem) => `${this.file}:${problem.line}: skipped row: ${problem.message}`);
    if (this.skipped > this.problems.length) lines.push(`${this.file}: ${this.skipped - this.problems.length} more malformed rows skipped.`);
    return lines;
  }

  toJSON() {
    return {
      file: this.file,
      role: this.role,
      format: this.format ?? null,
      rows: this.rows,
      skipped: this.skipped,
      error: this.error ?? null,
      problems: this.problems,
    };
  }
}

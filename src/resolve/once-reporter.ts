import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';

/**
 * Reports a problem shared by several interfaces (one NAD, one resource, one env variable) once:
 * later interfaces become notes on the first diagnostic instead of repeating it.
 */
export class OnceReporter {
  private readonly first = new Map<string, number>();

  constructor(private readonly diags: Diagnostics) {}

  /** true when `key` was reported before (the note is then added to that diagnostic); else remembers the next diagnostic under `key`. */
  seen(key: string, note?: { message: string; pos: Position }): boolean {
    const at = this.first.get(key);
    if (at !== undefined) {
      if (note) this.diags.list[at]?.related.push(note);
      return true;
    }
    this.first.set(key, this.diags.list.length);
    return false;
  }

  private readonly cache = new Map<string, unknown>();

  /** Parses a shared value once, so a malformed one is reported once. */
  parsed<T>(key: string, parse: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, parse());
    return this.cache.get(key) as T;
  }
}

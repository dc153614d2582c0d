import { DuckDbSink } from '../batch/duckdb-sink.js';
import type { ResultStore, StoredArticle, WriteOutcome } from './store.js';

/**
 * Results into a DuckDB file (`--db corpus.duckdb`), through the batch's own sink: the same
 * tables. DuckDB lets one process write a file, so one worker process per file.
 */
export class DuckDbStore implements ResultStore {
  private constructor(
    private readonly sink: DuckDbSink,
    private readonly hashes: Map<string, string>,
    readonly label: string,
  ) {}

  static async open(path: string, options: { offsets: 'utf16' | 'codepoint' }): Promise<DuckDbStore> {
    const sink = await DuckDbSink.open(path, { resume: true, offsets: options.offsets });
    const reader = await sink.connectionForExport.runAndReadAll('SELECT article_id, hash FROM articles');
    const hashes = new Map((reader.getRows() as Array<[string, string]>).map(([id, hash]) => [id, hash]));
    return new DuckDbStore(sink, hashes, `the DuckDB database ${path}`);
  }

  async write(articles: StoredArticle[]): Promise<WriteOutcome[]> {
    const outcomes = articles.map((article): WriteOutcome => {
      const stored = this.hashes.get(article.id);
      if (stored !== undefined) return stored === article.hash ? 'already' : 'conflict';
      this.hashes.set(article.id, article.hash);
      return 'written';
    });
    try {
      for (const [i, article] of articles.entries()) if (outcomes[i] === 'written') await this.sink.add(article.rows);
      await this.sink.flush();
    } catch (error) {
      articles.forEach((article, i) => outcomes[i] === 'written' && this.hashes.delete(article.id));
      throw error;
    }
    return outcomes;
  }

  async close(): Promise<void> {
    await this.sink.close();
  }
}

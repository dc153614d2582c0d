import { contentHash } from '@marginalia/core';

/**
 * The key by which --resume knows an article is done: its id together with the
 * content hash of its text. The id is part of it so that two articles with the same
 * text (a wire story run by two outlets) stay two articles on resume, as in a full run.
 */
export function resumeKey(id: string, textHash: string): string {
  return contentHash(`${id}\u0000${textHash}`);
}

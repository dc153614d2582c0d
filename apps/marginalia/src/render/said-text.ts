import type { Attribution } from '@marginalia/core';

/** What a source said, as shown to a reader: the content's pieces joined by an ellipsis when the tag interrupts it. */
export function saidText(a: Attribution): string {
  return a.contentParts && a.contentParts.length > 1 ? a.contentParts.map((p) => p.text).join(' … ') : a.content.text;
}

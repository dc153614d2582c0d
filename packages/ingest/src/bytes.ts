/**
 * Reads a stream of chunks (standard input, a file stream, a fetch body) into one byte
 * array, refusing it as soon as it passes `maxBytes`: `tooLarge` gives the error to throw,
 * and leaving the loop cancels the stream, so the rest is never read.
 */
export async function readCappedBytes(stream: AsyncIterable<Uint8Array | string>, maxBytes: number, tooLarge: (size: number) => Error): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.length;
    if (size > maxBytes) throw tooLarge(size);
    chunks.push(bytes);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

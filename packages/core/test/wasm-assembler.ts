/*
 * Just enough of the WebAssembly binary format to write core's small kernels as instructions
 * in their tests (dense-kernel.test.ts, ner/codec.test.ts): each test assembles its kernel here
 * and checks the bytes that ship. https://webassembly.github.io/spec/core/binary/
 */

/** An unsigned LEB128 number. */
export const u = (n: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>>= 7;
    if (n) out.push(b | 0x80);
    else return [...out, b];
  }
};

/** A signed LEB128 number. */
export const s = (n: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) return [...out, b];
    out.push(b | 0x80);
  }
};

export const section = (id: number, content: number[]): number[] => [id, ...u(content.length), ...content];
export const vec = (items: number[][]): number[] => [...u(items.length), ...items.flat()];
export const name = (text: string): number[] => [...u(text.length), ...[...text].map((c) => c.charCodeAt(0))];

export const [I32, F64, V128] = [0x7f, 0x7c, 0x7b];
export const get = (k: number) => [0x20, ...u(k)];
export const set = (k: number) => [0x21, ...u(k)];
export const tee = (k: number) => [0x22, ...u(k)];
export const i32 = (n: number) => [0x41, ...s(n)];
export const [BLOCK, LOOP, IF, ELSE, END] = [[0x02, 0x40], [0x03, 0x40], [0x04, 0x40], [0x05], [0x0b]];
export const br = (d: number) => [0x0c, ...u(d)];
export const brIf = (d: number) => [0x0d, ...u(d)];

/** The module header (magic and version). */
export const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

/**
 * A module of one function (`params` -> `results`, its `locals` as [count, type] groups and its
 * `body`, which ends with END) exported as `exportName`, and one memory of `memoryPages` pages
 * exported as "m": the shape of each of core's kernels.
 */
export function singleFunctionModule(o: { params: number[]; results: number[]; locals: Array<[number, number]>; body: number[]; exportName: string; memoryPages: number }): Uint8Array {
  const func = [...vec(o.locals.map(([count, type]) => [...u(count), type])), ...o.body];
  return Uint8Array.from([
    ...HEADER,
    ...section(1, vec([[0x60, ...vec(o.params.map((p) => [p])), ...vec(o.results.map((r) => [r]))]])),
    ...section(3, vec([u(0)])),
    ...section(5, vec([[0x00, ...u(o.memoryPages)]])),
    ...section(7, vec([[...name(o.exportName), 0x00, ...u(0)], [...name('m'), 0x02, ...u(0)]])),
    ...section(10, vec([[...u(func.length), ...func]])),
  ]);
}

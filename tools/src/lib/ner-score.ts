/** Exact-match entity scoring: a predicted span counts only with the same bounds and type. */
export interface TypeCounts {
  tp: number;
  fp: number;
  fn: number;
}

export class SpanScorer {
  readonly counts = new Map<string, TypeCounts>();

  private of(type: string): TypeCounts {
    let c = this.counts.get(type);
    if (!c) this.counts.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  }

  /** Adds one unit (sentence or document) of gold and predicted spans, keyed `start:end`. */
  add(gold: ReadonlyArray<{ start: number; end: number; type: string }>, predicted: ReadonlyArray<{ start: number; end: number; type: string }>): void {
    const goldKeys = new Set(gold.map((g) => `${g.start}:${g.end}:${g.type}`));
    const predKeys = new Set(predicted.map((p) => `${p.start}:${p.end}:${p.type}`));
    for (const g of gold) this.of(g.type)[predKeys.has(`${g.start}:${g.end}:${g.type}`) ? 'tp' : 'fn']++;
    for (const p of predicted) if (!goldKeys.has(`${p.start}:${p.end}:${p.type}`)) this.of(p.type).fp++;
  }

  figures(types: readonly string[]): { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number } {
    const sum = { tp: 0, fp: 0, fn: 0 };
    for (const t of types) {
      const c = this.counts.get(t);
      if (c) (sum.tp += c.tp), (sum.fp += c.fp), (sum.fn += c.fn);
    }
    const precision = sum.tp / Math.max(1, sum.tp + sum.fp);
    const recall = sum.tp / Math.max(1, sum.tp + sum.fn);
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision, recall, f1, ...sum };
  }

  /** One line per type, then the micro figure over `microTypes`. */
  report(label: string, types: readonly string[], microTypes: readonly string[]): string[] {
    const line = (name: string, f: ReturnType<SpanScorer['figures']>) =>
      `${label} ${name.padEnd(10)} P ${f.precision.toFixed(4)}  R ${f.recall.toFixed(4)}  F1 ${f.f1.toFixed(4)}  (tp ${f.tp}, fp ${f.fp}, fn ${f.fn})`;
    return [...types.map((t) => line(t, this.figures([t]))), line(`micro(${microTypes.join('+')})`, this.figures(microTypes))];
  }
}

/**
 * The totals the real-articles scoring adds up over articles, and the figures taken from them (micro-averages:
 * ratios of the summed counts), with the README's summary line.
 */

export interface RealTotals {
  entities: { gold: number; found: number; right: number; wrong: number; typeErrors: number; ignored: number };
  attributions: {
    required: number;
    right: number;
    wrongSpeaker: number;
    missedDirect: number;
    missedReported: number;
    predicted: number;
    precRight: number;
    precIgnored: number;
    precWrongSpeaker: number;
    falseAlarms: number;
    other: number;
    /** Predictions hitting an item with a non-null speaker whose source names someone. */
    namedHits: number;
    namedWrong: number;
    /** Predictions hitting such an item with no usable source (counted apart). */
    unnamedHits: number;
  };
  boilerplate: { entries: number; found: number; foundStrict: number; falseParagraphs: number };
  techniques: { neutralMarks: number; neutralChars: number; devices: number; devicesFound: number; devicesAnyLabel: number };
  tone: Array<{ file: string; kind: string; sensationalism: number; techniqueShare: number }>;
}

export function emptyTotals(): RealTotals {
  return {
    entities: { gold: 0, found: 0, right: 0, wrong: 0, typeErrors: 0, ignored: 0 },
    attributions: {
      required: 0,
      right: 0,
      wrongSpeaker: 0,
      missedDirect: 0,
      missedReported: 0,
      predicted: 0,
      precRight: 0,
      precIgnored: 0,
      precWrongSpeaker: 0,
      falseAlarms: 0,
      other: 0,
      namedHits: 0,
      namedWrong: 0,
      unnamedHits: 0,
    },
    boilerplate: { entries: 0, found: 0, foundStrict: 0, falseParagraphs: 0 },
    techniques: { neutralMarks: 0, neutralChars: 0, devices: 0, devicesFound: 0, devicesAnyLabel: 0 },
    tone: [],
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const harmonic = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Area under the ROC curve of `score` separating `positive` kinds from `negative` kinds (ties count half). */
export function rankingAuc(rows: Array<{ kind: string; score: number }>, positive: string[], negative: string[]): number {
  const pos = rows.filter((r) => positive.includes(r.kind)).map((r) => r.score);
  const neg = rows.filter((r) => negative.includes(r.kind)).map((r) => r.score);
  if (pos.length === 0 || neg.length === 0) return 0;
  let wins = 0;
  for (const a of pos) for (const b of neg) wins += a > b ? 1 : a === b ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

export interface RealFigures {
  entityPrecision: number;
  entityRecall: number;
  entityF1: number;
  attributionPrecision: number;
  attributionRecall: number;
  attributionF1: number;
  wrongSpeaker: number;
  boilerplateRecall: number;
  boilerplateRecallStrict: number;
  falseBoilerplate: number;
  neutralMarksPerK: number;
  deviceRecall: number;
  deviceRecallAnyLabel: number;
  toneAuc: number;
  toneAucWithOpinion: number;
}

export function realFigures(t: RealTotals): RealFigures {
  const ep = ratio(t.entities.right, t.entities.right + t.entities.wrong);
  const er = ratio(t.entities.found, t.entities.gold);
  const a = t.attributions;
  const ap = ratio(a.precRight, a.precRight + a.precWrongSpeaker + a.falseAlarms + a.other);
  const ar = ratio(a.right, a.required);
  const tone = t.tone.map((r) => ({ kind: r.kind, score: r.sensationalism }));
  return {
    entityPrecision: ep,
    entityRecall: er,
    entityF1: harmonic(ep, er),
    attributionPrecision: ap,
    attributionRecall: ar,
    attributionF1: harmonic(ap, ar),
    wrongSpeaker: ratio(a.namedWrong, a.namedHits),
    boilerplateRecall: ratio(t.boilerplate.found, t.boilerplate.entries),
    boilerplateRecallStrict: ratio(t.boilerplate.foundStrict, t.boilerplate.entries),
    falseBoilerplate: t.boilerplate.falseParagraphs,
    neutralMarksPerK: ratio(t.techniques.neutralMarks * 1000, t.techniques.neutralChars),
    deviceRecall: ratio(t.techniques.devicesFound, t.techniques.devices),
    deviceRecallAnyLabel: ratio(t.techniques.devicesAnyLabel, t.techniques.devices),
    toneAuc: rankingAuc(tone, ['propaganda'], ['wire', 'feature']),
    toneAucWithOpinion: rankingAuc(tone, ['propaganda', 'opinion'], ['wire', 'feature']),
  };
}

/** The README's summary line. */
export function summaryLine(f: RealFigures): string {
  const x = (v: number) => v.toFixed(3);
  return (
    `real entities_f1=${x(f.entityF1)} attribution_f1=${x(f.attributionF1)} wrong_speaker=${x(f.wrongSpeaker)} ` +
    `boilerplate_recall=${x(f.boilerplateRecall)} neutral_marks_per_k=${x(f.neutralMarksPerK)} device_recall=${x(f.deviceRecall)}`
  );
}


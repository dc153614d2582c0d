/**
 * Logistic model of a mention's confidence: the probability that the mention is right
 * (span and type), from the features of `confidenceFeatures` in
 * stages/coreference/types.ts, in this order: bias, logit of the entity's evidence share
 * for its type, logit of the tagger's own probability for that type, tagger margin / 10
 * (capped at 2), log of the entity's mention count, a rule backs the type, one word, found
 * by a rule alone, in capitals.
 *
 * Fitted by `npm run eval -- ner --heldout '/tmp/marginalia-ner-fold-{K}.bin' --fit-confidence`
 * on the five held-out fifths of CoNLL-2003 train (each tagged by a model trained on the
 * other four fifths); CoNLL dev is kept to check the calibration. DATE mentions have no
 * CoNLL gold: their figure is a fixed estimate, not a calibrated one.
 */
export const CONFIDENCE_MODEL = {
  fittedOn: 'CoNLL-2003 train, five held-out fifths (23,400 mentions)',
  weights: [-0.7867, 0.2132, 0.439, 0.6259, 0.6955, 0.7016, 0.0018, -2.6889, -0.2422, 0.2886, -0.9792],
  date: 0.85,
};

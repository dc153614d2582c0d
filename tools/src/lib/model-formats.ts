/** What each model's files hold (the manifest's `format`), written by the training scripts. */
export const EMBEDDINGS_FORMAT = 'embeddings.json: id, source, dimensions, words (space-separated, row order), scales (one per dimension); vectors: int8, words × dimensions, row-major; slotKeys, slotRows: the word look-up table (open addressing over hashWord of the word, linear probing, a power-of-two number of slots at least twice the words; keys uint32 hash, rows int32 row or -1, little-endian)';
export const WIDE_DEEP_FORMAT = 'NAME.json: features, bias, scale, bytesPerWeight, dense.b1, dense.w2; weights: 2^bits hashed weights, int8 or int16 little-endian (bytesPerWeight); dense-w1: float32 little-endian, hidden × inputs';
export const NER_FORMAT = 'ner.json: bits, scale, trainedOn; packed: varint rows (gap from the previous non-empty row, tag mask, zigzag int16 weights per tag)';
export const ATTRIBUTION_FORMAT = 'attribution.json: tableBits, thresholds, vocab, cueScale, contentScale; cue, content: 2^tableBits int16 little-endian hashed weights';
export const TAGGER_FORMAT = 'techniques-tagger.json: labels, words, scales, token and sentence networks (float arrays); vectors: int8, words × columns (prev, current, next, sentence hidden units, lexicon rates), row-major';
export const LEXICON_FORMAT = 'techniques-lexicon.json: entries [phrase, label, train precision, train count, attach], thresholds and span per label';
export const CALIBRATION_FORMAT = 'techniques-calibration.json: score bin edges, per source and per source|label [credit, marks] per bin, density factors';
export const ATTRIBUTION_CUES_FORMAT = 'attribution-cues.json: cues, lower-case word form -> learned weight (3 decimals), sorted by word';
export const SENTIMENT_WORDS_FORMAT = 'sentiment-words.json: classes, [name, words] per sentiment cue class in feature order (after the hand-written classes); words lower-cased, sorted, separated by single spaces';
export const COMMON_WORDS_FORMAT = 'common-words.json: words, lower-cased, sorted, separated by single spaces';
export const CLAIM_CONFIDENCE_FORMAT = 'claim-confidence.json: features (names, in order) and weights (4 decimals) of the logistic map from a claim\'s scores, kind and reasons to its confidence';

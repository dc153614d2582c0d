/*
 * Builds the sentiment word lists the sentence classifiers use as cue classes: every
 * word of the training vocabularies that wink-eng-lite-web-model (MIT) gives a
 * sentiment, bucketed by sign and strength. Only the words and their buckets ship
 * (the model package's sentiment-words: packages/model-en/models/sentiment-words.json), never corpus text.
 */
import { writeModel } from './model-files.js';
import { SENTIMENT_WORDS_FORMAT } from './model-formats.js';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export function buildSentimentLexicon(vocabulary: Iterable<string>): Record<string, string[]> {
  const nlp = winkNLP(model);
  const lists: Record<string, string[]> = { sentimentStrongNegative: [], sentimentNegative: [], sentimentPositive: [], sentimentStrongPositive: [] };
  for (const word of [...new Set(vocabulary)].sort()) {
    if (!/^[a-z][a-z'-]+$/.test(word)) continue;
    const score = nlp.readDoc(word).out(nlp.its.sentiment) as number;
    if (score <= -0.5) lists.sentimentStrongNegative.push(word);
    else if (score < 0) lists.sentimentNegative.push(word);
    else if (score >= 0.5) lists.sentimentStrongPositive.push(word);
    else if (score > 0) lists.sentimentPositive.push(word);
  }
  return lists;
}

/** Writes the lists, in their order (it is the classes' feature order), as the model package's sentiment-words; the same lists give the same bytes. */
export function writeSentimentLexicon(lists: Record<string, string[]>, command: string): string {
  const trainedOn = `Words seen twice or more in NewsSD-ENG train, PTC train and CT24 check-worthiness train that wink-eng-lite-web-model (MIT) gives a sentiment, bucketed by sign and strength (strong at |score| >= 0.5); written by \`${command}\``;
  const classes = Object.entries(lists).map(([name, words]) => [name, words.join(' ')]);
  return writeModel('sentiment-words', { classes }, { version: 'sentiment-words@1', format: SENTIMENT_WORDS_FORMAT, trainedOn }).join(', ');
}

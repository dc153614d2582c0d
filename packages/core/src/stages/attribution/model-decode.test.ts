import { modelContext } from '../../../test/models.js';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { emptyArticle } from '../../pipeline.js';
import { segmentStage } from '../segment.js';
import { buildFinderInput } from './input.js';
import { bestContent, groupCues, tagSetOff } from './model-decode.js';
import { TABLE_BITS, tokenView, type TokenView } from './model-features.js';

function view(text: string): TokenView {
  const article = emptyArticle(text);
  const context = modelContext();
  segmentStage().run(article, context);
  return tokenView(buildFinderInput(article, context));
}

const index = (v: TokenView, word: string) => v.words.indexOf(word);

describe('attribution model decoding', () => {
  it('groups nearby cue tokens into one cue but not across a comma', () => {
    const v = view('Olsen said in a statement that the pier is safe, officials added.');
    const cues = groupCues(v, [index(v, 'said'), index(v, 'statement'), index(v, 'added')]);
    expect(cues.map((c) => v.words.slice(c.first, c.end).join(' '))).toEqual(['said in a statement', 'added']);
  });

  it('never lets content start or end inside the cue, and only runs around a tag set off by punctuation', () => {
    // With all weights zero every span ties; longer spans must still respect the cue and the tag rule.
    const zero = new Float32Array(1 << TABLE_BITS);
    const v = view('The tunnel flooded, residents told the council.');
    const [cue] = groupCues(v, [index(v, 'told')]);
    const choice = bestContent(v, cue, zero);
    expect(choice).not.toBeNull();
    expect(choice!.kind).not.toBe('around');
    expect(choice!.start >= cue.end || choice!.last < cue.first).toBe(true);
    // The tag in "The plan, she said, is dead." is set off by the comma after the cue; in the first sentence it is not.
    const set = view('The plan, she said, is dead.');
    const [tag] = groupCues(set, [index(set, 'said')]);
    expect(tagSetOff(set, tag, set.words.length)).toBe(index(set, 'said') + 1);
    expect(tagSetOff(v, cue, v.words.length)).toBe(v.words.length);
  });
});

import { modelContext } from '../../../test/models.js';
/**
 * Issue #12, "right or silent": each error named there, on a short made-up text of the same shape.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import type { Article } from '../../model/types.js';
import { createPipeline, emptyArticle } from '../../pipeline.js';
import { resolvePronouns, type PersonMention } from '../coreference/pronouns.js';
import { coreferenceStage } from '../coreference/index.js';
import { entitiesStage } from '../entities/index.js';
import { hedgesStage } from '../hedges/index.js';
import { rolesStage } from '../roles/index.js';
import { segmentStage } from '../segment.js';
import { attributionStage } from './index.js';

function analyse(text: string): Article {
  const article = emptyArticle(text);
  const context = modelContext();
  for (const stage of createPipeline([segmentStage(), entitiesStage(), coreferenceStage(), rolesStage(), attributionStage({ minConfidence: 0 }), hedgesStage()]).stages) stage.run(article, context);
  return article;
}

/** The pronoun links when `name` (of `tokens` tokens, in the first sentence) is the only PERSON mention, of unknown gender. */
function pronounLinks(text: string, name: string, tokens: number) {
  const context = modelContext();
  segmentStage().run(emptyArticle(text), context);
  const start = text.indexOf(name);
  const tokenStart = context.tokens.findIndex((t) => t.start === start);
  const mention = { start, end: start + name.length, text: name, type: 'PERSON' as const, sentence: 0, tokenStart, tokenEnd: tokenStart + tokens, rule: 'test' };
  const people: PersonMention[] = [{ mention, entity: 'e1', gender: 'unknown' }];
  return resolvePronouns(context.tokens, context.sentenceTokens, people, text);
}

/** The name of the entity an attribution's source links to, or null. */
function speaker(article: Article, index = 0): string | null {
  const id = article.attributions[index]?.source?.entity;
  return article.entities.find((e) => e.id === id)?.name ?? null;
}

describe('speakers from the head of the source phrase', () => {
  it('"X of Y’s party said": X, not Y', () => {
    const article = analyse('Klaus Weber of Schmidt’s CDU also said the tax was unfair.');
    expect(article.attributions).toHaveLength(1);
    expect(speaker(article)).toBe('Klaus Weber');
    expect(article.attributions[0].sourceResolution).toBe('linked');
  });

  it('"said Y’s adviser, X": X, not Y', () => {
    const article = analyse('“We will not wait for them,” said Novak’s deputy security adviser, Tom Reyes.');
    expect(article.attributions[0].source?.text).toBe('Novak’s deputy security adviser, Tom Reyes');
    expect(speaker(article)).toBe('Tom Reyes');
  });

  it('"X, spokesman for Prime Minister Y, said": X', () => {
    const article = analyse('Dan Kerr, spokesman for Prime Minister Lena Holt, said the talks had failed.');
    expect(speaker(article)).toBe('Dan Kerr');
  });
});

describe('pronouns take a compatible speaker, or none', () => {
  it('"he said" after a quote praising someone else is the man named in the paragraph before', () => {
    const text = 'Coach Peter Hall spoke to reporters after the match.\n\n“Simon Brandt was magnificent today, a true leader of this team,” he said.';
    const article = analyse(text);
    const quote = article.attributions.find((a) => a.content.text.startsWith('Simon Brandt'))!;
    expect(quote.source?.text).toBe('he');
    expect(article.entities.find((e) => e.id === quote.source?.entity)?.name).toBe('Peter Hall');
  });

  it('a chairman’s quote goes to the chairman, not to the analyst quoted earlier', () => {
    const text = '“Sales will fall sharply this year,” said analyst Mark Dunn.\n\nThe company’s chairman, Robert Fields, disagreed. “We expect strong growth in every region,” he said.';
    const article = analyse(text);
    const quote = article.attributions.find((a) => a.content.text.startsWith('We expect'))!;
    expect(article.entities.find((e) => e.id === quote.source?.entity)?.name).toBe('Robert Fields');
  });

  it('a company typed PERSON does not take "she said": the source stays unresolved', () => {
    const text = 'Brightmart Stores reported higher sales on Monday.\n\n“Customers are coming back to the high street,” she said.';
    expect(pronounLinks(text, 'Brightmart Stores', 2)).toEqual([]);
    // Whatever the tagger makes of the company, the quote is not given to it.
    const analysed = analyse(text);
    const quote = analysed.attributions.find((a) => a.content.text.startsWith('Customers'))!;
    expect(quote.source?.text).toBe('she');
    expect(quote.source?.entity).toBeNull();
    expect(quote.sourceResolution).toBe('unresolved');
  });

  it('takes gender from titles: "Mrs" is not a he', () => {
    const text = 'Mrs Okafor met the board. He said nothing.';
    expect(pronounLinks(text, 'Okafor', 1)).toEqual([]);
  });
});

describe('source, cue and content in their places', () => {
  it('"X lied …, say the Tories": the Tories said it', () => {
    const article = analyse('Mayor Ann Cole lied about the budget to win the vote, say the Greens.');
    expect(article.attributions).toHaveLength(1);
    const [a] = article.attributions;
    expect(a.source?.text).toBe('the Greens');
    expect(a.cue?.text).toBe('say');
    expect(a.content.text).toBe('Mayor Ann Cole lied about the budget to win the vote');
  });

  it('a quote continued in the next paragraph keeps the last speaker, not one an intervening speaker replaced', () => {
    const text =
      '“The plan is sound,” said Anna Berg.\n\n“It will fail within a year,” said Omar Haddad.\n\n“Nobody has asked the people who live here what they want from this council or from its plan.”';
    const article = analyse(text);
    const last = article.attributions.find((a) => a.content.text.startsWith('Nobody'))!;
    expect(last.rule).toBe('attribution/quote-continued');
    expect(last.source?.text).toBe('Omar Haddad');
  });
});

describe('what is not an attribution', () => {
  it('"It seems that …" is a hedge, not a quote from "It"', () => {
    const article = analyse('It seems that thousands of civil servants will lose their jobs next year.');
    expect(article.attributions).toEqual([]);
    expect(article.hedges.map((h) => h.text)).toContain('It seems that');
  });

  it('"is expected to" and "It now emerges that" are not sources', () => {
    const article = analyse('The minister is expected to resign on Friday. It now emerges that the report was never read.');
    expect(article.attributions.filter((a) => /expected|emerges/.test(a.cue?.text ?? ''))).toEqual([]);
  });

  it('a study that found something is a source of kind document', () => {
    const article = analyse('A study by the University of Leeds found that most drivers ignore the speed limit.');
    expect(article.attributions).toHaveLength(1);
    expect(article.attributions[0].cue?.text).toBe('found');
    expect(article.attributions[0].sourceKind).toBe('document');
  });

  it('a column in the author’s own voice has no attributions', () => {
    const article = analyse(
      'I think the plan is flawed from start to finish. One wonders whether the minister has read it at all. We can safely say that nobody will miss it.',
    );
    expect(article.attributions).toEqual([]);
  });

  it('every attribution carries a confidence in [0, 1]', () => {
    const article = analyse('“The bridge will reopen in spring,” city engineer Marta Olsen said on Friday. Officials said the cost had doubled.');
    expect(article.attributions.length).toBeGreaterThan(0);
    for (const a of article.attributions) {
      expect(a.confidence).toBeGreaterThanOrEqual(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('a he after someone named only in a subordinate clause', () => {
  it('does not go to that person when another spoke last', () => {
    const text =
      '“The web is everything to us,” Carl Brenner told me on Monday. ' +
      'It recalls 1996, when Microsoft chairman Paul Hanks ordered the company to turn around. ' +
      'In our talk, he said that the firm has big plans for the web.';
    const article = analyse(text);
    const plans = article.attributions.find((a) => a.content.text.includes('big plans'));
    expect(plans).toBeDefined();
    expect(speaker(article, article.attributions.indexOf(plans!))).not.toBe('Paul Hanks');
    expect(plans?.sourceResolution).toBe('unresolved');
  });

  it('still goes to a person named as the subject of the sentence before', () => {
    const text = '“The web is everything to us,” Carl Brenner told me on Monday. Paul Hanks disagreed at the meeting. He said that the firm has no plans for the web.';
    const article = analyse(text);
    const plans = article.attributions.find((a) => a.content.text.includes('no plans'));
    expect(speaker(article, article.attributions.indexOf(plans!))).toBe('Paul Hanks');
  });
});

describe('a tag that ends in a colon', () => {
  it('introduces the next quote, not the one before it', () => {
    const text = 'Reminded that Dalton called him “a disgrace”, Jim Webb added: “I don’t respond to anything.”';
    const article = analyse(text);
    expect(article.attributions.some((a) => a.content.text === 'a disgrace' && speaker(article, article.attributions.indexOf(a)) === 'Jim Webb')).toBe(false);
    const next = article.attributions.find((a) => a.content.text.startsWith('I don’t respond'));
    expect(next && speaker(article, article.attributions.indexOf(next))).toBe('Jim Webb');
  });
});

describe('words that cannot tag a quote', () => {
  it('a preposition or an adverb after a quote is no cue', () => {
    const article = analyse('Critics wrote a song about “vicious snake” politics, and he was recently “a genius” to fans.');
    expect(article.attributions.filter((a) => a.cue && /^(?:about|recently)$/.test(a.cue.text))).toEqual([]);
  });
});

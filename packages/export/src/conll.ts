import { inertText } from './escape.js';
import { tokenize, type Article, type Entity } from '@marginalia/core';
import { entityLabel, type LabelScheme } from './labels.js';

/**
 * CoNLL-style token file with IOB2 entity tags: the document line `-DOCSTART- -X- O O`
 * first (as CoNLL-2003 and spaCy's `convert` read it), then one token per line as
 * `TOKEN<TAB>TAG` (`B-PERSON`, `I-PERSON`, `O`; labels from `scheme`: `marginalia`,
 * `conll` (PER/ORG/LOC/MISC) or `spacy` (PERSON/ORG/GPE/NORP/...)), a blank line after each
 * sentence. Tokens come from the core tokenizer, sentences from the analysis (or the
 * paragraphs when there are none). Pronoun mentions found by coreference are not
 * tagged, as NER corpora do not tag them; where mentions overlap the longer wins.
 */
export function renderConll(article: Article, scheme: LabelScheme = 'marginalia'): string {
  const tags = entityTagger(article.entities, scheme);
  const units = article.sentences.length > 0 ? article.sentences : article.paragraphs.length > 0 ? article.paragraphs : [{ start: 0, end: article.text.length }];
  const lines = ['-DOCSTART- -X- O O', ''];
  for (const unit of units) {
    const tokens = tokenize(article.text, unit.start, unit.end);
    if (tokens.length === 0) continue;
    // Control characters in a token become visible symbols (inertText): no output can act on a terminal.
    for (const token of tokens) lines.push(`${inertText(token.text).replace(/\s/g, '_')}\t${tags(token.start, token.end)}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** Returns the IOB2 tag of a token from its offsets. */
function entityTagger(entities: Entity[], scheme: LabelScheme): (start: number, end: number) => string {
  const mentions = entities
    .flatMap((e) => {
      const type = entityLabel(e.type, scheme);
      return type ? e.mentions.filter((m) => !(m.rule ?? '').startsWith('coref')).map((m) => ({ start: m.start, end: m.end, type })) : [];
    })
    .sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: typeof mentions = [];
  for (const m of mentions) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  kept.sort((a, b) => a.start - b.start);
  // Tokens are asked for in order, so the first token inside a mention gets B-.
  let begun: (typeof kept)[number] | null = null;
  return (start, end) => {
    const m = kept.find((k) => start >= k.start && start < k.end) ?? kept.find((k) => k.start >= start && k.start < end);
    if (!m) {
      begun = null;
      return 'O';
    }
    const tag = begun === m ? `I-${m.type}` : `B-${m.type}`;
    begun = m;
    return tag;
  };
}

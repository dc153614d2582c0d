import type { Stage } from '../../context.js';
import { spanOf, trimRange } from '../../model/span.js';
import type { Attribution } from '../../model/types.js';
import { findContinuedQuotes, findDirectQuotes } from './direct.js';
import { attributionConfidence, MIN_CONFIDENCE } from './confidence.js';
import { notAttribution } from './frames.js';
import type { FoundAttribution } from './found.js';
import { buildFinderInput } from './input.js';
import { findLineAttributions } from './lines.js';
import { ATTRIBUTION_CUES_MODEL } from './lexicon.js';
import { ATTRIBUTION_MODEL, findModelAttributions } from './model.js';
import { findInvertedTags, findReportedSpeech } from './reported.js';
import { plausibleSource, SourceLinker } from './sources.js';
import { unsettlePronounSpeakers } from './speaker-continuity.js';
import { chromeRanges, overlapsChrome } from '../../model/chrome.js';

/**
 * Stage `attribution`: who said what, PolNeAR-style source, cue and content.
 * Passes over the tokens: quotes with a cue beside them (mixed quotes after a verb
 * are left to the model: the rule's dev precision was 24%), long quotes that continue the last speaker's, then the learned
 * model (cue classifier and content-span model) for everything else: reported
 * speech, beliefs, intentions.
 * Sources link to entities through mentions and resolved pronouns.
 */
export function attributionStage(options: { minConfidence?: number } = {}): Stage {
  const minConfidence = options.minConfidence ?? MIN_CONFIDENCE;
  return {
    id: 'attribution',
    description: 'who said what: source, cue and content of quotes and reported speech',
    requires: ['sentences', 'tokens'],
    uses: ['paragraph-kinds', 'entities', 'referents', 'roles'],
    provides: ['attributions'],
    models: [ATTRIBUTION_MODEL, ATTRIBUTION_CUES_MODEL],
    run(article, context) {
      const { text } = article;
      const input = buildFinderInput(article, context);
      const found: FoundAttribution[] = [];
      findLineAttributions(input, found);
      findDirectQuotes(input, found);
      findContinuedQuotes(input, found);
      findInvertedTags(input, found);
      findReportedSpeech(input, found, true);
      const advice = findModelAttributions(input, found, input.taken, context.models.get(ATTRIBUTION_MODEL));
      // The word rules still catch a few cues the classifier turns down (participles with the clause subject).
      findReportedSpeech(input, found, false, advice);
      found.sort((a, b) => a.content[0] - b.content[0]);
      // Nothing said in page chrome (a pull quote, a teaser, a caption) is attributed: the article's own copy counts.
      const chrome = chromeRanges(article);
      for (let i = found.length - 1; i >= 0; i--) if (overlapsChrome(chrome, found[i].content[0], found[i].content[1])) found.splice(i, 1);
      const kept = found.filter((f) => notAttribution(input, f) === null);

      const linker = new SourceLinker(article, context);
      const built = kept.map((f): Omit<Attribution, 'id'> => {
        const [cs, ce] = trimRange(text, f.content[0], f.content[1]);
        const direct = f.direct || /[“"]|''|``/.test(text.slice(cs, ce));
        // A source the heuristics found must read as a speaker; otherwise the text does not say who (unresolved).
        const checked = f.source && (f.rule === 'attribution/speaker-label' || f.rule === 'attribution/signed-quote') ? f.source : f.source && plausibleSource(text, f.source[0], f.source[1]);
        if (f.source && !checked) f.unresolved = true;
        f.source = checked;
        const link = f.source ? linker.link(f.source[0], f.source[1]) : null;
        // A source phrase that names nobody who could speak stays as the text has it, unresolved and scored as no source.
        if (link?.namesNoOne) f.sourceNamesNoOne = true;
        return {
          direct,
          source: f.source && link ? { ...spanOf(text, f.source[0], f.source[1]), entity: link.entity } : null,
          cue: f.cue ? spanOf(text, f.cue[0], f.cue[1]) : null,
          content: spanOf(text, cs, ce),
          ...(f.parts && { contentParts: f.parts.map(([ps, pe]) => spanOf(text, ...trimRange(text, ps, pe))) }),
          rule: f.rule,
          sourceResolution: link ? link.resolution : 'unresolved',
          sourceKind: link ? link.kind : 'unnamed',
          confidence: attributionConfidence(text, f),
        };
      });
      unsettlePronounSpeakers(article, built);
      // Below the least confidence an attribution is more often wrong than right by far: say nothing (precision before recall).
      article.attributions = built.filter((a) => (a.confidence ?? 1) >= minConfidence).map((a, i) => ({ id: `a${i + 1}`, ...a }));
    },
  };
}

import { describe, expect, it } from 'vitest';
import type { Stage } from './context.js';
import { SAMPLE } from '../test/fixtures.js';
import { analyze, modelContext, shippedAnalyzer } from '../test/models.js';
import { createNodeAnalyzer } from './node.js';
import { createPipeline, defaultPipeline, defaultStages, emptyArticle } from './pipeline.js';
import { claimsStage } from './stages/claims/index.js';
import { paragraphKindsStage } from './stages/paragraph-kinds/index.js';
import { segmentStage } from './stages/segment.js';
import { techniquesStage } from './stages/techniques/index.js';

const marker = (id: string): Stage => ({
  id,
  description: `test stage ${id}`,
  run(article) {
    article.hedges.push({ start: 0, end: 0, text: '', rule: id });
  },
});

describe('Pipeline', () => {
  it('runs the default stages in their documented order', () => {
    expect(defaultPipeline().ids).toEqual([
      'segment', 'paragraph-kinds', 'entities', 'coreference', 'roles', 'attribution', 'hedges', 'sentence-scores', 'claims', 'techniques', 'tone',
    ]);
  });

  it('adds, removes, replaces and reorders stages without changing the original', () => {
    const base = createPipeline([marker('a'), marker('b')]);
    expect(base.append(marker('c')).ids).toEqual(['a', 'b', 'c']);
    expect(base.insertBefore('a', marker('z')).ids).toEqual(['z', 'a', 'b']);
    expect(base.insertAfter('a', marker('z')).ids).toEqual(['a', 'z', 'b']);
    expect(base.without('a').ids).toEqual(['b']);
    expect(base.replace('b', marker('y')).ids).toEqual(['a', 'y']);
    expect(base.reorder(['b', 'a']).ids).toEqual(['b', 'a']);
    expect(base.ids).toEqual(['a', 'b']);
  });

  it('runs stages in order and records them in article.pipeline', async () => {
    const pipeline = createPipeline([marker('first'), marker('second')]);
    const article = await shippedAnalyzer().withStages(pipeline).analyze('Some text.');
    expect(article.hedges.map((h) => h.rule)).toEqual(['first', 'second']);
    expect(article.pipeline).toEqual(['first', 'second']);
  });

  it('gives an analyzer with other stages over the same models, so nothing loads twice', async () => {
    const full = createNodeAnalyzer();
    await full.load();
    const lean = full.withStages(defaultPipeline().without('tone').without('techniques'));
    expect(lean.models).toBe(full.models);
    expect(lean.pipeline.ids).not.toContain('techniques');
    const article = await lean.analyze('The mayor said the bridge will reopen in May.');
    expect(article.pipeline).toEqual(lean.pipeline.ids);
    expect(article.attributions).toHaveLength(1);
  });

  it('explains what is wrong with a bad change', () => {
    const base = createPipeline([marker('a')]);
    expect(() => base.without('nope')).toThrow(/no stage "nope"; the stages are a/);
    expect(() => base.append(marker('a'))).toThrow(/appears twice/);
    expect(() => base.reorder(['a', 'a'])).toThrow(/expected each of a once/);
  });

  it('carries meta and defaults the title to null', () => {
    expect(emptyArticle('x').meta).toEqual({ title: null });
    expect(emptyArticle('x', { title: 'T', url: 'u' }).meta).toEqual({ title: 'T', url: 'u' });
  });

  it('rejects a text that is not a string', async () => {
    await expect(analyze(42 as unknown as string)).rejects.toThrow(/expected the article text as a string, got number/);
  });

  it('analyses twice with two contexts and refuses a context a run has used', () => {
    const pipeline = defaultPipeline();
    const context = modelContext();
    const first = pipeline.run('Ann Lee said the bridge was closed.', {}, context);
    expect(first.sentences).toHaveLength(1);
    expect(() => pipeline.run('Another article.', {}, context)).toThrow(
      /this context was used by an earlier run; a context belongs to one run, so pass createContext\(\) \(or nothing\) for each article/,
    );
    // A fresh context for each run.
    expect(pipeline.run('Another article.', {}, modelContext()).sentences).toHaveLength(1);
    expect(pipeline.run('Another article.', {}, modelContext()).sentences).toHaveLength(1);
  });
});

describe('stage contracts', () => {
  const without = (id: string) => defaultStages().filter((s) => s.id !== id);

  it('every default stage declares what it provides, and the default order satisfies every contract', () => {
    for (const stage of defaultStages()) expect(stage.provides?.length, stage.id).toBeGreaterThan(0);
    expect(() => createPipeline(defaultStages())).not.toThrow();
  });

  it('each layer has one owner among the default stages', () => {
    const owners = new Map<string, string>();
    for (const stage of defaultStages()) {
      for (const layer of stage.provides ?? []) {
        expect(owners.get(layer), `${layer} provided by ${owners.get(layer)} and ${stage.id}`).toBeUndefined();
        owners.set(layer, stage.id);
      }
    }
  });

  it('names the missing stage when a required layer is provided by none', () => {
    expect(() => createPipeline(without('segment'))).toThrow(
      'Pipeline: stage paragraph-kinds requires paragraphs, which no earlier stage provides; add segmentStage() before paragraph-kinds.',
    );
    expect(() => createPipeline(without('sentence-scores'))).toThrow(
      'Pipeline: stage claims requires sentence-scores, which no earlier stage provides; add sentenceScoresStage() before claims.',
    );
    expect(() => createPipeline(without('entities'))).toThrow(/stage coreference requires mentions, which no earlier stage provides; add entitiesStage\(\) before coreference/);
    expect(() => createPipeline(without('techniques'))).toThrow(/stage tone requires techniques, .* add techniquesStage\(\) before tone/);
    expect(() => defaultPipeline().without('segment')).toThrow(/add segmentStage\(\)/);
  });

  it('names the stage to move when a layer comes too late', () => {
    const ids = defaultPipeline().ids;
    const claimsFirst = ids.filter((id) => id !== 'claims');
    claimsFirst.splice(claimsFirst.indexOf('sentence-scores'), 0, 'claims');
    expect(() => defaultPipeline().reorder(claimsFirst)).toThrow(
      'Pipeline: stage claims requires sentence-scores, which stage sentence-scores provides only after it; move sentence-scores before claims.',
    );
    // A used layer (read when present) may be absent, but not late.
    expect(() => createPipeline([segmentStage(), techniquesStage(), paragraphKindsStage()])).toThrow(
      'Pipeline: stage techniques reads paragraph-kinds, which stage paragraph-kinds provides only after it; move paragraph-kinds before techniques.',
    );
    expect(() => createPipeline([segmentStage(), paragraphKindsStage(), techniquesStage()])).not.toThrow();
  });

  it('refuses two owners of one layer', () => {
    expect(() => createPipeline([segmentStage(), { ...segmentStage(), id: 'segment-again' }])).toThrow(
      'Pipeline: stages segment and segment-again both provide paragraphs; a layer has one owner, so replace segment rather than add segment-again.',
    );
  });

  it('checks custom stages that declare a contract and leaves undeclared ones alone', () => {
    const custom: Stage = { id: 'quotes-count', description: 'x', requires: ['attributions'], provides: ['quote-count'], run() {} };
    expect(() => createPipeline([segmentStage(), custom])).toThrow(/stage quotes-count requires attributions, which no earlier stage provides; add attributionStage\(\) before quotes-count/);
    expect(defaultPipeline().append(custom).ids.at(-1)).toBe('quotes-count');
    expect(() => createPipeline([claimsStage()]).ids).toThrow(/add segmentStage\(\) before claims/);
  });

  it('no stage changes a value an earlier stage wrote: each adds its own fields (on the sample, value by value)', () => {
    const article = emptyArticle(SAMPLE);
    const context = modelContext();
    // Every leaf of the article's layers by path ("sentences.3.checkworthiness"), with the stage that wrote it.
    const leaves = (): Map<string, string> => {
      const out = new Map<string, string>();
      const walk = (value: unknown, path: string) => {
        if (value !== null && typeof value === 'object') {
          for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
        } else out.set(path, JSON.stringify(value));
      };
      const { pipeline: _stages, meta: _meta, ...layers } = article;
      walk(layers, '');
      return out;
    };
    const writer = new Map<string, string>();
    for (const [path] of leaves()) writer.set(path, 'emptyArticle');
    for (const stage of defaultStages()) {
      const before = leaves();
      stage.run(article, context);
      for (const [path, value] of leaves()) {
        if (!before.has(path)) writer.set(path, stage.id);
        else expect(value, `${stage.id} changed ${path}, which ${writer.get(path)} wrote`).toBe(before.get(path));
      }
    }
    expect(writer.get('paragraphs.0.kind')).toBe('paragraph-kinds');
    expect(writer.get('sentences.0.checkworthiness')).toBe('sentence-scores');
  });

  it('a pipeline without the owner of a required field fills it in when it ends, so its output meets the schema', () => {
    const article = createPipeline([segmentStage()]).run('Share this article\n\nThe mayor said the bridge will reopen in May.');
    expect(article.paragraphs.map((p) => p.kind)).toEqual(['body', 'body']);
    expect(article.sentences.map((s) => [s.checkworthiness, s.subjectivity])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('a stage writes only the layers it provides (on the sample article, stage by stage)', () => {
    // Which layers may change each part of the article: `segment` creates sentences, to which
    // `sentence-scores` adds scores, and paragraphs, to which `paragraph-kinds` adds kinds.
    const writers: Record<string, string[]> = {
      paragraphs: ['paragraphs', 'paragraph-kinds'],
      sentences: ['sentences', 'sentence-scores'],
      entities: ['entities', 'roles'],
      cooccurrence: ['roles'],
      attributions: ['attributions'],
      hedges: ['hedges'],
      claims: ['claims'],
      sourcing: ['claims'],
      techniques: ['techniques'],
      tone: ['tone'],
    };
    const article = emptyArticle(SAMPLE);
    const context = modelContext();
    const snapshot = () => Object.fromEntries(Object.keys(writers).map((k) => [k, JSON.stringify((article as unknown as Record<string, unknown>)[k])]));
    for (const stage of defaultStages()) {
      const before = snapshot();
      stage.run(article, context);
      const after = snapshot();
      const changed = Object.keys(writers).filter((k) => before[k] !== after[k]);
      for (const key of changed) expect(writers[key].some((layer) => stage.provides?.includes(layer)), `${stage.id} changed ${key}`).toBe(true);
    }
    expect(article.claims.length).toBeGreaterThan(0);
  });
});

/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { beforeAll, expect, it } from 'vitest';
import type { Article } from '@marginalia/core';
import { exportArticle } from '../index.js';
import { describeWithValidators } from './locate.js';
import { MIXED_TEXT, mixedArticle } from './sample-articles.js';

/**
 * doccano's JSONL import and Label Studio's pre-annotated tasks, as FORMATS.md (in
 * shared/validators) documents them with their sources, written down as JSON Schemas;
 * offsets checked in the unit each tool counts on a text with emoji, CJK and CRLF.
 */
const DOCCANO_LINE = {
  type: 'object',
  required: ['text', 'label'],
  properties: {
    text: { type: 'string', minLength: 1 },
    label: { type: 'array', items: { type: 'array', minItems: 3, maxItems: 3, prefixItems: [{ type: 'integer', minimum: 0 }, { type: 'integer', minimum: 1 }, { type: 'string', minLength: 1 }] } },
  },
};
const REGION = {
  type: 'object',
  required: ['id', 'from_name', 'to_name', 'type', 'value'],
  properties: {
    id: { type: 'string', pattern: '^[A-Za-z0-9_-]+$' },
    type: { const: 'labels' },
    value: {
      type: 'object',
      required: ['start', 'end', 'labels'],
      properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer' }, text: { type: 'string' }, labels: { type: 'array', minItems: 1, items: { type: 'string' } }, score: { type: 'number', minimum: 0, maximum: 1 } },
    },
  },
};
const RELATION = {
  type: 'object',
  required: ['type', 'from_id', 'to_id', 'direction'],
  properties: { type: { const: 'relation' }, direction: { enum: ['right', 'left', 'bi'] }, labels: { type: 'array', items: { type: 'string' } } },
};
const LABEL_STUDIO_TASKS = {
  type: 'array',
  items: {
    type: 'object',
    required: ['data', 'predictions'],
    properties: {
      data: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } },
      predictions: {
        type: 'array',
        items: {
          type: 'object',
          required: ['model_version', 'result'],
          properties: { model_version: { type: 'string', minLength: 1 }, score: { type: 'number' }, result: { type: 'array', items: { oneOf: [REGION, RELATION] } } },
        },
      },
    },
  },
};

describeWithValidators('doccano and Label Studio: import formats and offset units (FORMATS.md)', (dir) => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  const doccanoLine = ajv.compile(DOCCANO_LINE);
  const tasks = ajv.compile(LABEL_STUDIO_TASKS);
  let article: Article;
  beforeAll(async () => {
    article = (await mixedArticle()).article;
  }, 60_000); // analyses a whole article (loads the models): explicit, not the 10 s default

  it('follows the documented units (the note says so)', () => {
    const formats = readFileSync(resolve(dir, 'FORMATS.md'), 'utf8');
    expect(formats).toMatch(/Label Studio \(`value.start` \/ `value.end`\) \| Unicode code points/);
    expect(formats).toMatch(/doccano, default project \| UTF-16 code units/);
  });

  it('doccano: one valid JSONL line, no overlapping spans, UTF-16 offsets by default and code points on request', () => {
    const utf16 = JSON.parse(exportArticle('doccano', article).files[0].content);
    expect(doccanoLine(utf16), ajv.errorsText(doccanoLine.errors)).toBe(true);
    expect(utf16.text).toBe(MIXED_TEXT);
    expect(utf16.label.length).toBeGreaterThan(3);
    const sorted = [...utf16.label].sort((a: number[], b: number[]) => a[0] - b[0]);
    sorted.forEach((l: number[], i: number) => i > 0 && expect(l[0]).toBeGreaterThanOrEqual(sorted[i - 1][1]));
    const mentions = new Set(article.entities.flatMap((e) => e.mentions.map((m) => m.text)));
    for (const [s, e] of utf16.label) expect(mentions.has(MIXED_TEXT.slice(s, e))).toBe(true);
    const points = JSON.parse(exportArticle('doccano', article, null, { offsets: 'codepoint' }).files[0].content);
    const chars = Array.from(MIXED_TEXT);
    points.label.forEach(([s, e]: number[], i: number) => expect(chars.slice(s, e).join('')).toBe(MIXED_TEXT.slice(utf16.label[i][0], utf16.label[i][1])));
    expect(points.label.some(([s]: number[], i: number) => s !== utf16.label[i][0])).toBe(true);
  });

  it('Label Studio: valid tasks whose regions sit at code-point offsets, relations between existing regions, scores in 0..1', () => {
    const out = JSON.parse(exportArticle('labelstudio', article).files[0].content);
    expect(tasks(out), ajv.errorsText(tasks.errors)).toBe(true);
    const [{ data, predictions }] = out;
    expect(data.text).toBe(MIXED_TEXT);
    const chars = Array.from(MIXED_TEXT);
    const regions = predictions[0].result.filter((r: any) => r.type === 'labels');
    const ids = new Set(regions.map((r: any) => r.id));
    expect(ids.size).toBe(regions.length);
    for (const r of regions) expect(chars.slice(r.value.start, r.value.end).join('')).toBe(r.value.text);
    expect(regions.some((r: any) => r.value.start !== MIXED_TEXT.indexOf(r.value.text))).toBe(true);
    const relations = predictions[0].result.filter((r: any) => r.type === 'relation');
    expect(relations.length).toBeGreaterThan(0);
    for (const rel of relations) expect(ids.has(rel.from_id) && ids.has(rel.to_id)).toBe(true);
    expect(new Set(regions.map((r: any) => r.from_name))).toEqual(new Set(['entity', 'attribution', 'claim']));
  });

  it('Label Studio: every control and label the tasks use is in the labelling config', () => {
    const config = exportArticle('labelstudio-config', article).files[0].content;
    const out = JSON.parse(exportArticle('labelstudio', article).files[0].content);
    for (const r of out[0].predictions[0].result) {
      if (r.type === 'relation') {
        for (const l of r.labels) expect(config).toContain(`<Relation value="${l}"/>`);
        continue;
      }
      const control = new RegExp(`<Labels name="${r.from_name}" toName="${r.to_name}">([\\s\\S]*?)</Labels>`).exec(config);
      expect(control, r.from_name).not.toBeNull();
      for (const l of r.value.labels) expect(control![1]).toContain(`<Label value="${l}"`);
    }
    expect(config).toContain('<Text name="text" value="$text"/>');
  });
});

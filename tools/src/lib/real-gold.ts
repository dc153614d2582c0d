/**
 * The real-articles development set (`shared/data/real-articles`): 24 web articles and a hand
 * gold standard. Its README defines the fields and the scoring rules that real-score.ts applies.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export type ArticleKind = 'wire' | 'feature' | 'opinion' | 'propaganda' | 'analysis';

export interface GoldEntity {
  name: string;
  type: 'PERSON' | 'ORG' | 'PLACE';
  surface: string[];
  alsoType?: string[];
}

export interface GoldAttribution {
  speaker: string | null;
  speakerSurface: string[];
  content: string;
  direct: boolean;
  extent?: string;
}

export interface GoldDevice {
  text: string;
  technique: string;
  alsoTechnique?: string[];
}

export interface GoldArticle {
  kind: ArticleKind;
  entities: GoldEntity[];
  ignoreEntities: string[];
  attributions: GoldAttribution[];
  attributionsOptional: GoldAttribution[];
  notAttributions: string[];
  boilerplate: string[];
  boilerplateMixed: string[];
  meta: string[];
  techniqueDevices: GoldDevice[];
}

export interface RealArticle {
  file: string;
  text: string;
  gold: GoldArticle;
}

/** Reads every article named in gold.json, in file-name order. */
export function readRealArticles(folder: string): RealArticle[] {
  const goldPath = join(folder, 'gold.json');
  if (!existsSync(goldPath)) throw new Error(`real-articles: no gold.json in ${folder}.`);
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Record<string, GoldArticle>;
  return Object.keys(gold)
    .sort()
    .map((file) => ({ file, text: readFileSync(join(folder, file), 'utf8'), gold: gold[file] }));
}

import { createPipeline, defaultStages, type Pipeline } from '../../../packages/core/src/index.js';
import { techniquesStage, type TechniqueOptions } from '../../../packages/core/src/stages/techniques/index.js';

/** The stages the techniques stage reads (names and reported speech come from entities and attribution). */
const BEFORE_TECHNIQUES = ['segment', 'paragraph-kinds', 'entities', 'coreference', 'roles', 'attribution'];

/** The default stages up to attribution, then `techniques` with these options (evaluation and calibration on PTC). */
export function ptcPipeline(options: TechniqueOptions = {}): Pipeline {
  return createPipeline([...defaultStages().filter((s) => BEFORE_TECHNIQUES.includes(s.id)), techniquesStage(options)]);
}

import schemaJson from '../../schema/analysis-2.schema.json' with { type: 'json' };

/**
 * The JSON Schema (draft-07) of the `marginalia/analysis@2` contract. The @1 schema still ships
 * as `@marginalia/core/schema-1.json` for consumers of stored @1 output.
 */
export const analysisSchema: Readonly<Record<string, unknown>> = schemaJson;

/** The technique labels the contract allows: SemEval-2023 Task 3's 23, plus Rhetorical_Question. */
export const TECHNIQUE_LABELS: readonly string[] = (schemaJson.definitions.technique.enum as string[]).slice();

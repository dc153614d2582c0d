/// <reference types="node" />
/**
 * Checks schema.org JSON-LD against the vocabulary (release in shared/validators/schemaorg):
 * every `@type` a class; every property an `rdf:Property` whose domain includes the node's
 * type or a superclass; every value in the property's range (data types or a class or a
 * subclass of one); no superseded term. Returns the problems, one line each.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Node = Record<string, any>;

export function schemaOrgChecker(validatorsDir: string): (value: unknown) => string[] {
  const graph: Node[] = JSON.parse(readFileSync(resolve(validatorsDir, 'schemaorg/schemaorg-current-https.jsonld'), 'utf8'))['@graph'];
  const byId = new Map(graph.map((n) => [n['@id'] as string, n]));
  const ids = (v: unknown): string[] => (v == null ? [] : ([] as any[]).concat(v).map((x) => x['@id']));
  const types = (n: Node): string[] => ([] as string[]).concat(n['@type'] ?? []);
  const superclasses = (cls: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(cls)) return seen;
    seen.add(cls);
    for (const s of ids(byId.get(cls)?.['rdfs:subClassOf'])) superclasses(s, seen);
    return seen;
  };
  const isDataType = (cls: string) => [...superclasses(cls)].some((c) => c === 'schema:DataType' || types(byId.get(c) ?? {}).includes('schema:DataType'));
  const isClass = (cls: string) => types(byId.get(cls) ?? {}).includes('rdfs:Class');

  const check = (node: Node, path: string, problems: string[]) => {
    const nodeTypes = ([] as string[]).concat(node['@type'] ?? []).map((t) => `schema:${t}`);
    if (nodeTypes.length === 0) problems.push(`${path}: no @type`);
    for (const t of nodeTypes) {
      if (!isClass(t)) problems.push(`${path}: @type ${t} is not a schema.org class`);
      if (byId.get(t)?.['schema:supersededBy']) problems.push(`${path}: ${t} is superseded`);
    }
    const lineage = new Set(nodeTypes.flatMap((t) => [...superclasses(t)]));
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('@')) continue;
      const prop = byId.get(`schema:${key}`);
      const where = `${path}.${key}`;
      if (!prop || !types(prop).includes('rdf:Property')) {
        problems.push(`${where}: not a schema.org property`);
        continue;
      }
      if (prop['schema:supersededBy']) problems.push(`${where}: superseded by ${ids(prop['schema:supersededBy']).join(', ')}`);
      const domain = ids(prop['schema:domainIncludes']);
      if (!domain.some((d) => lineage.has(d))) problems.push(`${where}: ${key} is not a property of ${nodeTypes.join('/')} (domain ${domain.join(', ')})`);
      const range = ids(prop['schema:rangeIncludes']);
      ([] as unknown[]).concat(value).forEach((v, i) => {
        const at = Array.isArray(value) ? `${where}[${i}]` : where;
        if (v !== null && typeof v === 'object') {
          const vTypes = ([] as string[]).concat((v as Node)['@type'] ?? []).map((t) => `schema:${t}`);
          const fits = vTypes.some((t) => range.some((r) => superclasses(t).has(r)));
          if (!fits) problems.push(`${at}: a ${vTypes.join('/') || 'untyped object'} is not in the range of ${key} (${range.join(', ')})`);
          check(v as Node, at, problems);
        } else {
          const dataRange = range.filter(isDataType);
          const kind = typeof v === 'number' ? ['schema:Number', 'schema:Integer', 'schema:Float'] : typeof v === 'boolean' ? ['schema:Boolean'] : ['schema:Text', 'schema:URL', 'schema:Date', 'schema:DateTime', 'schema:Time'];
          const fits = dataRange.some((r) => kind.some((k) => superclasses(k).has(r) || superclasses(r).has(k)));
          if (!fits) problems.push(`${at}: a ${typeof v} value is not in the range of ${key} (${range.join(', ')})`);
        }
      });
    }
  };
  return (value) => {
    const problems: string[] = [];
    ([] as unknown[]).concat(value).forEach((n, i) => check(n as Node, `[${i}]`, problems));
    return problems;
  };
}

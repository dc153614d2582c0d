/** @marginalia/model-en in Node, for `import`: the implementation is node.cjs (so `require` finds the same folder). */
export { modelDirectory, readManifest, readModelData } from './node.cjs';

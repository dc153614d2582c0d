/** @marginalia/model-en: where the model files are (platform-neutral; see ./node for a file-system path). */
export const modelPackageName = '@marginalia/model-en';

/** The folder of model files as a URL (a file: URL in Node; the served URL after bundling for a browser). */
export const modelBaseUrl = new URL('./models/', import.meta.url);

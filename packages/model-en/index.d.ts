/** The package name, as analyses record it with its version (see manifest.json). */
export declare const modelPackageName: '@marginalia/model-en';
/** The folder of model files as a URL (a file: URL in Node; the served URL after bundling for a browser). */
export declare const modelBaseUrl: URL;

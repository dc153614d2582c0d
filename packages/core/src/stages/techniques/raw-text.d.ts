/** Lets tests import a text file as a string (`x.txt?raw`, which Vite/vitest supports) without Node types. */
declare module '*.txt?raw' {
  const text: string;
  export default text;
}

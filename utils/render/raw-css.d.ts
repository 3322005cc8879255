/** Vite's `?raw` import: the file's text as a string, bundled into the script. */
declare module '*.css?raw' {
  const text: string;
  export default text;
}

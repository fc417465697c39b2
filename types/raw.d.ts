// Vite's `?raw` imports (a file's text, bundled): the changelog on the options page.
declare module '*.md?raw' {
  const text: string;
  export default text;
}

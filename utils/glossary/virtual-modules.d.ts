declare module 'virtual:health-notes/term-index' {
  const index: import('./schema').TermIndexEntry[];
  export default index;
}
declare module 'virtual:health-notes/term-titles' {
  const titles: import('./term-titles').TermTitles;
  export default titles;
}
declare module 'virtual:health-notes/entries' {
  const entries: import('./schema').TermEntry[];
  export default entries;
}
declare module 'virtual:health-notes/disclaimer' {
  const disclaimer: import('./schema').Disclaimer;
  export default disclaimer;
}
declare module 'virtual:health-notes/matcher' {
  const compiled: import('../matcher/matcher').CompiledMatcher;
  export default compiled;
}

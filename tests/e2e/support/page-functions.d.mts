export declare const HIGHLIGHT_NAME: 'health-notes-term';
export declare function highlightsSettled(arg: { name: string; min: number; settle: number }): boolean;
export declare function highlightRangeTexts(name: string): string[];
export declare function highlightRangeCount(name: string): number;
export declare function highlightedPartsOfWord(arg: { name: string; word: string }): string[];

export declare const BASIC_ARTICLE_PATH: string;
export declare const BASIC_ARTICLE_TERMS: readonly string[];
export declare const BASIC_ARTICLE_LOOK_ALIKE: string;
export declare const STRICT_CSP: string;

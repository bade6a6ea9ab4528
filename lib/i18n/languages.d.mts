export declare const LOCALES: readonly ["en", "fr"];
export declare const LOCALE_COOKIE: "vigie-locale";
export declare function rankedLanguages(header: string | null | undefined): string[];

export declare function securityHeaders(options: { https: boolean }): Record<string, string>;
export declare function pageContentSecurityPolicy(options: { nonce: string; grafanaOrigin: string | null; dev: boolean }): string;

// Types of bundle-cache.mjs (the launcher's modules are plain JavaScript: they run before any TypeScript can).
export declare const CHECKOUT_RECORD: string;
export declare const USERS: string;
export declare function sourceKey(srcDir: string): string;
export declare function writeCheckoutRecord(bundle: string, srcDir: string): void;
export declare function registerUser(bundle: string): void;
export declare function checkoutOf(bundle: string): string | null;
export declare function pruneOldBundles(cacheDir: string, keep: string, options?: { now?: number; currentKey?: (srcDir: string) => string | null }): void;

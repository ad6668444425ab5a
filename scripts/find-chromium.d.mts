export type Found = { ok: true; path: string } | { ok: false; message: string }
export declare const HOW_TO_GET_ONE: string
export declare function systemBrowsers(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
): string[]
export declare function findChromium(options?: {
  env?: Record<string, string | undefined>
  platform?: NodeJS.Platform
  playwrightChromium?: string | null
  exists?: (path: string) => boolean
}): Found
export declare function playwrightChromiumPath(): Promise<string | null>

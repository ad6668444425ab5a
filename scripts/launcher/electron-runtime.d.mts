export type Found = { ok: true; binary: string } | { ok: false; reason: string }
export declare function platformPath(platform: NodeJS.Platform): string
export declare function installedElectron(
  electronDir: string,
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform,
): Found | null
export declare function electronVersion(electronDir: string): string
export declare function installElectron(
  electronDir: string,
  options?: { env?: Record<string, string | undefined>; platform?: NodeJS.Platform },
): Promise<Found>
export declare function missingDisplay(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform,
): string | null

import { createRequire } from 'node:module'
import type { Configuration } from 'electron-builder'
import { beforeAll, describe, expect, it } from 'vitest'

/** Every fuse Foothold sets, typed against electron-builder's own option names. */
const FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
} as const satisfies NonNullable<Configuration['electronFuses']>

// electron-builder's own loader and schema check, so the test reads electron-builder.yml exactly
// as `npm run dist` does (a YAML parser alone would accept a misspelt option).
interface ConfigLoader {
  getConfig(projectDir: string, configPath: null, fromOptions: null): Promise<Configuration>
  validateConfiguration(
    config: Configuration,
    debugLogger: { isEnabled: boolean; add(): void },
  ): Promise<void>
}
const loader = createRequire(import.meta.url)(
  'app-builder-lib/out/util/config/config',
) as ConfigLoader
const validate = (config: Configuration) =>
  loader.validateConfiguration(config, { isEnabled: false, add: () => undefined })

describe('electron-builder configuration', () => {
  let config: Configuration
  beforeAll(async () => {
    config = await loader.getConfig(process.cwd(), null, null)
  })

  it('flips the fuses that lock the packaged app down', () => {
    expect(config.electronFuses).toEqual(FUSES)
    // onlyLoadAppFromAsar needs the app to be in an asar archive.
    expect(config.asar).toBe(true)
  })

  it('is accepted by electron-builder, which would refuse a misspelt fuse', async () => {
    await expect(validate(config)).resolves.toBeUndefined()
    await expect(
      validate({ ...config, electronFuses: { ...FUSES, runAsnode: false } as never }),
    ).rejects.toThrow(/electronFuses/)
  }, 30_000)
})

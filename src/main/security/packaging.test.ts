import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'
import type { Configuration } from 'electron-builder'
import { beforeAll, describe, expect, it } from 'vitest'
import { APP_ID, PRODUCT_NAME } from '../../shared/app-identity'
import { useTempFolders } from '../test-support/temp-folder'

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
/** The project's package.json, which electron-builder reads for metadata and dependencies. */
interface PackageJson {
  productName?: string
  homepage?: string
  author?: { name?: string; email?: string }
  dependencies?: Record<string, string>
}
const packageJson = async () =>
  JSON.parse(await readFile(join(process.cwd(), 'package.json'), 'utf8')) as PackageJson
const projectConfig = () => loader.getConfig(process.cwd(), null, null)
const validate = (config: Configuration) =>
  loader.validateConfiguration(config, { isEnabled: false, add: () => undefined })

describe('electron-builder configuration', () => {
  let config: Configuration
  beforeAll(async () => {
    config = await projectConfig()
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

// electron-builder's own file matching (the `files` globs plus its default exclusions) and walker,
// run as `npm run dist` runs them, over a project tree that has everything a checkout and a
// build leave behind.
interface FileMatcher {
  readonly patterns: string[]
}
interface FileSet {
  src: string
  files: string[]
  metadata: Map<string, unknown>
}
const matching = createRequire(import.meta.url)('app-builder-lib/out/fileMatcher') as {
  getMainFileMatchers(
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformOptions: object,
    platformPackager: object,
    outDir: string,
    isElectronCompile: boolean,
  ): FileMatcher[]
}
const copying = createRequire(import.meta.url)('app-builder-lib/out/util/appFileCopier') as {
  computeFileSets(
    matchers: FileMatcher[],
    transformer: null,
    platformPackager: object,
    isElectronCompile: boolean,
  ): Promise<FileSet[]>
}

/** The project files electron-builder would put into app.asar for one platform's options. */
async function packedFiles(
  config: Configuration,
  projectDir: string,
  platformOptions: object,
): Promise<string[]> {
  const info = {
    config,
    projectDir,
    buildResourcesDir: join(projectDir, config.directories?.buildResources ?? 'build'),
    isPrepackedAppAsar: false,
    areNodeModulesHandledExternally: false,
    debugLogger: { isEnabled: false, add: () => undefined },
  }
  const packager = { info, config }
  const outDir = join(projectDir, config.directories?.output ?? 'dist')
  const matchers = matching.getMainFileMatchers(
    projectDir,
    '/app',
    (pattern) => pattern,
    platformOptions,
    packager,
    outDir,
    false,
  )
  const sets = await copying.computeFileSets(matchers, null, packager, false)
  return sets
    .flatMap((set) =>
      set.files.filter((file) => set.metadata.has(file)).map((file) => relative(set.src, file)),
    )
    .map((file) => file.split(sep).join('/'))
    .sort()
}

/** What a checkout, `npm ci`, a build, the tests and an earlier `npm run dist` leave around. */
const PROJECT_TREE = [
  'package.json',
  'package-lock.json',
  'README.md',
  'electron-builder.yml',
  'electron.vite.config.ts',
  'tsconfig.json',
  'vitest.config.mts',
  'playwright.config.ts',
  '.gitignore',
  '.github/workflows/ci.yml',
  'src/main/index.ts',
  'src/main/store/board-store.ts',
  'src/main/store/board-store.test.ts',
  'src/preload/index.ts',
  'src/shared/domain/interview.ts',
  'src/shared/domain/interview.test.ts',
  'src/renderer/index.html',
  'src/renderer/src/App.tsx',
  'e2e/fixtures.ts',
  'e2e/board.spec.ts',
  'e2e/docs/board.shot.ts',
  'bench/run.mjs',
  'reliability/crash.test.ts',
  'scripts/make-icons.mjs',
  'scripts/icons.test.ts',
  'docs/SECURITY.md',
  'docs/screenshots/board-light.png',
  'resources/icon.svg',
  'resources/icon.png',
  'resources/icon.ico',
  'resources/icon.icns',
  'resources/icons/16x16.png',
  'resources/icons/manifest.json',
  'resources/tray.png',
  'resources/tray@2x.png',
  'out/main/index.js',
  'out/main/index.js.map',
  'out/preload/index.cjs',
  'out/preload/index.cjs.map',
  'out/renderer/index.html',
  'out/renderer/assets/index-3f2a.js',
  'out/renderer/assets/index-3f2a.js.map',
  'out/renderer/assets/index-3f2a.css',
  'out/renderer/browser-edition.js',
  'out/browser-edition/server.cjs',
  'node_modules/react/package.json',
  'node_modules/react/index.js',
  'node_modules/.bin/vitest',
  'test-results/board-spec/trace.zip',
  'playwright-report/index.html',
  'coverage/index.html',
  'dist/linux-unpacked/foothold',
  'dist/Foothold-0.1.0.AppImage',
]
/** All that the app needs at run time: the build, its package.json, and the tray images. */
const SHIPPED = [
  'out/main/index.js',
  'out/preload/index.cjs',
  'out/renderer/assets/index-3f2a.css',
  'out/renderer/assets/index-3f2a.js',
  'out/renderer/index.html',
  'package.json',
  'resources/tray.png',
  'resources/tray@2x.png',
]

describe('what the installers pack', () => {
  const tempFolder = useTempFolders()
  let config: Configuration
  beforeAll(async () => {
    config = await projectConfig()
  })

  it.each(['linux', 'win', 'mac'] as const)(
    'on %s: only the build, package.json and the tray images; no sources, tests, maps or node_modules',
    async (platform) => {
      const project = await tempFolder()
      for (const file of PROJECT_TREE) {
        await mkdir(dirname(join(project, file)), { recursive: true })
        await writeFile(join(project, file), '')
      }
      expect(await packedFiles(config, project, config[platform] ?? {})).toEqual(SHIPPED)
    },
    30_000,
  )

  it('packs every image the main process loads at run time', async () => {
    const shipped = await packedFiles(config, process.cwd(), config.linux ?? {})
    const main = await readFile(join(process.cwd(), 'src/main/index.ts'), 'utf8')
    const loaded = [...main.matchAll(/'\.\.\/\.\.\/(resources\/[^'?]+)\?asset'/g)].map((m) => m[1]!)
    expect(loaded).toContain('resources/tray.png')
    for (const file of loaded) {
      expect(shipped).toContain(file)
      // Electron picks the @2x image next to it on a high-density display.
      expect(shipped).toContain(file.replace(/\.png$/, '@2x.png'))
    }
    expect(shipped.filter((file) => !file.startsWith('out/'))).toEqual([
      'package.json',
      'resources/tray.png',
      'resources/tray@2x.png',
    ])
  }, 30_000)

  it('has no production dependencies, so no node_modules ship (the build bundles them)', async () => {
    const pkg = await packageJson()
    expect(pkg.dependencies ?? {}).toEqual({})
  })
})

describe('the installers’ identity and icons', () => {
  let config: Configuration
  beforeAll(async () => {
    config = await projectConfig()
  })

  it('use the app id the main process gives Windows, and the product name everywhere', async () => {
    const pkg = await packageJson()
    expect(config.appId).toBe(APP_ID)
    expect(config.productName).toBe(PRODUCT_NAME)
    expect(pkg.productName).toBe(PRODUCT_NAME)
    const main = await readFile(join(process.cwd(), 'src/main/index.ts'), 'utf8')
    expect(main).toContain('app.setAppUserModelId(APP_ID)')
  })

  it('point each platform at its generated icon, and the deb declares libnotify', () => {
    expect(config.linux?.icon).toBe('resources/icons')
    expect(config.win?.icon).toBe('resources/icon.ico')
    expect(config.mac?.icon).toBe('resources/icon.icns')
    for (const icon of [config.linux?.icon, config.win?.icon, config.mac?.icon]) {
      expect(existsSync(join(process.cwd(), icon!)), icon!).toBe(true)
    }
    expect(config.deb?.depends).toContain('libnotify4')
  })

  it('give the deb the homepage and maintainer electron-builder refuses to build it without', async () => {
    const pkg = await packageJson()
    expect(pkg.homepage).toMatch(/^https:\/\//)
    expect(pkg.author?.name).toBeTruthy()
    expect(pkg.author?.email).toMatch(/^[^@\s]+@[^@\s]+$/)
  })
})

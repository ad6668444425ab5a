import { ALIASES } from '../../../scripts/aliases.mjs'
import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'
import type { Configuration } from 'electron-builder'
import { beforeAll, describe, expect, it } from 'vitest'
import { APP_ID, PRODUCT_NAME } from '@shared/app-identity'
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
/** The packages (not Node's own modules, not electron) that the app's non-test sources import. */
async function bundledPackages(folder: string): Promise<string[]> {
  const found = new Set<string>()
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ts|tsx)$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) {
      continue
    }
    const path = join(entry.parentPath, entry.name)
    if (path.includes(`${sep}test-support${sep}`)) continue
    const source = await readFile(path, 'utf8')
    for (const [, specifier] of source.matchAll(
      /^\s*(?:import|export)\b[^'"]*?from\s+'([^'.][^']*)'/gm,
    )) {
      const name = specifier!.startsWith('@')
        ? specifier!.split('/').slice(0, 2).join('/')
        : specifier!.split('/')[0]!
      const own = Object.keys(ALIASES).some((alias) => specifier!.startsWith(`${alias}/`))
      if (!specifier!.startsWith('node:') && name !== 'electron' && !own) found.add(name)
    }
  }
  return [...found].sort()
}

/** The project's package.json, which electron-builder reads for metadata and dependencies. */
interface PackageJson {
  name: string
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
  /** Where in the app the files go: `/app`, or `/app/node_modules/<name>`. */
  destination: string
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
  computeNodeModuleFileSets(platformPackager: object, matcher: FileMatcher): Promise<FileSet[]>
}
const nodeModuleMatching = matching as unknown as {
  getNodeModuleFileMatcher(
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformOptions: object,
    packager: object,
  ): FileMatcher
}
const hooks = createRequire(import.meta.url)('app-builder-lib/out/util/resolve') as {
  resolveFunction(
    type: string,
    executor: unknown,
    name: string,
    rootSearchDir: string,
  ): Promise<((context: object) => Promise<boolean | void>) | null | undefined>
}
// electron-builder's own temp-folder helper, from where electron-builder finds it.
const builderRequire = createRequire(createRequire(import.meta.url).resolve('app-builder-lib'))
const { TmpDir } = builderRequire('temp-file') as {
  TmpDir: new (name: string) => object
}

/**
 * What electron-builder's `installAppDependencies` decides before packing: true when its
 * `beforeBuild` hook answers false, which it reads as "node_modules are handled outside", so it
 * then packs none of them. With `npmRebuild: false` it returns before running the hook at all.
 */
async function nodeModulesHandledExternally(config: Configuration, projectDir: string) {
  if (config.npmRebuild === false) return false
  const beforeBuild = await hooks.resolveFunction(
    'commonjs',
    config.beforeBuild,
    'beforeBuild',
    process.cwd(),
  )
  if (beforeBuild == null) return false
  return !(await beforeBuild({ appDir: projectDir, platform: 'linux', arch: 'x64' }))
}

/**
 * The project files electron-builder would put into app.asar for one platform's options: the
 * `files` it matches, then (as its platform packager does) the production dependencies' folders
 * from node_modules, unless its hook said node_modules are handled outside.
 */
async function packedFiles(
  config: Configuration,
  projectDir: string,
  platformOptions: object,
): Promise<string[]> {
  const metadata = JSON.parse(await readFile(join(projectDir, 'package.json'), 'utf8')) as {
    name: string
  }
  const info = {
    config,
    projectDir,
    appDir: projectDir,
    buildResourcesDir: join(projectDir, config.directories?.buildResources ?? 'build'),
    isPrepackedAppAsar: false,
    areNodeModulesHandledExternally: await nodeModulesHandledExternally(config, projectDir),
    debugLogger: { isEnabled: false, add: () => undefined },
    tempDirManager: new TmpDir('packaging-test'),
    originalMetadata: metadata,
    nodePackageName: metadata.name,
    appInfo: { type: 'commonjs' },
    getWorkspaceRoot: async () => projectDir,
    // npm itself would list the same tree; walking node_modules needs no npm run.
    getPackageManager: async () => 'traversal',
  }
  const packager = { info, config, platform: { nodeName: 'linux' } }
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
  if (!info.areNodeModulesHandledExternally) {
    const matcher = nodeModuleMatching.getNodeModuleFileMatcher(
      projectDir,
      '/app',
      (pattern) => pattern,
      platformOptions,
      info,
    )
    sets.push(...(await copying.computeNodeModuleFileSets(packager, matcher)))
  }
  return sets
    .flatMap((set) =>
      set.files
        .filter((file) => set.metadata.has(file))
        .map((file) => join(relative('/app', set.destination), relative(set.src, file))),
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
  // (and each of package.json's dependencies, added below)
  'node_modules/vitest/package.json',
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

  /** A checkout with the real package.json and each runtime library installed in node_modules. */
  async function checkout(): Promise<string> {
    const project = await tempFolder()
    const pkg = await packageJson()
    const modules = Object.keys(pkg.dependencies ?? {}).flatMap((name) => [
      `node_modules/${name}/package.json`,
      `node_modules/${name}/index.js`,
    ])
    for (const file of [...PROJECT_TREE, ...modules]) {
      await mkdir(dirname(join(project, file)), { recursive: true })
      const name = /^node_modules\/(.+)\/package\.json$/.exec(file)?.[1]
      const text =
        file === 'package.json'
          ? JSON.stringify(pkg)
          : name
            ? JSON.stringify({ name, version: '1.0.0' })
            : ''
      await writeFile(join(project, file), text)
    }
    return project
  }

  it.each(['linux', 'win', 'mac'] as const)(
    'on %s: only the build, package.json and the tray images; no sources, tests, maps or node_modules',
    async (platform) => {
      const project = await checkout()
      expect(await packedFiles(config, project, config[platform] ?? {})).toEqual(SHIPPED)
    },
    30_000,
  )

  it('would pack the dependencies’ node_modules without the hook, or with npmRebuild off', async () => {
    const project = await checkout()
    for (const changed of [
      { ...config, beforeBuild: null },
      { ...config, npmRebuild: false },
    ]) {
      const packed = await packedFiles(changed, project, config.linux ?? {})
      expect(packed).toContain('node_modules/react/index.js')
      expect(packed).toContain('node_modules/zod/package.json')
    }
  }, 30_000)

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

  it('lists every library the app bundles as a dependency, so `npm audit --omit=dev` checks it', async () => {
    const pkg = await packageJson()
    const dependencies = Object.keys(pkg.dependencies ?? {})
    const bundled = await bundledPackages(join(process.cwd(), 'src'))
    expect(bundled).toContain('react')
    expect(bundled.filter((name) => !dependencies.includes(name))).toEqual([])
    // Electron is the runtime itself (electron-builder refuses it as a dependency); tools stay dev.
    for (const tool of ['electron', 'electron-builder', 'vite', 'vitest', 'typescript']) {
      expect(dependencies).not.toContain(tool)
    }
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

import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeOnly = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process'],
  message: 'Node APIs belong in src/main.',
}
const electronOnly = {
  group: ['electron'],
  message: 'Electron belongs in src/main and src/preload.',
}

// The renderer's layers, top to bottom: the app shell (the files at the top of src/renderer/src),
// the screens and features (its folders), forms and common, state, then src/shared.
const RENDERER = './src/renderer/src'
const BELOW_FEATURES = ['common', 'forms', 'state', 'styles', 'test-support']
const FEATURES = readdirSync(RENDERER, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !BELOW_FEATURES.includes(entry.name))
  .map((entry) => `${RENDERER}/${entry.name}`)
const APP_SHELL = readdirSync(RENDERER, { withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
  .map((entry) => `${RENDERER}/${entry.name}`)

/** Imports only go down: each zone says what a folder may not import from. */
const LAYERS = [
  {
    target: './src/shared/domain',
    from: './src/shared',
    except: ['./domain'],
    message: 'The domain is the bottom layer of src/shared: it imports nothing else there.',
  },
  {
    target: './src/shared',
    from: ['./src/main', './src/preload', './src/renderer'],
    message: 'src/shared is pure and below everything: it imports no process-specific code.',
  },
  {
    target: './src/main',
    from: ['./src/preload', './src/renderer'],
    message: 'Main talks to the renderer through the IPC contract in src/shared, never its code.',
  },
  {
    target: ['./src/preload', './src/renderer'],
    from: './src/main',
    message: 'The renderer and the preload reach main through the IPC contract only.',
  },
  {
    target: `${RENDERER}/state`,
    from: RENDERER,
    except: ['./state'],
    message: 'state/ is below every feature: it holds no words and imports no feature.',
  },
  {
    target: [`${RENDERER}/common`, `${RENDERER}/forms`],
    from: RENDERER,
    except: ['./common', './forms', './state', './styles'],
    message: 'common/ and forms/ sit below the features; what two features share lives here.',
  },
  {
    target: FEATURES,
    from: APP_SHELL,
    message: 'Features do not import the app shell above them.',
  },
]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [nodeOnly, electronOnly] }],
    },
  },
  {
    // Shared code is pure: it runs in main, preload, renderer and tests alike.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeOnly,
            electronOnly,
            {
              group: ['react', 'react-dom', 'zustand', 'lowdb'],
              message: 'Keep src/shared free of UI and storage libraries.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  {
    // Layers and circles, checked with the same aliases the build resolves (tsconfig "paths").
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // How to read the files imported, to follow their own imports (circles).
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.node.json', 'tsconfig.web.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: LAYERS }],
    },
  },
  {
    // Tests may reach for helpers anywhere; what they test must still obey the layers.
    files: ['src/**/*.test.{ts,tsx}', 'src/**/test-support/**'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
)

import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ESLint } from 'eslint'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// npm test lints with these rules: here they are fed bad files, to show they would fail it.
const root = join(import.meta.dirname, '..')
const eslint = new ESLint({ cwd: root })

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) })
  return result!.messages.map((m) => m.ruleId ?? m.message)
}

describe('imports only go down', () => {
  it.each([
    [
      'src/shared/domain/bad.ts',
      "import { planCard } from '../cadence/plan'\nexport { planCard }\n",
    ],
    [
      'src/shared/drafts/bad.ts',
      "import { startServices } from '@main/services'\nexport { startServices }\n",
    ],
    ['src/main/bad.ts', "import { App } from '@renderer/App'\nexport { App }\n"],
    [
      'src/renderer/src/state/bad.ts',
      "import { dueText } from '../board/due-text'\nexport { dueText }\n",
    ],
    [
      'src/renderer/src/common/bad.ts',
      "import { SettingsView } from '../settings/SettingsView'\nexport { SettingsView }\n",
    ],
    ['src/renderer/src/board/bad.ts', "import { App } from '../App'\nexport { App }\n"],
  ])('%s may not import from a layer above it', async (file, code) => {
    expect(await rulesBroken(file, code)).toContain('import-x/no-restricted-paths')
  })

  it('lets each layer use the ones below it', async () => {
    for (const [file, code] of [
      [
        'src/shared/cadence/fine.ts',
        "import { STAGES } from '@shared/domain/interview'\nexport { STAGES }\n",
      ],
      [
        'src/main/fine.ts',
        "import { STAGES } from '@shared/domain/interview'\nexport { STAGES }\n",
      ],
      [
        'src/renderer/src/board/fine.ts',
        "import { useBoard } from '../state/board-context'\nexport { useBoard }\n",
      ],
    ]) {
      expect(await rulesBroken(file!, code!), file).toEqual([])
    }
  })
})

describe('no circles', () => {
  const folder = join(root, 'src', 'shared', '__circle__')
  beforeAll(async () => {
    await mkdir(folder, { recursive: true })
    await writeFile(join(folder, 'a.ts'), "import { b } from './b'\nexport const a = () => b\n")
    await writeFile(join(folder, 'b.ts'), "import { a } from './a'\nexport const b = () => a\n")
  })
  afterAll(() => rm(folder, { recursive: true, force: true }))

  it('fails two modules that import each other', async () => {
    const [result] = await eslint.lintFiles([join(folder, 'a.ts')])
    expect(result!.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle')
  })
})

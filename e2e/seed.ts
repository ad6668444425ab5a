import { createCard, moveCard } from '@shared/domain/board'
import type { Outcome, Stage } from '@shared/domain/interview'
import type { Card } from '@shared/domain/card'
import type { StoreData } from '@shared/store/store-format'
import { emptyStore } from '@shared/store/store-format'
import { sampleDetails } from '@shared/test-support/sample-details'
import { writeStoreFile } from './fixtures'

export interface SeedCard {
  company: string
  position?: string
  stage?: Stage
  outcome?: Outcome
  interviewers?: string[]
}

/** Writes a valid board straight to the data folder, as an earlier session of Foothold would. */
export async function seedBoard(dataFolder: string, cards: SeedCard[]): Promise<StoreData> {
  const created = new Date('2026-11-17T16:00:00Z')
  const data: StoreData = {
    ...emptyStore('Europe/Berlin'),
    cards: cards.map((seed, i): Card => {
      const details = sampleDetails({
        company: seed.company,
        position: seed.position ?? 'Product Designer',
        interviewers: (seed.interviewers ?? ['Priya Raman']).map((name, j) => ({
          ...sampleDetails().interviewers[0]!,
          id: `iv-${i}-${j}`,
          name,
        })),
      })
      const card = createCard(details, `seed-${i}`, created)
      const stage = seed.stage ?? 'thank-you'
      return stage === 'thank-you' ? card : moveCard(card, stage, seed.outcome ?? null, created)
    }),
  }
  await writeStoreFile(dataFolder, JSON.stringify(data))
  return data
}

/**
 * The child of the crash test: opens the real store and writes in a loop, printing `ack <n>`
 * once write n is acknowledged (its promise resolved), until the parent kills it with SIGKILL.
 */
import { BoardStore } from '@main/store/board-store'
import { systemClock } from '@main/clock'
import type { StoreData } from '@shared/store/store-format'
import { SLOT_COUNT, counterOf, withWrite } from './crash-model'

async function main(): Promise<void> {
  const dataFolder = process.argv[2]
  if (!dataFolder) throw new Error('usage: crash-writer <data folder>')
  const store = await BoardStore.open({ dataFolder, clock: systemClock, defaultTimeZone: 'UTC' })
  let n = counterOf(store.data)
  process.stdout.write(`ready ${n}\n`)
  for (;;) {
    const write = ++n
    // Several writes in flight at once, as a person typing fast would cause.
    const pending: Promise<void>[] = []
    for (let k = 0; k < 3; k++) {
      const w = k === 0 ? write : ++n
      pending.push(
        store
          .update((data: StoreData) => withWrite(data, w, SLOT_COUNT))
          .then(() => void process.stdout.write(`ack ${w}\n`)),
      )
    }
    await Promise.all(pending)
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`)
  process.exit(1)
})

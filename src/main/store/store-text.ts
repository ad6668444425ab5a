import { createHash } from 'node:crypto'
import { z } from 'zod'
import type { Card } from '../../shared/domain/interview'
import type { StoreData } from '../../shared/store/store-format'
import { STORE_SCHEMA_VERSION, StoreDataSchema } from '../../shared/store/store-format'

const SEPARATOR = Buffer.from(',\n  ')

/**
 * Turns the board into the bytes of its file, exactly `JSON.stringify(data, null, 1)` in UTF-8, but
 * keeping each card's bytes by card object: every change to a card makes a new object, so saving
 * one change to a board of 5,000 cards serialises one card and reuses the rest. The bytes stay in
 * pieces (written with one `writev`), so no 10 MB copy of the whole file is made for each save.
 */
export class StoreSerializer {
  private cards = new WeakMap<Card, Buffer>()

  bytes(data: StoreData): Buffer {
    return Buffer.concat(this.chunks(data))
  }

  chunks(data: StoreData): Buffer[] {
    const parts: Buffer[] = []
    let first = true
    for (const [key, value] of Object.entries(data)) {
      if (value === undefined) continue
      parts.push(Buffer.from(`${first ? '{\n' : ',\n'} ${JSON.stringify(key)}: `))
      first = false
      if (key === 'cards' && Array.isArray(value) && value.length > 0) {
        parts.push(Buffer.from('[\n  '))
        ;(value as Card[]).forEach((card, i) => {
          if (i > 0) parts.push(SEPARATOR)
          parts.push(this.cardBytes(card))
        })
        parts.push(Buffer.from('\n ]'))
      } else {
        parts.push(Buffer.from(indent(JSON.stringify(value, null, 1), ' ')))
      }
    }
    parts.push(Buffer.from(first ? '{}' : '\n}'))
    return parts
  }

  private cardBytes(card: Card): Buffer {
    let bytes = this.cards.get(card)
    if (!bytes) {
      // String values escape their line breaks, so every raw line break is between tokens.
      bytes = Buffer.from(indent(JSON.stringify(card, null, 1), '  '))
      this.cards.set(card, bytes)
    }
    return bytes
  }
}

function indent(json: string | undefined, by: string): string {
  return (json ?? 'null').replaceAll('\n', `\n${by}`)
}

/**
 * A record, next to the store file, that its current bytes are ones Foothold itself wrote from a
 * validated board: the next start-up can then skip validating the whole file again (for 5,000
 * cards, several times the cost of parsing it). Any other change to the file, by a person, a sync
 * tool or a disk error, changes its hash, and the file is validated as before. The record also
 * names the validator, so a Foothold whose schema differs validates again.
 */
export interface Checked {
  validator: string
  sha256: string
  size: number
}

/** A file's bytes, whole or in the pieces they were written from. */
export type FileBytes = Buffer | readonly Buffer[]

export function sha256(bytes: FileBytes): string {
  const hash = createHash('sha256')
  for (const chunk of Buffer.isBuffer(bytes) ? [bytes] : bytes) hash.update(chunk)
  return hash.digest('hex')
}

export function byteLength(bytes: FileBytes): number {
  return Buffer.isBuffer(bytes) ? bytes.length : bytes.reduce((n, chunk) => n + chunk.length, 0)
}

/** Whether `whole` holds exactly `bytes`, without joining the pieces. */
export function sameBytes(whole: Buffer, bytes: FileBytes): boolean {
  if (Buffer.isBuffer(bytes)) return whole.equals(bytes)
  if (whole.length !== byteLength(bytes)) return false
  let offset = 0
  for (const chunk of bytes) {
    if (chunk.compare(whole, offset, offset + chunk.length) !== 0) return false
    offset += chunk.length
  }
  return true
}

// Bump when a validation rule changes in a way the JSON Schema below does not show (a refinement).
const VALIDATION_REVISION = 1
let validator: string | null = null

/** Names the current validator: the format version, the revision and the schema's shape. */
export function validatorId(): string {
  validator ??= [
    STORE_SCHEMA_VERSION,
    VALIDATION_REVISION,
    sha256(
      Buffer.from(
        JSON.stringify(z.toJSONSchema(StoreDataSchema, { unrepresentable: 'any', io: 'input' })),
      ),
    ).slice(0, 16),
  ].join(':')
  return validator
}

export function checkedRecord(bytes: FileBytes): Checked {
  return { validator: validatorId(), sha256: sha256(bytes), size: byteLength(bytes) }
}

export function isChecked(record: unknown, bytes: Buffer): boolean {
  const r = record as Partial<Checked> | null
  return (
    typeof r === 'object' &&
    r !== null &&
    r.size === bytes.length &&
    r.validator === validatorId() &&
    r.sha256 === sha256(bytes)
  )
}

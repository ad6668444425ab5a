import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import type { Card } from '@shared/domain/card'
import type { StoreData } from '@shared/store/store-format'
import { STORE_SCHEMA_VERSION, StoreDataSchema } from '@shared/store/store-format'

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
 * validated board (or validated in full): the next start-up can then skip validating the whole
 * file again (for 5,000 cards, several times the cost of parsing it). The record is a keyed MAC
 * (HMAC-SHA-256) of the bytes, the validator and the size, with a key kept outside the data folder:
 * anything that can write the data folder can change the file or the record, but cannot make a
 * record that matches, so whatever it wrote is validated as before. The record names the validator,
 * so a Foothold whose schema differs validates again.
 */
export interface Checked {
  validator: string
  size: number
  /** HMAC-SHA-256 of the validator, the size and the bytes, in hex. */
  mac: string
}

/** A file's bytes, whole or in the pieces they were written from. */
export type FileBytes = Buffer | readonly Buffer[]

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

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

// Bump when a validation rule changes in a way the JSON Schema below does not show (a refinement).
export const VALIDATION_REVISION = 1

/** Names a validator: the format version, the revision and the schema's shape. */
export function validatorIdOf(schema: z.ZodType, version: number, revision: number): string {
  const shape = JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }))
  return [version, revision, sha256(shape).slice(0, 16)].join(':')
}

let validator: string | null = null

/** Names the current validator, so records made by another one stop counting. */
export function validatorId(): string {
  validator ??= validatorIdOf(StoreDataSchema, STORE_SCHEMA_VERSION, VALIDATION_REVISION)
  return validator
}

function macOf(key: Uint8Array, validatorName: string, bytes: FileBytes): Buffer {
  const mac = createHmac('sha256', key)
  // Lengths first, so no choice of validator and bytes can read as another.
  mac.update(
    `foothold.json.checked\n${validatorName.length}:${validatorName}\n${byteLength(bytes)}\n`,
  )
  for (const chunk of Buffer.isBuffer(bytes) ? [bytes] : bytes) mac.update(chunk)
  return mac.digest()
}

export function checkedRecord(bytes: FileBytes, key: Uint8Array): Checked {
  const validatorName = validatorId()
  return {
    validator: validatorName,
    size: byteLength(bytes),
    mac: macOf(key, validatorName, bytes).toString('hex'),
  }
}

/** Whether `record` vouches for exactly these bytes, under this validator and this key. */
export function isChecked(record: unknown, bytes: Buffer, key: Uint8Array): boolean {
  const r = record as Partial<Checked> | null
  if (typeof r !== 'object' || r === null) return false
  if (r.size !== bytes.length || r.validator !== validatorId() || typeof r.mac !== 'string') {
    return false
  }
  const claimed = Buffer.from(r.mac, 'hex')
  const actual = macOf(key, r.validator, bytes)
  return claimed.length === actual.length && timingSafeEqual(claimed, actual)
}

import { z } from 'zod'

/** `foothold-20261123T091500Z.json`: a backup's name carries the UTC time it was taken. */
export const BACKUP_NAME_PATTERN = /^foothold-(\d{8}T\d{6}Z)\.json$/

/** A backup is named, never given by path, so a request cannot point outside the backups folder. */
export const BackupNameSchema = z.string().regex(BACKUP_NAME_PATTERN, 'Not a Foothold backup name')

/** File-name-safe UTC timestamp that sorts in time order: 20261123T091500Z. */
export function fileStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

export function stampToTime(stamp: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp)
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : Number.NaN
}

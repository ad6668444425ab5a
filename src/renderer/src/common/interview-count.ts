/** "no interviews", "1 interview", "12 interviews". */
export function interviewCount(count: number): string {
  if (count === 0) return 'no interviews'
  return count === 1 ? '1 interview' : `${count.toLocaleString()} interviews`
}

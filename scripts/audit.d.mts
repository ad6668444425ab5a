export declare const AUDIT_ARGS: string[]
export interface NpmRun {
  status: number
  stdout: string
  stderr: string
}
export declare function auditVerdict(run: NpmRun): { ok: boolean; lines: string[] }

export declare const ACCEPTED_HEADING: string
export declare function findingKey(id: string, file: string): string
export declare function acceptedFindings(markdown: string): Map<string, string>
export interface Finding {
  id: string
  file: string
  line?: number
  description?: string
}
export declare function compareFindings<F extends Finding>(
  findings: F[],
  accepted: Map<string, string>,
): { unexplained: F[]; explained: F[]; stale: string[] }

export declare const BUILD_INPUTS: string[]
export declare const BUILD_OUTPUTS: string[]
export declare function staleBuild(root: string): string | null

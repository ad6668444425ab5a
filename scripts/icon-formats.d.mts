export declare const LINUX_SIZES: number[]
export declare const ICO_SIZES: number[]
export declare const ICNS_TYPES: [type: string, size: number][]
export declare const TRAY_FILES: [file: string, size: number][]
export declare function sha256(bytes: Buffer | string): string
export declare function sourceHash(svg: Buffer): string
export declare function pngSize(png: Buffer): { width: number; height: number }
export declare function encodeIco(pngs: Buffer[]): Buffer
export declare function readIco(
  ico: Buffer,
): { width: number; height: number; bitCount: number; data: Buffer }[]
export declare function encodeIcns(entries: [type: string, png: Buffer][]): Buffer
export declare function readIcns(icns: Buffer): { type: string; data: Buffer }[]

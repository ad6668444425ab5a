export declare function launchArguments(
  argv: string[],
  cwd: string,
):
  | { ok: true; desktop: string[]; browser: string[] }
  | { ok: false; message: string }
  | { ok: 'help' }
export declare const USAGE: string

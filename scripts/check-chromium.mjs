// The first step of `npm test`: a machine without a Chromium for the end-to-end specs hears how to
// get one within seconds, before anything is built.
//
//   node scripts/check-chromium.mjs      prints the path, or the one line that says what to do
import { findChromium, playwrightChromiumPath } from './find-chromium.mjs'

const found = findChromium({ playwrightChromium: await playwrightChromiumPath() })
if (found.ok) {
  process.stdout.write(`end-to-end browser: ${found.path}\n`)
} else {
  process.stderr.write(`${found.message}\n`)
  process.exitCode = 1
}

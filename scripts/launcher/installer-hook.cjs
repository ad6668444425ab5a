// Preloaded (node --require) into Electron's own installer by `npm start`. The installer prints a
// stack trace when the download fails; this turns the failure into one line for the person,
// written to file descriptor 3, which the launcher reads. The progress bar is left alone.
const { writeSync } = require('node:fs')

let reported = false
function report(line) {
  if (reported) return
  reported = true
  try {
    writeSync(3, `${line.replace(/\s+/g, ' ').trim()}\n`)
  } catch {
    // Run without the launcher: nothing is listening on descriptor 3.
  }
}

function where(url) {
  try {
    return new URL(String(url)).host
  } catch {
    return String(url)
  }
}

const realFetch = globalThis.fetch
globalThis.fetch = async (url, options) => {
  try {
    const response = await realFetch(url, options)
    if (!response.ok) report(`${where(url)} answered ${response.status} ${response.statusText}`)
    return response
  } catch (error) {
    const cause = error && error.cause
    const why = (cause && cause.message) || error.message
    report(`could not download Electron from ${where(url)} (${why})`)
    throw error
  }
}

console.error = (first) => report(String(first).split('\n')[0])

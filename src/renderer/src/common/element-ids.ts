/*
 * Ids of elements one feature draws and another finds: kept here, below both, so neither imports
 * the other for them.
 */

/** The top bar's Settings button: focus goes back to it when Settings closes. */
export const SETTINGS_BUTTON_ID = 'settings-button'

/** The top bar's Progress button: focus goes back to it when the view closes. */
export const PROGRESS_BUTTON_ID = 'progress-button'

/** The board’s search box, which the search shortcut focuses. */
export const SEARCH_ID = 'board-search'

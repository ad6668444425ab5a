import { boardToastText } from './board/toast-text'
import { followUpToastText } from './card-panel/follow-up-messages'
import { undoToastText } from './common/ToastRegion'
import { draftToastText } from './drafts/draft-messages'
import { importToastText } from './import/import-text'
import { dataToastText, settingsToastText } from './settings/toast-text'
import type { ToastWords } from './state/toast-notes'

/** Each area's toasts are worded by the feature they are about. */
export const TOAST_WORDS: ToastWords = {
  board: boardToastText,
  'follow-ups': followUpToastText,
  drafts: draftToastText,
  data: dataToastText,
  import: importToastText,
  settings: settingsToastText,
  undo: undoToastText,
}

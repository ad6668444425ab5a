import { useBoard, useBoardActions } from '../state/board-context'

/** Under the paths: open the folder in the file manager, or copy where it is. */
export function DataFolderButtons() {
  const actions = useBoardActions()
  // A browser cannot open the file manager; the path can still be copied.
  const canShow = useBoard((s) => s.host.canShowInFolder)
  return (
    <div className="setting data-folder-actions">
      {canShow && (
        <button type="button" className="button" onClick={() => void actions.showDataFolder()}>
          Show in folder
        </button>
      )}
      <button type="button" className="button" onClick={() => void actions.copyDataFolderPath()}>
        Copy folder path
      </button>
    </div>
  )
}

/** On an empty board only: the sample interviews, to see Foothold at work before using it. */
export function SampleBoardRow({ id, readOnly }: { id: string; readOnly: boolean }) {
  const actions = useBoardActions()
  const empty = useBoard((s) => Object.keys(s.cards).length === 0)
  if (!empty || readOnly) return null
  return (
    <div className="setting">
      <div className="setting__text">
        <span className="setting__label">Sample board</span>
        <p className="setting__hint" id={`${id}-hint`}>
          Adds a few made-up interviews, one at each stage, that never send reminders. A notice over
          the board removes them in one click.
        </p>
      </div>
      <div className="setting__control">
        <button
          type="button"
          className="button"
          aria-describedby={`${id}-hint`}
          onClick={() => void actions.addSampleBoard()}
        >
          Add a sample board
        </button>
      </div>
    </div>
  )
}

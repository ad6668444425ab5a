import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { instantToWallTime, wallTimeToInstant } from '@shared/domain/zoned-time'
import { timeZoneCity } from '../forms/time-zones'

interface CustomSnoozeProps {
  timeZone: string
  now: Date
  onSet(until: string): void
  onCancel(): void
}

/** "Custom…": a date and time in the person's own zone. Not a form: the panel already is one. */
export function CustomSnooze({ timeZone, now, onSet, onCancel }: CustomSnoozeProps) {
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const [value, setValue] = useState(() => {
    const wall = instantToWallTime(new Date(now.getTime() + 3_600_000), timeZone)
    return `${wall.date}T${wall.time}`
  })
  const [error, setError] = useState<string | null>(null)
  const nowWall = instantToWallTime(now, timeZone)

  useEffect(() => inputRef.current?.focus(), [])

  const apply = () => {
    const [date = '', time = ''] = value.split('T')
    const until = wallTimeToInstant(date, time.slice(0, 5), timeZone)
    if (!until) {
      setError('Enter a date and time')
      return
    }
    if (until.getTime() <= Date.now()) {
      setError('Choose a time in the future')
      return
    }
    onSet(until.toISOString())
  }
  const onKeyDown = (event: KeyboardEvent) => {
    // Enter would submit the card's form; Escape would close the panel.
    if (event.key === 'Enter') {
      event.preventDefault()
      apply()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      onCancel()
    }
  }

  return (
    <div className="custom-snooze" onKeyDown={onKeyDown}>
      <label className="field__label" htmlFor={id}>
        Snooze until ({timeZoneCity(timeZone)} time)
      </label>
      <div className="custom-snooze__row">
        <input
          ref={inputRef}
          id={id}
          className="input"
          type="datetime-local"
          value={value}
          min={`${nowWall.date}T${nowWall.time}`}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setValue(event.target.value)
            setError(null)
          }}
        />
        <button type="button" className="button button--small button--primary" onClick={apply}>
          Set
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  )
}

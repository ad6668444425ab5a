import { timeZoneLabel, timeZoneOptions } from './time-zones'

/** The `<option>`s of a time-zone picker, always including the zone already chosen. */
export function TimeZoneOptions({ selected }: { selected: string }) {
  return timeZoneOptions(selected).map((zone) => (
    <option key={zone} value={zone}>
      {timeZoneLabel(zone)}
    </option>
  ))
}

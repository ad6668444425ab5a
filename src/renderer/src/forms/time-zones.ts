let known: readonly string[] | null = null

/** Every IANA zone the runtime knows, plus `current` if it is an alias the list leaves out (UTC). */
export function timeZoneOptions(current: string): readonly string[] {
  known ??= Intl.supportedValuesOf('timeZone')
  return known.includes(current) ? known : [current, ...known]
}

/** "America/Argentina/Buenos_Aires" → "America / Argentina / Buenos Aires". */
export function timeZoneLabel(zone: string): string {
  return zone.replaceAll('_', ' ').split('/').join(' / ')
}

/** The city part of a zone, for a short hint next to a time: "Europe/London" → "London". */
export function timeZoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replaceAll('_', ' ')
}

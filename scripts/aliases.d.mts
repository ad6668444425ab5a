export declare const ALIASES: Record<'@shared' | '@main' | '@renderer', string>

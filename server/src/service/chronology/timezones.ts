/**
 * Clock zones of the offices that exchanged these cables, 1945–1953 (data, kept in code so the
 * pure service needs no file access). Sources: the project's gazetteer notes §3.
 *
 * - Moscow kept decree time, UTC+3, from June 1930 with no summer time until 1981.
 * - The PRC used one zone, UTC+8, from 1949; Beijing (Peiping) was already on UTC+8 before, so
 *   earlier dates keep +8 but are marked approximate (wartime summer times are not modelled).
 * - Korea, North and South, used UTC+9 (KST); South Korea moved to UTC+8:30 only in March 1954.
 * - So in 1950–53 Beijing = Moscow + 5 h and Pyongyang/Kaesong = Moscow + 6 h.
 *
 * Soviet telegraph practice logged times in Moscow time ("Received in Moscow 6:36"), which is
 * why the chronology checks assume Moscow for receipt and processing unless the text says otherwise.
 */

export type ZoneId = 'moscow' | 'beijing' | 'pyongyang' | 'manchuria' | 'vladivostok' | 'tokyo' | 'xinjiang';

export interface ZonePeriod {
  /** First day the offset applies, `YYYY-MM-DD`; absent means "since before 1945". */
  readonly from?: string;
  /** UTC offset in minutes (Moscow: 180). */
  readonly offsetMinutes: number;
  /** True when the offset for this period is not well attested. */
  readonly approximate?: boolean;
}

export interface ZoneInfo {
  readonly id: ZoneId;
  /** How a hover names the clock: "Moscow time". */
  readonly label: string;
  /** Place names and adjectives that select this zone, lower case (`peking`, `korean`). */
  readonly places: readonly string[];
  /** Periods in date order; the last period whose `from` is not after the date applies. */
  readonly periods: readonly ZonePeriod[];
  /**
   * A clock kept only where the text puts it (a cable from one of its places, or a time that names
   * it): a time given with a Moscow equivalent is never read on it, nor believed, only because the
   * hours apart fit it. Xinjiang's three hours are a slip in a cable from Beijing.
   */
  readonly placedOnly?: true;
}

export const zoneTable: readonly ZoneInfo[] = [
  {
    id: 'moscow',
    label: 'Moscow time',
    places: ['moscow', 'moskva', 'kremlin'],
    periods: [{ offsetMinutes: 180 }],
  },
  {
    id: 'beijing',
    label: 'Beijing time',
    places: ['beijing', 'peking', 'peiping', 'beiping', 'pekin', 'china', 'chinese', 'xibaipo', "yan'an", 'yanan', 'shanghai', 'nanjing', 'nanking'],
    periods: [
      { offsetMinutes: 480, approximate: true },
      { from: '1949-10-01', offsetMinutes: 480 },
    ],
  },
  {
    id: 'pyongyang',
    label: 'Korean time',
    places: ['pyongyang', 'heijo', 'kaesong', 'kaisyu', 'seoul', 'keijo', 'panmunjom', 'korea', 'korean', 'north korea', 'kst', 'wonsan', 'genzan'],
    periods: [{ offsetMinutes: 540 }],
  },
  {
    id: 'manchuria',
    label: 'Manchurian time',
    places: ['mukden', 'shenyang', 'harbin', 'dalian', 'dalny', 'port arthur', 'lushun', 'andong', 'antung', 'dandong', 'changchun'],
    // Manchukuo kept UTC+9 until 1945; the offset used between 1945 and 1949 is not well attested.
    periods: [
      { offsetMinutes: 540, approximate: true },
      { from: '1945-09-01', offsetMinutes: 480, approximate: true },
      { from: '1949-10-01', offsetMinutes: 480 },
    ],
  },
  {
    id: 'vladivostok',
    label: 'Far Eastern time (Khabarovsk, Vladivostok)',
    places: ['vladivostok', 'khabarovsk'],
    periods: [{ offsetMinutes: 600 }],
  },
  {
    id: 'tokyo',
    label: 'Tokyo time',
    // Occupation-era summer time (1948–1951) is not modelled.
    places: ['tokyo', 'japan', 'japanese'],
    periods: [{ offsetMinutes: 540 }],
  },
  {
    id: 'xinjiang',
    label: 'Xinjiang time (Urumqi)',
    // Urumqi's clock, UTC+6 (the Republic's Xinjiang-Tibet zone, kept in the province after 1949), for the
    // Soviet consulates' cables from Urumqi (Dihua, Tihwa), Kuldja (Yining) and Chuguchak (Tacheng)
    places: ['urumqi', 'urumchi', 'tihwa', 'dihua', 'kuldja', 'kulja', 'kuldzha', 'ghulja', 'yining', 'chuguchak', 'tacheng', 'xinjiang', 'sinkiang'],
    periods: [{ offsetMinutes: 360, approximate: true }],
    placedOnly: true,
  },
];

const byId = new Map<ZoneId, ZoneInfo>(zoneTable.map((z) => [z.id, z]));

export function zoneInfo(id: ZoneId): ZoneInfo {
  return byId.get(id) as ZoneInfo;
}

/** Each place to the first zone that lists it: an exact name decides at once. */
const zoneByPlace = new Map<string, ZoneId>();
for (const z of zoneTable) for (const p of z.places) if (!zoneByPlace.has(p)) zoneByPlace.set(p, z.id);

/** The places of five letters or more as words of a longer name, in table order, built once. */
const placeWords: readonly { readonly id: ZoneId; readonly pattern: RegExp }[] = zoneTable.flatMap((z) =>
  z.places.filter((p) => p.length >= 5).map((p) => ({ id: z.id, pattern: new RegExp(`(^|[^a-z])${p.replace(/[.*+?^${}()|[\]\\']/g, '\\$&')}($|[^a-z])`) })),
);

// (the patterns of `zoneForPlace`, built once: a pattern written in a function is a new object on every call)
/** What a place name is read without: brackets and punctuation (`[BEIJING]`, `From Pyongyang.`). */
const PLACE_PUNCTUATION = /[[\]().,:;"“”]/g;
const BLANKS = /\s+/g;

/** The zone a place name or clock adjective selects: `PEKING` and `[BEIJING]` give beijing. */
export function zoneForPlace(name: string): ZoneId | undefined {
  const key = name.toLowerCase().replace(PLACE_PUNCTUATION, ' ').replace(BLANKS, ' ').trim();
  if (!key) return undefined;
  const exact = zoneByPlace.get(key);
  if (exact) return exact;
  // "From Pyongyang." or "BEIJING - SOVIET AMBASSADOR": look for a known place as a word.
  for (const { id, pattern } of placeWords) if (pattern.test(key)) return id;
  return undefined;
}

/** The period in force on a day (`YYYY-MM-DD`, or undefined: today's rule). */
function periodOn(info: ZoneInfo, isoDay: string | undefined): ZonePeriod {
  let current = info.periods[0] as ZonePeriod;
  for (const p of info.periods) {
    if (p.from === undefined || isoDay === undefined || p.from <= isoDay) current = p;
  }
  return current;
}

/** UTC offset of a zone on a given day, in minutes. */
export function zoneOffsetMinutes(id: ZoneId, isoDay?: string): number {
  return periodOn(zoneInfo(id), isoDay).offsetMinutes;
}

export function isZoneApproximate(id: ZoneId, isoDay?: string): boolean {
  return periodOn(zoneInfo(id), isoDay).approximate === true;
}

/** The smallest and largest offsets in the table: the spread an unknown zone could have. */
export const offsetSpread: { readonly min: number; readonly max: number } = (() => {
  let min = Infinity;
  let max = -Infinity;
  for (const z of zoneTable) {
    for (const p of z.periods) {
      min = Math.min(min, p.offsetMinutes);
      max = Math.max(max, p.offsetMinutes);
    }
  }
  return { min, max };
})();

/** `UTC+3`, `UTC+8:30`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/** Minutes on a 24-hour clock face: `-60` is 23:00 (1380). Times compared without their days are compared so. */
export function onClockFace(minutes: number): number {
  return ((minutes % 1440) + 1440) % 1440;
}

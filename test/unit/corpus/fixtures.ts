// Small cables for the corpus tests, written as joined lines.
import { joinLines } from '../features/fixture';

/** A Beijing → Moscow cable of 19 October 1951 naming Stalin by his cover name and Roshchin. */
export function beijingCable(number: string, day: number, body: string): string {
  return joinLines(
    `CIPHERED TELEGRAM No. ${number}`,
    'From BEIJING',
    `Received ${day} October 1951`,
    'To Cde. FILIPPOV [Stalin].',
    '',
    body,
    '',
    'MAO ZEDONG',
  );
}

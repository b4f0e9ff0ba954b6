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

/** A Moscow outgoing telegram to the ambassador in Peking, numbered under FILIPPOV, sent on the day given (October 1951). */
export function moscowCable(number: string, day: number, body: string): string {
  return joinLines(
    'COPY OF AN OUTGOING TELEGRAM',
    `received at 2130 ${day} October 1951`,
    `sent at 2355 ${day} October 1951`,
    'PEKING, TO THE SOVIET AMBASSADOR',
    '',
    body,
    '',
    'FILIPPOV',
    `No. ${number}`,
    `${day} October 1951`,
  );
}

/** A Beijing cable whose header number is Moscow's and whose sender's own number stands under the signature. */
export function roshchinCable(header: string, own: string, day: number, body: string): string {
  return joinLines(
    `CIPHERED TELEGRAM No. ${header}`,
    'From BEIJING',
    `Received 09:55 ${day}.10.1951`,
    'To Cde. FILIPPOV [Stalin].',
    '',
    body,
    '',
    'ROSHCHIN',
    `No. ${own}`,
    `${day}.10.51`,
  );
}

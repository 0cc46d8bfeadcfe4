/**
 * Closing words a commenter writes before their own name at the end of a comment ("Cheers, Tom",
 * "Kind regards, Anna", "Pozdrawiam, Ola"), lowercased; matched case-insensitively.
 */
const SIGN_OFF_WORDS: readonly string[] = [
  // en
  'cheers', 'thanks', 'thank you', 'many thanks', 'thanks again', 'regards', 'kind regards', 'best regards', 'warm regards', 'best', 'best wishes', 'all the best',
  'love', 'yours', 'sincerely', 'yours sincerely', 'take care', 'ta', 'greetings', 'peace', 'respectfully', 'god bless',
  // de, fr, es, it, pt, nl, pl, sv/no/da
  'grüße', 'viele grüße', 'liebe grüße', 'gruß', 'lg', 'mfg', 'cordialement', 'amitiés', 'bises', 'merci', 'saludos', 'un saludo', 'gracias', 'saluti', 'grazie',
  'abraços', 'obrigado', 'obrigada', 'groetjes', 'groeten', 'pozdrawiam', 'pozdrowienia', 'hälsningar', 'mvh', 'hilsen',
];

/**
 * A sign-off: a dash and a name ("– Marta", "-- Tom B."), or a closing word, a comma and a name
 * ("Cheers, Tom", "Kind regards, Anna"). The closing word matches in any case, the name must be
 * capitalised: under the `i` flag `\p{Lu}` matches lower case too ("Love it", "thanks everyone").
 * Longer closing words first, so "Thanks again, Tom" is not "Thanks" over the name "again".
 */
const LEAD = new RegExp(`^(?:[-–—~]{1,2}\\s?|(?:${[...SIGN_OFF_WORDS].sort((a, b) => b.length - a.length).join('|')})[,!.]?\\s+)`, 'iu');
const NAME = /^\p{Lu}[\p{L}\p{M}'’-]*\.?(?:\s\p{Lu}[\p{L}\p{M}'’-]*\.?)?$/u;

export function isSignOff(line: string): boolean {
  if (line.length > SIGN_OFF_MAX) return false;
  const lead = LEAD.exec(line);
  return lead !== null && NAME.test(line.slice(lead[0].length));
}

const SIGN_OFF_MAX = 40;

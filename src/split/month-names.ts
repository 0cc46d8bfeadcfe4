/**
 * Month names of the languages news sites near-by print dates in, as data: German, Dutch, the
 * Scandinavian languages, French, Spanish, Italian, Portuguese, Romanian, Polish (genitive),
 * Indonesian, and their short forms. Used only with a day before and a year after ("12 mai 2026",
 * "12. mai 2026 kl. 09:40", "12 de mayo de 2026"), so "mars" or "mei" in a sentence is no date. Shared by the
 * text splitter's comment headers and the HTML splitter's date text, so both read the same dates.
 */
export const FOREIGN_MONTHS = [
  'januar', 'janvier', 'januari', 'enero', 'gennaio', 'janeiro', 'ianuarie', 'stycznia', 'jan', 'ian', 'janv',
  'februar', 'februari', 'février', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'februarie', 'lutego', 'feb', 'févr', 'fev',
  'märz', 'maerz', 'maart', 'mars', 'marzo', 'março', 'marco', 'martie', 'marca', 'maret', 'mar', 'mrt',
  'april', 'avril', 'abril', 'aprile', 'aprilie', 'kwietnia', 'apr', 'avr', 'abr',
  'mai', 'mei', 'maj', 'mayo', 'maggio', 'maio', 'maja',
  'juni', 'juin', 'junio', 'giugno', 'junho', 'iunie', 'czerwca', 'jun', 'iun',
  'juli', 'juillet', 'julio', 'luglio', 'julho', 'iulie', 'lipca', 'jul', 'iul', 'juil',
  'august', 'augustus', 'augusti', 'août', 'aout', 'agosto', 'sierpnia', 'agustus', 'aug', 'ago',
  'september', 'septembre', 'septiembre', 'settembre', 'setembro', 'septembrie', 'września', 'wrzesnia', 'sep', 'sept', 'set',
  'oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'octombrie', 'października', 'pazdziernika', 'okt', 'oct', 'ott', 'out',
  'november', 'novembre', 'noviembre', 'novembro', 'noiembrie', 'listopada', 'nov',
  'dezember', 'december', 'desember', 'décembre', 'decembre', 'diciembre', 'dicembre', 'dezembro', 'decembrie', 'grudnia', 'dez', 'dec', 'des', 'dic',
];
/** Any of them, longest first, with an abbreviation's full stop. Only ever used with a day before and a year after. */
export const FOREIGN_MONTH = `(?:${[...FOREIGN_MONTHS].sort((a, b) => b.length - a.length).join('|')})\\.?`;

/**
 * Day names of the same languages, as they stand before a date ("dimanche 6 octobre 2024",
 * "Sonntag, 6. Oktober 2024", "domingo 6 de octubre de 2024"), never alone.
 */
export const FOREIGN_WEEKDAYS = [
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo',
  'lunedì', 'lunedi', 'martedì', 'martedi', 'mercoledì', 'mercoledi', 'giovedì', 'giovedi', 'venerdì', 'venerdi', 'sabato', 'domenica',
  'segunda-feira', 'terça-feira', 'terca-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'måndag', 'tisdag', 'lördag', 'söndag',
  'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela',
];
export const FOREIGN_WEEKDAY = `(?:${[...FOREIGN_WEEKDAYS].sort((a, b) => b.length - a.length).join('|')})`;

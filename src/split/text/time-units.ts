/**
 * Words that count time in a relative date printed after a number ("2 godz. temu", "3 tim",
 * "5 Std.", "4 dagen geleden"), in the languages comment pages come in, lowercased, without the
 * abbreviation's full stop. "Leeds · 3 nights" in an article's list counts nights, not an age.
 */
const UNITS: Record<string, string> = {
  en: 's sec secs second seconds m min mins minute minutes h hr hrs hour hours d day days w wk wks week weeks mo mos mth mths month months y yr yrs year years',
  de: 'sek sekunde sekunden minute minuten std stunde stunden tag tage tagen woche wochen monat monate monaten jahr jahre jahren',
  fr: 'seconde secondes mn heure heures jour jours j semaine semaines sem mois an ans année années',
  es: 'seg segundo segundos minuto minutos hora horas día días dia dias semana semanas mes meses año años',
  pt: 'segundo segundos minuto minutos hora horas dia dias semana semanas mês meses ano anos',
  it: 'secondo secondi minuto minuti ora ore giorno giorni g settimana settimane mese mesi anno anni',
  nl: 'seconde seconden minuut minuten uur u dag dagen week weken wk maand maanden mnd jaar jaren j',
  sv: 'sekund sekunder minut minuter tim timme timmar t dag dagar vecka veckor v månad månader mån år',
  no: 'sekund sekunder minutt minutter time timer t dag dager døgn uke uker måned måneder mnd år',
  da: 'sekund sekunder minut minutter time timer t dag dage uge uger måned måneder md år',
  fi: 'sekunti sekuntia minuutti minuuttia tunti tuntia t päivä päivää pv viikko viikkoa vk kuukausi kuukautta kk vuosi vuotta v',
  pl: 'sek sekunda sekundy sekund minuta minuty minut minutę godz godzina godzinę godziny godzin dzień dni tydz tydzień tygodnie tygodni tyg mies miesiąc miesiące miesięcy rok lata lat',
  cs: 'sek sekunda sekundy minuta minuty minut hod hodina hodiny hodin den dny dní dnů týd týden týdny týdnů měs měsíc měsíce měsíců rok roky let',
  ru: 'сек секунда секунду секунды секунд мин минута минуту минуты минут ч час часа часов д дн день дня дней нед неделя неделю недели недель мес месяц месяца месяцев г год года лет',
  uk: 'сек секунда секунду секунди секунд хв хвилина хвилину хвилини хвилин год година годину години годин д дн день дні днів тиж тиждень тижні тижнів міс місяць місяці місяців рік роки років',
  tr: 'sn saniye dk dakika sa saat gün hafta ay yıl',
};

/**
 * The English units of two letters or more, longest first, for the header patterns' "3 weeks ago"
 * and "anna_k 3 mths" (headers.ts); one-letter units ("3h", "2 d") have their own alternative there.
 */
export const ENGLISH_TIME_UNITS: readonly string[] = UNITS.en!.split(' ')
  .filter((word) => word.length >= 2)
  .sort((a, b) => b.length - a.length);

export const TIME_UNITS: ReadonlySet<string> = new Set(Object.values(UNITS).flatMap((words) => words.split(' ')));

/** "godz.", "Std", "hours": a word that counts time, its full stop aside. */
export function isTimeUnit(word: string): boolean {
  return TIME_UNITS.has(word.toLowerCase().replace(/\.$/u, ''));
}

/**
 * Words printed before an age in other languages, as a pattern: "vor 3 Tagen", "il y a 2 jours",
 * "hace 3 días", "há 2 dias". Shared by the HTML and text date readers.
 */
export const AGO_BEFORE = '(?:vor|il\\s+y\\s+a|hace|há)';

/** Words printed after an age in other languages: "3 giorni fa", "4 dagen geleden", "2 godz. temu", "5 дней назад". Shared by the HTML and text date readers. */
export const AGO_AFTER = '(?:fa|geleden|temu|sedan|siden|назад|тому|önce|zpět|sitten)';

/**
 * "Today" and "yesterday" in the same languages, as a comment's date prints them ("сегодня, 12:51",
 * "heute 09:40", "ayer"). French "hier" is German for "here": it dates a line only before a clock.
 */
const DAY_WORDS = [
  'heute', 'gestern', 'aujourd’hui', "aujourd'hui", 'hoy', 'ayer', 'hoje', 'ontem', 'oggi', 'ieri', 'vandaag', 'gisteren',
  'idag', 'igår', 'i dag', 'i går', 'tänään', 'eilen', 'dzisiaj', 'dziś', 'wczoraj', 'dnes', 'včera', 'azi', 'astăzi',
  'сегодня', 'вчера', 'сьогодні', 'вчора', 'bugün', 'dün',
];
export const FOREIGN_DAY = `(?:${DAY_WORDS.sort((a, b) => b.length - a.length).join('|')})`;
/** A day word that also means something else, dating a line only before a clock. */
export const FOREIGN_DAY_BEFORE_CLOCK = '(?:hier)';

/** A word counting time in any of the languages above ("Tagen", "jours", "godz."), longest first, as a pattern. */
export const FOREIGN_UNIT = `(?:${[...TIME_UNITS].filter((unit) => unit.length > 1).sort((a, b) => b.length - a.length).join('|')})\\.?`;

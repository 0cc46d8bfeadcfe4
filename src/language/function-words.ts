/**
 * The most frequent function words per language (hand-picked; words shared across languages are
 * listed under each). Enough to tell comment languages apart, not to rank close relatives.
 */
const LISTS: Record<string, string> = {
  en: 'the and is are was were of to in that it for on with as this be not you they have has but what why how who we i my your their there do does did will would can could should so if or at from by an about just all no yes',
  de: 'der die das und ist nicht ich sie es ein eine zu den mit auf für sich dem auch wir ihr aber wie was noch nur oder wenn sind war hat haben doch',
  fr: 'le la les et est une des du en que qui pas je il elle nous vous ils sont dans pour sur avec ce cette mais ou au aux on ne se plus très',
  es: 'el la los las y es una un de que en por con para no se lo del al su como pero más este esta son está muy yo ya también hay',
  it: 'il lo la gli le e è una un di che in per con non si del della sono ma come più questo questa anche ho ha io',
  pt: 'o a os as e é um uma de que em por com para não se do da dos das no na mas como mais isso este esta são está muito também eu',
  nl: 'de het een en is van dat die niet ik je we zijn op te met voor maar ook als er aan dit wat nog naar',
  sv: 'och att det som en är på för med av inte jag han hon vi de har till den men om var så',
  tr: 've bir bu da de için ile ne çok ama değil gibi daha olarak ben sen biz var yok',
  pl: 'i w na nie z że się to jest do jak ale tak po od co za czy jego już są',
  id: 'dan yang di ini itu dengan untuk tidak dari ada dalam akan saya kami mereka juga sudah bisa',
};

export const FUNCTION_WORDS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [language, words] of Object.entries(LISTS)) {
    for (const word of words.split(' ')) {
      const languages = map.get(word) ?? [];
      languages.push(language);
      map.set(word, languages);
    }
  }
  return map;
})();

/**
 * Page furniture that is neither article nor comment. Each rule is a layout most CMSs share; the
 * rule id travels with the result so a user can see why a block was set aside.
 */
import type { BoilerplateKind } from '../../schema/index.js';
import { memoize, once } from '../../memo.js';
import { isJsWhitespace } from './blocks.js';
import type { ClassifiedBlock } from './classify.js';
import { NAME_PARTICLES } from './templates.js';

export interface BoilerplateMatch {
  kind: BoilerplateKind;
  rule: string;
}

interface Rule {
  rule: string;
  kind: BoilerplateKind;
  pattern: RegExp;
  /** Longest block (in characters) the rule may claim; furniture is short, prose is not. */
  maxLength: number;
  /** Test only the block's last characters: for credits that end a caption. */
  tail?: number;
  /** Lowercase words one of which the text must contain: a cheap test before a costly pattern. */
  needs?: readonly string[];
  /** A shape the rule's pattern also fits that is not what the rule names (tested case-sensitively): vetoes the match. */
  unless?: RegExp;
}

/** A name in a list of who reacted, one or two words: "Ann Lee", "bo_99", "3 others". */
const REACTOR = String.raw`[\p{L}\p{N}_@][\p{L}\p{M}\p{N}_.'’-]*(?: [\p{L}\p{N}_][\p{L}\p{M}\p{N}_.'’-]*)?`;
/**
 * Forum software lists who reacted under each post: "Like Reactions: Ann, Bo and 3 others". A list
 * of names joined by commas or an "and", never a sentence: "Reactions: mixed, to be honest" and
 * "Reactions: I agree with Ann and Bob" have a clause of three words or more, and are text.
 */
export const REACTED_BY = new RegExp(`^(?=.{0,160}$)(?:like |love |thanks )?reactions?: ${REACTOR}(?:(?:,| and|, and) ${REACTOR}){1,10}$`, 'iu');

/**
 * The word for a page's comments, in the languages the comment-count rules know: the plural a
 * section is named by ("Kommentare (12)"), the other forms a label prints ("Kommentar", "yorum"),
 * and the forms only a count takes ("12 komentářů", "3 коментарів"). One list for the three rules.
 */
const COMMENT_WORDS = {
  plural: 'comments|kommentare|comentarios|commentaires|commenti|comentários|comentaris|reacties|comentarii|kommentarer|kommentit|komentarze|komentáře|komentáre|komentar|komentari|komentarji|komentarai|komentāri|kommentaarid|yorumlar|комментарии|коментарі|коментари|hozzászólások|σχόλια',
  label: 'comentariu|kommentar|kommenttia|komentarzy|yorum|комментариев|bình luận|ý kiến|תגובות|تعليقات|ความคิดเห็น',
  counted: 'comentario|commentaire|comentário|reacciones|komentářů|komentárov|komentara|komentarų|komentāru|kommentaari|коментарів|коментара',
};
/**
 * A reply toggle's words: "replies" in German, French, Spanish, Portuguese, Italian, Dutch, the
 * Nordic languages, Finnish, Russian and Indonesian, and the verbs that show or hide them.
 */
const REPLY_TOGGLE_WORDS = {
  replies: 'antworten|antwort|réponses|réponse|respuestas|respuesta|respostas|resposta|risposte|risposta|reacties|reactie|antwoorden|antwoord|svar|vastausta|vastaus|ответов|ответа|ответы|ответ|balasan',
  verbs: 'ausblenden|einblenden|anzeigen|verbergen|tonen|masquer|afficher|voir|ver|ocultar|mostrar|mostra|nascondi|visa|dölj|vis|skjul|näytä|piilota|показать|скрыть|lihat|sembunyikan',
};
/** "Load", "show", "more" in those languages: the words of a load-more button around the word for comments. */
const LOAD_MORE_VERBS = [
  'weitere', 'mehr', 'laden', 'anzeigen', 'cargar', 'ver', 'más', 'mas', 'mostrar', 'afficher', 'charger', 'plus',
  'carica', 'mostra', 'altri', 'carregar', 'mais', 'meer', 'toon', 'vis', 'flere', 'visa', 'fler', 'ladda', 'pokaż', 'więcej', 'załaduj',
  'zobrazit', 'další', 'načíst', 'näytä', 'lisää', 'daha', 'fazla', 'göster', 'yükle', 'показать', 'ещё', 'еще', 'загрузить',
  'показати', 'більше', 'завантажити',
].join('|');
/**
 * Articles and "all" around them ("Ver todos los comentarios", "Afficher tous les commentaires"). Alone
 * with the word for comments they make a section's heading ("Les commentaires", "I commenti",
 * "Alle Kommentare"), not a button: a button has a word of LOAD_MORE_VERBS.
 */
const LOAD_MORE_FILLERS = ['alle', 'todos', 'los', 'de', 'tous', 'les', 'tutti', 'i', 'os', 'wszystkie', 'kaikki', 'все', 'всі'].join('|');
const LOAD_MORE_WORDS = `${LOAD_MORE_VERBS}|${LOAD_MORE_FILLERS}`;
/** A name of a foreign byline: capitalised words, a surname's particle or a joining word between them ("Ana de la Cruz y Pérez"). */
const BYLINE_NAME_WORD = `\\p{Lu}[\\p{L}.'’-]+`;
const BYLINE_NAME_GLUE = `(?:${[...NAME_PARTICLES, 'las', 'los', 'do', 'e', 'und', 'et'].join('|')})`;
const BYLINE_NAME_TAIL = `(?:\\s+(?:${BYLINE_NAME_GLUE}\\s+)?${BYLINE_NAME_WORD})`;
/** "Por: Laura Camila Restrepo", "Von Anna Müller, Bern", "Par Jean Dupont | AFP" (the rule below says when). */
const FOREIGN_BYLINE = new RegExp(
  `^(?:[Pp]or|[Vv]on|[Pp]ar|[Dd]oor|[Dd]i|[Aa]v|[Aa]f|[Aa]utor(?:in)?|[Aa]uteur)(?:\\s*:\\s+${BYLINE_NAME_WORD}${BYLINE_NAME_TAIL}{0,4}|\\s+${BYLINE_NAME_WORD}${BYLINE_NAME_TAIL}{1,4})(?:\\s*[,|·•–—]\\s*[^.!?]{0,50})?$`,
  'u',
);
/** The plural forms: a section's name with its count. */
const SECTION_WORDS = COMMENT_WORDS.plural;
/** Every form a label prints. */
const LABEL_WORDS = `${COMMENT_WORDS.plural}|${COMMENT_WORDS.label}`;
/** Every form, after a count too. */
const COUNTED_WORDS = `${LABEL_WORDS}|${COMMENT_WORDS.counted}`;

const RULES: Rule[] = [
  // The word for comments in the languages of the news sites seen (Catalan, Romanian, Norwegian, Finnish, Polish, Czech, Indonesian, Vietnamese, Turkish, Russian, Hungarian) too,
  // and in the other languages of Europe's east (Baltic, South Slavic, Bulgarian, Slovak), whose pages print an English article under their own chrome.
  { rule: 'comment-count', kind: 'comment-count', maxLength: 120, pattern: new RegExp(String.raw`^(?:\d[\d,.]*k?|no|zero|one|keine|sin|aucun)\s+(?:comments?|responses?|replies|reactions?|${COUNTED_WORDS}|reviews?|answers?|opinions?|posts?|postings?|(?:thoughts?|comments?|responses?|replies) (?:on|to)\b.*|global ratings|customer reviews|ratings)(?:\s*[:»›]?)?$`, 'isu') },
  { rule: 'comment-count:label', kind: 'comment-count', maxLength: 60, pattern: new RegExp(String.raw`^(?:comments?|discussion|reader comments|responses|conversation|leserkommentare|${LABEL_WORDS}|customer reviews|customer questions (?:&|and) answers|reviews|answers|reasons for signing|discussion about this (?:post|article)|join the discussion|コメント|(?:热门|熱門)?(?:评论|評論)|留言|댓글)(?:\s*\(\d[\d,.]*k?\))?\s*:?$`, 'isu') },
  // The section's label with its count and one more word, before or after the word for comments:
  // "Reader comments (9)", "Skaitytojų komentarai (9)", "Komentari čitatelja (3)". The count makes it
  // the section's; a sidebar's "Recent comments" lists other pages' comments.
  { rule: 'comment-count:label', kind: 'comment-count', maxLength: 60, pattern: new RegExp(`^(?!(?:recent|latest|newest|top|popular|most|more|other)\\b)(?:\\p{L}+[\\p{L}'’]*\\s+)?(?:${SECTION_WORDS})(?:\\s+\\p{L}+)?\\s*\\(\\d[\\d,.]*k?\\)\\s*:?$`, 'iu') },
  // Chinese, Japanese and Korean print the count after the word, with a counter: "コメント214件", "评论 3,482".
  { rule: 'comment-count', kind: 'comment-count', maxLength: 40, pattern: /^(?:コメント|评论|評論|留言|댓글)\s*[\d,.]+(?:万|萬)?\s*(?:件|条|條|개)?$/u },
  { rule: 'comment-form', kind: 'widget', maxLength: 300, pattern: /^(?:leave a (?:comment|reply)|(?:please )?be respectful|keep it civil|comments that (?:break|violate)|sort(?: by)?\s*:.{0,40}|log in or sign up|login or register|comments are moderated|(?:please note:?\s*)?comments? (?:are|is|will be) (?:reviewed|moderated|closed|checked)|commenting is governed|share your thoughts|this site uses akismet|add (?:a )?comment\.{0,3}|comments? (?:are|is) (?:closed|disabled)|log in with|or sign up with|sign up with disqus|start the discussion|post a comment|add a comment|write a comment|join the (?:discussion|conversation)|comments are closed|this (?:thread|post|discussion|topic) (?:has been|is) (?:archived|closed|locked)|(?:is )?closed to new (?:comments|replies|posts)|(?:the )?comments (?:to|on|for) this (?:entry|post|article|story|page) (?:are|is|have been) closed|cancel reply|be the first to comment|no comments yet|show comments|load comments|view comments|you must be (?:logged|signed) in|log in to (?:comment|reply)|sign in to (?:comment|reply)|your email address will not be published|required fields are marked|save my name, email|notify me of|post comment|submit comment|comment policy|we welcome comments|all comments are moderated)\b/isu },
  { rule: 'comment-widget', kind: 'widget', maxLength: 120, pattern: /^(?:load more(?: comments| replies)?|show more (?:comments|replies)|(?:show|see|view) more|view (?:more|all|\d+) (?:comments|replies)|sort by\b.*|newest|oldest|best|top|(?:top|newest|oldest|most (?:recent|helpful|relevant|liked|popular)|highest|lowest)(?: (?:reviews|comments|answers|replies|posts|first|rated|score))?(?: \(default\))?|powered by disqus|disqus|subscribe to comments|recommend\b.*|\d+\s+(?:more\s+)?(?:replies|repl(?:y|ies) hidden)|continue this thread.*|see more replies.*|collapse thread|expand thread|view entire discussion.*|view (?:\d+ )?(?:more|all|previous|earlier)?\s*(?:comments?|replies|repl(?:y|ies))|facebook comments plugin|(?:(?:newest|oldest|best|top|popular|most (?:respected|liked|popular|recent|replied)|sort(?: by)?:?)(?:\s*[|·•]\s*|\s+|$)){2,}|\d+% upvoted|avatar|(?:name|e-?mail|mail|website|url|comment)\s*(?:\*|\((?:required|will not be published|optional)\)\s*)*|recipe rating|rate this recipe|subscribe to:? (?:post )?comments.*)$/isu },
  // "Weitere Kommentare laden", "Показать еще комментарии", "Cargar más comentarios": the same
  // button in the languages the section's label comes in, its words in any order around the word
  // for comments.
  { rule: 'comment-widget', kind: 'widget', maxLength: 60, pattern: new RegExp(`^(?:(?:${LOAD_MORE_WORDS}|\\d+)\\s+){1,3}(?:${SECTION_WORDS})(?:\\s+(?:${LOAD_MORE_WORDS})){0,2}$|^(?:${SECTION_WORDS})\\s+(?:${LOAD_MORE_WORDS})(?:\\s+(?:${LOAD_MORE_WORDS})){0,2}$`, 'iu'), unless: new RegExp(`^(?:(?:${LOAD_MORE_FILLERS}|\\d+)\\s+)*(?:${SECTION_WORDS})(?:\\s+(?:${LOAD_MORE_FILLERS}))*$`, 'iu') },
  // "‹ 1 2 ›", "« 1 2 3 … 9 »": a pager's page numbers between its arrows. A number is a whole digit run
  // ((?!\d)): were a run free to split between repeats, "<1111…" with no arrow would backtrack exponentially.
  { rule: 'pager', kind: 'navigation', maxLength: 60, pattern: /^[‹«<←]\s*(?:(?:\d{1,4}(?!\d)|…|\.\.\.)\s*)+[›»>→]$/u },
  { rule: 'comment-meta', kind: 'other', maxLength: 120, pattern: /^(?:\d[\d,.]*k?\s+(?:people|person|customers?|users?) found this (?:helpful|useful).*|one person found this (?:helpful|useful).*|was this (?:review )?helpful\??|\(?edited\)?|last edited:? .{0,60}|edited:? (?:by|on|at) .{0,60}|\d+ (?:replies|reply)|view (?:\d+ )?repl(?:y|ies)|show (?:\d+ )?(?:more )?repl(?:y|ies)|hide repl(?:y|ies)|(?:\d+ )?repl(?:y|ies) by .{0,60})$/iu },
  // "4 Antworten ausblenden", "Ver 3 respuestas", "2 ответа": a reply toggle in the other languages
  // (German from tune page 377; the rest the same shape as a class, REPLY_TOGGLE_WORDS).
  { rule: 'comment-meta', kind: 'other', maxLength: 60, pattern: new RegExp(`^(?:(?:${REPLY_TOGGLE_WORDS.verbs})\\s+)?\\d[\\d.,]*\\s+(?:${REPLY_TOGGLE_WORDS.replies})(?:\\s+(?:${REPLY_TOGGLE_WORDS.verbs}))?$`, 'iu') },
  // "The views expressed in the contents above are those of our users and do not necessarily reflect …": the site's disclaimer over its comments.
  // The views must be the site's own object (its contents, comments, forum) and the disclaiming clause its users or authors, or "not necessarily":
  // a commenter's "The views expressed by the mayor do not reflect what we think" disowns nothing for the site.
  { rule: 'views-disclaimer', kind: 'widget', maxLength: 300, needs: ['views expressed', 'opinions expressed'], pattern: /^(?:the )?(?:views|opinions) expressed (?:(?:in|on|within) (?:the|this|these|our) (?:contents?|comments?(?: section)?|articles?|site|website|forum|posts?|blogs?|pages?)\b.{0,60}\b(?:are (?:solely )?(?:those|the views) of (?:our|the|its|their) (?:users|authors|commenters|readers|writers|contributors|members|posters)\b|do not necessarily (?:reflect|represent)\b)|(?:here|below|above)\b.{0,60}\b(?:are (?:solely )?those of (?:our|the|its|their) (?:users|authors|commenters|readers|writers|contributors|members|posters)\b|do not necessarily (?:reflect|represent)\b))/isu },
  // A deleted comment's notice under its header ("Dieser Kommentar wurde gelöscht, weil er gegen die
  // Netiquette verstösst.") is that comment's text, not the section's policy.
  { rule: 'comment-policy', kind: 'widget', maxLength: 400, needs: ['comment', 'kommentar', 'comentari', 'komentar', 'kommentit', 'netiquette'], pattern: /^(?!(?:this|that|dieser|ce|este|questo|deze|denne|detta|ten|этот)\s+(?:comment|post|kommentar|beitrag|commentaire|comentario|commento|reactie|kommentaren|komentarz|комментарий)\s+(?:was|has been|wurde|ist|a été|fue|ha sido|è stato|is|er|har blitt|blev|został|был)\s)[\s\S]*?(?:\b(?:comments?|kommentare|comentarios|commentaires|comentariile|kommentarene|kommentarer|komentar\w*|kommentit)\b.{0,120}\b(?:moderat\w*|moderer\w*|moderasi|moderiert|policy|guidelines|responsibility|respectful|civil|reviewed|rules|terms|netiquette|geprüft|freigeschaltet|richtlinien)\b|\bnetiquette\b)/isu },
  { rule: 'chapter', kind: 'media', maxLength: 100, pattern: /^(?:\d{1,2}:)?\d{1,2}:\d{2}\s+[^\d\s][^.!?\n]{0,80}\??$/u },
  { rule: 'subscribe-box', kind: 'widget', maxLength: 80, pattern: /^(?:[Ss]ubscribe to|[Gg]et|[Ss]ign up for)\s+(?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,4}(?:\s+newsletter)?$/u },
  { rule: 'sponsor', kind: 'advertisement', maxLength: 400, pattern: /^(?:this (?:episode|post|video|article|newsletter|show) is (?:sponsored|brought to you|supported) by|sponsored by|presented by|in partnership with)\b/isu },
  // "This article appears in the December 2026 print edition", "A version of this article appears in print on …": the magazine's note, not the text.
  { rule: 'print-edition', kind: 'other', maxLength: 300, needs: ['print', 'issue'], pattern: /^(?:a version of )?this (?:article|story|piece|essay) (?:appears|appeared|will appear|originally appeared) (?:in (?:print|the)\b.{0,80}\b(?:edition|issue|magazine)|in print\b)/isu },
  // The paper's call for letters under an opinion piece, in its own voice at a sentence's start: "We'd like to hear what
  // you think …", "Send us a letter". News of letters ("The council welcomes letters from residents") is prose.
  { rule: 'letters-invite', kind: 'widget', maxLength: 400, needs: ['letter', 'hear what you think'], pattern: /(?:^|[.!?]["'”’)]?\s+)(?:we(?:'|’)d (?:like|love) to hear what you think|(?:send|submit) us (?:a |your )letters?\b)/isu },
  { rule: 'contact-line', kind: 'other', maxLength: 300, needs: ['@'], pattern: /\b(?:email|e-mail|write to|send (?:us|your)|contact)\b.{0,80}[\w.+-]+@[\w-]+\.[\w.]+/isu },
  { rule: 'email-field', kind: 'widget', maxLength: 60, pattern: /^(?:type|enter) your (?:e-?mail|email address)\b.{0,10}$|^your (?:e-?mail|email address)\s*\*?$/iu },
  // "Please turn on JavaScript to view the map", "You need to enable JavaScript to run this app",
  // "JavaScript is disabled in your browser": a script-less page's notice where a widget would be. The
  // notice is the whole line, a request or a plea with its purpose: a help page's step goes on ("Enable
  // JavaScript in your browser settings, then reload the page.") and is the article's.
  { rule: 'noscript', kind: 'widget', maxLength: 160, needs: ['javascript'], pattern: /^(?:(?:please\s+|you (?:need|have|must) to\s+|you must\s+)(?:turn on|enable|activate|allow)\s+javascript(?:\s+in your (?:web )?browser)?(?:\s+(?:to|for)\s[^,;.!?]{1,60})?|(?:turn on|enable|activate|allow)\s+javascript(?:\s+in your (?:web )?browser)?\s+(?:in order )?to\s+(?:use|view|see|run|access|continue|display|load|watch|play|read|comment|post|interact)\b[^,;.!?]{0,60}|javascript (?:is|must be|seems to be|appears to be) (?:disabled|required|turned off|not enabled|needed)\b[^,;.!?]{0,80}|this (?:site|page|app|feature|content|website|application) (?:requires|needs) javascript\b[^,;.!?]{0,80})[.!]?$/iu },
  { rule: 'advertisement', kind: 'advertisement', maxLength: 80, pattern: /^(?:advertisements?|advertising|anzeige|werbung|publicidad|publicité|pubblicità|publicidade|advertentie|\[?ad\]?|sponsored(?: content| links?| post)?|promoted(?: content)?|paid (?:post|content)|(?:story|article) continues (?:below|after) (?:advertisement|this ad)|continue reading (?:below|the main story)|scroll to continue(?: with content)?)$/isu },
  { rule: 'share-buttons', kind: 'widget', maxLength: 200, pattern: /^(?:(?:share(?: this(?: article| story| post)?)?(?: on| via)?|tweet|email|e-mail|print|whatsapp|telegram|facebook|twitter|x|linkedin|pinterest|pin|pin it|yum|reddit|copy link|jump to recipe|print recipe|reuse this content|like this:?|like loading\.*|blogthis!?|email this|share to \w+|pocket|flipboard|messenger|sms|comment|save|bookmark|\d+\s+shares?)[\s|,•·:/]*)+$/isu },
  // The article's list of sources under its text: a label alone on its line.
  { rule: 'sources-label', kind: 'navigation', maxLength: 30, pattern: /^(?:sources?|references|citations|bibliography|works cited)\s*:?$/iu },
  { rule: 'read-more', kind: 'navigation', maxLength: 300, pattern: /^(?:read (?:more|also|next)|related(?: articles?| stories| coverage| posts?)?|see also|more on this(?: story)?|recommended|you may also like|you might also like|most (?:read|popular)|trending(?: now)?|editor'?s picks|more from\b.*|more stories|further reading)\b\s*[:.–—-]?/isu },
  { rule: 'blog-navigation', kind: 'navigation', maxLength: 60, pattern: /^(?:(?:newer posts?|older posts?|home|previous|next)(?:\s+|$))+$/iu },
  { rule: 'post-navigation', kind: 'navigation', maxLength: 400, pattern: /^[←→«»‹›]?\s*(?:previous|next|prev|older|newer)\s+(?:post|article|story|entry|thread|topic)\b/isu },
  // "« Older <title> | <title> Newer »": the previous and next posts' titles between the pager's arrows.
  { rule: 'post-navigation', kind: 'navigation', maxLength: 400, pattern: /^[«‹←]\s*(?:older|previous|prev)\s.{1,300}\s(?:newer|next)\s*[»›→]$/isu },
  { rule: 'account-links', kind: 'navigation', maxLength: 80, pattern: /^(?:(?:subscribe|log ?in|log ?out|sign ?in|sign ?up|sign ?out|register|my account|account|profile)[\s|•·/]*)+$/iu },
  // A call to join the site: "Sign up to join this community", "Log in for free to save recipes", "Create a free account".
  // What it asks for is the site's: an account, free access, or to save, follow, read or unlock its pages. A headline
  // ("Sign up for flu jabs opens …") or a sentence ("Register for the winter pass at the office.") asks for something else.
  // "Login to comment" belongs to the comment form (a section marker), as it did before this rule.
  { rule: 'login-prompt', kind: 'widget', maxLength: 100, pattern: /^(?!.*\.$)(?:(?:sign ?up|sign ?in|log ?in|register|join)(?: now| free| for free| today)?\s+(?:for (?:free|(?:a |an )?(?:free )?(?:account|membership|subscription)|our \w+)|to (?:save|follow|continue|read|access|unlock|join|get|keep|create|see|view|download|start|receive|bookmark|track|manage|personali[sz]e)\b).{0,70}|join (?:this|our|the) (?:community|conversation|club|forum)\b.{0,60}|create (?:a |an |your )?(?:free )?account\b.{0,60}|already (?:have an account|a member|registered)\??.{0,60})$/isu },
  { rule: 'login-form', kind: 'widget', maxLength: 120, pattern: /^(?:(?:user ?name|password|remember me\??|log ?in|sign ?in|register|forgot (?:your )?password\??)[\s\t]*){1,4}$/iu },
  { rule: 'forum-footer', kind: 'footer', maxLength: 300, pattern: /^(?:all times are (?:gmt|utc).*|please register to post.*|similar threads|thread tools|display modes|posting rules|quick reply|the time now is.*)$/isu },
  { rule: 'breadcrumb', kind: 'navigation', maxLength: 200, pattern: /^(?:skip to (?:main |primary )?(?:content|navigation|sidebar|footer)|primary sidebar\b.*|search this (?:website|site|blog)|(?:[►▼▶▸]\s*)\S.*|home\s*[>›»/|].*|menu|sections|search|language\s*[/:|].*|[^|›»>\s](?:[^|›»>\n]{0,28}[^|›»>\s])?(?:\s*[|›»>]\s*[^|›»>\s](?:[^|›»>\n]{0,28}[^|›»>\s])?){3,})$/isu },
  // A byline names someone: "By Anna Berg", "By The Associated Press", "Posted by jsmith", "By kettle_fan on 2 May".
  // A sentence opens with "By" too: a clause of lowercase words runs on after it, straight away or after one capitalised
  // word ("By the end of the month, …", "By doing so …", "By Monday the queue …", "By March, the timetable …"); and with
  // "Written by" a sentence runs on after the name into a clause after a comma and ends like one ("Written by Mara Quint
  // over two winters, the guide …"). A credit line ends in a full stop too, with no such clause or with a second credit:
  // "Compiled by the staff of the library.", "Story by Anna Berg, with reporting by Tom Lee." stay bylines.
  { rule: 'byline', kind: 'byline', maxLength: 160, pattern: /^(?:by|written by|posted by|words by|author|authored by|reporting by|story by|(?:started|created|submitted|uploaded|hosted|compiled|edited) by)\s*:?\s+\p{Lu}/isu, unless: /^(?:[Bb]y(?:\s+\p{Lu}[\p{L}'’.-]*)?|(?=[^,]*,\s.*[.!?]["”’)]?$)(?!\S+ by\s.*\sby\s)(?:[Ww]ritten|[Ww]ords|[Ss]tory|[Rr]eporting|[Cc]ompiled|[Ee]dited) by(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?:,?\s+\p{Ll}[\p{L}'’-]*(?=[\s,.;:!?]|$)){3}/u },
  // The same byline in other languages, the name alone on its line (maybe a place or a desk after a comma or a bar):
  // "Por: Laura Camila Restrepo", "Von Anna Müller, Bern", "Par Jean Dupont | AFP". Case is spelt out: "Por ejemplo, …" is a sentence.
  // With no colon the name has two words at least: the particles open surnames too, and a commenter
  // "Von Arx" or "Di Marco" alone on a header line is a writer, not a byline.
  { rule: 'byline', kind: 'byline', maxLength: 100, pattern: FOREIGN_BYLINE },
  { rule: 'author-bio', kind: 'byline', maxLength: 400, pattern: /^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3}\s+(?:(?:is|was)\s+(?:(?:a|an|the)\s+|\p{L}+['’]s\s+)(?:[\p{L}-]+\s+){0,6}(?:editor|fellow|correspondent|reporter|writer|journalist|contributor|columnist|author|analyst|producer|researcher)|covers|writes about|reports on|has covered|can be reached)\b/isu },
  // The writer's initials or name and the date in brackets under the last paragraph: "(Martina Hödl, 7.12.2026)", "(ab, 3.5.2026)".
  { rule: 'signature', kind: 'byline', maxLength: 60, pattern: /^\((?:\p{L}[\p{L}.'’-]*)(?:\s\p{L}[\p{L}.'’-]*){0,3},\s*\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{2}|\d{4})\)$/u },
  // The site asking for money under its article: "Independent journalism costs money. Support X for just €1.", "Subscribe from €1".
  // The cost is a sentence of its own, alone or before the ask: "Good journalism costs money and so does bread" is a reader's.
  { rule: 'support-appeal', kind: 'widget', maxLength: 200, needs: ['journalism', 'support', 'subscribe', 'donate'], pattern: /^(?:(?:independent|quality|local|good|our|real) journalism (?:costs|needs|takes) (?:money|your support)[.!]?(?:\s+(?:please\s+)?(?:support|subscribe|donate|become|join|help)\b[^.!?]{0,100}[.!]?)?|(?:.{0,100}[.!]\s+)?(?:support|subscribe to|donate to)\s.{1,60}?\s(?:for|from) (?:just |only |as little as )?[€$£]\s?\d[\d.,]*(?:\s*(?:a|per|\/)\s*(?:month|week|year|mo|wk))?[.!]?)$/iu },
  { rule: 'signature', kind: 'byline', maxLength: 60, pattern: /^[—–-]{1,2}\s*\p{Lu}[\p{L}.'’]*(?:\s\p{Lu}[\p{L}.'’]*){0,2}$/u },
  { rule: 'author-contact', kind: 'byline', maxLength: 200, pattern: /^(?:email|e-mail|contact|follow|reach)\s+\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,3}\s+(?:at|on|via)\s+\S+/isu },
  { rule: 'dateline', kind: 'dateline', maxLength: 120, pattern: /^(?:published|updated|posted|last updated|first published|last modified|modified|created|veröffentlicht|aktualisiert|publicado|actualizado|publié|mis à jour)(?: on| at| am| el| le)?\s*:?\s+.*\d/isu },
  { rule: 'caption:credit', kind: 'caption', maxLength: 300, pattern: /^(?:photo|foto|image|picture|video|credit|source|pictured|file photo|illustration|chart|graph|map)s?\s*(?::|(?:by|via|courtesy|provided|credit)\b)/isu },
  { rule: 'caption:photo-credit', kind: 'caption', maxLength: 400, tail: 90, pattern: /(?:^|[.)]\s|\s)(?:photograph|photo|foto|fotografía|picture|image|imagen|bild|credit|crédit)s?\s*(?::|by\b)\s*[^.:]{2,70}\.?$/iu },
  // A credit in brackets closing the caption, in the site's language: "(Photo: X)", "(Foto: X)", "(Archivo / Site)", "(File)".
  // "File" and "archive" alone or before a credit's separator: "(file attached)", "(archived copy)" end sentences.
  { rule: 'caption:agency', kind: 'caption', maxLength: 300, tail: 60, pattern: /(?:\((?:(?:photo|foto|image|imagen|picture|bild)[^)]*|(?:file|archivo|archive)(?:\s*[/:|·]\s*[^)]*)?)\)|(?:getty images|reuters|associated press|\bap photo|afp|epa|shutterstock|istock)\s*\)?\.?)$/isu },
  { rule: 'media', kind: 'media', maxLength: 160, pattern: /^(?:\[(?:image|video|photo|embed|media|gallery|audio)[^\]]*\]|(?:watch|listen|video|photos?|gallery|images?)\s*:.*|click to (?:play|enlarge).*|play video|embedded video|view gallery.*)$/isu },
  // Blog software's line under a post: "This entry was posted in X and tagged Y. Bookmark the permalink.", "Posted in X | Tagged Y",
  // "Posted in X | Leave a comment" (the comment link only after a "|" separator: a sentence may ask readers to leave one).
  { rule: 'post-meta', kind: 'tags', maxLength: 400, pattern: /^(?:this (?:entry|post|article) was (?:posted|filed) (?:in|under)\b|(?:posted|filed) (?:in|under) [^.\n]{1,120}(?:\btagged\b|\|)|.{0,300}\bbookmark the permalink\.?$)/isu },
  { rule: 'tags', kind: 'tags', maxLength: 600, pattern: /^(?:tags?|labels?|tagged(?: with)?|topics?|filed under|categories|category|keywords)\s*:/isu },
  { rule: 'copyright', kind: 'footer', maxLength: 400, needs: ['©', '(c)', 'copyright', 'all rights reserved'], pattern: /(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved)/isu },
  { rule: 'cookie-notice', kind: 'footer', maxLength: 600, needs: ['cookie', 'privacy policy', 'terms of', 'gdpr'], pattern: /\b(?:we use cookies|use of cookies|cookies help us|(?:site|website) uses cookies|cookie (?:policy|settings|preferences|notice)|accept (?:all )?cookies|privacy policy|terms of (?:use|service)|gdpr)\b/isu },
  { rule: 'newsletter', kind: 'widget', maxLength: 400, needs: ['newsletter', 'subscribe', 'sign up', 'inbox'], pattern: /\b(?:newsletter|subscribe (?:to (?:our|the)|now|today|for)|sign up (?:for|to) (?:our|the)|delivered to your inbox|in your inbox|unsubscribe at any time)\b/isu },
  { rule: 'footer-links', kind: 'footer', maxLength: 300, pattern: /^(?:about us|contact(?: us)?|privacy|terms|advertise(?: with us)?|careers|sitemap|rss|back to top|top of page)(?:(?:\s*[|•·/]\s*|\s{2,})(?:[\p{L}]+(?: [\p{L}]+){0,3}))*$/isu },
  // An editor's note on the piece: it speaks of the piece ("Update: This story has been updated…") or
  // of what the editors did to it ("Update, May 2: We have corrected the opening times"). A writer's
  // own update tells what happened next ("Update: the boiler man came back", "EDIT 2: we drove
  // there in the end") and goes on with the text.
  { rule: 'disclosure', kind: 'other', maxLength: 400, pattern: /^(?:this (?:post|article|page|story) (?:may )?contains? (?:affiliate|sponsored) links|as an amazon associate|disclosure:|editor'?s note:|correction:|update(?:d)?(?:,? [^:\n]{1,30})?:\s*(?:this (?:post|article|page|story|report|piece)|an earlier version|a previous version|the (?:post|article|story) (?:has been|was)|we(?:'ve|’ve| have)? (?:updated|added|corrected|amended|clarified|changed|removed|edited|revised|appended|expanded))\b)/isu },
  // The site's reaction box under the text asks the reader about the piece: "Do you like the content of this article?",
  // "Was this article helpful?", "How did this story make you feel?". It speaks of "this article", not of the news.
  { rule: 'reaction-prompt', kind: 'widget', maxLength: 120, pattern: /^(?:(?:did|do) you (?:like|enjoy|love|find)\b.{0,40}\bthis (?:article|story|post|page|piece|content|guide)\b.{0,30}|how (?:did|does|do) this (?:article|story|post|piece) make you feel|what (?:did|do) you think (?:of|about) this (?:article|story|post|piece)|(?:was|is|did) this (?:article|story|post|page|piece|guide|information) (?:helpful|useful|interesting|informative|help)(?: to you)?|rate this (?:article|story|post|page|piece))\s*\??$/iu },
  // A call to follow the site elsewhere: its list, its app, its channel on a messaging app ("Join our Telegram channel and …").
  { rule: 'social-call', kind: 'widget', maxLength: 200, pattern: /^(?:tried this recipe\?|did you make this(?: recipe| project)?\?|follow us on|tag @\S+|like us on facebook|join our (?:mailing list|community)|join (?:our|us on) (?:telegram|whatsapp|discord|signal|viber|wechat|slack)\b|download (?:our|the) app)/isu },
  { rule: 'powered-by', kind: 'footer', maxLength: 120, needs: ['powered by'], pattern: /\bpowered by \p{L}+/isu },
  { rule: 'count-list', kind: 'tags', maxLength: 800, pattern: /^(?:[^()\n\s,][^()\n]{0,39}\(\d+\)[\s,]*){3,}$/isu },
  { rule: 'copy-protection', kind: 'footer', maxLength: 200, pattern: /^(?:error|alert|warning)\s*:\s*(?:.*(?:copy|protected|ممنوع|النسخ).*|content is protected.*)$/isu },
];

/**
 * Rules are first tried in groups, as one alternation per group (rules anchored at the start, or
 * free to match anywhere, with the same flags). A group that finds nothing rules out all its
 * members at once; one that finds something sends each member to its own test, in rule order.
 * Per-rule patterns are the truth; the groups only skip work.
 */
function gateKey(rule: Rule): string | null {
  if (rule.tail || rule.needs) return null;
  return `${rule.pattern.source.startsWith('^') ? 'start' : 'anywhere'}/${rule.pattern.flags}`;
}
const GROUPS: Rule[][] = (() => {
  const byKey = new Map<string, Rule[]>();
  for (const rule of RULES) {
    const key = gateKey(rule);
    if (key !== null) byKey.set(key, [...(byKey.get(key) ?? []), rule]);
  }
  return [...byKey.values()].filter((rules) => rules.length >= 2);
})();
/** Built on first use: each gate re-reads its members' letter classes, milliseconds paid by every import. */
const GATES = once(() => GROUPS.map((rules) => new RegExp(rules.map((r) => `(?:${r.pattern.source})`).join('|'), rules[0]!.pattern.flags)));

/** Each rule's answer, shared: nothing changes a match in place. */
const MATCHES = RULES.map((rule) => ({
  pattern: rule.pattern,
  maxLength: rule.maxLength,
  tail: rule.tail,
  needs: rule.needs,
  unless: rule.unless,
  gate: GROUPS.findIndex((rules) => rules.includes(rule)),
  match: Object.freeze({ kind: rule.kind, rule: rule.rule }) as BoilerplateMatch,
}));
const SECTION_LABEL: BoilerplateMatch = Object.freeze({ kind: 'navigation', rule: 'section-label' });

/** Short texts (lines, labels) recur across a page and a corpus: their answers are kept. */
const SHORT_TEXT = 200;
const matchShort = memoize(20_000, (text: string) => matchText(text));

/** Classifies a whole block as furniture; prose longer than a rule's limit is never claimed. */
export function matchBoilerplate(text: string): BoilerplateMatch | null {
  return text.length <= SHORT_TEXT ? matchShort(text) : matchText(text);
}

function matchText(text: string): BoilerplateMatch | null {
  const trimmed = text.trim();
  if (isSectionLabel(trimmed)) return SECTION_LABEL;
  if (isShareRow(trimmed)) return SHARE_ROW;
  // Bit g of `tried` says gate g was run; the same bit of `open` says it found something.
  let tried = 0;
  let open = 0;
  let lower: string | null = null;
  for (const { pattern, maxLength, tail, needs, unless, gate, match } of MATCHES) {
    if (trimmed.length > maxLength) continue;
    if (needs) {
      lower ??= trimmed.toLowerCase();
      if (!needs.some((word) => lower!.includes(word))) continue;
    }
    if (gate >= 0) {
      const bit = 1 << gate;
      if (!(tried & bit)) {
        tried |= bit;
        if (GATES()[gate]!.test(trimmed)) open |= bit;
      }
      if (!(open & bit)) continue;
    }
    if (pattern.test(tail ? trimmed.slice(-tail) : trimmed) && !unless?.test(trimmed)) return match;
  }
  return null;
}

/** A row of share buttons: one frozen match, also the role of a run of share targets in classify.ts. */
export const SHARE_ROW: BoilerplateMatch = Object.freeze({ kind: 'widget', rule: 'share-buttons' });
/** Names of share targets and buttons, as share rows print them. */
const SHARE_WORDS = new Set(
  'share shares tweet email e-mail print whatsapp telegram facebook twitter x linkedin pinterest pin reddit tumblr stumbleupon instapaper pocket flipboard messenger sms rss google+ mastodon bluesky threads copy link embed save bookmark like widget'.split(' '),
);

/** "Tweet Widget Facebook Like Pinterest": a short row most of whose words are share targets. */
function isShareRow(line: string): boolean {
  if (line.length > 80 || line.includes('\n')) return false;
  const words = line.toLowerCase().split(/[\s|•·/,]+/u).filter(Boolean);
  if (words.length < 3 || words.length > 8) return false;
  return words.filter((word) => SHARE_WORDS.has(word)).length * 5 >= words.length * 4;
}

/**
 * One share target on its own line ("Email", "E-Mail"): a comment form prints the same word as a
 * field label, so only the run it sits in tells which it is.
 */
export function isShareTarget(line: string): boolean {
  return line.length <= 20 && SHARE_WORDS.has(line.trim().toLowerCase());
}

/** Comment-section markers: once seen, what follows is the comment area. */
export function isCommentSectionMarker(match: BoilerplateMatch | null): boolean {
  return match !== null && (match.kind === 'comment-count' || match.rule === 'comment-form' || match.rule === 'comment-widget');
}

/**
 * The badge Q&A and forum software prints under an accepted answer: the whole line, no colon, no
 * number; its check mark as text or as an emoji (the mark and U+FE0F, "✔️").
 */
export const ANSWER_BADGE = /^(?:[✔✓☑✅]\uFE0F?\s*)?(?:solution|accepted answer|best answer)$/iu;

/** Lines made only of comment actions and counts: "Reply", "Reply • Share ›", "Like (12)", "Report abuse". */
const ACTION_WORDS = new RegExp(
  `(?:${[
    String.raw`reply|replies|quote|share|report(?: abuse| post| comment| review| answer| reply| message)?|inappropriate content|this (?:post|comment|review|answer)|flag|permalink|link|edit|edited|delete|save|like|likes|dislikes?|upvote|downvote|vote|hide|collapse|expand|award|give award|more|parent|context|thread|helpful|with quote|multi-quote|not helpful|respond|recommend|respect|\d+\s*[smhdwy]|follow|block|mute|translate|see translation|view replies|points?|votes?|click to|rate|[▲▼△▽↑↓⬆⬇👍👎♥❤]+|[⋯⋮]|\(\d+\)|\d[\d,.]*k?`,
    // [⋯⋮]: a widget's overflow-menu button at the row's end ("Responder · 9 Me gusta · Compartir · ⋯", tune 388).
    // The same buttons on German, Spanish, French, Italian, Portuguese and Dutch sites.
    'antworten', 'antwort', 'melden', 'teilen', 'gefällt mir', 'zitieren', 'responder', 'reportar', 'denunciar', 'compartir', 'me gusta',
    'répondre', 'signaler', 'partager', "j'aime", 'rispondi', 'segnala', 'condividi', 'mi piace', 'compartilhar', 'curtir',
    'antwoorden', 'delen', 'reageren',
    // Reply toggles in the same languages: "4 Antworten ausblenden", "Ver 3 respuestas", "Afficher les réponses".
    'ausblenden', 'einblenden', 'anzeigen', 'respuestas', 'ver respuestas', 'mostrar', 'ocultar', 'réponses', 'afficher', 'masquer',
    'risposte', 'mostra', 'nascondi', 'respostas', 'ver', 'reacties', 'tonen', 'verbergen',
  ].join('|')})`,
  'iu',
);
/** A report button spelt out as a whole line: "Report this reply", "Flag as inappropriate" ("Report post" and "Report abuse" are ACTION_WORDS pairs; an ad's "Report this ad" labels the ad, inside the article). */
const REPORT_BUTTON = /^(?:report|flag)(?: this)?(?: (?:post|comment|review|answer|reply|message))?(?: as)? inappropriate(?: content)?$|^report this (?:post|comment|review|answer|reply|message)$/iu;

const QUOTE_LABEL = /\bquote\s*:/iu;

/** "Likes For Bill Kapaun:", "Thanks for koyote:": the label of a post's reaction count, a name of up to three words. */
const COUNTED_FOR = /^(?:likes?|thanks|reactions?)\s+for\s+[\p{L}\p{N}_.'’-]+(?:\s[\p{L}\p{N}_.'’-]+){0,2}:\s*/iu;

/**
 * A whole part that is one of ACTION_WORDS. Anchored at both ends: anchored at the start only, the
 * first alternative that fits a prefix won ("like" in "Likes", "edit" in "edited"), and the longer
 * word was never read whole.
 */
const ACTION_WORD_WHOLE = new RegExp(`^(?:${ACTION_WORDS.source})$`, ACTION_WORDS.flags);

/**
 * The line's parts are the runs between separators (whitespace, •·|›»/,:-–). They are read one
 * ahead as needed, so a sentence is rejected at its first words without splitting it all.
 */
export function isActionLine(line: string): boolean {
  if (line.length === 0 || line.length > 80) return false;
  return isShortActionLine(line);
}

/** A page's rules ask about each short line two or three times: answers are kept per line text. */
const isShortActionLine = memoize(20_000, (line: string): boolean => {
  if (REPORT_BUTTON.test(line) || REACTED_BY.test(line)) return true;
  // "Likes For Bill Kapaun:  Like (3)": the post's like button under a label naming its writer.
  const label = COUNTED_FOR.exec(line);
  if (label) return label[0].length < line.length && isShortActionLine(line.slice(label[0].length));
  // "Quote:" over quoted words labels the quote; "Quote · Like (3)" is the post's buttons. (The
  // label needs its colon: most lines have none, and the test is then skipped.)
  if (line.includes(':') && QUOTE_LABEL.test(line)) return false;
  let start = partStart(line, 0);
  if (start === line.length) return false;
  let words = 0;
  while (start < line.length) {
    const end = partEnd(line, start);
    const part = line.slice(start, end);
    const nextStart = partStart(line, end);
    if (nextStart < line.length) {
      // "Report abuse" and "give award" are two tokens that belong together.
      const nextEnd = partEnd(line, nextStart);
      if (fullMatch(`${part} ${line.slice(nextStart, nextEnd)}`)) {
        words++;
        start = partStart(line, nextEnd);
        continue;
      }
    }
    if (!fullMatch(part)) return false;
    if (!/^[\d(]/u.test(part)) words++;
    start = nextStart;
  }
  return words > 0;
});

function fullMatch(value: string): boolean {
  return ACTION_WORD_WHOLE.test(value);
}

function partStart(line: string, from: number): number {
  let i = from;
  while (i < line.length && isActionSeparator(line.charCodeAt(i))) i++;
  return i;
}

function partEnd(line: string, from: number): number {
  let i = from;
  while (i < line.length && !isActionSeparator(line.charCodeAt(i))) i++;
  return i;
}

/** `[\s•·|›»/,:\-–]`: JavaScript whitespace and line ends, and the separators comment widgets print. */
function isActionSeparator(code: number): boolean {
  // | / , : -
  if (code === 0x7c || code === 0x2f || code === 0x2c || code === 0x3a || code === 0x2d) return true;
  // • · › » –
  if (code === 0x2022 || code === 0xb7 || code === 0x203a || code === 0xbb || code === 0x2013) return true;
  return isJsWhitespace(code);
}

/** Labels that head a list of links or topics: "Related coverage", "More from Tech Desk", "Topics". */
const LIST_LABEL = new RegExp(
  `^(?:(tags?|topics?|tagged|filed under|categories|keywords|schlagwörter|themen|etiquetas|temas|étiquettes|sujets)|${[
    // English: lists of links and sidebar widgets.
    'related(?: coverage| articles?| stories| posts?| links| topics| questions| videos| content)?',
    'more (?:from|on|in|like this)\\b.*',
    '(?:more (?:\\p{L}+ ){0,2})?you (?:may|might) (?:also )?(?:like|enjoy)',
    'read (?:next|more)',
    'recommended(?: for you| reading| stories)?',
    'most (?:read|popular|viewed|commented|shared|emailed|discussed)',
    'trending(?: now| stories)?',
    'latest(?: news| stories| posts| episodes| videos)?',
    'popular(?: now| posts| stories)?',
    'hot (?:network )?questions',
    'more (?:episodes|videos|reviews|stories|articles|posts|news|recipes|petitions)',
    'editor[\'’]?s picks',
    'recent comments', 'recent posts', 'latest comments', 'top comments',
    'up next', 'autoplay', 'watch next', '(?:more|suggested|recommended|related) videos', 'you might also enjoy',
    'labels', 'blog archive', 'about (?:community|the author|us)', 'archives?', 'follow by email', 'about me', 'sections',
    'follow us', 'share this(?: article| story| post)?', 'explore more(?: on these topics)?', 'in this (?:series|section)', 'newsletters?',
    // The same widgets on German, Spanish, French, Italian and Portuguese sites.
    'meistgelesen', 'meistkommentiert', 'weiterlesen', 'lesen sie auch', 'mehr zum thema', 'das könnte sie auch interessieren', 'weitere artikel', 'auch interessant',
    'lo más (?:leído|visto|comentado)', 'más (?:noticias|leídas|leído)', 'te (?:puede|podría) interesar', 'noticias relacionadas', 'relacionad[oa]s',
    'les plus lus', 'à lire aussi', 'sur le même sujet', 'articles? similaires?', 'i più letti', 'leggi anche', 'mais lidas', 'leia também',
  ].join('|')})\\s*:?$`,
  'iu',
);

/** A label alone on its line: "Popular Posts", "Related coverage", "About Me". */
export function isSectionLabel(line: string): boolean {
  return line.length <= 40 && !line.includes('\n') && LIST_LABEL.test(line);
}

/** A short list of link or topic lines, headed by a label or not. */
export function matchListBlock(lines: string[]): BoilerplateMatch | null {
  if (lines.length < 2) return null;
  const label = LIST_LABEL.exec(lines[0]!);
  if (label) return { kind: label[1] ? 'tags' : 'navigation', rule: label[1] ? 'tags:list' : 'link-list' };
  if (lines.length < 3) return null;
  // Menus are short items; link lists are headlines: neither ends like a sentence.
  const unpunctuated = lines.every((line) => line.length <= 110 && !/[!?,;]$|[^.]\.$/u.test(line));
  const wordCounts = lines.map((line) => line.split(/\s+/u).length);
  const short = wordCounts.filter((words) => words <= 12).length;
  // A heading over its tags ("Backups failing after the upgrade" / "Support" / "docker") is not a menu item.
  const headed = wordCounts[0]! >= 6 && wordCounts.slice(1).every((words) => words <= 3);
  return unpunctuated && short === lines.length && !headed ? { kind: 'navigation', rule: 'menu-list' } : null;
}

/** Multi-line blocks whose lines are each furniture or comment actions ("19 Comments / Login / Sort by Best"). */
export function matchFurnitureLines(lines: string[]): (BoilerplateMatch & { marker: boolean }) | null {
  if (lines.length < 2 || lines.some((line) => line.length > 200)) return null;
  let matched = 0;
  let first: BoilerplateMatch | null = null;
  let marker = false;
  for (const line of lines) {
    const match = matchBoilerplate(line) ?? (isActionLine(line) ? { kind: 'widget' as const, rule: 'comment-actions' } : null);
    if (match) {
      matched++;
      first ??= match;
      marker ||= isCommentSectionMarker(match);
    } else if (line.split(/\s+/u).length > 4) {
      return null;
    }
  }
  return first && matched * 2 >= lines.length ? { ...first, marker } : null;
}

/** "0 Comments", "No comments yet", "Be the first to comment": a comment-section marker that says the section is empty. */
export function saysNoComments(block: ClassifiedBlock): boolean {
  return block.role.kind === 'furniture' && block.role.marker && ZERO_COMMENTS.test(block.text);
}
const ZERO_COMMENTS = /^(?:0|no|zero)\s+(?:comments?|responses?|replies)\b|be the first to (?:comment|leave a (?:comment|reply))|no comments yet/iu;

/** "3 Comments", "Comments (12)", "One response to …": a comment count above zero. */
export function countsSomeComments(block: ClassifiedBlock): boolean {
  if (block.role.kind !== 'furniture' || block.role.match.kind !== 'comment-count') return false;
  return /^(?:one\b|0*[1-9])|\(0*[1-9][\d,.]*k?\)/iu.test(block.text);
}

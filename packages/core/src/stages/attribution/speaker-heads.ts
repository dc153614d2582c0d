/**
 * Whether the head of a source phrase that names no entity can speak at all. "The pair's long-running row",
 * "Trump's performance last night", "Plus.net also backed the proposals" and "Wenger added" are clause
 * subjects the cue finders picked up, not speakers: such a source says nobody, so the attribution's source is
 * left unresolved rather than published as a name (right or silent). A head speaks when it is capitalised (a name
 * the tagger missed, an acronym), a person, role, group, institution or document noun, or an agent noun.
 * The word list started from the most frequent lower-case heads of PolNeAR train's sources, kept where they
 * name who or what can say something.
 */
const SPEAKER_NOUNS = new Set(
  `campaign poll official voter candidate leader supporter senator president group expert report member people
  person spokesman spokeswoman spokesperson aide adviser advisor administration company survey team governor judge
  result nominee secretary ally source government critic analyst politician statement party man woman lawmaker
  board media reporter strategist letter friend economist businessman advocate crowd agency conservative police
  email e-mail insider opponent analysis data employee video court organization organisation lawsuit newspaper
  rival donor lawyer director executive filing prosecutor delegate activist camp website chairman chairwoman
  chairperson mogul authority observer front-runner editorial chief book message progressive tweet father mother
  protester backer researcher unions union mayor neurosurgeon release attendee organizer organiser audience
  narrator panel establishment family investor user article document actress actor community fan justice figure
  outlet paper network operative leadership worker minister department diplomat staffer summary tycoon commentator
  moderator journalist host investigation platform ad star evidence rule scientist research army liberal attorney
  legislature council commission foundation resident firm student study columnist investigator husband wife
  representative prince princess king queen pundit associate lobbyist speechwriter officer affidavit legislator
  suit citizen committee ambassador petition publication ministry institute scholar editor jury juror defense
  defence prosecution coalition bureau tabloid author owner counsel soldier troop personnel superdelegate
  commenter hacker specialist chorus memo memoir transcript magazine findings statistics estimate sources
  officials experts critics staff management public majority minority residents authorities regulator watchdog
  monopoly giant bank club manager coach player boss industry consumer customer parent teacher doctor nurse
  patient victim witness survivor professor campaigner charity operator provider retailer carrier maker producer
  office detective sheriff trooper deputy inspector sergeant captain general colonel regime cabinet parliament
  congress senate house assembly tribunal inquiry all both many some others one most few several each either
  neither everyone anyone someone nobody none couple pair trio relative brother sister son daughter neighbour
  neighbor colleague partner men women university college school hospital institution think-tank church embassy
  military force navy`
    .split(/\s+/)
    .filter(Boolean),
);

/** Agent nouns: "the sheriff's deputy", "a landlord", "the protesters", "administrators". */
const AGENT_SUFFIX = /(?:[a-z]{3}(?:er|or|ist|ian|ant|ent|eer|ee|ier))$/;

/** Words a source phrase may end in that are not its head: the cue itself ("Wenger added"), adverbs, a relative. */
const TRAILING_NOT_HEAD = /^(?:\p{Ll}+ly|who|which|that|also|began|replies|turned|\p{Ll}+ed)$/u;
const PRONOUN = /^(?:he|she|they|it|we|i|you|who|which)$/i;

/** The head word of a source phrase: its last word, without a possessive or closing punctuation. */
function headWord(words: readonly string[]): string {
  return (words[words.length - 1] ?? '').replace(/['’]s?$/, '').replace(/[^\p{L}\p{N}-]+$/u, '');
}

function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us)$/.test(word)) return word;
  return word.replace(/e?s$/, (m) => (m === 'es' && !/(?:ch|sh|x|ss)es$/.test(word) ? 'e' : ''));
}

function wordCanSpeak(word: string): boolean {
  if (!word) return false;
  if (/^\p{Lu}/u.test(word)) return true;
  const lower = word.toLowerCase();
  if (PRONOUN.test(lower) || SPEAKER_NOUNS.has(lower) || SPEAKER_NOUNS.has(singular(lower))) return true;
  return AGENT_SUFFIX.test(singular(lower));
}

/**
 * True when a source phrase that names no entity may name a speaker: its head (the last word of `head`, the
 * phrase up to its first stop word, after a trailing cue, adverb or relative: "Mr Finegold replies", "A senior
 * official who") can speak, or the subject after its last "that" does ("a fight with fans that commissioner
 * David Stern").
 */
export function headCanSpeak(head: string, phrase: string = head, isCue: (word: string) => boolean = () => false): boolean {
  const words = head.trim().split(/\s+/).filter(Boolean);
  if (wordCanSpeak(headWord(words))) return true;
  while (words.length > 1 && (TRAILING_NOT_HEAD.test(words[words.length - 1]) || isCue(words[words.length - 1].toLowerCase()))) {
    const last = words[words.length - 1];
    // "-ed" is a verb only after a name or a pronoun ("Peterson turned"), not in "the alleged".
    if (/ed$/.test(last) && !/^(?:\p{Lu}|he$|she$|they$)/u.test(words[words.length - 2]) && !isCue(last.toLowerCase()) && !/^(?:began|turned)$/.test(last)) break;
    words.pop();
  }
  if (wordCanSpeak(headWord(words))) return true;
  const after = /\b(?:that|whom)\s+((?:[\p{L}.'’-]+\s+){0,4}[\p{L}.'’-]+)\s*$/u.exec(phrase);
  return after !== null && wordCanSpeak(headWord(after[1].split(/\s+/)));
}

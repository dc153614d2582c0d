/**
 * A deterministic generator of news-like articles for benchmarks: wire-style
 * paragraphs with people, titles, organisations, places, quotes, reported speech,
 * numbers, hedges and the odd loaded phrase. The same seed gives the same text.
 */
import { seededRandom } from './random.js';

const FIRST = ['Maria', 'John', 'Olena', 'Ahmed', 'Chen', 'Laura', 'Dmitry', 'Fatima', 'Peter', 'Amara', 'Luis', 'Ingrid', 'Kenji', 'Sarah'];
const LAST = ['Novak', 'Okafor', 'Schmidt', 'Haddad', 'Lindqvist', 'Moreau', 'Tanaka', 'Petrov', 'Alvarez', 'Brennan', 'Kowalski', 'Osei'];
const TITLES = ['Foreign Minister', 'Senator', 'spokeswoman', 'Prime Minister', 'central bank governor', 'Defence Secretary', 'chief executive', 'opposition leader'];
const ORGS = ['the European Commission', 'the Kremlin', 'the White House', 'the United Nations', 'Reuters', 'the World Bank', 'Siemens', 'the Red Cross', 'NATO', 'the Federal Reserve'];
const PLACES = ['Brussels', 'Kyiv', 'Washington', 'Moscow', 'Nairobi', 'Tokyo', 'Berlin', 'São Paulo', 'Geneva', 'New Delhi', 'Ankara'];
const NORPS = ['Russian', 'American', 'German', 'Kenyan', 'Japanese', 'Western', 'Brazilian'];
const CUES = ['said', 'told reporters', 'warned', 'insisted', 'added', 'argued', 'claimed'];
const TOPICS = ['the ceasefire', 'interest rates', 'the trade agreement', 'grain exports', 'the budget deficit', 'energy prices', 'the election'];
const QUOTES = [
  'We will not accept any deal that leaves our people without protection',
  'The numbers speak for themselves',
  'This is a disgraceful betrayal of everything we stand for',
  'We need more time to study the proposal',
  'Nobody should be surprised by what happened next',
  'It is a historic day for the region',
];
const LOADED = ['a shocking collapse', 'reckless gamble', 'a devastating blow', 'the so-called reform', 'a catastrophic failure', 'a brazen attack'];
const HEDGES = ['reportedly', 'allegedly', 'apparently', 'likely', 'may have'];

export function syntheticArticle(seed: number): string {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const number = () => (rand() < 0.5 ? `${Math.floor(rand() * 90 + 5)} percent` : `${Math.floor(rand() * 9000 + 100)} people`);
  const paragraphs: string[] = [];
  const lead = person();
  const leadSurname = lead.split(' ')[1];
  const place = pick(PLACES);
  paragraphs.push(`${place.toUpperCase()} (Wire) - ${pick(NORPS)} ${pick(TITLES)} ${lead} ${pick(CUES)} on ${pick(['Monday', 'Tuesday', 'Friday'])} that talks on ${pick(TOPICS)} with ${pick(ORGS)} had stalled, after officials in ${pick(PLACES)} ${pick(HEDGES)} rejected a draft worth ${number()}.`);
  const n = 5 + Math.floor(rand() * 7);
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.25) paragraphs.push(`“${pick(QUOTES)},” ${leadSurname} ${pick(CUES)}. “${pick(QUOTES)}.”`);
    else if (r < 0.45) paragraphs.push(`According to ${pick(ORGS)}, ${pick(TOPICS)} fell by ${number()} in ${pick(['March', 'April', 'the first quarter', '2023'])}, the lowest level since ${1990 + Math.floor(rand() * 30)}. ${pick(TITLES).replace(/^./, (c) => c.toUpperCase())} ${person()} called it ${pick(LOADED)}.`);
    else if (r < 0.65) paragraphs.push(`${person()}, a ${pick(TITLES)} in ${pick(PLACES)}, ${pick(CUES)} that ${pick(ORGS)} ${pick(HEDGES)} knew about the plan. He said the talks on ${pick(TOPICS)} could resume within ${Math.floor(rand() * 20 + 2)} days.`);
    else if (r < 0.8) paragraphs.push(`Is this really the end of ${pick(TOPICS)}? Critics say it is ${pick(LOADED)}, and that ${pick(NORPS)} voters will pay the price. Others are not so sure.`);
    else paragraphs.push(`The dispute began in ${pick(PLACES)} when ${pick(ORGS)} proposed cutting ${pick(TOPICS)} by ${number()}. ${pick(NORPS)} officials ${pick(HEDGES)} opposed the move, while ${person()} of ${pick(ORGS)} declined to comment.`);
  }
  if (rand() < 0.3) paragraphs.push('Subscribe to our newsletter for more stories like this. Share this article on social media.');
  return paragraphs.join('\n\n') + '\n';
}

/** `count` articles from consecutive seeds. */
export function syntheticCorpus(count: number, firstSeed = 1): string[] {
  return Array.from({ length: count }, (_, i) => syntheticArticle(firstSeed + i));
}

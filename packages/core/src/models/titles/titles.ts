/**
 * Titles and role nouns, lower-cased. A mention never starts with one ("Senator
 * Marco Rubio" -> "Marco Rubio"); the roles stage turns them into `entity.roles`.
 */

/** Titles written right before a name ("Senator", "Sen.", "President"). */
export const NAME_TITLES: ReadonlySet<string> = new Set(
  ('mr mr. mrs mrs. ms ms. miss mx dr dr. prof prof. professor sir dame lord lady sen sen. senator rep rep. ' +
    'representative congressman congresswoman gov gov. governor president pres. vice chancellor premier minister ' +
    'secretary ambassador amb. mayor judge justice general gen. lt. col. colonel capt. captain sgt. sergeant major maj. ' +
    'admiral adm. commander cmdr. rev. reverend father pope king queen prince princess sheikh ayatollah rabbi imam ' +
    'bishop archbishop cardinal chairman chairwoman chair ceo director spokesman spokeswoman spokesperson aide adviser ' +
    'advisor envoy journalist reporter correspondent officer detective inspector coach manager striker midfielder ' +
    'defender goalkeeper speaker leader analyst economist lawyer attorney prosecutor dean chief deputy official ' +
    'emperor empress tsar czar sultan emir crown saint st. st').split(' '),
);

/** Nouns that head a role phrase ("Kremlin spokesman", "personal envoy"). */
export const ROLE_HEADS: ReadonlySet<string> = new Set(
  ('spokesman spokeswoman spokesperson aide adviser advisor envoy journalist reporter correspondent editor columnist ' +
    'secretary minister president senator sen. congressman congresswoman representative rep. governor gov. mayor ' +
    'chancellor premier ambassador director chairman chairwoman chair ceo founder officer official chief head leader ' +
    'commander general gen. admiral colonel captain lawyer attorney prosecutor judge justice professor analyst ' +
    'economist researcher scientist historian author writer negotiator diplomat commissioner speaker treasurer ' +
    'candidate nominee lawmaker legislator king queen prince princess pope bishop emperor tsar sultan emir sheikh ' +
    'coach manager striker midfielder defender goalkeeper player owner investor billionaire businessman ' +
    'businesswoman entrepreneur activist campaigner strategist pollster consultant deputy assistant lieutenant ' +
    'partner colleague ally critic rival opponent counterpart successor predecessor host presenter anchor ' +
    'spokesmen officials aides envoys').split(' '),
);

/** Lower-case words that may qualify a role head ("presidential aide", "former senator"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(
  ('personal special senior junior former chief deputy vice foreign press national security presidential prime top ' +
    'acting interim assistant associate executive general state defense defence finance economic military ' +
    'political lead principal first second longtime long-time then-president then current new outgoing incoming ' +
    'retired veteran independent investigative freelance local regional federal royal crown supreme high ' +
    'managing founding civilian financial health interior justice trade energy climate intelligence labour labor ' +
    'opposition ruling party campaign communications policy legal spokesman white house').split(' '),
);

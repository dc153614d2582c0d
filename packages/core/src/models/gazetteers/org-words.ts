/** Words that often end or head an organisation's name ("Ministry", "Corp."), lower-cased. */
export const ORG_WORDS: ReadonlySet<string> = new Set(
  ('inc inc. corp corp. corporation co co. ltd ltd. llc plc group company companies bank party ministry ' +
    'department council committee commission agency association union university college institute school ' +
    'foundation federation league club fc united times post news press journal agency service services ' +
    'airlines airways motors holdings industries technologies systems office senate congress parliament ' +
    'assembly court army navy police government authority board bureau organization organisation network ' +
    'channel tv radio television reuters nato un eu fbi cia kgb fsb nasa opec who imf gazprom').split(' '),
);

/**
 * Names of institutions that news writing uses for the people who run them
 * ("the Kremlin said"); they are organisations whatever a place-trained tagger thinks.
 */
export const INSTITUTION_NAMES: ReadonlySet<string> = new Set([
  'kremlin', 'white house', 'pentagon', 'downing street', 'elysee', 'élysée', 'elysee palace', 'élysée palace',
  'capitol hill', 'whitehall', 'vatican', 'state department', 'foreign office', 'bundestag', 'duma', 'state duma',
]);

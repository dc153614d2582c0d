/**
 * Common given names, lower-cased, with the gender they usually carry. Used as a
 * tagger feature (a person's name is near) and by coreference to match he/she.
 */
const MALE =
  'aaron adam adrian ahmed alan albert alex alexander alexei alexey ali andrew andrei andrey angelo anthony antonio arnold arthur barack ben benjamin bernard bill bob boris brad brian bruce carl carlos charles chris christian christopher colin craig dan daniel david dennis dmitry dmitri donald doug douglas dwight ed eddie edward elon emmanuel eric erik evan felix francis frank fred gary george gerald gordon graham greg gregory hans harry henry howard hugo ian igor isaac ivan jack jacob james jamie jason javier jean jeff jeffrey jeremy jerry jim jimmy joe joel john johnny jon jonathan jorge jose joseph juan justin keith ken kevin kim kirill kyle larry lee leo leonid liam louis luis marco marcus mario mark martin matt matthew max michael miguel mike mikhail mohammed muhammad nathan neil nicholas nick nikolai oleg oliver omar oscar pablo patrick paul pavel pedro peter philip phil pierre rafael ralph ray raymond richard rick robert roger ron ronald roy russell ryan sam samuel scott sean sergei sergey simon stanley stephen steve steven stuart ted terry thomas tim timothy todd tom tony victor vincent viktor vladimir volodymyr walter wayne william xi yuri',
  FEMALE =
  'alice alexandra amanda amy andrea angela angelina ann anna anne barbara betty beth carol caroline catherine charlotte chloe christina christine claire diana diane donna dorothy elena elizabeth ellen emily emma eva fiona frances grace hannah heather helen hillary irina jane janet jennifer jessica jill joan julia julie karen karoline kamala kate katherine kathleen kathy kelly kim laura linda lisa lucy margaret maria marie marina marine martha mary melania melissa michelle nancy natalia natalie nicole olga olena patricia rachel rebecca rose ruth sandra sarah sharon sophie stephanie susan svetlana tatiana teresa theresa ursula valentina victoria yulia',
  FEMALE_SET = new Set(FEMALE.split(' '));

export const MALE_NAMES: ReadonlySet<string> = new Set(MALE.split(' ').filter((n) => !FEMALE_SET.has(n)));
export const FEMALE_NAMES: ReadonlySet<string> = FEMALE_SET;
export const GIVEN_NAMES: ReadonlySet<string> = new Set([...MALE.split(' '), ...FEMALE.split(' ')]);

/** Function words: never the content word an attached mark reaches for, never a repetition. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here it its it’s itself they them their theirs ' +
    'he him his she her hers we us our ours you your yours i me my mine who whom whose which what when where why how ' +
    'is am are was were be been being have has had having do does did doing will would shall should can could may might must ' +
    'of in on at to for from by with about against between into through during before after above below up down out off over under ' +
    'again further once all any both each few more most other some such no not only own same too very just also as until while ' +
    "'s 's n't n’t ’s ’re 're ’ve 've ’ll 'll ’d 'd said says say told according people year years one two new like even " +
    'because however although though since still well now many much every would could'
  ).split(/\s+/),
);

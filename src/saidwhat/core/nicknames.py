"""Name data for telling when two names are one person, in one article and across the
store: kept as data, not code.

``NICKNAMES`` maps a familiar first name to the formal one, so "Jim Mattis" and
"James Mattis" share a key. Only unambiguous, common pairs: a wrong entry merges two
people, a missing one only leaves an alias unmerged.
"""

from __future__ import annotations

NICKNAMES: dict[str, str] = {
    "abe": "abraham",
    "alex": "alexander",
    "andy": "andrew",
    "barb": "barbara",
    "ben": "benjamin",
    "bernie": "bernard",
    "beth": "elizabeth",
    "betsy": "elizabeth",
    "bill": "william",
    "billy": "william",
    "bob": "robert",
    "bobby": "robert",
    "cathy": "catherine",
    "charlie": "charles",
    "chris": "christopher",
    "chuck": "charles",
    "dan": "daniel",
    "danny": "daniel",
    "dave": "david",
    "debbie": "deborah",
    "dick": "richard",
    "don": "donald",
    "ed": "edward",
    "eddie": "edward",
    "fred": "frederick",
    "greg": "gregory",
    "jake": "jacob",
    "jeff": "jeffrey",
    "jim": "james",
    "jimmy": "james",
    "joe": "joseph",
    "joey": "joseph",
    "johnny": "john",
    "jon": "jonathan",
    "kate": "katherine",
    "kathy": "katherine",
    "katie": "katherine",
    "ken": "kenneth",
    "kenny": "kenneth",
    "larry": "lawrence",
    "liz": "elizabeth",
    "maggie": "margaret",
    "matt": "matthew",
    "mike": "michael",
    "mickey": "michael",
    "mitch": "mitchell",
    "nick": "nicholas",
    "pat": "patrick",
    "patty": "patricia",
    "peggy": "margaret",
    "pete": "peter",
    "phil": "philip",
    "rick": "richard",
    "rich": "richard",
    "rob": "robert",
    "ron": "ronald",
    "ronnie": "ronald",
    "rudy": "rudolph",
    "sam": "samuel",
    "steve": "steven",
    "stephen": "steven",
    "sue": "susan",
    "ted": "edward",
    "tim": "timothy",
    "tom": "thomas",
    "tommy": "thomas",
    "tony": "anthony",
    "vicky": "victoria",
    "will": "william",
}

# Words taken off the front of a name: "Defense Secretary James Mattis" -> "James Mattis".
# Lower-case words ("former", "of") are dropped too, wherever they lead.
TITLE_WORDS: frozenset[str] = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father sister
    president vice vp prime minister secretary defense defence state foreign home interior
    treasury attorney general gen lt col colonel maj major capt captain sgt admiral adm
    commander cmdr chief justice judge sen senator rep representative congressman
    congresswoman gov governor mayor speaker leader majority minority house senate
    chancellor ambassador amb deputy assistant acting former spokesman spokeswoman
    spokesperson director chairman chairwoman chair ceo cfo coo founder executive officer
    official candidate nominee republican democratic democrat gop sheriff
    commissioner councilman councilwoman king queen prince princess pope cardinal bishop
    rabbi imam u.s. us uk un white pentagon press national security adviser advisor
    economic council first lady
    """.split()
)

# Taken off the end of a name.
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"})

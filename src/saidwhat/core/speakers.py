"""Speaker resolvers: how the source mention of a cue becomes the person, organisation or
group the article means.

Each resolver is a named unit in :data:`RESOLVERS`: an id (written to ``Speaker.rule``), a
base confidence, and a docstring with an example sentence. :func:`resolve_speaker` tries
the chain in :data:`CHAIN` order on the mention's head token; the first resolver that
answers decides. Resolvers that do not start from a mention (a quote carried on from the
one before, a paragraph introducing its speaker) are registered too, so that every
``Speaker.rule`` value is documented here, and are applied by ``extract.py``.

The resolvers read the article's people from :class:`~saidwhat.core.people.PeopleIndex`;
where a resolver goes through an earlier mention (a pronoun's antecedent, the full name a
surname stands for), that mention is ``Speaker.antecedent``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from .lexicon import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PLURAL_PRONOUNS,
    RELATIVE_PRONOUNS,
    TITLES,
)
from .people import (
    MAX_SENTENCE_DISTANCE,
    ORG_LABELS,
    PERSON_LABELS,
    PeopleIndex,
    description_span,
    mention_span,
)
from .types import PersonKind, Span, Speaker

Resolve = Callable[[PeopleIndex, Token, Span], "Resolution | None"]


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a resolver decided: the speaker, and the article's person index where there is one."""

    speaker: Speaker
    person: int | None


@dataclass(frozen=True, slots=True)
class SpeakerResolver:
    """One way of finding who a mention is. ``resolve`` is ``None`` for the resolvers
    ``extract.py`` applies itself (continuations, introductions, plural pronouns)."""

    id: str
    confidence: float
    doc: str
    resolve: Resolve | None = None

    @property
    def example(self) -> str:
        """The docstring's example sentence (its first line)."""
        return self.doc.strip().splitlines()[0]


RESOLVERS: dict[str, SpeakerResolver] = {}
CHAIN: list[str] = []


def register(id: str, confidence: float, doc: str, resolve: Resolve | None = None) -> SpeakerResolver:
    """Add a resolver to the registry (and, with a ``resolve`` function, to the chain)."""
    if id in RESOLVERS:
        raise ValueError(f"speaker resolver {id!r} registered twice")
    resolver = SpeakerResolver(id, confidence, doc, resolve)
    RESOLVERS[id] = resolver
    if resolve is not None:
        CHAIN.append(id)
    return resolver


def resolver(id: str, confidence: float) -> Callable[[Resolve], Resolve]:
    """Decorator: register a chain resolver; its docstring is its documentation."""

    def wrap(fn: Resolve) -> Resolve:
        register(id, confidence, fn.__doc__ or id, fn)
        return fn

    return wrap


def resolve_speaker(people: PeopleIndex, token: Token) -> tuple[Speaker, int | None]:
    """The speaker the mention headed by ``token`` names, and the article's person index
    where there is one, by the first resolver that answers."""
    found = _resolve(people, token)
    return found.speaker, found.person


def _resolve(people: PeopleIndex, token: Token, *, skip: str = "") -> Resolution:
    start, end = mention_span(token)
    span = Span(start, end, people.text[start:end])
    for rule in CHAIN:
        if rule == skip:
            continue
        fn = RESOLVERS[rule].resolve
        assert fn is not None
        found = fn(people, token, span)
        if found is not None:
            return found
    return _unresolved(span)


def _unresolved(span: Span) -> Resolution:
    """The mention stands as written: no one it could mean was found."""
    return Resolution(Speaker(span.text, span, PersonKind.UNKNOWN, rule="unresolved"), None)


def _speaker(people: PeopleIndex, index: int, mention: Span, rule: str, antecedent: Span | None = None) -> Resolution:
    person = people.people[index]
    if antecedent is not None and antecedent.start == mention.start:
        antecedent = None
    return Resolution(Speaker(person.full_name, mention, person.kind, rule=rule, antecedent=antecedent), index)


def _one_member(token: Token) -> bool:
    """"The Republican", "the Democrat": a party word for one person, by its determiner."""
    return token.tag_ in ("NNP", "NN") and token.lower_ in PERSON_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children
    )


def _party_label(name: str) -> bool:
    """"D-Newport News", "R-Utah": a lawmaker's party and place, not a name set beside them."""
    return len(name) > 2 and name[0] in "DRI" and name[1] == "-"


def _tokens_back(people: PeopleIndex, token: Token, window: int) -> Iterator[Token]:
    """The tokens before ``token``, nearest first, within ``window`` sentences of it."""
    doc = token.doc
    sentence = people.sentence_of(token.i)
    for i in range(token.i - 1, -1, -1):
        if sentence - people.sentence_of(i) > window:
            return
        yield doc[i]


# -- the chain, in order -------------------------------------------------------------------


@resolver("coordination", 0.8)
def _coordination(people: PeopleIndex, token: Token, span: Span) -> Resolution | None:
    """""We love dogs!" answer Ana and Raj.": coordinated sources, one of them named, are one
    group speaker named by each of them ("Ana and Raj", "Amelize Joseph and other residents")."""
    if token.dep_ == "conj" and token.head.dep_ == "pobj":
        return None  # "in Washington, Marc Morial, ..., told": a name the parser joined to a place before it
    owners = _owner(people, token)
    if owners is not None and owners.conjuncts:
        token = owners  # "Ruiz and Hale's gut reaction is to tell": the owners, together
    conjuncts = sorted([token, *(c for c in token.conjuncts if c.pos_ in ("PROPN", "NOUN"))], key=lambda c: c.i)
    if len(conjuncts) < 2 and token.pos_ == "PROPN":
        # "Craig Bryan, head of the centre, and other scientists": the others hang on the appositive
        beside = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
        if beside is not None:
            others = [c for c in beside.children if c.dep_ == "conj" and c.tag_ in ("NNS", "NNPS")]
            if len(others) == 1:
                conjuncts = [token, others[0]]
    if len(conjuncts) < 2 and token.pos_ == "PROPN":
        # "Ana Ruiz (D-Ore.), Tom Hale (D-Ohio) and Mark Stein": the list parsed as an appositive
        listed = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.conjuncts), None)
        if listed is not None:
            conjuncts = sorted([token, listed, *(c for c in listed.conjuncts if c.pos_ == "PROPN")], key=lambda c: c.i)
    # "Obama and Clinton's gut reaction is to tell": the possessive is both names'
    conjuncts = [_owner(people, c) or c for c in conjuncts]
    # "Outside court, Campbell and her husband": a place or thing the parser coordinated is no source
    conjuncts = [c for c in conjuncts if _could_speak(people, c)]
    if len(conjuncts) < 2 or len(conjuncts) > 5:
        return None
    if not any(c.i in people.token_person or c.pos_ == "PROPN" or _describes_someone(people, c) for c in conjuncts):
        return None
    if token.ent_type_ and any(c.ent_iob_ == "I" and _same_entity(token, c) for c in conjuncts if c is not token):
        return None  # "Johnson & Johnson", one name
    names: list[str] = []
    for c in conjuncts:
        found = _resolve(people, c, skip="coordination")
        if found.speaker.rule in ("group", "unnamed"):
            a, b = mention_span(c)
            names.append(" ".join(people.text[a:b].split()))
        else:
            names.append(found.speaker.name)
    if len(set(names)) < len(names):
        return None
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    start = min(mention_span(c)[0] for c in conjuncts)
    end = max(mention_span(c)[1] for c in conjuncts)
    whole = Span(start, end, people.text[start:end])
    return Resolution(Speaker(joined, whole, PersonKind.GROUP, rule="coordination"), None)


def _owner(people: PeopleIndex, token: Token) -> Token | None:
    """The person a thing belongs to ("Clinton" in "Clinton's gut reaction"), when the thing
    itself cannot speak."""
    if token.pos_ != "NOUN" or _could_speak(people, token):
        return None
    owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.i in people.token_person), None)
    if owner is None or people.people[people.token_person[owner.i]].kind is not PersonKind.PERSON:
        return None
    return owner


def _describes_someone(people: PeopleIndex, token: Token) -> bool:
    """"The Republican nominee and his aides": a description of a person of the article."""
    return token.pos_ == "NOUN" and people.is_definite_description(token) and people.description_antecedent(token) is not None


def _could_speak(people: PeopleIndex, token: Token) -> bool:
    """A name, a person or an organisation by its noun, or a group."""
    if token.i in people.token_person or token.pos_ == "PROPN" or token.tag_ in ("NNS", "NNPS"):
        return True
    determined = any(c.dep_ in ("det", "poss") for c in token.children)  # "her husband", not "court"
    return determined and (token.lemma_.lower() in PERSON_NOUNS or token.lemma_.lower() in ORG_NOUNS)


@resolver("name", 0.95)
def _name(people: PeopleIndex, token: Token, span: Span) -> Resolution | None:
    """"Ms Varga said", "Varga said", "Petra Varga said": a name the article gives a person
    or organisation; a surname or first name alone joins the full name it stands for."""
    if token.i in people.token_person:
        index = people.token_person[token.i]
        if people.people[index].kind is PersonKind.GROUP and _one_member(token):
            return None  # "The Republican said": one person of the party, a description
        return _speaker(people, index, span, "name", people.first_mention(index, token.i))
    # a name compounded onto the head ("Secretary Mattis" parsed with "Secretary" as head)
    titled = token.pos_ == "PROPN" or token.lower_ in TITLES  # not "Clinton supporters"
    for t in token.lefts if titled else ():
        if t.dep_ in ("compound", "flat") and t.i in people.token_person and t.ent_type_ in PERSON_LABELS:
            index = people.token_person[t.i]
            return _speaker(people, index, span, "name", people.first_mention(index, token.i))
    if token.pos_ == "PROPN" and token.ent_type_ not in ORG_LABELS:
        # a name the tagger missed: "Mr Price" when "David Price" is known
        known = people.person_by_word(token.lower_, token.i)
        if known is not None:
            people.add_mention(known, span)
            return _speaker(people, known, span, "name", people.first_mention(known, token.i))
    return None


@resolver("appositive", 0.9)
def _appositive(people: PeopleIndex, token: Token, span: Span) -> Resolution | None:
    """"The prime minister, Edith Marr, told parliament": the name set beside a description
    ("The landlord, Prairie Homes Ltd., says": an organisation's too)."""
    for child in token.children:
        if child.dep_ == "appos" and child.i in people.token_person:
            index = people.token_person[child.i]
            if _party_label(people.people[index].name):
                continue
            kind = people.people[index].kind
            if kind == PersonKind.PERSON or (kind == PersonKind.ORGANISATION and token.pos_ == "NOUN"):
                return _speaker(people, index, span, "appositive")
    return None


@resolver("relative", 0.85)
def _relative(people: PeopleIndex, token: Token, span: Span) -> Resolution | None:
    """"A spokesman for the council, who said the road would reopen": the noun the clause hangs on."""
    if token.lower_ not in RELATIVE_PRONOUNS or token.head.head.i == token.head.i:
        return None
    antecedent = token.head.head
    before = token.doc[token.i - 2] if token.i >= 2 and token.doc[token.i - 1].text == "," else None
    if before is not None and before.dep_ == "conj" and before.i != antecedent.i and before.i in people.token_person:
        # "celebrities like Oprah Winfrey, Will Smith and Stevie Wonder, who joked": the last one named
        antecedent = before
    if antecedent.dep_ == "appos" and antecedent.pos_ == "NOUN" and antecedent.head.i in people.token_person:
        # "John Bentel, a staffer at the department who told ...": the named one the description is set beside
        antecedent = antecedent.head
    found = _resolve(people, antecedent, skip="coordination" if antecedent.dep_ == "conj" else "")  # the last one listed
    speaker = found.speaker
    a, b = mention_span(antecedent)
    if speaker.rule in ("group", "unnamed") and speaker.mention is not None:
        # "some economists who argue ...": the description stops where its clause starts
        a = speaker.mention.start
        b = min(speaker.mention.end, token.idx)
        b = a + len(people.text[a:b].rstrip(" ,;–—-"))
        speaker = Speaker(people.text[a:b], speaker.mention, speaker.kind)
    return Resolution(
        Speaker(" ".join(speaker.name.split()), span, speaker.kind, rule="relative", antecedent=Span(a, b, people.text[a:b])),
        found.person,
    )


_QUANTIFIERS = frozenset({"many", "most", "some", "all", "several", "few", "both", "each", "none", "half"})


@resolver("quantified", 0.7)
def _quantified(people: PeopleIndex, token: Token, span: Span) -> Resolution | None:
    """"The families, many of whom say the claims are false" and "Ruiz and Hale took the
    stage, each saying the other was unfit": a quantifier speaks for the group it counts."""
    if token.lower_ not in _QUANTIFIERS:
        return None
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if counted is not None and counted.lower_ in ("whom", "which"):
        clause = token.head
        group = clause.head if clause.dep_ == "relcl" else _noun_before_comma(token)
    elif counted is None and token.lower_ in ("each", "both", "all"):
        # the subject of the clause this one hangs on ("..., each saying")
        clause = token.head
        group = next((c for c in clause.head.children if c.dep_ == "nsubj"), None) if clause.dep_ in ("advcl", "conj") else None
    else:
        return None
    if group is None or group.i == token.i:
        return None
    found = _resolve(people, group)
    speaker = found.speaker
    name = speaker.name
    if speaker.rule in ("group", "unnamed") and speaker.mention is not None:
        name = _plain(people.text[speaker.mention.start : min(speaker.mention.end, token.idx)]).rstrip(" ,;")
    a, b = mention_span(group)
    return Resolution(
        Speaker(name, span, speaker.kind, rule="quantified", antecedent=Span(a, b, people.text[a:b])), found.person
    )


def _noun_before_comma(token: Token) -> Token | None:
    """The plural noun phrase right before ", many of whom" when the parser did not hang the
    clause on it ("family members of 9/11 victims, many of whom say"): "members"."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text not in (",", "--", "—", "–"):
        return None  # "95 retired generals and admirals -- most of whom had ..." too
    noun = doc[token.i - 2]
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "generals and admirals": the coordination from its first noun
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
    return noun if noun.tag_ in ("NNS", "NNPS") else None


@resolver("pronoun", 0.8)
def _pronoun(people: PeopleIndex, token: Token, span: Span) -> Resolution | None:
    """"Petra Varga sued her coach. "He never paid me," she said.": he or she goes to the
    most salient earlier person of that gender (a subject, the last speaker, the nearest)."""
    lower = token.lower_
    if lower not in MALE_PRONOUNS and lower not in FEMALE_PRONOUNS:
        return None
    gender = "male" if lower in MALE_PRONOUNS else "female"
    found = people.antecedent(token.i, gender=gender, kinds={PersonKind.PERSON})
    if found is None:  # a long paragraph of context: look further back before giving up
        found = people.antecedent(token.i, gender=gender, kinds={PersonKind.PERSON}, max_distance=3 * MAX_SENTENCE_DISTANCE)
    if found is None:
        return _unresolved(span)
    index, antecedent = found
    return _speaker(people, index, span, "pronoun", antecedent)


# things that say something through "it": "The ad ... It also mentions", "the report says ... It also points out"
THING_NOUNS = frozenset(
    "ad advert advertisement commercial spot clip video study report article poll survey analysis "
    "letter memo statement book review audit ruling complaint lawsuit filing document release paper".split()
)
THING_WINDOW = 2  # sentences "it" looks back for the thing that was the subject


@resolver("thing-pronoun", 0.6)
def _thing_pronoun(people: PeopleIndex, token: Token, span: Span) -> Resolution | None:
    """"The ad then references her emails. It also mentions her health.": "it" goes to the
    ad, study or report that was the latest subject, not to an organisation named in between."""
    if token.lower_ != "it" or token.head.dep_ in ("relcl", "acl"):
        return None  # "The statement referenced the impact it said ...": a clause inside its sentence
    thing = _latest_subject(people, token)
    if thing is None or thing.tag_ != "NN":
        return None
    owned = any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in thing.children)  # "Donald Trump's campaign"
    if thing.lemma_.lower() not in THING_NOUNS and not (owned and thing.lemma_.lower() in ORG_NOUNS):
        return None
    found = _resolve(people, thing)
    speaker = found.speaker
    return Resolution(
        Speaker(speaker.name, span, speaker.kind, rule="thing-pronoun", antecedent=speaker.mention), found.person
    )


def _latest_subject(people: PeopleIndex, token: Token) -> Token | None:
    """The nearest subject before ``token`` outside quotations, within ``THING_WINDOW`` sentences."""
    for t in _tokens_back(people, token, THING_WINDOW):
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON" and not people.in_quote(t.idx):
            return t
    return None


@resolver("organisation-pronoun", 0.75)
def _organisation_pronoun(people: PeopleIndex, token: Token, span: Span) -> Resolution | None:
    """"Fennwick Foods closed the plant. "We had no choice," it said in a statement.": "it"
    goes to the organisation named just before."""
    if token.lower_ != "it":
        return None
    found = people.antecedent(token.i, gender=None, kinds={PersonKind.ORGANISATION}, max_distance=2)
    if found is None:
        return _unresolved(span)
    index, antecedent = found
    return _speaker(people, index, span, "organisation-pronoun", antecedent)


@resolver("author", 0.7)
def _author(people: PeopleIndex, token: Token, span: Span) -> Resolution | None:
    """"I grew up in a small town," I said. ... Ana Ruiz is a playwright.: a first-person
    "I" outside quotation is the article's author, named by its byline or closing note."""
    if token.lower_ != "i" or people.in_quote(token.idx):
        return None
    found = people.author()
    if found is None:
        return None
    index, named = found
    return _speaker(people, index, span, "author", named)


@resolver("personal-pronoun", 0.5)
def _personal_pronoun(people: PeopleIndex, token: Token, span: Span) -> Resolution | None:
    """"We will appeal," they said.: a plural, first- or second-person pronoun no earlier
    group claims stays as written."""
    lower = token.lower_
    if lower in ("they", "them"):
        found = _plural_antecedent(people, token)
        if found is not None:
            return found
    if lower in PLURAL_PRONOUNS:
        return Resolution(Speaker(span.text, span, PersonKind.GROUP, rule="group"), None)
    if lower in ("i", "you"):
        return _unresolved(span)
    return None


PLURAL_WINDOW = 2  # sentences "they" looks back for the group it means


def _plural_antecedent(people: PeopleIndex, token: Token) -> Resolution | None:
    """"Residents of Millbrook met on Monday. They said the water rose fast.": the latest
    plural subject (a plural noun, coordinated names, "Republicans") before "they"."""
    organisation: tuple[Token, Resolution] | None = None  # "Politifact did a check. They published ..."
    for t in _tokens_back(people, token, PLURAL_WINDOW):
        if t.pos_ == "PRON" or people.in_quote(t.idx):
            continue
        if t.tag_ in ("NNS", "NNPS") and _after_according_to(t):
            pass  # "according to show insiders. They said ...": the source just named
        elif t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        elif t.head.dep_ not in ("ROOT", "conj"):
            continue  # the subject of a reported clause ("say other changes are needed") is not who speaks
        plural = t.tag_ in ("NNS", "NNPS") or t.ent_type_ == "NORP" or any(c.dep_ == "conj" for c in t.children)
        if not plural:
            if organisation is None and t.pos_ == "PROPN":
                named = _resolve(people, t)
                if named.speaker.kind is PersonKind.ORGANISATION and named.person is not None:
                    organisation = (t, named)
            continue
        found = _resolve(people, t)
        if found.speaker.rule in ("unresolved", "unnamed") or found.speaker.kind is PersonKind.PERSON:
            return None
        return _through(people, token, t, found)
    if organisation is not None:
        return _through(people, token, *organisation)
    return None


def _after_according_to(token: Token) -> bool:
    """Whether ``token`` ends the phrase after "according to" ("according to show insiders")."""
    doc = token.doc
    words = [t.lower_ for t in doc[max(0, token.i - 4) : token.i]]
    return "according" in words and words[words.index("according") + 1 : words.index("according") + 2] == ["to"] and (
        token.i + 1 >= len(doc) or doc[token.i + 1].is_punct
    )


def _through(people: PeopleIndex, token: Token, antecedent: Token, found: Resolution) -> Resolution:
    """``token`` ("they") as the speaker ``found`` for its antecedent."""
    a, b = mention_span(antecedent)
    speaker = found.speaker
    mention = Span(token.idx, token.idx + len(token.text), token.text)
    return Resolution(
        Speaker(speaker.name, mention, speaker.kind, rule="group-pronoun", antecedent=Span(a, b, people.text[a:b])),
        found.person,
    )


# what a person or organisation says through: "according to her account", "the IMF report stated"
_DOCUMENT_NOUNS = frozenset(
    "account statement speech letter memo tweet post remarks testimony report book memoir column "
    "op-ed email release interview filing complaint affidavit lawsuit".split()
)


@resolver("document", 0.65)
def _document(people: PeopleIndex, token: Token, span: Span) -> Resolution | None:
    """"According to her account, the doctor was never told.", "the IMF report stated": a
    statement, letter or report someone owns speaks for them."""
    if token.lemma_.lower() not in _DOCUMENT_NOUNS:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None:
        owner = next((c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i in people.token_person), None)
    if owner is None:
        return None
    lower = owner.lower_
    if lower in ("his", "her"):
        found_pronoun = people.antecedent(owner.i, gender="male" if lower == "his" else "female", kinds={PersonKind.PERSON})
        if found_pronoun is None:
            return None
        index, antecedent = found_pronoun
        return _speaker(people, index, span, "document", antecedent)
    if owner.pos_ != "PROPN":
        return None
    found = _resolve(people, owner)
    if found.person is None:
        return None
    person = people.people[found.person]
    return Resolution(Speaker(person.full_name, span, person.kind, rule="document", antecedent=found.speaker.mention), found.person)


@resolver("description", 0.7)
def _description(people: PeopleIndex, token: Token, span: Span) -> Resolution | None:
    """"Ruth Calder resigned. The retired admiral said she could not stay.": a definite
    description goes to the person whose role it names, else to the most salient person."""
    if not people.is_definite_description(token):
        return None
    found = people.description_antecedent(token)
    if found is None:
        return None
    index, antecedent = found
    people.add_descriptor(index, span)
    return _speaker(people, index, span, "description", antecedent)


# organisations "his" or "her" names as the person's own ("her campaign"), unlike "her bank"
_RUN_BY_THEIR_OWNER = frozenset("campaign administration office team staff foundation party government".split())
REPEAT_WINDOW = 30  # sentences "the poll" looks back for "a Bloomberg poll"
_PLACE_NOUNS = frozenset("state country nation city town province region county village capital island".split())


@resolver("repeated", 0.65)
def _repeated(people: PeopleIndex, token: Token, span: Span) -> Resolution | None:
    """"A Bloomberg poll came out on Monday. ... according to the poll": a bare "the poll"
    goes to the fuller description of the same thing given before, or to the name it was set
    beside ("Fennwick Foods, a bakery chain, ... the bakery chain said")."""
    if token.tag_ != "NN" or not _bare_definite(token):
        return None
    lemma = token.lemma_.lower()
    if lemma in _PLACE_NOUNS:
        return None  # "the state" means the place named last, not "a key swing state" long before
    for earlier in _tokens_back(people, token, REPEAT_WINDOW):
        if kin_word(earlier.lemma_.lower()) != kin_word(lemma) or earlier.tag_ != "NN" or earlier.dep_ == "compound" or people.in_quote(earlier.idx):
            continue
        if _bare_definite(earlier):
            continue  # another "the poll": look further back for what it stands for
        if any(c.dep_ == "det" and c.lower_ in ("another", "each", "every", "no", "any") for c in earlier.children):
            return None  # "another source ... the source": not the one before
        named = earlier.head if earlier.dep_ == "appos" else earlier
        if earlier.dep_ == "attr":  # "Florida is a swing state": the subject is the one
            named = next((c for c in earlier.head.children if c.dep_ == "nsubj"), earlier)
        lefts = list(earlier.lefts)
        # "Clinton's campaign", "her campaign" (the one she runs): which one it is
        says_which = any(c.pos_ == "PROPN" and c.dep_ in ("compound", "poss") for c in lefts) or (
            len(lefts) == 1 and lefts[0].lower_ in ("his", "her") and lemma in _RUN_BY_THEIR_OWNER
        )
        if named is earlier and not says_which and not (lefts and lefts[0].lower_ in ("a", "an")):
            return None  # "his bank", "the fact-checking website": no fuller name than "the bank"
        found = _resolve(people, named, skip="coordination" if named.dep_ == "conj" else "")  # "nor her campaign": the campaign
        if found.person is not None:
            person = people.people[found.person]
            return Resolution(
                Speaker(person.full_name, span, person.kind, rule="repeated", antecedent=found.speaker.mention),
                found.person,
            )
        if found.speaker.rule not in ("unnamed", "group") or found.speaker.mention is None:
            return None
        if len(found.speaker.name.split()) < 3 and not says_which:
            return None  # "a poll": no more than "the poll" says; "Clinton's campaign" says whose
        return Resolution(
            Speaker(found.speaker.name, span, found.speaker.kind, rule="repeated", antecedent=found.speaker.mention), None
        )
    return None


# words a story uses in turn for one thing: "a web video ... The ad ... The clip"
_SAME_THING = (
    frozenset("ad advert advertisement commercial spot clip video".split()),
    frozenset("study report analysis".split()),
)


_KIN = {word: min(group) for group in _SAME_THING for word in group}


def kin_word(lemma: str) -> str:
    """The word standing for ``lemma``'s group of words for one thing (itself if none)."""
    return _KIN.get(lemma, lemma)


def _bare_definite(token: Token) -> bool:
    """"the poll", "this campaign": a determiner and the noun, nothing that says which."""
    lefts = list(token.lefts)
    if not lefts or lefts[0].dep_ != "det" or lefts[0].lower_ not in ("the", "this", "that"):
        return False
    return len(lefts) == 1 and not any(c.dep_ in ("prep", "acl", "relcl", "appos", "amod", "compound") for c in token.rights)


@resolver("organisation-description", 0.7)
def _organisation_description(people: PeopleIndex, token: Token, span: Span) -> Resolution | None:
    """"Fennwick Foods cut jobs. The company said staff would be paid.": a definite
    description of an organisation goes to the organisation named before."""
    if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children):
        return None
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.subtree if c.i < token.i):
        return None  # "the Trump campaign", "the Gannett newspaper chain" name themselves
    named = people.organisation_named(token.lemma_.lower(), token.i)  # "the fund": the International Monetary Fund
    if named is None and token.lemma_.lower() not in ORG_NOUNS:
        return None
    found = named or people.antecedent(token.i, gender=None, kinds={PersonKind.ORGANISATION}, max_distance=MAX_SENTENCE_DISTANCE)
    if found is None:
        return None
    index, antecedent = found
    people.add_descriptor(index, span, mention=False)
    return _speaker(people, index, span, "organisation-description", antecedent)


@resolver("organisation", 0.75)
def _organisation(people: PeopleIndex, token: Token, span: Span) -> Resolution | None:
    """"The Eastwick Herald reported that the mill would close.": a proper name the tagger
    did not type is an organisation."""
    if token.pos_ != "PROPN":
        return None
    index = people.untagged_organisation(span)
    return _speaker(people, index, span, "organisation")


@resolver("group", 0.6)
def _group(people: PeopleIndex, token: Token, span: Span) -> Resolution | None:
    """"Residents evacuated on Monday said the water rose fast.": a plural description is a
    group speaker, named by its whole description."""
    if token.tag_ not in ("NNS", "NNPS"):
        return None
    named = _named_pair(people, token)
    if named is not None:
        return named
    whole = description_span(token, span)
    return Resolution(Speaker(_described(people, token, whole), whole, PersonKind.GROUP, rule="group"), None)


PAIR_WINDOW = 5  # sentences "the senators" looks back for the named people it means


def _named_pair(people: PeopleIndex, token: Token) -> Resolution | None:
    """"Mr. Grassley and Mr. Leahy said ... what the senators said": a bare plural description
    of people goes to the people last named together."""
    bare = [c for c in token.lefts if c.dep_ == "det"]
    if len(list(token.lefts)) != 1 or not bare or bare[0].lower_ not in ("the", "these", "both"):
        return None
    if token.lemma_.lower() not in PERSON_NOUNS:
        return None
    for t in _tokens_back(people, token, PAIR_WINDOW):
        if t.dep_ != "conj" or t.i not in people.token_person or t.head.i not in people.token_person:
            continue
        first, second = people.token_person[t.head.i], people.token_person[t.i]
        if first == second or any(people.people[k].kind is not PersonKind.PERSON for k in (first, second)):
            continue
        if any(c.dep_ == "conj" for c in t.children) or any(c.dep_ == "conj" and c.i != t.i for c in t.head.children):
            return None  # three or more: not the pair "the senators" means
        a, b = mention_span(t.head)[0], mention_span(t)[1]
        m, n = mention_span(token)
        names = f"{people.people[first].full_name} and {people.people[second].full_name}"
        return Resolution(
            Speaker(names, Span(m, n, people.text[m:n]), PersonKind.GROUP, rule="group", antecedent=Span(a, b, people.text[a:b])),
            None,
        )
    return None


# nouns for sources that stay unnamed: the person named next is someone else
_ANONYMOUS = frozenset(
    "source official person aide insider observer witness resident spokesperson spokesman spokeswoman "
    "analyst expert employee staffer voter someone one supporter critic neighbour neighbor friend "
    "relative reporter adviser advisor member colleague participant".split()
)


@resolver("named-next", 0.55)
def _named_next(people: PeopleIndex, token: Token, span: Span) -> Resolution | None:
    """"A harbour judge said on Monday the files stay sealed. Judge Frank Nervo wrote that
    ...": a description opening the lead goes to the person named just after it."""
    if token.tag_ != "NN" or token.lower_ not in PERSON_NOUNS or token.lower_ in _ANONYMOUS:
        return None
    if any(c.dep_ == "det" and c.lower_ not in ("a", "an") for c in token.children):
        return None  # "the judge", "this judge": a description of someone already named
    found = people.named_next(token)
    if found is None:
        return None
    index, named = found
    person = people.people[index]
    return Resolution(Speaker(person.full_name, span, person.kind, rule="named-next", antecedent=named), index)


@resolver("unnamed", 0.5)
def _unnamed(people: PeopleIndex, token: Token, span: Span) -> Resolution | None:
    """"A source close to the negotiations said the deal was off.": an unnamed source keeps
    its whole description."""
    whole = description_span(token, span)
    return Resolution(Speaker(_described(people, token, whole), whole, PersonKind.UNKNOWN, rule="unnamed"), None)


def _same_entity(a: Token, b: Token) -> bool:
    """Whether two tokens sit in one entity (no entity starts between them)."""
    doc = a.doc
    lo, hi = sorted((a.i, b.i))
    return all(doc[k].ent_iob_ == "I" for k in range(lo + 1, hi + 1))


def _plain(text: str) -> str:
    return " ".join(text.split())


def _described(people: PeopleIndex, token: Token, whole: Span) -> str:
    """A description as a name, "his" and "her" replaced by whom they mean: "his lawyer"
    after Bryan Pagliano is "Bryan Pagliano's lawyer"."""
    doc = token.doc
    parts: list[str] = []
    at = whole.start
    for t in doc[token.left_edge.i : token.i + 1]:
        if t.idx < whole.start or t.tag_ != "PRP$" or t.lower_ not in ("his", "her"):
            continue
        found = people.antecedent(t.i, gender="male" if t.lower_ == "his" else "female", kinds={PersonKind.PERSON})
        if found is None:
            continue
        parts += [people.text[at : t.idx], people.people[found[0]].full_name + "’s"]
        at = t.idx + len(t.text)
    parts.append(people.text[at : whole.end])
    text = _plain("".join(parts))
    return text[:1].lower() + text[1:] if at != whole.start and text[:1].isupper() and parts[0] else text


# -- resolvers that extract.py applies -----------------------------------------------------


def turned_to(people: PeopleIndex, start: int, end: int, previous: int | None) -> tuple[Speaker, int] | None:
    """The person a quote with no cue belongs to when the text between it and the last
    quote made someone else the subject ("Ms Okafor needed no persuading. "I'm grateful""),
    as a speaker with no mention; None when nobody else came in between."""
    found = people.subject_between(start, end)
    if found is None or found[0] == previous:
        return None
    index, antecedent = found
    person = people.people[index]
    return Speaker(person.full_name, None, person.kind, rule="introduced", antecedent=antecedent), index


register(
    "continuation",
    0.75,
    """"We start at four," she said. "But we love it." -- a quote with no cue of its own
    continues the speaker quoted just before it (same or next paragraph).""",
)
register(
    "introduced",
    0.6,
    """Ingrid Solberg spoke to the workers. / "The cranes are fixed." -- a paragraph of
    quotation after a sentence introducing someone belongs to that person.""",
)
register(
    "group-pronoun",
    0.6,
    """Police said the road was closed. They added that no one was hurt. -- "they" goes to
    the group or organisation quoted just before.""",
)
register(
    "unresolved",
    0.3,
    """"I will appeal," I said. -- no resolver found who the mention means; the speaker is
    the mention's own words.""",
)


__all__ = ["CHAIN", "RESOLVERS", "Resolution", "SpeakerResolver", "register", "resolve_speaker", "resolver"]

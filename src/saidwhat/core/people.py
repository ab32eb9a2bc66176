"""Mentions -> people in one article: names, titles, aliases, descriptors, salience.

No coreference model installs offline, so this is a small, explainable index; the speaker
resolvers that read it (names, pronouns, descriptions, organisations...) are the named
units of ``speakers.py``.

* Named mentions come from spaCy's entities, and from runs of capitalised words led by a
  known first name that the tagger missed. Titles are stripped ("Mr Mattis" -> "Mattis"), and
  so are words run into a name ("Injecting Clinton", "Obama Says"); hyphenated names stay
  whole ("Holtz-Eakin"). A full name founds a person; "Bobby Scott" and "Robert C. Scott",
  "Lloyd Baptiste" and "Anna Lloyd Baptiste" are one person; a lone surname joins the person
  it names (by a title's gender, then the most named, then the most recent).
* Not people: rubrics ("WATCH", "READ MORE"), headings of common words, places (a GPE is
  never a person, whatever its first word), organisations named like people ("John Birch
  Society"). An acronym or a short name of an organisation joins it ("NGA", "Peabody").
* Candidates for pronouns and descriptions are the mentions outside quotations, with their
  sentence and whether they are a subject; earlier speakers count too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

import numpy
from spacy.attrs import POS
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from .doctext import dateline_end, doc_text
from .gender import PersonMentions, article_genders, decide, first_name_gender, pronoun_votes
from .lexicon import (
    FEMALE_TITLES,
    MALE_TITLES,
    PERSON_NOUNS,
    TITLES,
)
from .nicknames import NICKNAMES
from .quotes import QuotedRanges
from .types import Person, PersonKind, Span

_BYLINE = re.compile(r"\s*(?:By|BY|by)\s+([A-Z])")
# what follows the author's name in the note closing an opinion piece
_AUTHOR_NOTE = re.compile(r"\s*(?:,\s*[^,]{1,80},\s*)?(?:is|was|has been|writes|teaches|works)\s+(?:a|an|the|[\w-]+-in-)\b")
_AGE = re.compile(r"^\d+-year-old$|^\d+$")
PERSON_LABELS = frozenset({"PERSON"})
ORG_LABELS = frozenset({"ORG", "NORP", "GPE"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
MAX_SENTENCE_DISTANCE = 4
SALIENCE_WINDOW = 80  # sentences a description looks back over to weigh who matters
SUBJECT_BONUS = 0.6  # a pronoun prefers the subject of a sentence ...
RECENT_SUBJECT_BONUS = 0.4  # ... the more so of its own sentence or the one before
SPEAKER_BONUS = 0.8  # and someone quoted before
INTRODUCED_BONUS = 0.6  # or someone just introduced with a role, who is about to be quoted
PLACE_PENALTY = 1.5  # "it said" means the company before the town it is in
ADDRESSEE_PENALTY = 1.5  # "In an email to CBC News, the company said": not the one spoken to
GENDER_MATCH_BONUS = 0.3  # a pronoun prefers a person known to be of its gender over one of unknown gender
TABLE_GENDER_PENALTY = 2.0  # a lone name the table gives the other sex ("Kevin ... she"); a match weighs half


@dataclass
class _PersonBuilder:
    name: str
    kind: PersonKind
    surname: str
    first: str | None = None
    gender: str | None = None
    # a one-word name's guess from the first-name table ("Melanie"): only weighs, never decides,
    # as the word may be a surname ("Clinton")
    table_gender: str | None = None
    place: bool = False  # a country, city or region (GPE, LOC): speaks through "it" only when nothing else can
    suffix: str = ""  # "Jr.", "Sr.", "III": kept on the name, not part of the surname
    aliases: dict[str, None] = field(default_factory=dict)
    descriptors: dict[str, None] = field(default_factory=dict)
    mentions: list[tuple[int, int]] = field(default_factory=list)

    @property
    def full_name(self) -> str:
        """The name with its suffix, as the text gives it: "Joseph R. Biden Jr."."""
        return f"{self.name} {self.suffix}" if self.suffix else self.name

    def freeze(self, text: str, gender: tuple[str | None, str | None] = (None, None)) -> Person:
        aliases = tuple(a for a in self.aliases if a not in (self.name, self.full_name))
        return Person(
            name=self.full_name,
            kind=self.kind,
            aliases=aliases,
            descriptors=tuple(self.descriptors),
            gender=gender[0],
            gender_evidence=gender[1],
            mentions=tuple(Span(a, b, text[a:b]) for a, b in sorted(set(self.mentions))),
        )


@dataclass(frozen=True, slots=True)
class _Candidate:
    person: int
    token: int  # token index of the mention's head
    sentence: int
    is_subject: bool
    start: int = 0  # the mention's characters
    end: int = 0
    introduced: bool = False  # named with a role or a clause beside it: "Henry Crespo, president of the caucus", "Ana Ruiz — who has called for ..."
    addressee: bool = False  # the one spoken to: "in an email to CBC News", "told Reuters"


class PeopleIndex:
    """The people of one article, and the resolver that maps a mention token to one of them."""

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self._quoted = QuotedRanges(quoted)
        self.people: list[_PersonBuilder] = []
        self._by_key: dict[str, int] = {}
        self.token_person: dict[int, int] = {}  # token index -> person
        self._candidates: list[_Candidate] = []
        self._sent_of: list[int] = _sentence_numbers(doc)
        self._speakers: list[_Candidate] = []
        self._spoke: set[int] = set()
        self._cand_tokens: list[int] = []
        self._common: dict[str, bool] = {}
        self._nicknames: dict[tuple[str, str], str] = {}  # ("bobby", "scott") -> "robert", from the text
        self._nickname_spans: list[tuple[int, int, int]] = []  # where the text gives one, and whose
        self._ent_words: dict[tuple[int, int], list[str]] = {}
        self._full_names: set[str] = set()  # every full name the tagger found, lower-cased
        self._name_parts: set[str] = set()  # the words of those names
        self._things: set[str] = set()  # names written after "the": not people
        self._body: set[str] | None = None  # capitalised words outside headlines
        self._words: set[str] | None = None  # every word of the text, for _common_word
        self._author: tuple[int, Span] | None = None
        self._author_looked_for = False
        self._pronoun_genders_read = False
        self._description_subjects_read = False
        self._build()

    # -- building ----------------------------------------------------------------------

    def in_quote(self, char: int) -> bool:
        return self._quoted.inside(char)

    def _build(self) -> None:
        self._quoted_nicknames()
        ents = [_before_bracket(e) for e in self.doc.ents if e.label_ in PERSON_LABELS or e.label_ in ORG_LABELS]
        # Full names first, so that a lone surname anywhere can join its person.
        untagged = self._untagged_names(ents)
        people_ents = [e for e in ents if e.label_ in PERSON_LABELS] + untagged
        # full names written outside headlines, where the tagger runs capitalised words together
        self._full_names = {
            " ".join(w).lower() for e in people_ents if len(w := _name_words(e)) >= 2 and not self._in_headline(e)
        }
        self._name_parts = {w for n in self._full_names for w in n.split()}
        self._things = self._names_after_the(people_ents)
        for ent in sorted(people_ents, key=lambda e: -len(self._words_of(e))):
            words = self._words_of(ent)
            if len(words) >= 2 and not self._junk_name(ent, words) and _strip_article(ent.text).lower() not in self._things:
                index = self._person_for_name(words, ent)
                for descriptor in _descriptors(ent):  # known before any lone surname is read
                    self.people[index].descriptors.setdefault(descriptor, None)
        ents = sorted(ents + untagged, key=lambda e: e.start)
        person_words: set[str] = set()
        known = -1  # how many people person_words was built from
        for ent in ents:
            words = self._words_of(ent)
            if not words or dateline_end(self.text, ent.start_char) is not None:
                continue  # "WASHINGTON --" is where the story was filed
            if ent.label_ in PERSON_LABELS and len(words) == 1 and self._common_word(words[0]):
                continue  # "Ferry" in a headline, "the ferry" in the text: not a person
            if ent.label_ in PERSON_LABELS and self._junk_name(ent, words):
                continue
            nicknamed = next((i for a, b, i in self._nickname_spans if a <= ent.start_char < b), None)
            if nicknamed is not None:
                self._record(nicknamed, ent)  # a piece of "Robert C. "Bobby" Scott"
                continue
            if ent.label_ in PERSON_LABELS and (
                any(w.lower() in _ORG_WORDS for w in words)
                or _strip_article(ent.text).lower() in self._things
                or (len(words) == 1 and words[0].lower() in _OUTLETS)
            ):
                self._record(self._organisation(ent), ent)  # "John Birch Society", "General Assembly"
                continue
            if ent.label_ not in PERSON_LABELS and known != len(self.people):
                known = len(self.people)
                person_words = {w.lower() for p in self.people if p.kind == PersonKind.PERSON for w in p.name.split()}
            if ent.label_ in PERSON_LABELS or self._looks_personal(ent, words, person_words):
                index = self._person_for_name(words, ent)
            else:
                index = self._organisation(ent)
            self._record(index, ent)
        self._merge_organisation_aliases()
        self._merge_misread_persons()
        self._merge_misread_organisations()
        self._untagged_surnames()

    def _words_of(self, ent: SpacySpan) -> list[str]:
        key = (ent.start, ent.end)
        if key not in self._ent_words:
            words = _name_words(ent)
            if len(words) >= 2 and " ".join(words).lower() not in self._full_names and self._in_headline(ent):
                words = self._headline_name(words)
            self._ent_words[key] = words
        return self._ent_words[key]

    def _names_after_the(self, ents: list[SpacySpan]) -> set[str]:
        """Names the tagger took for people that the text writes after "the", as it writes
        organisations, papers and places ("the Secret Service", "the Eastwick Courier"), not a
        person; "the Trump campaign" (a name before a noun) and "the Clintons" are left alone."""
        found = set()
        text = self.text
        after_the = [m.end() for m in _THE.finditer(text)]
        for name in {_strip_article(e.text) for e in ents}:
            if not name or name.endswith("s") or name.split()[-1].lower() in TITLES:
                continue
            for at in after_the:
                end = at + len(name)
                if not text.startswith(name, at) or (end < len(text) and (text[end].isalnum() or text[end] == "-")):
                    continue
                rest = end
                while rest < len(text) and text[rest] in " \t":
                    rest += 1
                nxt = self._token_at(rest) if rest > end else None  # "the Trump campaign": a noun follows
                if nxt is None or not _modified_noun(nxt):
                    found.add(name.lower())
                    break
        return found

    def _token_at(self, char: int) -> Token | None:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return None if span is None or not len(span) else span[0]

    def _headline_name(self, words: list[str]) -> list[str]:
        """The name inside capitalised headline words, by what the article writes outside
        headlines: "Black Lawmakers Rip Donald Trump" is Donald Trump, "Obama Sees Personal
        Insult" is Obama; headline words the article never writes as a name are none."""
        lowered = [w.lower() for w in words]
        for size in range(len(words) - 1, 1, -1):  # the longest full name named elsewhere
            for start in range(len(words) - size + 1):
                if " ".join(lowered[start : start + size]) in self._full_names:
                    return words[start : start + size]
        if lowered[0] in TITLES:
            return words
        body = self._body_names()
        named = [k for k, w in enumerate(words) if w in body or w.lower() in self._name_parts]
        if not named:
            return []  # "Star Crane Driver Corners": no name the article uses
        end = named[0] + 1
        while end < len(words) and end in named:
            end += 1
        return words[named[0] : end]  # "Clinton Hid Past Health": Clinton

    def _body_names(self) -> set[str]:
        """Capitalised words on the article's lines that are not headlines."""
        if self._body is None:
            self._body = set()
            for line in self.text.splitlines():
                words = [w.strip(".,;:!?\"“”()'’") for w in line.split()]
                words = [re.sub(r"['’]s$", "", w) for w in words if w[:1].isalpha()]
                if words and not _headline_words(words):
                    self._body.update(w for w in words if w[:1].isupper() and not self._common_word(w))
        return self._body

    def _in_headline(self, ent: SpacySpan) -> bool:
        """Whether the entity sits on a title-case line (a headline, where verbs are capitalised)."""
        start = self.text.rfind("\n", 0, ent.start_char) + 1
        end = self.text.find("\n", ent.end_char)
        return _headline_words([w for w in self.text[start : len(self.text) if end == -1 else end].split() if w[:1].isalpha()])

    def _quoted_nicknames(self) -> None:
        """"Robert C. "Bobby" Scott": the person is Robert C. Scott, and "Bobby Scott" is him."""
        for m in _QUOTED_NICKNAME.finditer(self.text):
            first, nick, surname = m.group(1), m.group(2), m.group(3)
            name = f"{first} {surname}"
            builder = _PersonBuilder(name=name, kind=PersonKind.PERSON, surname=surname.lower(), first=first.split()[0].lower())
            builder.gender = first_name_gender(first.split()[0])
            builder.aliases.setdefault(f"{nick} {surname}", None)
            self.people.append(builder)
            index = len(self.people) - 1
            self._by_key[name.lower()] = index
            self._by_key[f"{nick} {surname}".lower()] = index
            self._nicknames[(nick.lower(), surname.lower())] = first.split()[0].lower()
            self._nickname_spans.append((m.start(), m.end(), index))

    def _merge_organisation_aliases(self) -> None:
        """"the Northern Grid Authority (NGA)" and "NGA", "Peabody Energy" and "Peabody":
        an acronym of an organisation's name, or one word that starts or ends it (when only
        one organisation fits), is that organisation."""
        orgs = [i for i, p in enumerate(self.people) if p.kind == PersonKind.ORGANISATION and p.mentions]
        for short in orgs:
            full = self._expansion(self.people[short].name, orgs, short)
            if full is not None:
                self._merge(short, full)

    def _untagged_surnames(self) -> None:
        """A surname the tagger missed outside a name ("Lind is unconvinced." after "Marta
        Lind") is a mention of the one person who bears it, so a pronoun after it finds her."""
        surnames: dict[str, list[int]] = {}
        for i, p in enumerate(self.people):
            if p.kind == PersonKind.PERSON and p.first and p.mentions:
                surnames.setdefault(p.surname, []).append(i)
        if not surnames:
            return
        doc = self.doc
        for token in doc:
            if token.i in self.token_person or not token.is_title or not token.is_alpha:
                continue
            owners = surnames.get(token.lower_)
            if owners is None or len(owners) != 1 or self.in_quote(token.idx):
                continue
            before = doc[token.i - 1] if token.i else None
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if before is not None and (before.is_title or before.lower_ in ("the", "a", "an")) and not before.is_sent_start:
                continue  # part of another name ("Coach Lind" aside) or a thing ("the Lind Trust")
            if after is not None and after.is_title and not after.is_sent_start:
                continue  # "Lind Foundation"
            self._record(owners[0], SpacySpan(doc, token.i, token.i + 1, label="PERSON"))
        self._candidates.sort(key=lambda c: c.token)
        self._cand_tokens = []

    def _merge_misread_persons(self) -> None:
        """A one-word "person" that is an organisation's or a place's name elsewhere in the
        article ("Brightwave did not respond" after "Brightwave Systems"; "Austin's tech boom"
        where "Austin, Texas" is the city) is that organisation or place, unless a person of
        the article bears the word as a name."""
        named = {w for p in self.people if p.kind == PersonKind.PERSON and len(p.name.split()) >= 2 for w in p.name.lower().split()}
        others = [i for i, p in enumerate(self.people) if p.kind != PersonKind.PERSON and p.mentions]
        for i, person in enumerate(self.people):
            if person.kind != PersonKind.PERSON or len(person.name.split()) != 1 or not person.mentions:
                continue
            word = person.name.lower()
            if word in named:
                continue
            fits = [
                j for j in others
                if self.people[j].name.lower() == word
                or (self.people[j].kind == PersonKind.ORGANISATION and not self.people[j].place
                    and self.people[j].name.lower().split()[0] == word)
            ]
            if len(fits) == 1:
                self._merge(i, fits[0])

    def _merge_misread_organisations(self) -> None:
        """A one-word organisation or place that is the surname of one person of the article
        ("Bamberg also said" after "one of the family's attorneys, Justin Bamberg") is that
        person, unless an organisation of the article bears the word in a longer name."""
        longer = {w for p in self.people if p.kind != PersonKind.PERSON and len(p.name.split()) >= 2 for w in p.name.lower().split()}
        for i, org in enumerate(self.people):
            if org.kind not in (PersonKind.ORGANISATION,) or len(org.name.split()) != 1 or not org.mentions:
                continue
            word = org.name.lower()
            if word in longer or self._called_it(i):
                continue
            fits = [
                j for j, p in enumerate(self.people)
                if p.kind == PersonKind.PERSON and len(p.name.split()) >= 2 and p.surname == word
            ]
            if len(fits) == 1:
                self._merge(i, fits[0])

    def _expansion(self, name: str, orgs: list[int], short: int = -1) -> int | None:
        """The one organisation of ``orgs`` that ``name`` abbreviates ("NGA", "Peabody")."""
        acronym = _acronym_of(name)
        if acronym is None and len(name.split()) != 1:
            return None
        fits = [
            long for long in orgs
            if long != short and len(self.people[long].name.split()) >= 2 and (
                (acronym is not None and _initials(self.people[long].name) == acronym)
                or (acronym is None and name.lower() in (self.people[long].name.lower().split()[0], self.people[long].name.lower().split()[-1]))
            )
        ]
        return fits[0] if len(fits) == 1 else None

    def _merge(self, old: int, new: int) -> None:
        """Fold one builder into another: its aliases, mentions and candidates."""
        a, b = self.people[old], self.people[new]
        b.aliases.setdefault(a.name, None)
        for alias in a.aliases:
            b.aliases.setdefault(alias, None)
        for d in a.descriptors:
            b.descriptors.setdefault(d, None)
        b.mentions += a.mentions
        a.mentions = []
        for token, person in self.token_person.items():
            if person == old:
                self.token_person[token] = new
        self._candidates = [c if c.person != old else replace(c, person=new) for c in self._candidates]
        for key, person in self._by_key.items():
            if person == old:
                self._by_key[key] = new

    def _junk_name(self, ent: SpacySpan, words: list[str]) -> bool:
        """Words the tagger took for a name that are not one: a rubric ("WATCH", "READ
        MORE"), a heading of common words ("Limited Tools"), a line that is only a label."""
        lowered = [w.lower().strip(":") for w in words]
        if all(w in _RUBRIC_WORDS or w in TITLES for w in lowered):
            return True  # "WATCH", "READ MORE", a title alone ("Former Harbour Doctor" in a headline)
        if len(words) == 1 and words[0].lower().rstrip(".") in _PLACE_ABBREVIATIONS:
            return True  # "Guelph, Ont.", "Tacoma, Wash."
        if first_name_gender(words[0]) is not None:
            return False
        root = ent.root
        if len(words) >= 2 and root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() not in PERSON_NOUNS:
            return True  # "Maplebrook's Gentle Start powder": a brand before the thing it names
        if (
            len(words) == 1 and root.dep_ == "compound" and root.head.pos_ == "NOUN"
            and root.head.lemma_.lower() not in PERSON_NOUNS and self.text.count(words[0]) == 1
        ):
            return True  # "stocking up on Beehive freeze-dried food": a brand, named once, before its thing
        if _at_a_place(root):
            return True  # "works in the emergency department at Toronto General": a place
        if len(words) >= 2 and all(self._common_word(w) for w in words):
            return True  # "Gender Equality" in a heading, "gender equality" in the text
        line_start = self.text.rfind("\n", 0, ent.start_char) + 1
        line_end = self.text.find("\n", ent.end_char)
        line = self.text[line_start : len(self.text) if line_end == -1 else line_end]
        return line.strip(" :|-–—.") == ent.text  # a heading or a page label on its own line

    def _common_word(self, word: str) -> bool:
        """Whether the word also occurs in lower case in the article ("ferry" for "Ferry")."""
        if word not in self._common:
            if self._words is None:
                self._words = set(_WORD.findall(self.text))
            lower = word.lower()
            self._common[word] = lower != word and (lower in self._words or not lower.isalnum() and re.search(r"\b" + re.escape(lower) + r"\b", self.text) is not None)
        return self._common[word]

    def _untagged_names(self, ents: list[SpacySpan]) -> list[SpacySpan]:
        """Names the small model's NER misses or mislabels ("Harriet Cole" as a PRODUCT):
        a run of capitalised proper nouns led by a known first name."""
        covered = {t.i for e in ents for t in e}
        places = {e.text for e in self.doc.ents if e.label_ in ("GPE", "LOC", "FAC")}  # "North Carolina" elsewhere
        found = []
        doc = self.doc
        propn = doc.vocab.strings["PROPN"]
        # a word on a sentence the fast pipeline did not tag (no part of speech) may open one too
        proper = [k for k, pos in enumerate(doc.to_array(POS).tolist()) if pos == propn or (pos == 0 and doc[k].is_title)]
        i = 0
        for start in proper:  # only a proper noun can open a name: skip straight to the next
            if start < i:
                continue
            i = start
            token = doc[i]
            if token.i in covered or not token.is_title or first_name_gender(token.text) is None:
                continue
            j = i + 1
            while j < len(doc) and j - i < 4 and doc[j].i not in covered and (
                (doc[j].is_title and (doc[j].pos_ == "PROPN" or (not doc[j].pos_ and not self._common_word(doc[j].text))))
                or (doc[j].lower_ in _NAME_PARTICLES and j + 1 < len(doc) and doc[j + 1].is_title)
            ):
                j += 1
            if j - i >= 2 and not any(t.lower_ in _ORG_WORDS for t in doc[i:j]) and doc[i:j].text not in places:
                found.append(SpacySpan(doc, i, j, label="PERSON"))
            elif j - i == 1 and token.dep_ in SUBJECT_DEPS and token.head.pos_ == "VERB" and not self._common_word(token.text):
                # "Ana spoke from the stage.": a first name acting as a subject is a person
                found.append(SpacySpan(doc, i, j, label="PERSON"))
            i = j
        return found

    def _looks_personal(self, ent: SpacySpan, words: list[str], person_words: set[str]) -> bool:
        """NER labels "Ms Varga" or a lone "Elena" as an organisation now and then: a
        personal title, or a word of a known person's name, says it is a person."""
        before = self.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if ent[0].lower_ in MALE_TITLES | FEMALE_TITLES or before in MALE_TITLES | FEMALE_TITLES | {"dr", "dr."}:
            return True
        if ent.label_ in ("GPE", "LOC") or _at_a_place(ent.root):
            return False  # "North Korea", "works at Toronto General": a place, whatever its first word looks like
        if len(words) == 1:
            return words[0].lower() in person_words
        # "Petra Varga" tagged ORG: two or three capitalised words led by a known first name
        return (
            len(words) <= 4
            and all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words)
            and not any(w.lower() in _ORG_WORDS for w in words)
            and first_name_gender(words[0]) is not None
        )

    def _person_for_name(self, words: list[str], ent: SpacySpan) -> int:
        key = " ".join(words).lower()
        if key in self._by_key:
            return self._by_key[key]
        surname = words[-1].lower()
        if len(words) == 1:
            # A lone name joins the person whose surname (or first name) it is; the most
            # recently mentioned one when several share it.
            matches = [i for i, p in enumerate(self.people) if p.kind == PersonKind.PERSON and p.surname == surname]
            if not matches:
                matches = [i for i, p in enumerate(self.people) if p.kind == PersonKind.PERSON and (p.first or "") == surname]
            if not matches and len(surname) >= SPELLING_VARIANT_LENGTH:
                # "McLenney" for "Tyresha McClenney": a long surname misspelt by one letter
                matches = [
                    i for i, p in enumerate(self.people)
                    if p.kind == PersonKind.PERSON and p.first and _one_edit_apart(p.surname, surname)
                ]
            found = self._namesake(matches, ent) if matches else None
            if found is not None:
                return found
        else:
            # "Donald J. Trump" and "Donald Trump", "Bobby Scott" and "Robert C. Scott" are one
            # person; so are "Lloyd Baptiste" and "Anna Lloyd Baptiste" (a double surname).
            first = self._nicknames.get((words[0].lower(), surname)) or _formal(words[0])
            lowered = [w.lower() for w in words]
            for i, p in enumerate(self.people):
                if p.kind != PersonKind.PERSON or p.surname != surname:
                    continue
                theirs = p.name.lower().split()
                if _formal(p.first or "") == first or (len(theirs) > len(words) and theirs[-len(words) :] == lowered):
                    self._by_key[key] = i
                    return i
        builder = _PersonBuilder(
            name=" ".join(words),
            kind=PersonKind.PERSON,
            surname=surname,
            first=words[0].lower() if len(words) >= 2 else None,
        )
        if len(words) >= 2:
            builder.gender = first_name_gender(words[0])
        else:
            builder.table_gender = first_name_gender(words[0])
        self.people.append(builder)
        self._by_key[key] = len(self.people) - 1
        return len(self.people) - 1

    def person_by_word(self, word: str, before_token: int) -> int | None:
        matches = [i for i, p in enumerate(self.people) if p.kind == PersonKind.PERSON and p.surname == word]
        if not matches:
            matches = [i for i, p in enumerate(self.people) if p.kind == PersonKind.PERSON and p.first == word]
        return self._most_recent(matches, before_token) if matches else None

    def _namesake(self, matches: list[int], ent: SpacySpan) -> int | None:
        """Of several people sharing a surname ("Bill Clinton", "Hillary Clinton"), the one a
        lone "Clinton" means: the one a title's gender fits ("Mrs. Clinton"), else the one the
        story has named most so far, else the most recent. None when a title's gender fits
        none of them ("Mr. Obama" when only Michelle Obama is named): someone else."""
        title = self.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        title = title if title in MALE_TITLES | FEMALE_TITLES else ent[0].lower_
        gender = "male" if title in MALE_TITLES else "female" if title in FEMALE_TITLES else None
        if gender is not None:
            matches = [i for i in matches if self.people[i].gender in (gender, None)]
            if not matches:
                return None  # "Mr. Obama" is not Michelle Obama
        before = self.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        role = _ROLE_ABBREVIATIONS.get(before, before)
        if role in PERSON_NOUNS and role not in _COMMON_ROLES:
            # "President Obama" is not "the first lady, Michelle Obama": a role title goes to the
            # namesake known by that role, or to one known by no role, else to someone else
            fitting = [i for i in matches if role in self._roles(i)]
            matches = fitting or [i for i in matches if not self._roles(i)]
            if not matches:
                return None
        if len(matches) == 1:
            return matches[0]
        counts = {i: 0 for i in matches}
        for c in self._candidates:
            if c.person in counts and c.token < ent.start:
                counts[c.person] += 1
        top = max(counts.values())
        leaders = [i for i in matches if counts[i] == top]
        return self._most_recent(leaders, ent.start)

    def _roles(self, index: int) -> set[str]:
        """The roles the article gives a person so far, from titles and descriptions."""
        descriptors = [d.lower().split() for d in self.people[index].descriptors if d.strip()]
        words = {w.strip(".,") for d in descriptors for w in d}
        words |= {w.lower() for a in self.people[index].aliases for w in a.split()[:-1]}
        roles = {_ROLE_ABBREVIATIONS.get(w, w) for w in words} & PERSON_NOUNS
        # a description's own noun is a role too: "the first lady"
        roles |= {d[-1].strip(".,") for d in descriptors if len(d) >= 2 and d[0] in ("the", "a", "an")}
        return roles - _COMMON_ROLES

    def _most_recent(self, matches: list[int], before_token: int) -> int:
        best, best_pos = matches[0], -1
        for c in self._candidates:
            if c.person in matches and c.token < before_token and c.token > best_pos:
                best, best_pos = c.person, c.token
        return best

    def _organisation(self, ent: SpacySpan) -> int:
        name = _strip_article(ent.text)
        key = "org:" + name.lower()
        if key not in self._by_key:
            kind = PersonKind.GROUP if ent.label_ == "NORP" else PersonKind.ORGANISATION
            self.people.append(_PersonBuilder(name=name, kind=kind, surname=name.lower(), place=ent.label_ in ("GPE", "LOC")))
            self._by_key[key] = len(self.people) - 1
        return self._by_key[key]

    def _record(self, index: int, ent: SpacySpan) -> None:
        person = self.people[index]
        start, end = _with_title(ent)
        surface = self.text[start:end]
        person.aliases.setdefault(" ".join(surface.split()), None)
        words = self._words_of(ent)
        if len(words) > len(person.name.split()) and person.kind == PersonKind.PERSON:
            person.name = " ".join(words)
        if person.kind == PersonKind.PERSON and len(words) >= 2 and " ".join(words) == person.name:
            last = ent[-1].text
            if last.lower().rstrip(".") in _SUFFIXES and not person.suffix:
                person.suffix = last
        if person.gender is None:
            title = self.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            first_title = ent[0].lower_
            for word in (title, first_title):
                if word in MALE_TITLES:
                    person.gender = "male"
                elif word in FEMALE_TITLES:
                    person.gender = "female"
        for descriptor in _descriptors(ent):
            person.descriptors.setdefault(descriptor, None)
        person.mentions.append((start, end))
        for t in ent:
            self.token_person[t.i] = index
        if not self.in_quote(ent.start_char):
            self._candidates.append(
                _Candidate(
                    index, ent.start, self._sent_of[ent.start], self._is_subject(ent), start, end,
                    introduced=any(c.dep_ in ("appos", "relcl") and c.i >= ent.end for c in ent.root.children),
                    addressee=_addressee(ent.root),
                )
            )

    def _is_subject(self, ent: SpacySpan) -> bool:
        """A grammatical subject; in a sentence the fast pipeline did not parse, a name that
        opens its sentence ("Secretary General Ban Ki-moon condemned ...") counts as one."""
        dep = ent.root.dep_
        if dep == "appos":  # "The housing minister, Paul Calandra, declined": the subject's name
            return ent.root.head.dep_ in SUBJECT_DEPS
        if dep and dep != "ROOT":
            return dep in SUBJECT_DEPS
        if any(t.dep_ for t in ent.sent if t.dep_ != "ROOT"):
            return False  # parsed, and the name is not the subject
        doc = self.doc
        i = ent.start - 1
        while i >= 0 and self._sent_of[i] == self._sent_of[ent.start] and (
            doc[i].is_punct or doc[i].is_space or doc[i].lower_ in TITLES or doc[i].lower_ in ("the", "former", "then")
            or (doc[i].is_title and doc[i].i + 1 == ent.start)
        ):
            i -= 1
        return i < 0 or self._sent_of[i] != self._sent_of[ent.start]

    # -- resolving -----------------------------------------------------------------------

    def note_speaker(self, person: int, token: int) -> None:
        """Remember who spoke, so that a later "he said" can find them."""
        start, end = mention_span(self.doc[token])
        self._speakers.append(_Candidate(person, token, self._sent_of[token], True, start, end))
        self._spoke.add(person)

    def add_mention(self, index: int, span: Span) -> None:
        """A mention the tagger missed, found to name a known person: keep it as an alias."""
        self.people[index].aliases.setdefault(" ".join(span.text.split()), None)
        self.people[index].mentions.append((span.start, span.end))

    def add_descriptor(self, index: int, span: Span, *, mention: bool = True) -> None:
        """A description resolved to a person: one more descriptor (and mention) of theirs."""
        self.people[index].descriptors.setdefault(_clean_description(span.text), None)
        if mention:
            self.people[index].mentions.append((span.start, span.end))

    def untagged_organisation(self, span: Span) -> int:
        """An organisation the tagger missed ("The Eastwick Herald reported"): find or add it."""
        name = _strip_article(span.text)
        key = "org:" + name.lower()
        if key not in self._by_key:
            orgs = [i for i, p in enumerate(self.people) if p.kind == PersonKind.ORGANISATION and p.mentions]
            full = self._expansion(name, orgs)  # "CNS" after "Christian News Service"
            if full is not None:
                self._by_key[key] = full
                self.add_mention(full, span)
                return full
            self.people.append(_PersonBuilder(name=name, kind=PersonKind.ORGANISATION, surname=name.lower()))
            self._by_key[key] = len(self.people) - 1
        index = self._by_key[key]
        self.add_mention(index, span)
        return index

    def author(self) -> tuple[int, Span] | None:
        """The person who wrote the article, where the page says so: a byline ("By Ana
        Ruiz") on one of its first lines, or the note that closes an opinion piece ("Ana Ruiz
        is a playwright in Boston."). Whom a first-person "I" outside quotation means."""
        if not self._author_looked_for:
            self._author = self._find_author()
            self._author_looked_for = True
        return self._author

    def _find_author(self) -> tuple[int, Span] | None:
        paragraphs = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", self.text) if m.group().strip()]
        byline = [(start + m.start(1), line) for start, line in paragraphs[:4] if (m := _BYLINE.match(line))]
        closing = [(start + len(line) - len(line.lstrip()), line) for start, line in paragraphs[-2:]]
        for at, line in byline + closing:
            named = next((c for c in self._candidates if c.start == at), None)
            if named is None or self.people[named.person].kind != PersonKind.PERSON:
                continue
            if len(self.people[named.person].name.split()) < 2:
                continue
            if (at, line) in closing and not (
                _AUTHOR_NOTE.match(self.text[named.end : at + len(line)]) and self._first_person_outside_quotes()
            ):
                continue  # a last paragraph about someone, not the note on who wrote it
            return named.person, Span(named.start, named.end, self.text[named.start : named.end])
        return None

    def _first_person_outside_quotes(self) -> bool:
        """Whether the article speaks as "I" in its own voice (an opinion piece)."""
        return any(t.text == "I" and not self.in_quote(t.idx) for t in self.doc)

    def first_mention(self, index: int, before_token: int) -> Span | None:
        """The earliest mention of a person before a token, out of quotations: the name a
        surname or a title stands for."""
        for c in self._candidates:
            if c.token >= before_token:
                break
            if c.person == index:
                return Span(c.start, c.end, self.text[c.start : c.end])
        return None

    def antecedent(
        self, token_index: int, *, gender: str | None, kinds: set[PersonKind], max_distance: int = MAX_SENTENCE_DISTANCE
    ) -> tuple[int, Span] | None:
        """The earlier person (or organisation) a pronoun refers to, and the mention it
        goes through: recent, a subject or an earlier speaker, of a compatible gender."""
        if gender is not None and not self._pronoun_genders_read:
            self._read_pronoun_genders()
        if not self._description_subjects_read:
            self._read_description_subjects()
        sentence = self._sent_of[token_index]
        scores: dict[int, float] = {}
        via: dict[int, _Candidate] = {}
        # candidates are in text order: walk back from the pronoun only as far as the window
        nearby: list[tuple[_Candidate, bool]] = []
        for c in reversed(self._candidates[: bisect_left(self._candidate_tokens(), token_index)]):
            if sentence - c.sentence > max_distance:
                break
            nearby.append((c, False))
        nearby += [(c, True) for c in self._speakers if c.token < token_index and sentence - c.sentence <= max_distance]
        for c, spoke in nearby:
            distance = sentence - c.sentence
            person = self.people[c.person]
            if person.kind not in kinds:
                continue
            if gender is not None and person.gender is not None and person.gender != gender:
                continue
            score = -float(distance) + 0.0001 * c.token
            if c.is_subject:
                score += SUBJECT_BONUS + (RECENT_SUBJECT_BONUS if distance <= 1 else 0.0)
            if spoke:
                score += SPEAKER_BONUS
            elif c.introduced and distance <= 1:
                score += INTRODUCED_BONUS
            if person.place:
                score -= PLACE_PENALTY
            if c.addressee:
                score -= ADDRESSEE_PENALTY
            if gender is not None and person.gender == gender:
                score += GENDER_MATCH_BONUS
            elif gender is not None and person.gender is None and person.table_gender is not None:
                score += GENDER_MATCH_BONUS / 2 if person.table_gender == gender else -TABLE_GENDER_PENALTY
            if score > scores.get(c.person, float("-inf")):
                scores[c.person] = score
                via[c.person] = c
        if not scores:
            return None
        best = max(scores, key=lambda k: scores[k])
        c = via[best]
        return best, Span(c.start, c.end, self.text[c.start : c.end])

    def _read_description_subjects(self) -> None:
        """Before the first pronoun is resolved: a definite description that is a sentence's
        subject ("Asked about her age, the former premier laughed.") is a mention of the
        person it describes, so that the "she said" after it can go back to her."""
        self._description_subjects_read = True
        added: list[_Candidate] = []
        for token in self.doc:
            # "The president's roots came into play": the subject's owner is as salient
            owner = token.dep_ == "poss" and token.head.dep_ in SUBJECT_DEPS
            if (token.dep_ not in SUBJECT_DEPS and not owner) or token.pos_ != "NOUN" or token.i in self.token_person:
                continue
            if self.in_quote(token.idx) or not self.is_definite_description(token):
                continue
            found = self._described(token)
            if found is None:
                continue
            start, end = mention_span(token)
            added.append(_Candidate(found, token.i, self._sent_of[token.i], True, start, end))
        if added:
            self._candidates = sorted(self._candidates + added, key=lambda c: c.token)
            self._cand_tokens = []

    def _read_pronoun_genders(self) -> None:
        """Before the first pronoun is resolved: the article's unambiguous pronouns give a
        person their gender ("Htin Kyaw ... He said") over the first-name table, though not
        over a title, so that "she" later does not go to him."""
        self._pronoun_genders_read = True
        # the table's guess too, unless a title decided: the article's own pronouns come first
        # ("Aung San Suu Kyi ... she", whatever the table says of "Aung")
        unknown = [
            i for i, p in enumerate(self.people)
            if p.kind == PersonKind.PERSON and p.mentions and (p.gender is None or not self._titled(p))
        ]
        # a one-word name the tagger typed an organisation ("McAuliffe has said ..., but he
        # refuses"): a person if the article's pronouns say he or she
        maybe = [i for i, p in enumerate(self.people) if p.kind == PersonKind.ORGANISATION and _maybe_person(p)]
        if not unknown and not maybe:
            return
        # persons only, as at the end (``freeze``): a place between a name and "she" is no rival
        mentions = [
            PersonMentions(p.name, True, tuple(sorted(set(p.mentions))))
            if p.kind == PersonKind.PERSON or i in maybe else PersonMentions(p.name, False, ())
            for i, p in enumerate(self.people)
        ]
        votes: dict[int, list[tuple[str, str]]] = {}
        for index, gender in pronoun_votes(self.doc, mentions, self.in_quote):
            votes.setdefault(index, []).append((gender, "pronoun"))
        for index in unknown:
            said = decide(votes.get(index, ()))[0]
            if said is not None or self.people[index].gender is None:
                self.people[index].gender = said
        for index in maybe:
            said = decide(votes.get(index, ()))[0]
            if said is not None and not self._called_it(index):
                self.people[index].kind = PersonKind.PERSON
                self.people[index].gender = said

    @staticmethod
    def _titled(person: _PersonBuilder) -> bool:
        """Whether a gendered title is written before one of the person's names ("Mrs. Ruiz")."""
        return any(a.split()[0].lower() in MALE_TITLES | FEMALE_TITLES for a in person.aliases if a.split())

    def _called_it(self, index: int) -> bool:
        """Whether "it" or "its" follows a mention of this organisation in the same sentence."""
        for start, _ in self.people[index].mentions:
            token = self._token_at(start)
            if token is not None and any(t.lower_ in ("it", "its") and t.i > token.i for t in token.sent):
                return True
        return False

    def organisation_named(self, word: str, before_token: int) -> tuple[int, Span] | None:
        """The organisation named before a token whose name holds ``word`` ("fund" in
        "International Monetary Fund"), the most recent when several do."""
        found = None
        for c in self._candidates[: bisect_left(self._candidate_tokens(), before_token)]:
            person = self.people[c.person]
            if person.kind == PersonKind.ORGANISATION and word in person.name.lower().split():
                found = c
        return None if found is None else (found.person, Span(found.start, found.end, self.text[found.start : found.end]))

    def subject_between(self, start: int, end: int) -> tuple[int, Span] | None:
        """The last person named as a grammatical subject between two offsets, out of
        quotations: someone the story turned to ("Ms Okafor needed no persuading.")."""
        found = None
        for c in self._candidates:
            if c.start >= end:
                break
            if c.start >= start and c.is_subject and self.people[c.person].kind == PersonKind.PERSON:
                found = c
        return None if found is None else (found.person, Span(found.start, found.end, self.text[found.start : found.end]))

    def sentence_of(self, token_index: int) -> int:
        return self._sent_of[token_index]

    def last_mention(self, index: int, before_token: int) -> Span | None:
        """The latest mention of a person before a token, out of quotations."""
        found = None
        for c in self._candidates[: bisect_left(self._candidate_tokens(), before_token)]:
            if c.person == index:
                found = c
        return None if found is None else Span(found.start, found.end, self.text[found.start : found.end])

    def named_next(self, token: Token, *, sentences: int = 2) -> tuple[int, Span] | None:
        """The person first named within the next sentences after a description that opens
        its paragraph ("A harbour judge ruled on Monday ... Judge Frank Nervo wrote"): news
        describes a source in the lead and names them just after."""
        line_start = self.text.rfind("\n", 0, token.idx) + 1
        if token.sent.start_char > line_start or any(
            c.token < token.i and c.start >= line_start and self.people[c.person].kind == PersonKind.PERSON
            for c in self._candidates
        ):
            return None  # not the lead of its paragraph, or someone is named before it there
        sentence = self._sent_of[token.i]
        seen: set[int] = set()
        for c in self._candidates:
            if c.token > token.i and sentence + sentences < c.sentence:
                break
            first = c.person not in seen
            seen.add(c.person)
            if (
                c.token > token.i and first and sentence < c.sentence
                and self.people[c.person].kind == PersonKind.PERSON and not self.in_quote(c.start)
                and len(self.people[c.person].name.split()) >= 2  # introduced by a full name
            ):
                return c.person, Span(c.start, c.end, self.text[c.start : c.end])
        return None

    def is_definite_description(self, token: Token) -> bool:
        if _is_age(token):
            return True
        if token.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") or token.tag_ in ("NNS", "NNPS"):
            return False  # "the senators", "the experts": a group, not one of the people
        if token.pos_ == "PROPN" and token.lower_ in PERSON_NOUNS and not any(c.dep_ == "det" for c in token.children):
            return True  # a headline's "Senator Says", "Retired General Warns"
        determiners = [c.lower_ for c in token.children if c.dep_ in ("det", "poss")]
        if not any(d in ("the", "this", "that") for d in determiners):
            return False
        if any(c.dep_ == "amod" and c.lower_ in _PERSONAL_MODIFIERS for c in token.children):
            return token.pos_ == "NOUN"  # "the retired admiral", "the former chief"
        return token.lemma_.lower() in PERSON_NOUNS or bool(_AGE.match(token.lower_)) or token.lower_.endswith("-old")

    def _candidate_tokens(self) -> list[int]:
        if len(self._cand_tokens) != len(self._candidates):
            self._cand_tokens = [c.token for c in self._candidates]
        return self._cand_tokens

    def description_antecedent(self, token: Token) -> tuple[int, Span | None] | None:
        """The person a definite description means, and their latest mention before it."""
        found = self._described(token)
        return None if found is None else (found, self.last_mention(found, token.i))

    def _described(self, token: Token) -> int | None:
        head = token.lemma_.lower()
        gender = "female" if head in _FEMALE_NOUNS else "male" if head in _MALE_NOUNS else None
        persons = [
            i for i, p in enumerate(self.people)
            if p.kind == PersonKind.PERSON and (gender is None or p.gender in (None, gender))
        ]
        # A descriptor that names the same role ("secretary" in "Defence Secretary") decides.
        matching = [
            i for i in persons
            if any(head in (_ROLE_ABBREVIATIONS.get(w, w) for w in d.lower().split()) for d in self.people[i].descriptors)
        ]
        # "the Republican nominee": the one whose descriptors share the most of its words
        words = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.is_alpha}
        party = {_PARTIES[w] for w in words if w in _PARTIES}
        if len(party) == 1:
            # "the Democratic presidential nominee" is never the one the article calls Republican
            persons = [i for i in persons if not (self._parties(i) - party)]
            matching = [i for i in matching if i in persons]
        if matching and words:
            overlap = {
                i: len(words & {w.strip(".,").lower() for d in self.people[i].descriptors for w in d.split()})
                for i in persons
            }
            if max(overlap[i] for i in matching) == 0 and max(overlap.values(), default=0) > 0:
                # "The Republican nominee" when only the Democratic nominee was called a nominee:
                # the one called Republican, not the other nominee
                best = max(overlap.values())
                matching = [i for i in persons if overlap[i] == best]
        if len(matching) == 1:
            return matching[0]
        if matching:
            if words:
                best = max(overlap[i] for i in matching)
                if best > 0:
                    matching = [i for i in matching if overlap[i] == best]
                    if len(matching) == 1:
                        return matching[0]
            return self._most_salient(matching, token.i)
        found = self._salient_antecedent(token.i, gender=gender, allowed=set(persons) if party else None)
        if found is None:
            # news often describes before it names: "the striker said ... Tariq Haddad, 27, has"
            sentence = self._sent_of[token.i]
            found = next(
                (
                    c.person for c in self._candidates
                    if c.token > token.i and sentence <= c.sentence <= sentence + 1
                    and self.people[c.person].kind == PersonKind.PERSON
                ),
                None,
            )
        return found

    def _parties(self, index: int) -> set[str]:
        """The parties a person's descriptors name ("The Republican presidential nominee")."""
        return {_PARTIES[w] for d in self.people[index].descriptors for w in d.lower().split() if w in _PARTIES}

    def _salient_antecedent(self, token_index: int, *, gender: str | None, allowed: set[int] | None = None) -> int | None:
        """A description refers back to someone already important in the story: weigh how
        often and how prominently (as a subject, in the lead) each person came up before."""
        sentence = self._sent_of[token_index]
        # how prominent each person was over the last stretch of the story
        earlier = [
            c for c in self._candidates[: bisect_left(self._candidate_tokens(), token_index)]
            if sentence - c.sentence <= SALIENCE_WINDOW
        ]
        recent = {c.person for c in earlier if sentence - c.sentence <= MAX_SENTENCE_DISTANCE}
        options = [
            i for i in recent
            if self.people[i].kind == PersonKind.PERSON
            and (gender is None or self.people[i].gender in (None, gender))
            and (allowed is None or i in allowed)
        ]
        if not options:
            return None
        first_person = next((c.person for c in self._candidates if self.people[c.person].kind == PersonKind.PERSON), None)

        def salience(i: int) -> float:
            mine = [c for c in earlier if c.person == i]
            last = max(c.sentence for c in mine)
            return (
                len(mine)
                + 1.5 * sum(c.is_subject for c in mine)
                + (3.0 if i == first_person else 0.0)
                - 0.5 * (sentence - last)
            )

        return max(options, key=salience)

    def _most_salient(self, options: list[int], before: int) -> int:
        counts = {i: sum(1 for c in self._candidates if c.person == i and c.token < before) for i in options}
        return max(options, key=lambda i: (counts[i], -i))

    def freeze(self) -> tuple[Person, ...]:
        """The article's people: every person named, and the organisations and groups
        that are quoted (a country or a party merely mentioned is not one of them)."""
        kept = [
            p for i, p in enumerate(self.people) if p.mentions and (p.kind == PersonKind.PERSON or i in self._spoke)
        ]
        genders = article_genders(  # the article's words first, the first name second
            self.doc,
            [PersonMentions(p.name, p.kind == PersonKind.PERSON, tuple(sorted(set(p.mentions))), tuple(p.descriptors)) for p in kept],
            self.in_quote,
        )
        return tuple(p.freeze(self.text, g) for p, g in zip(kept, genders, strict=True))


# -- helpers ----------------------------------------------------------------------------


_ORG_WORDS = frozenset(
    "inc inc. corp corp. co co. ltd ltd. llc group party association council union university "
    "college institute foundation bank company committee agency department ministry office "
    "news times post press journal network club league federation society fund trust "
    "assembly commission court authority administration institute center centre school church "
    "army".split()
)
# one-word names of news outlets, pollsters and platforms that the tagger types as people
_OUTLETS = frozenset(
    "politico politifact bloomberg reuters axios breitbart buzzfeed gallup rasmussen ipsos yougov "
    "quinnipiac cnn bbc afp msnbc cnbc vox slate salon mediaite newsmax infowars wikileaks twitter "
    "facebook instagram youtube google reddit tiktok".split()
)
_RUBRIC_WORDS = frozenset(
    "watch read more related advertisement markets video photos photo opinion analysis breaking "
    "update live listen subscribe share comments getty instagram twitter facebook see also".split()
)
_NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "dos", "del"})
_PERSONAL_MODIFIERS = frozenset({"former", "retired", "outgoing", "incoming", "embattled", "veteran", "beleaguered", "late", "disgraced"})
_NOT_NAME = frozenset({"says", "said", "tells", "told", "warns", "claims", "writes", "wrote", "adds", "insists"})


# provinces and states as datelines abbreviate them: "Guelph, Ont.", "Tacoma, Wash."
_PLACE_ABBREVIATIONS = frozenset(
    "ont que alta sask nfld ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn "
    "miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo".split()
)
# roles too general to tell two namesakes apart
_COMMON_ROLES = frozenset({"leader", "chief", "head", "member", "official", "spokesman", "spokeswoman", "spokesperson"})
SPELLING_VARIANT_LENGTH = 8  # shorter surnames one letter apart are too often two names (Clinton, Clifton)


def _one_edit_apart(a: str, b: str) -> bool:
    """Two long words that differ by one letter inserted, dropped or changed, first letter alike."""
    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < SPELLING_VARIANT_LENGTH:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    k = next((i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[k:] == long[k + 1 :]


def _before_bracket(ent: SpacySpan) -> SpacySpan:
    """"Northwest Seaport Alliance (NSA" or a photo credit's "Marcus Reed/Getty Images" as the
    tagger may mark them: the name before the bracket or the slash."""
    cut = next((t.i for t in ent if t.text in ("(", "/") and t.i > ent.start), None)  # "Marcus Reed/Getty Images"
    return ent if cut is None else SpacySpan(ent.doc, ent.start, cut, label=ent.label_)


def _at_a_place(token: Token) -> bool:
    """"at Toronto General", "in Millbrook": a name after a preposition of place."""
    return token.dep_ == "pobj" and token.head.lower_ in ("at", "in", "near", "outside", "inside")


def _maybe_person(org: _PersonBuilder) -> bool:
    """A one-word capitalised name, not an acronym, a place or an organisation's word."""
    name = org.name
    return (
        len(name.split()) == 1 and name[:1].isupper() and not name.isupper() and name.isalpha()
        and not org.place and name.lower() not in _ORG_WORDS and name.lower() not in _OUTLETS
    )


def _addressee(token: Token) -> bool:
    """"in an email to CBC News", "told Reuters": a mention of the one spoken or written to."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "to":
        return True
    return token.dep_ in ("dobj", "dative") and head.lemma_.lower() in ("tell", "email", "write")


def _name_words(ent: SpacySpan) -> list[str]:
    """The words of a name as the text writes them ("Holtz-Eakin" stays one word), without
    titles, suffixes, possessives, or words the tagger ran into it from around the name:
    a headline's verb ("Obama Says", "Trump demands accountability"), a gerund or an
    adjective before it ("Injecting Clinton", "pro Clinton")."""
    words: list[str] = []
    firsts: list[Token] = []
    current = ""
    for t in ent:
        keep = t.text not in ("'s", "’s", "'", "’") and (not t.is_punct or t.text in (".", "-", "‐"))
        if keep:
            if not current:
                firsts.append(t)
            current += t.text
        if (t.whitespace_ or not keep) and current:
            words.append(current)
            current = ""
    if current:
        words.append(current)
    words = [w.strip("-‐") for w in words]
    pairs = [(w, f) for w, f in zip(words, firsts, strict=True) if w and w != "."]
    for k, (w, first) in enumerate(pairs):
        if k > 0 and (
            w.lower() in _NOT_NAME
            or (first.tag_ in ("VBZ", "VBD", "VBP") and w[:1].islower())
            or (w.islower() and w not in _NAME_PARTICLES)
        ):
            pairs = pairs[:k]
            break
    while pairs and pairs[0][0].lower() in TITLES:
        pairs = pairs[1:]
    if len(pairs) >= 2 and pairs[0][0].lower() in _NOT_NAME and pairs[0][1].is_sent_start:
        pairs = pairs[1:]  # "Said Ellis: ...", the verb opening the sentence (not "Edward Said")
    while len(pairs) >= 2 and _leading_junk(pairs[0][0], pairs[0][1], pairs[1][0], len(pairs)):
        pairs = pairs[1:]
    while pairs and pairs[-1][0].lower() in ("jr", "jr.", "sr", "sr."):
        pairs = pairs[:-1]
    return [w for w, _ in pairs]


def _leading_junk(word: str, token: Token, following: str, length: int) -> bool:
    """"pro Clinton", "Injecting Clinton", "Derelict Obama", "Universe Alicia Machado"."""
    if word.lower() in _NAME_PARTICLES or word.lower() in TITLES:
        return False
    if word[:1].islower():
        return True
    if first_name_gender(word) is not None:
        return False
    if word.lower().endswith("ing") or token.pos_ == "ADJ" or token.tag_ in ("JJ", "VBG", "VBN"):
        return True
    return length >= 3 and first_name_gender(following) is not None


# heads of descriptions that say whether they mean a woman or a man ("the former first lady")
_FEMALE_NOUNS = frozenset(
    "woman mother daughter wife actress spokeswoman chairwoman congresswoman businesswoman lady sister "
    "queen princess aunt niece grandmother granddaughter girlfriend widow councilwoman assemblywoman girl "
    "mom stepmother".split()
)
_MALE_NOUNS = frozenset(
    "man father son husband actor spokesman chairman congressman businessman brother king prince uncle "
    "nephew grandfather grandson boyfriend widower councilman assemblyman boy dad stepfather".split()
)


def _headline_words(words: list[str]) -> bool:
    """Whether a line's words are title-case, as a headline's are."""
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


_THE = re.compile(r"\b[Tt]he (?=[A-Z])")
_AFTER_A_NAME = frozenset(
    "that which who whom whose and or but to in on of for with at by as from has had have is was were are "
    "said says say reported reports wrote writes will would could should can may might did does".split()
)


def _modified_noun(token: Token) -> bool:
    """Whether the word after "the <Name>" is the noun the name modifies ("the Trump campaign");
    on a sentence the fast pipeline did not tag, any lower-case word that is not a function word
    or a speech verb counts."""
    if token.pos_:
        return token.pos_ in ("NOUN", "PROPN", "PART")
    return token.is_alpha and token.is_lower and token.lower_ not in _AFTER_A_NAME


def _strip_article(name: str) -> str:
    name = " ".join(name.split())
    for article in ("the ", "The "):
        if name.startswith(article):
            return name[len(article) :]
    return re.sub(r"['’]s$", "", name)


def _with_title(ent: SpacySpan) -> tuple[int, int]:
    """Extend a name left over the titles before it: "Mr" + "Mattis"."""
    doc = ent.doc
    start = ent.start
    while start > 0 and doc[start - 1].lower_ in TITLES and doc[start - 1].is_title:
        start -= 1
    end_token = ent.end
    while end_token > ent.start and doc[end_token - 1].text in ("'s", "’s"):
        end_token -= 1
    return doc[start].idx, doc[end_token - 1].idx + len(doc[end_token - 1].text)


def _descriptors(ent: SpacySpan) -> list[str]:
    """Roles the text gives a person: an appositive, or capitalised titles before the name."""
    doc = ent.doc
    found: list[str] = []
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.ent_type_ not in PERSON_LABELS:
            tokens = [t for t in child.subtree]
            text = doc[tokens[0].i : tokens[-1].i + 1].text.strip(" ,;–—-")
            if 0 < len(text.split()) <= 12 and any(ch.isalpha() for ch in text):
                found.append(_clean_description(text))
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        head = root.head
        tokens = [t for t in head.subtree if t.i < ent.start]
        if tokens:
            text = doc[tokens[0].i : tokens[-1].i + 1].text.strip(" ,;–—-")
            if 0 < len(text.split()) <= 12:
                found.append(_clean_description(text))
    titles: list[str] = []
    i = ent.start - 1
    while i >= 0 and doc[i].is_title and doc[i].lower_ not in ("mr", "mr.", "mrs", "mrs.", "ms", "ms.") and doc[i].pos_ in ("PROPN", "NOUN"):
        titles.insert(0, doc[i].text)
        i -= 1
    titles += [t.text for t in ent if t.lower_ in TITLES and t.lower_ not in MALE_TITLES | FEMALE_TITLES]
    if titles and any(t.lower() in TITLES or t.lower() in PERSON_NOUNS for t in titles):
        found.append(" ".join(titles))
    return found


def _is_age(token: Token) -> bool:
    """"the 61-year-old": tokenised as 61 - year - old, often with "the" hung elsewhere."""
    doc = token.doc
    i = token.i
    return (
        token.lower_ == "old"
        and i >= 2
        and doc[i - 2].lower_ in ("year", "years")
        and any(doc[j].lower_ in ("the", "this") for j in range(max(0, i - 6), i))
    )


def _clean_description(text: str) -> str:
    return " ".join(text.split()).strip(" ,;–—-")


def _sentence_numbers(doc: Doc) -> list[int]:
    """The number of each token's sentence, from the sentence starts alone."""
    starts = numpy.zeros(len(doc), dtype="int64")
    for sent in doc.sents:
        starts[sent.start] = 1
    numbers: list[int] = (numpy.cumsum(starts) - 1).clip(min=0).tolist()
    return numbers


def mention_span(token: Token) -> tuple[int, int]:
    """The words of a subject mention: its determiners, modifiers and compounds, not its
    appositives or relative clauses. Entity mentions keep their titles ("Mr Trump")."""
    doc = token.doc
    if token.ent_iob_ != "O" and (token.ent_type_ in PERSON_LABELS or token.ent_type_ in ORG_LABELS):
        # the entity around the token, from its IOB tags (doc.ents rebuilds the whole list)
        start, end = token.i, token.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return _with_title(doc[start:end])
    left = token.i
    for child in token.lefts:
        if child.dep_ in ("det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "punct", "advmod", "case", "npadvmod"):
            left = min(left, child.left_edge.i)
    if _is_age(token):
        left = min(left, next(j for j in range(token.i - 1, max(-1, token.i - 7), -1) if doc[j].lower_ in ("the", "this")))
    # "The Latest: Trump urges": a headline's label before a colon is not part of the name
    colon = next((j for j in range(token.i - 1, left - 1, -1) if doc[j].text == ":" or _spaced_dash(doc[j])), None)
    if colon is not None:
        left = colon + 1
    # the words must be contiguous and in one paragraph: drop a leading comma or quote mark
    while left < token.i and (
        (doc[left].is_punct and doc[left].text not in ("-", "–"))
        or "\n" in doc_text(doc)[doc[left].idx : token.idx]
    ):
        left += 1
    right = token.i
    for child in token.rights:
        if child.dep_ in ("compound", "flat") and child.i == right + 1:
            right = child.i
    return doc[left].idx, doc[right].idx + len(doc[right].text)


# party words in descriptions, to the party they name
_PARTIES = {
    "democratic": "democratic", "democrat": "democratic", "republican": "republican", "gop": "republican",
    "conservative": "conservative", "tory": "conservative", "liberal": "liberal", "labour": "labour", "ndp": "ndp",
}


def _spaced_dash(token: Token) -> bool:
    """"an aggressive - some say unrealistic - pledge", "made public ― Trump boasted": a dash
    set off by spaces parts phrases, where a hyphen joins the words of one."""
    return token.text in ("-", "–", "—", "―", "--") and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


_DESCRIPTION_DEPS = frozenset({"prep", "acl", "relcl", "conj", "cc", "amod", "compound", "nummod", "advmod", "npadvmod"})
MAX_DESCRIPTION_TOKENS = 30


def description_span(token: Token, mention: Span) -> Span:
    """An unnamed source's whole description: the mention with what follows its head
    ("a source close to the negotiations", "residents evacuated on Monday", "experts on
    North Korea and nuclear nonproliferation"), without appositives or trailing commas."""
    doc = token.doc
    text = doc_text(doc)
    dropped = {t.i for c in token.subtree if c.dep_ == "appos" and c is not token for t in c.subtree}
    kept: list[int] = []
    for child in token.rights:
        if child.dep_ not in _DESCRIPTION_DEPS:
            continue
        subtree = [t for t in child.subtree if t.i not in dropped]
        if child.dep_ == "prep" and any(t.ent_type_ in ("DATE", "TIME") for t in subtree):
            break  # "an arbitration panel in 2001": when, not who
        kept += [t.i for t in subtree]
    if not kept:
        return mention
    last = max(kept)
    if last - token.i > MAX_DESCRIPTION_TOKENS:
        return mention
    while last > token.i and (doc[last].is_punct or doc[last].is_space or doc[last].dep_ == "cc"):
        last -= 1
    end = doc[last].idx + len(doc[last].text)
    if end <= mention.end or "\n" in text[mention.end : end]:
        return mention
    # an open quotation mark or bracket in the stretch: stop before it
    if any(ch in text[mention.end : end] for ch in "\"“”()[]"):
        return mention
    return Span(mention.start, end, text[mention.start : end])


# Titles as they are abbreviated before a name, so that "the senator" finds "Sen. Ana Ruiz".
_ROLE_ABBREVIATIONS = {
    "sen.": "senator", "sen": "senator", "gov.": "governor", "gov": "governor", "rep.": "representative",
    "rep": "representative", "gen.": "general", "gen": "general", "pres.": "president", "adm.": "admiral",
    "lt.": "lieutenant", "col.": "colonel", "capt.": "captain", "sgt.": "sergeant", "supt.": "superintendent",
    "insp.": "inspector", "prof.": "professor", "amb.": "ambassador", "cllr": "councillor", "coun.": "councillor",
    "coun": "councillor",
}
_WORD = re.compile(r"\w+")
_QUOTED_NICKNAME = re.compile(
    r"\b([A-Z][a-z]+(?: [A-Z]\.)?) [\"“']([A-Z][a-z]+)[\"”'] ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
)


def is_quoted_nickname(text: str, start: int, end: int) -> bool:
    """Whether the quotation at ``[start, end)`` (marks included) is the nickname of a name
    (Marcia "Cia" Price, Robert C. "Bobby" Scott): what the person is called, not anything said."""
    return any(
        m.start(2) - 1 == start and m.end(2) + 1 == end
        for m in _QUOTED_NICKNAME.finditer(text, max(0, start - 40), min(len(text), end + 40))
    )


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_ACRONYM_SKIP = frozenset({"of", "the", "for", "and", "to", "on", "in", "at", "&"})


def _acronym_of(name: str) -> str | None:
    """"NGA", "S.E.C.", "IMF": the letters of an acronym, or None."""
    letters = name.replace(".", "")
    if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
        return letters
    return None


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _ACRONYM_SKIP]
    return "".join(w[0] for w in words).upper()


def _formal(first: str) -> str:
    """A first name in its formal form: "bobby" -> "robert"."""
    lower = first.lower()
    return NICKNAMES.get(lower, lower)

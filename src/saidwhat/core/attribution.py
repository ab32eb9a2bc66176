"""Reporting cues in a parsed article: the cue words, the source they tie to, and the
reported content they govern.

A cue is a reporting verb ("said", "pointed out", "made clear"), or "according to".
Its source is the verb's subject; a verb without one (a participle, a second verb in a
coordination, a verb after "after") takes the subject of the verb it hangs on; a passive
without an agent ("it was reported that", "is said to") has no named source.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from spacy.attrs import LOWER, POS
from spacy.tokens import Doc, Token

from .doctext import dateline_end, doc_text
from .lexicon import (
    BELIEF_VERBS,
    CLAUSE_ONLY_VERBS,
    NAMING_VERBS,
    NEEDS_PARTICLE,
    PHRASAL_CUES,
    REPORTING_VERBS,
    SPEECH_VERBS,
)

# Dependency paths a subject may be inherited along: "..., saying X" / "and noted that".
INHERIT_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep", "acl", "acomp", "advmod"})
# "said at a news conference announcing that...": the occasion a participle hangs on
OCCASION_NOUNS = frozenset(
    "conference statement interview speech briefing letter post tweet release video appearance "
    "address hearing event rally meeting session call op-ed column email message".split()
)
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
# verbs whose object is the one spoken to ("told the mayor"), never an inverted subject
_ADDRESSING = frozenset("tell ask urge warn inform assure reassure remind brief notify advise implore beg".split())
_TRIM = " \t\n,;:—–-"


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting cue found in the parse."""

    verb: int  # token index of the main cue word
    tokens: tuple[int, ...]  # every cue token ("pointed", "out")
    source: int | None  # token index of the source mention's head, or None
    source_rule: str  # how the source was found: subject, inherited, agent, according_to, none
    content: tuple[int, int] | None  # char offsets of the reported content, or None
    passive_unnamed: bool  # "it was reported", "is said to": no named source
    belief: bool  # a stance verb ("believes", "thinks") rather than speech
    verb_char: int = -1  # character offset of the main cue word, filled in by find_cues

    def char_span(self, doc: Doc) -> tuple[int, int]:
        first, last = doc[min(self.tokens)], doc[max(self.tokens)]
        return first.idx, last.idx + len(last.text)


def find_cues(doc: Doc, in_quote: Callable[[int], bool]) -> list[Cue]:
    """Every reporting cue outside quotation marks, in text order."""
    cues: list[Cue] = [replace(c, verb_char=doc[c.verb].idx) for c in _label_cues(doc) + interview_cues(doc)]
    for token in _verbs_and_according(doc):
        if in_quote(token.idx):
            continue  # the words of a quote are not the article's cues
        cue = _according_to(token) if token.lower_ == "according" else _verb_cue(token)
        if cue is None:
            continue
        if cue.source is not None:
            source = doc[cue.source]
            if in_quote(source.idx):
                # '"One of the best," Rep. Cummings said': the parser gave the verb two subjects
                other = [c for c in doc[cue.verb].children if c.dep_ in ("nsubj", "csubj") and not in_quote(c.idx)]
                if len(other) == 1:
                    cue = replace(cue, source=other[0].i)
                    source = other[0]
            # a subject inside the quotation or across a paragraph break is a parse error
            if in_quote(source.idx) or not _same_paragraph(doc_text(doc), source.idx, token.idx):
                continue
        cues.append(replace(cue, verb_char=doc[cue.verb].idx))
    return cues


def _verbs_and_according(doc: Doc) -> Iterator[Token]:
    """The tokens a cue can start at: verbs, auxiliaries and "according", in text order.
    Read from the token arrays: building a Token object for every word costs more."""
    strings = doc.vocab.strings
    wanted_pos = {strings["VERB"], strings["AUX"]}
    according = strings["according"]
    for i, (pos, lower) in enumerate(doc.to_array([POS, LOWER]).tolist()):
        if pos in wanted_pos or lower == according:
            yield doc[i]


def _verb_cue(verb: Token) -> Cue | None:
    lemma = verb.lemma_.lower()
    tokens = [verb.i]
    content_root: Token | None = None
    if lemma in NEEDS_PARTICLE:
        partner = next(
            (c for c in verb.children if c.lower_ in PHRASAL_CUES.get(lemma, ()) and c.dep_ in ("prt", "acomp", "ccomp", "oprd", "advmod", "prep")),
            None,
        )
        if partner is None:
            return None
        tokens.append(partner.i)
        if partner.dep_ in ("ccomp", "acomp", "oprd"):
            content_root = partner  # "made clear that ...": the clause hangs on "clear"
    elif lemma in NAMING_VERBS:
        return _naming_cue(verb)
    elif lemma not in REPORTING_VERBS:
        return None
    if lemma == "ask" and verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None  # "Asked whether the club would survive, she said": a question put to her
    belief = lemma in BELIEF_VERBS and lemma not in SPEECH_VERBS
    belief_passive = any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "xcomp" for c in verb.children)
    if belief and not (any(c.dep_ == "ccomp" for c in verb.children) or belief_passive):
        return None
    content = _content_span(verb, content_root, exclude=set(tokens))
    if content is None:
        if belief:
            return None
        content = _inverted_content(verb)
    passive = any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in verb.children)
    )
    source, rule = _source(verb, passive)
    if belief and not passive and (
        content is None or source is None or rule != "subject" or verb.doc[source].lower_ in ("i", "you", "we", "it")
    ):
        return None  # "you know", "I think", "without knowing": not an attribution
    if source is not None and rule == "inherited" and verb.doc[source].lower_ == "it" and verb.dep_ not in ("conj", "advcl"):
        return None  # "It goes without saying"; but "It did not name the crew and said ..." and "it attacked him, saying ..." report
    if content is None and source is None:
        return None
    unnamed = passive and source is None
    if unnamed and content is not None and (lemma in SPEECH_VERBS or belief):
        # "X is said to disagree": the subject belongs to the content
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is not None and subject.lower_ != "it":
            start = subject.left_edge.idx
            content = (min(start, content[0]), content[1])
    return Cue(
        verb=verb.i,
        tokens=tuple(sorted(tokens)),
        source=source,
        source_rule=rule,
        content=content,
        passive_unnamed=unnamed,
        belief=belief,
    )


def _naming_cue(verb: Token) -> Cue | None:
    """"called climate change a hoax", "described him as a fraud": the naming is the content."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    predicates = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp")]
    predicates += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    predicates += [c for o in objects for c in o.children if c.dep_ in ("dobj", "appos", "oprd")]
    if len(objects) == 2:
        predicates.append(objects.pop())  # 'branded North Korea an "outlaw nation"': the parser's two objects
    if not predicates or verb.lemma_.lower() == "call" and not objects and not any(p.dep_ == "oprd" for p in predicates):
        return None
    tokens = [t for r in objects + predicates for t in r.subtree]
    source, rule = _source(verb, passive=any(c.dep_ == "auxpass" for c in verb.children))
    if source is None or len(tokens) < 2:
        return None
    content = _trim(doc_text(verb.doc), min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens))
    return Cue(verb=verb.i, tokens=(verb.i,), source=source, source_rule=rule, content=content, passive_unnamed=False, belief=False)


def _label_cues(doc: Doc) -> list[Cue]:
    """"Pat Caddell: Voters worried" and transcripts' "WALLACE: Let's start": a name and a
    colon at the start of a paragraph introduce that source's words."""
    cues = []
    text = doc_text(doc)
    for token in doc:
        if token.text != ":" or token.i == 0:
            continue
        line_start = text.rfind("\n", 0, token.idx) + 1
        if text[line_start : line_start + 1] in ('"', "“"):
            line_start += 1  # a transcript quoted paragraph by paragraph: '"PENCE: Well, look'
        before = [t for t in doc[max(0, token.i - 5) : token.i] if t.idx >= line_start and not t.is_space]
        if not before or before[0].idx != line_start or len(before) > 4:
            continue
        named = any(t.ent_type_ in ("PERSON", "ORG") for t in before)
        shouted = all(t.text.isupper() and t.text.isalpha() and len(t.text) > 1 for t in before)
        if not (named or shouted) or not all(t.pos_ == "PROPN" or t.text.isupper() for t in before):
            continue
        line_end = text.find("\n", token.idx)
        line_end = len(text) if line_end == -1 else line_end
        content = _trim(text, token.idx + 1, line_end)
        if content is None or len(text[content[0] : content[1]].split()) < 3:
            continue
        cues.append(
            Cue(verb=token.i, tokens=(token.i,), source=before[-1].i, source_rule="label", content=content, passive_unnamed=False, belief=False)
        )
    return cues


_QA_LINE = re.compile(r"^[ \t]*(Q|A)[:.][ \t]+", re.MULTILINE)
MIN_INTERVIEW_LINES = 2  # questions and answers each, for an article to read as an interview


def interview_cues(doc: Doc) -> list[Cue]:
    """A question-and-answer interview ("Q: Why does the ferry matter?" / "A: For a lot of
    people ..."): each answer is the words of the person the introduction names first."""
    text = doc_text(doc)
    lines = [(m.group(1), m.start(), m.end()) for m in _QA_LINE.finditer(text)]
    questions = [start for kind, start, _ in lines if kind == "Q"]
    if len(questions) < MIN_INTERVIEW_LINES or len(lines) - len(questions) < MIN_INTERVIEW_LINES:
        return []
    person = next(
        (
            e for e in doc.ents
            if e.label_ == "PERSON" and len(e) >= 2 and e.end_char <= questions[0] and not _on_byline(text, e.start_char)
        ),
        None,
    )
    if person is None:
        return []
    cues = []
    for kind, start, end in lines:
        if kind != "A":
            continue
        line_end = text.find("\n", end)
        content = _trim(text, end, len(text) if line_end == -1 else line_end)
        marker = doc.char_span(start, end, alignment_mode="expand")
        if content is None or marker is None or len(text[content[0] : content[1]].split()) < 3:
            continue
        cues.append(
            Cue(verb=marker.start, tokens=(marker.start,), source=person.root.i, source_rule="interview",
                content=content, passive_unnamed=False, belief=False)
        )
    return cues


def _on_byline(text: str, char: int) -> bool:
    line = text[text.rfind("\n", 0, char) + 1 : char].strip().lower()
    return line in ("by", "interview by", "interviewed by")


def _content_span(verb: Token, content_root: Token | None, exclude: set[int]) -> tuple[int, int] | None:
    """The reported clause: the verb's clausal complement, or ``object + to-clause`` ("urged
    Americans to read")."""
    doc = verb.doc
    roots: list[Token] = []
    if content_root is not None:
        roots = [c for c in content_root.children if c.dep_ not in ("punct",)]
        roots += [c for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.i > content_root.i]
    else:
        clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS]
        if clauses:
            roots = clauses
            # "told reporters that...": the addressee is not content; "urged X to Y": it is
            if any(c.dep_ == "xcomp" for c in clauses):
                roots += [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i > verb.i]
        else:
            # "said in a statement that ...": the clause hangs on the statement
            roots = [
                t for prep in verb.children if prep.dep_ == "prep" and prep.i > verb.i
                for t in prep.subtree if t.dep_ in ("ccomp", "acl") and any(m.lower_ == "that" and m.dep_ == "mark" for m in t.children)
            ][:1]
        if not roots and not clauses and verb.lemma_.lower() not in CLAUSE_ONLY_VERBS:
            objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
            # "said something": only a clause-like object counts ("said it would ...")
            roots = [o for o in objects if any(t.pos_ in ("VERB", "AUX") for t in o.subtree) and len(list(o.subtree)) > 3]
    tokens = [t for r in roots for t in r.subtree if t.i not in exclude and _same_paragraph(doc_text(doc), verb.idx, t.idx)]
    if not tokens:
        return None
    # keep one side of the verb: a clause wrapping both sides is a parse error
    right = [t for t in tokens if t.i > verb.i]
    left = [t for t in tokens if t.i < verb.i]
    chosen = right if len(right) >= len(left) else left
    if not chosen:
        return None
    start = min(t.idx for t in chosen)
    end = max(t.idx + len(t.text) for t in chosen)
    return _trim(doc_text(doc), start, end)


def _same_paragraph(text: str, a: int, b: int) -> bool:
    return "\n" not in text[min(a, b) : max(a, b)]


def _inverted_content(verb: Token) -> tuple[int, int] | None:
    """A report hanging on the clause it reports: "..., Reuters reported." or, set off by
    commas inside it, "The museum, Mr. Bush said, celebrated his heroes." The content is
    the clause without the report."""
    head = verb.head
    if head.i == verb.i or verb.dep_ not in ("parataxis", "ccomp", "advcl"):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    doc = verb.doc
    edge = min(s.left_edge.i for s in subjects)
    if edge == 0 or doc[edge - 1].text not in (",", "—", "–", "-", ";"):
        return None  # "stressed that he disagreed": an ordinary clause, not an inverted report
    right_edge = max(t.i for t in verb.subtree if t.i >= verb.i)
    if head.i > verb.i and not any(
        k < len(doc) and doc[k].text in (",", "—", "–") for k in (verb.i + 1, right_edge, right_edge + 1)
    ):
        return None
    own = {t.i for t in verb.subtree}
    sent = verb.sent
    if head.i > verb.i:
        # set off by commas: the whole sentence around it is the content
        own = set(range(edge, verb.i + 1))
        pool = list(sent)
    else:
        pool = list(head.subtree)
    tokens = [
        t for t in pool
        if t.i not in own and sent.start <= t.i < sent.end and not t.is_space
        and _same_paragraph(doc_text(doc), verb.idx, t.idx)
    ]
    if len(tokens) < 3:
        return None
    return _trim(doc_text(doc), tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    dateline = dateline_end(text, start)
    if dateline is not None and dateline < end:
        start = dateline  # "OTTAWA — The government will review ...": the report starts after the dateline
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if start >= end:
        return None
    return start, end


def _source(verb: Token, passive: bool) -> tuple[int | None, str]:
    current = verb
    for step in range(6):  # "he refuses to discuss them, aside from saying": five steps up
        subject = _subject(current)
        agent = next((c for c in current.children if c.dep_ == "agent"), None)
        if agent is not None:
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj.i, "agent"
        if subject is not None and not (passive and step == 0):
            if subject.lower_ == "it" and passive:
                return None, "none"
            return subject.i, "subject" if step == 0 else "inherited"
        if passive and step == 0:
            return None, "none"
        if step == 0 and current.lemma_.lower() not in _ADDRESSING and any(c.dep_ == "ccomp" and c.i < current.i for c in current.children):
            # '"We are done," snapped the mayor.': an inverted subject the parser took for an object
            after = next((c for c in current.children if c.dep_ in ("dobj", "npadvmod", "attr") and c.left_edge.i == current.i + 1), None)
            if after is not None and after.pos_ in ("PROPN", "NOUN"):
                return after.i, "subject"
        if step == 0:
            # "The 38-year-old recalled": the parser sometimes hangs the subject on the verb as a modifier
            left = next((c for c in current.children if c.i == current.i - 1 and c.dep_ in ("amod", "npadvmod", "nmod", "dep", "compound")), None)
            if left is not None and (left.pos_ in ("NOUN", "PROPN") or left.lower_ == "old"):
                return left.i, "subject"
        if step == 0 and current.dep_ == "ROOT":
            stranded = _stranded_subject(current)
            if stranded is not None:
                return stranded.i, "subject"
        passive_subject = next((c for c in current.children if c.dep_ == "nsubjpass"), None)
        if passive_subject is not None and step > 0:
            if verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "advcl") and passive_subject.lower_ != "it":
                # "After saying her foot was swollen, she was whisked off": the one who said it
                return passive_subject.i, "inherited"
            return None, "none"
        if current.dep_ not in INHERIT_DEPS or current.head.i == current.i:
            break
        head = current.head
        if (
            current.dep_ == "conj" and current.tag_ in ("VBD", "VBZ") and head.tag_ == "VB"
            and head.dep_ == "ccomp" and any(c.tag_ == "MD" for c in head.children)
        ):
            # "May said that the country would declare ... and suggested that": a past tense
            # cannot share the modal clause's subject; it goes with the verb that reports it
            current = head
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN") and current.tag_ == "VBN":
            break  # "the decision, announced ...": a participle on a noun has no speaker
        current = current.head
        if current.pos_ in ("NOUN", "PROPN", "PRON"):
            # "she said at a news conference announcing that ...": the occasion's speaker
            if (
                current.lemma_.lower() in OCCASION_NOUNS
                and current.dep_ == "pobj"
                and current.head.dep_ == "prep"
                and current.head.head.pos_ in ("VERB", "AUX")
            ):
                current = current.head.head
                continue
            break
    return None, "none"


def _stranded_subject(verb: Token) -> Token | None:
    """"In a panel in Washington, Marc Morial, the league's chief, told ...": a name the parser
    hung on the phrase before (a conjunct of "Washington") when it is the verb's subject, the
    name and its appositive ending right where the verb starts."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    at = verb.i - 1
    while at >= verb.sent.start and verb.doc[at].dep_ in ("advmod", "neg") and verb.doc[at].head.i == verb.i:
        at -= 1
    for name in verb.doc[verb.sent.start : at + 1]:
        if (
            name.ent_type_ == "PERSON"
            and name.pos_ == "PROPN"
            and name.dep_ in ("conj", "pobj", "appos", "npadvmod", "dep")
            and (name.right_edge.i == at or (name.right_edge.i == at - 1 and verb.doc[at].text == ","))
            and verb.doc[at].lower_ in (",", name.lower_)
        ):
            return name
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's subject; not a dateline the parser took for one ("WASHINGTON -- President
    Obama, dedicating the museum, said": Obama, set beside it)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    subjects = [c for c in subjects if any(ch.isalnum() for ch in c.text)] or subjects  # "public ― Trump boasted": a dash is no subject
    if len(subjects) == 2 and subjects[0].pos_ == "NOUN" and subjects[1].pos_ == "PROPN" and subjects[1].ent_type_ == "PERSON":
        between = verb.doc[subjects[0].i + 1 : subjects[1].left_edge.i]
        if any(t.text == "," for t in between):
            # "Scott's niece, state Del. Marcia Price, shouted": the name beside the description
            subjects.reverse()
    if len(subjects) == 2 and any(t.text == ":" for t in verb.doc[subjects[0].i + 1 : subjects[1].left_edge.i]):
        subjects.reverse()  # "The Latest: Trump urges": a headline's label, then the subject
    for subject in subjects:
        end = dateline_end(doc_text(subject.doc), subject.idx)
        if end is None:
            return subject
        beside = next((c for c in subject.children if c.dep_ == "appos" and c.idx >= end), None)
        if beside is not None:
            return beside
    return None


def _according_to(token: Token) -> Cue | None:
    """"according to X": X is the source; the rest of the clause is the content."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
        to = token.doc[token.i + 1]
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    doc = token.doc
    sent = token.sent
    phrase_start = token.i
    phrase_end = max(t.i for t in source.subtree)
    before = [t for t in sent if t.i < phrase_start and not t.is_space]
    after = [t for t in sent if t.i > phrase_end and not t.is_space]
    side = after if len(after) > len(before) else before
    if len(side) < 3:
        return None
    content = _trim(doc_text(doc), side[0].idx, side[-1].idx + len(side[-1].text))
    return Cue(
        verb=token.i,
        tokens=(token.i, to.i),
        source=source.i,
        source_rule="according_to",
        content=content,
        passive_unnamed=False,
        belief=False,
    )

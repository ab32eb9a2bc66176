"""extract(doc) -> ArticleQuotes: the pure heart of saidwhat. A Doc in, values out.

Three passes over one article:

1. quotation-mark spans from the raw text (``quotes.py``);
2. reporting cues from the parse (``attribution.py``): each cue's content is direct
   (a quotation fills it), mixed (a reported clause holding quoted words) or indirect;
3. quotations no cue claimed: a cue in the same sentence, the piece after an interrupting
   cue ("…," she said. "…"), or a quote that carries on the previous paragraph's speaker.

Speakers are then resolved to the article's people (``people.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from . import rules
from .attribution import Cue, find_cues
from .cues import after_quote_cue, colon_cue, dash_cue, introducing_subject, nearest_cue
from .doctext import doc_text
from .lexicon import (
    DEFAULT_ACTS,
    FINDING_VERBS,
    FINITE_CLAUSE_VERBS,
    FOUND,
    NAMING_VERBS,
    PAGE_FURNITURE,
    REPORTED_PASSIVES,
    SAID,
    THOUGHT,
    WRITING_VERBS,
    WROTE,
)
from .people import PeopleIndex, is_quoted_nickname
from .quotes import QuotedSpan, find_quoted_spans, paragraphs
from .speakers import resolve_speaker, turned_to
from .types import ArticleQuotes, Person, PersonKind, Quote, QuoteType, Span, Speaker

MIN_UNCUED_WORDS = 6  # shorter quotations without a cue are scare quotes or titles
MIN_INDIRECT_WORDS = 3
MAX_CARRY_PARAGRAPHS = 1  # a quote paragraph with no cue belongs to the speaker quoted just before
SHORT_QUOTE_WORDS = 4  # shorter quotations need to look like speech to stand alone


@dataclass
class _Draft:
    start: int
    end: int
    type: QuoteType
    cue: Cue | None
    rule: str  # the Quote.rule value: "<type>:<rule id>"
    confidence: float
    speaker: Speaker | None = None
    person: int | None = None
    carried_on: bool = False
    act: str = SAID
    paragraph: int = 0
    pieces: list[tuple[int, int]] | None = None  # set when an interrupting cue splits the quote


def extract(doc: Doc, *, id: str | None = None, acts: Collection[str] = DEFAULT_ACTS) -> ArticleQuotes:
    """Every attributed statement in a parsed article, with its speaker resolved.

    ``acts`` are the kinds of act to output (``Quote.act``): by default what was said or
    written; ``lexicon.ALL_ACTS`` adds thoughts and findings the article attributes."""
    text = doc_text(doc)
    if not text.strip():
        return ArticleQuotes(id=id)
    quoted = find_quoted_spans(text)
    quoted_ranges = [(q.start, q.end) for q in quoted]
    people = PeopleIndex(doc, quoted_ranges)
    paras = paragraphs(text)
    para_starts = [a for a, _ in paras]

    def paragraph_of(char: int) -> int:
        return max(0, bisect_right(para_starts, char) - 1)

    cues = [
        _content_that_reports(c, doc)
        for c in _without_page_furniture(find_cues(doc, people.in_quote), doc)
        if not _generic_naming(c, doc)
    ]
    drafts: list[_Draft] = []
    claimed: set[int] = set()  # indices into ``quoted``

    # Pass 2: cue-driven statements.
    for cue in cues:
        if cue.content is None:
            continue
        c_start, c_end = _absorb_adjacent_quote(cue.content, quoted, text)
        inside = [k for k, q in enumerate(quoted) if q.start < c_end and c_start < q.end]
        if inside and not _words_outside(text, c_start, c_end, [quoted[k] for k in inside]):
            for k in inside:
                if k in claimed:
                    continue
                claimed.add(k)
                q = quoted[k]
                drafts.append(_draft(q.start, q.end, QuoteType.DIRECT, cue, _cue_rule(cue, doc), paragraph_of(q.start), doc))
        elif inside:
            start = min([c_start] + [quoted[k].start for k in inside])
            end = max([c_end] + [quoted[k].end for k in inside])
            claimed.update(inside)
            drafts.append(_draft(start, end, QuoteType.MIXED, cue, _cue_rule(cue, doc), paragraph_of(start), doc))
        else:
            if len(text[c_start:c_end].split()) < MIN_INDIRECT_WORDS:
                continue
            drafts.append(_draft(c_start, c_end, QuoteType.INDIRECT, cue, _cue_rule(cue, doc), paragraph_of(c_start), doc))

    # Pass 3: quotations no cue claimed.
    sentences = list(doc.sents)
    sent_starts = [s.start_char for s in sentences]
    for k, q in enumerate(quoted):
        if k in claimed:
            continue
        if _inside_statement(q, drafts) or is_quoted_nickname(text, q.start, q.end):
            continue
        found, rule = _quote_cue(q, doc, people.in_quote, cues, sentences, sent_starts, text)
        if found is not None and q.word_count(text) < SHORT_QUOTE_WORDS and not _speech_like(q, found, doc):
            found = None  # “disgusting”, “Morning Joe”: a quoted word or title, not a statement
        if rule is not rules.COLON and _looks_like_title(q, text):
            found = None  # on “The Steve Harvey Morning Show,” she said: a title, not her words
        if found is not None:
            claimed.add(k)
            drafts.append(_draft(q.start, q.end, QuoteType.DIRECT, found, rule, paragraph_of(q.start), doc))
            continue
        follows = any(d.type == QuoteType.DIRECT and _next_sentence(text, d.end, q.start) for d in drafts)
        if (q.word_count(text) < MIN_UNCUED_WORDS and not _stands_alone(q, text) and not follows) or _looks_like_title(q, text):
            continue  # a scare quote, a title, a nickname
        claimed.add(k)
        drafts.append(_draft(q.start, q.end, QuoteType.DIRECT, None, rules.UNCUED, paragraph_of(q.start), doc))

    drafts.sort(key=lambda d: (d.start, d.end))
    drafts = _merge_interrupted(_drop_duplicates(drafts), text)
    furniture = _furniture_lines(text)
    if furniture:
        drafts = [
            d for d in drafts
            if not any(a <= d.start < b for a, b in furniture)
            or (d.cue is not None and d.cue.source_rule == "interview")  # "A:" opens an answer, not a link
        ]

    # Speakers, in text order, so that "he said" can lean on the speakers before it.
    previous: _Draft | None = None
    for draft in drafts:
        draft_cue = draft.cue
        if draft_cue is not None:
            if draft_cue.source is not None:
                speaker, person = resolve_speaker(people, doc[draft_cue.source])
                if (
                    person is None
                    and speaker.name.lower() == "they"
                    and previous is not None
                    and previous.speaker is not None
                    and previous.speaker.kind in (PersonKind.GROUP, PersonKind.ORGANISATION)
                    and draft.paragraph - previous.paragraph <= 2
                ):
                    # "Police said ... They added": the group quoted just before
                    speaker = Speaker(
                        previous.speaker.name, speaker.mention, previous.speaker.kind,
                        rule="group-pronoun", antecedent=previous.speaker.mention,
                    )
                    person = previous.person
                draft.speaker, draft.person = speaker, person
                if person is not None:
                    people.note_speaker(person, draft_cue.source)
            # an unnamed passive ("it was reported") keeps speaker None
        elif (
            previous is not None
            and previous.speaker is not None
            and draft.paragraph - previous.paragraph <= (MAX_CARRY_PARAGRAPHS if draft.rule == UNCUED else 1)
        ):
            # a quote with no cue of its own carries on, with no mention ("…," she said. "…")
            draft.speaker = Speaker(
                previous.speaker.name, None, previous.speaker.kind,
                rule="continuation", antecedent=previous.speaker.mention or previous.speaker.antecedent,
            )
            draft.person = previous.person
            turned = turned_to(people, previous.end, draft.start, previous.person)
            if turned is not None:
                draft.speaker, draft.person = turned
            draft.cue = None
            draft.carried_on = True
            draft.act = previous.act
            _apply(draft, rules.CARRIED_ON)
        elif draft.rule == UNCUED and draft.paragraph == 0 and (named := _headline_name(draft, doc, people)) is not None:
            # the headline's quote belongs to the name before its colon
            speaker, person = resolve_speaker(people, named)
            draft.speaker, draft.person = speaker, person
            _apply(draft, rules.HEADLINE)
        elif draft.rule == UNCUED:
            introducer = introducing_subject(draft.start, doc, paras)
            if introducer is not None:
                speaker, person = resolve_speaker(people, introducer)
                draft.speaker = Speaker(speaker.name, None, speaker.kind, rule="introduced", antecedent=speaker.mention)
                draft.person = person
                draft.carried_on = True
                _apply(draft, rules.INTRODUCED)
            elif draft.paragraph > 0 and (turned := turned_to(people, paras[draft.paragraph - 1][0], draft.start, None)):
                # a paragraph of quotation right after one whose subject is a person
                draft.speaker, draft.person = turned
                draft.carried_on = True
                _apply(draft, rules.INTRODUCED)
        previous = draft

    # a quotation no cue attributes and no speaker carries on is a title, a nickname or a
    # scare quote unless it reads as a clause of its own
    drafts = [d for d in drafts if (d.rule != UNCUED or _reads_as_clause(d, text)) and d.act in acts]
    quotes = tuple(_finish(d, doc) for d in drafts)
    return ArticleQuotes(id=id, quotes=quotes, people=_without_furniture_people(people.freeze(), text, furniture))


def _words_outside(text: str, start: int, end: int, quotes: list[QuotedSpan]) -> bool:
    """Whether the content has words of its own outside the quotation marks (then it is mixed)."""
    pos = start
    for q in sorted(quotes, key=lambda q: q.start):
        if any(ch.isalnum() for ch in text[pos : max(pos, q.start)]):
            return True
        pos = max(pos, q.end)
    return any(ch.isalnum() for ch in text[pos:end])


_JOINERS = frozenset({"and", "but", "or", "then", "while", "as", "adding", "that"})


def _absorb_adjacent_quote(content: tuple[int, int], quoted: list[QuotedSpan], text: str) -> tuple[int, int]:
    """"urged Americans to read his letter "and examine it"", "is “a big problem” but “nobody
    cares”": quotations that go on right where the reported clause stops belong to it."""
    start, end = content
    if not any(ch.isalnum() for ch in text[start:end]):
        return start, end
    for q in quoted:
        if q.start < end:
            continue
        gap = text[end : q.start]
        words = gap.replace(",", " ").split()
        if len(gap) > 14 or any(ch in ".!?;:\n" for ch in gap) or not set(w.lower() for w in words) <= _JOINERS:
            break
        end = q.end
    return start, end


MIN_TRANSCRIPT_LABELS = 2  # speaker labels an article needs to read as a transcript


def _without_page_furniture(cues: list[Cue], doc: Doc) -> list[Cue]:
    """Speaker labels ("WALLACE: Let's start") only where they are a transcript's: a label
    that reads as a person's name, in an article with at least two of them, or one that
    names a person. "WATCH: …", "READ MORE: …" and a lone "MARKETS: …" are page furniture."""
    labels = [c for c in cues if c.source_rule == "label"]
    if not labels:
        return cues
    text = doc_text(doc)
    named = {id(c) for c in labels if _person_like_label(c, doc, text)}
    # a lone label stays when it is a person's name ("Pat Caddell: Voters worried")
    keep = named if len(named) >= MIN_TRANSCRIPT_LABELS else {
        id(c) for c in labels if id(c) in named and c.source is not None and doc[c.source].ent_type_ == "PERSON"
    }
    return [c for c in cues if c.source_rule != "label" or id(c) in keep]


# "By Lena Marsh", "Reporting by Ana Ruiz; editing by Tom Idris", "Photo by …"
_BYLINE = re.compile(
    r"^[ \t]*(?:(?:written |reporting |additional reporting |editing |photos? |photographs? |video )?by|credit:)[ \t]+[^\n]{0,80}$",
    re.MULTILINE | re.IGNORECASE,
)


def _without_furniture_people(found: tuple[Person, ...], text: str, furniture: list[tuple[int, int]]) -> tuple[Person, ...]:
    """People named only in page furniture or a byline ("By Lena Marsh") are not people
    of the article."""
    lines = furniture + [(m.start(), m.end()) for m in _BYLINE.finditer(text)]
    if not lines:
        return found
    return tuple(
        p for p in found if not p.mentions or not all(any(a <= m.start < b for a, b in lines) for m in p.mentions)
    )


_LINE_OPENER = re.compile(r"^[ \t]*(?:[^\s:]+[ \t]+){0,3}[^\s:]+[ \t]*:", re.MULTILINE)


_NEWS_LABELS = frozenset({"update", "updated", "breaking"})


def _furniture_lines(text: str) -> list[tuple[int, int]]:
    """Lines of page furniture: "WATCH: Trump says he will win", "READ MORE: …", "Photo: …".
    A link or a caption reports nothing, whatever verb it holds."""
    lines = []
    for match in _LINE_OPENER.finditer(text):
        words = [w.lower().strip("'’") for w in match.group().rstrip(": \t").replace(".", " ").split()]
        if words and all(w in PAGE_FURNITURE or w in ("the", "our", "this", "&", "and") for w in words):
            if all(w in _NEWS_LABELS for w in words):
                continue  # "UPDATE: The mayor said ...": a paragraph of the story, labelled
            end = text.find("\n", match.end())
            lines.append((match.start(), len(text) if end == -1 else end))
    return lines


def _person_like_label(cue: Cue, doc: Doc, text: str) -> bool:
    colon = doc[cue.verb]
    line_start = text.rfind("\n", 0, colon.idx) + 1
    words = text[line_start : colon.idx].replace(".", " ").strip(" \t\"“").split()
    if not words or any(w.lower().strip("'’") in PAGE_FURNITURE for w in words):
        return False
    if any(not w[:1].isupper() or any(ch.isdigit() for ch in w) for w in words):
        return False
    source = doc[cue.source] if cue.source is not None else colon
    return source.ent_type_ not in ("GPE", "LOC", "DATE", "TIME", "NORP", "EVENT", "WORK_OF_ART", "PRODUCT")


def _content_that_reports(cue: Cue, doc: Doc) -> Cue:
    """Without the content that is no report: "threatened to release the files" and
    "estimated the cost at…" report nothing (these verbs need a finite clause); "described"
    reports a description only with "as" ("described the plan as a betrayal"), not "a
    word that doesn't describe what happened"; "according to X, adding to…" reports the
    clause before it, not the participle after. The cue stays, for a quotation beside it."""
    if cue.content is None:
        return cue
    verb = doc[cue.verb]
    lemma = verb.lemma_.lower()
    if lemma in FINITE_CLAUSE_VERBS and not any(c.dep_ == "ccomp" for c in verb.children):
        return replace(cue, content=None)
    if lemma == "describe" and not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return replace(cue, content=None)
    if cue.source_rule == "according_to":
        return replace(cue, content=_according_content(cue, doc))
    return cue


def _according_content(cue: Cue, doc: Doc) -> tuple[int, int] | None:
    """"Shares fell, according to two people familiar with the matter, adding to the week's
    losses": after the source, a participle goes on with the main clause, whose content
    is the words before "according"."""
    text = doc_text(doc)
    assert cue.content is not None
    start, end = cue.content
    if start < cue.verb_char:
        return cue.content  # the content is the clause before "according to" already
    first = doc.char_span(start, end, alignment_mode="expand")
    if first is None or first[0].tag_ != "VBG":
        return cue.content
    sent = doc[cue.verb].sent
    before = [t for t in sent if t.i < cue.verb and not t.is_space]
    if len(before) < 3:
        return cue.content
    a, b = before[0].idx, before[-1].idx + len(before[-1].text)
    while b > a and text[b - 1] in " ,;:—–-":
        b -= 1
    return (a, b) if b > a else cue.content


_GENERIC_SUBJECTS = frozenset("they people many some locals fans residents everyone others friends".split())


def _generic_naming(cue: Cue, doc: Doc) -> bool:
    """"They call him the bridge bandit": naming by nobody in particular, not speech."""
    verb = doc[cue.verb]
    return (
        verb.lemma_.lower() in NAMING_VERBS
        and verb.tag_ == "VBP"
        and cue.source is not None
        and doc[cue.source].lower_ in _GENERIC_SUBJECTS
        and any(c.dep_ in ("dobj", "obj") and c.lower_ in ("him", "her", "it", "them") for c in verb.children)
    )


def _reads_as_clause(d: _Draft, text: str) -> bool:
    """"The river will flood again before winter." reads as something said; "Rain over
    Millbrook" or "the bridge bandit" does not: enough words, or a sentence's end."""
    inner = text[d.start : d.end].strip(" \"“”„«»'‘’`")
    words = len(inner.split())
    return words >= MIN_UNCUED_WORDS or (words >= 3 and inner.rstrip()[-1:] in ".!?…")


def _next_sentence(text: str, end: int, start: int) -> bool:
    """Does a quotation at ``start`` follow one ending at ``end`` closely, or open the
    sentence right after it, same paragraph ("…," Ng said before the vote. "That helps.")?"""
    gap = text[end:start]
    if not 0 <= start - end <= 160 or "\n" in gap:
        return False
    if start - end <= 40:
        return True  # "…" and "…", "…" he said, "…"
    return sum(gap.count(c) for c in ".!?") <= 1 and gap.rstrip()[-1:] in (".", "!", "?")


_MINOR_WORDS = frozenset("a an and as at by for from in of on or the to with".split())


def _looks_like_title(q: QuotedSpan, text: str) -> bool:
    """“The Steve Harvey Morning Show”, “How to Foster Long-Term Innovation”: every word
    capitalised but the small ones, no sentence's end, and not the start of a sentence of
    its own. Speech in title case is rare."""
    a, b = q.inner(text)
    inner = text[a:b].strip().rstrip(",")
    words = [w.strip("()[]'’‘\"“”") for w in inner.split()]
    words = [w for w in words if w]
    if len(words) < 2 or len(words) > 10 or inner[-1:] in ".!?…":
        return False
    if not all(w[:1].isupper() or w.lower() in _MINOR_WORDS or not w[:1].isalpha() for w in words):
        return False
    before = text[max(0, q.start - 2) : q.start].strip()
    return before not in ("", ":")  # opening a paragraph or after a colon it may be speech


def _speech_like(q: QuotedSpan, cue: Cue, doc: Doc) -> bool:
    """A short quotation is speech when it ends like a sentence ("I would," she said) or
    follows a colon, and its cue is right beside it."""
    text = doc_text(doc)
    inner_start, inner_end = q.inner(text)
    inner = text[inner_start:inner_end].rstrip()
    ends_like_speech = bool(inner) and inner[-1] in ",.!?…"
    after_colon = text[max(0, q.start - 3) : q.start].strip().endswith(":")
    a, b = cue.char_span(doc)
    near = (0 <= a - q.end <= 25) or (0 <= q.start - b <= 25)
    return (ends_like_speech or after_colon) and near


def _inside_statement(q: QuotedSpan, drafts: list[_Draft]) -> bool:
    return any(d.start <= q.start and q.end <= d.end for d in drafts)


def _stands_alone(q: QuotedSpan, text: str) -> bool:
    """A quotation that is a whole paragraph by itself (a carried-on quote)."""
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end == -1 else line_end
    return not text[line_start : q.start].strip() and len(text[q.end : line_end].strip()) <= 2 and q.word_count(text) >= 3


def _merge_interrupted(drafts: list[_Draft], text: str) -> list[_Draft]:
    """"…," he said, "…" within one sentence is one statement in two pieces."""
    merged: list[_Draft] = []
    for d in drafts:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.type == d.type == QuoteType.DIRECT
            and prev.paragraph == d.paragraph
            and (d.cue is None or d.cue is prev.cue)
            and prev.cue is not None
        ):
            gap = text[prev.end : d.start]
            if 0 < len(gap) <= 80 and not any(ch in ".!?;" for ch in gap) and gap.rstrip().endswith(","):
                prev.pieces = (prev.pieces or [(prev.start, prev.end)]) + [(d.start, d.end)]
                prev.end = d.end
                prev.rule = rules.INTERRUPTED.label(prev.type)  # keeps the first piece's confidence
                continue
        merged.append(d)
    return merged


UNCUED = rules.UNCUED.label(QuoteType.DIRECT)


def _draft(start: int, end: int, type: QuoteType, cue: Cue | None, rule: rules.Rule, paragraph: int, doc: Doc) -> _Draft:
    """A statement found by ``rule``, at the rule's base confidence for its type."""
    act = SAID if cue is None else _act(cue, doc)
    return _Draft(start, end, type, cue, rule.label(type), rule.base(type), paragraph=paragraph, act=act)


def _act(cue: Cue, doc: Doc) -> str:
    """What kind of act ``cue`` reports: said, wrote, thought or found."""
    lemma = doc[cue.verb].lemma_.lower()
    if cue.belief:
        if cue.passive_unnamed and lemma in REPORTED_PASSIVES:
            return SAID  # "is understood to": what sources told the reporter
        return FOUND if lemma in FINDING_VERBS else THOUGHT
    return WROTE if lemma in WRITING_VERBS else SAID


def _headline_name(draft: _Draft, doc: Doc, people: PeopleIndex) -> Token | None:
    """The last word of a person's name right before the headline's colon ("Sanders:",
    "A lesson from Loretta Lynch:"), when the quotation comes after the colon."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, draft.start) + 1
    colon = text.rfind(":", line_start, draft.start)
    if colon == -1:
        return None
    label = doc.char_span(line_start, colon, alignment_mode="contract")
    if label is None or not len(label):
        return None
    last = label[-1]
    if last.i not in people.token_person or people.people[people.token_person[last.i]].kind is not PersonKind.PERSON:
        return None
    return last


def _apply(draft: _Draft, rule: rules.Rule) -> None:
    """``rule`` decided ``draft`` after all: its id and base confidence."""
    draft.rule = rule.label(draft.type)
    draft.confidence = rule.base(draft.type)


def _cue_rule(cue: Cue, doc: Doc) -> rules.Rule:
    """The rule whose finder found ``cue``."""
    if cue.source_rule == "according_to":
        return rules.ACCORDING_TO
    if cue.source_rule == "label":
        return rules.LABEL
    if cue.source_rule == "interview":
        return rules.INTERVIEW
    if cue.belief:
        return rules.BELIEF
    if doc[cue.verb].lemma_.lower() in NAMING_VERBS:
        return rules.NAMING
    return rules.VERB


def _quote_cue(
    q: QuotedSpan,
    doc: Doc,
    in_quote: Callable[[int], bool],
    cues: list[Cue],
    sentences: list[SpacySpan],
    sent_starts: list[int],
    text: str,
) -> tuple[Cue | None, rules.Rule]:
    """A cue for a quotation no reporting clause claimed, and the rule that found it."""
    found = colon_cue(q, doc, in_quote)
    if found is not None:
        return found, rules.COLON
    found = dash_cue(q, doc)
    if found is not None:
        return found, rules.DASH
    found = nearest_cue(q, cues, sentences, sent_starts, text)
    if found is not None:
        return found, rules.SAME_SENTENCE
    return after_quote_cue(q, doc), rules.AFTER_QUOTE


def _drop_duplicates(drafts: list[_Draft]) -> list[_Draft]:
    """One statement per stretch of text: of two cues that claim the same span, the first
    keeps it. Nested statements with their own cue ("X said Y told him that...") stay."""
    kept: list[_Draft] = []
    for d in drafts:
        if any(k.start == d.start and k.end == d.end for k in kept):
            continue
        kept.append(d)
    return kept


def _finish(d: _Draft, doc: Doc) -> Quote:
    text = doc_text(doc)
    cue_span = None
    if d.cue is not None:
        a, b = d.cue.char_span(doc)
        cue_span = Span(a, b, text[a:b])
    speaker = d.speaker
    if d.cue is not None and d.cue.passive_unnamed:
        speaker = None
    return Quote(
        start=d.start,
        end=d.end,
        text=text[d.start : d.end],
        type=d.type,
        speaker=speaker,
        cue=cue_span,
        confidence=d.confidence if speaker is not None or d.type != QuoteType.DIRECT else min(d.confidence, rules.NO_SPEAKER_CONFIDENCE),
        rule=d.rule,
        spans=tuple(Span(a, b, text[a:b]) for a, b in d.pieces or ()),
        carried_on=d.carried_on,
        act=d.act,
    )


__all__ = ["extract"]

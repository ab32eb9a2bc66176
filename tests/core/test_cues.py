"""Reporting cues in every position, an open class of cue words, indirect speech, unnamed sources."""

from __future__ import annotations

import pytest

import saidwhat
from saidwhat import QuoteType

from .helpers import Case, assert_offsets, check_case, params

DIRECT, MIXED, INDIRECT = QuoteType.DIRECT, QuoteType.MIXED, QuoteType.INDIRECT

KESSLER = "Martin Kessler coaches the Millbrook Mariners. "

CUE_CASES = [
    # where the cue sits
    Case("cue-before-colon", KESSLER + 'He said on Monday: "We are ready for the final."',
         "We are ready", DIRECT, "Martin Kessler", cue="said", mention="He"),
    Case("cue-before-comma", KESSLER + 'On Monday he said, "We are ready for the final."',
         "We are ready", DIRECT, "Martin Kessler", cue="said", mention="he"),
    Case("cue-after", '"We are ready for the final," Martin Kessler said on Monday.',
         "We are ready", DIRECT, "Martin Kessler", cue="said", mention="Martin Kessler"),
    Case("cue-after-inverted", '"We are ready for the final," said Martin Kessler, the Mariners coach.',
         "We are ready", DIRECT, "Martin Kessler", cue="said", mention="Martin Kessler"),
    Case("cue-around", KESSLER + '"We are ready," he said, "and we are not afraid of anyone."',
         "not afraid of anyone", DIRECT, "Martin Kessler", cue="said", mention="he"),
    # colon introductions
    Case("colon-appositive-role", "Ingrid Solberg, port manager, said: \u201cThe cranes are fixed.\u201d",
         "The cranes are fixed", DIRECT, "Ingrid Solberg", cue="said", mention="Ingrid Solberg"),
    Case("colon-appositive-description",
         "Rafael Ortiz, the councillor for Millbrook, said: \u201cThe library will not close.\u201d",
         "The library will not close", DIRECT, "Rafael Ortiz", cue="said"),
    Case("manner-verb-inverted", '"We are done with this council and its lies," snapped Marisol.',
         "We are done with this council", DIRECT, "Marisol", cue="snapped", mention="Marisol"),
    Case("manner-verb-inverted-description", '"We are done with this council," snapped the mayor.',
         "We are done with this council", DIRECT, "the mayor", cue="snapped", mention="the mayor"),
    Case("colon-closing-a-paragraph",
         "Tom Hale spoke about the floods with Ana Ruiz on Monday. He said:\n\n"
         "\u201cWe have a situation where the streets are not safe. We have to rebuild the levee.\u201d",
         "We have a situation", DIRECT, "Tom Hale", cue=":", mention="He"),
    Case("colon-verb-first", 'Some experts doubt the plan. Said Ellis: "I do not think she is interested in reform."',
         "I do not think she is interested", DIRECT, "Ellis", cue="Said", mention="Ellis"),
    # cue words: an open class
    Case("according-to-indirect", "The harbour will reopen next month, according to Ingrid Solberg, the port manager.",
         "The harbour will reopen next month", INDIRECT, "Ingrid Solberg", cue="according to"),
    Case("according-to-direct", "\u201cThe cranes are fixed,\u201d according to Ingrid Solberg, the port manager.",
         "The cranes are fixed", DIRECT, "Ingrid Solberg", cue="according to"),
    Case("told-reporters-direct", '"The match will go ahead," Coach Martin Kessler told reporters on Tuesday.',
         "The match will go ahead", DIRECT, "Martin Kessler", cue="told"),
    Case("told-reporters-indirect", "Coach Martin Kessler told reporters that the team would travel by train.",
         "the team would travel by train", INDIRECT, "Martin Kessler", cue="told"),
    Case("in-a-statement", '"We regret the job losses," Fennwick Foods said in a statement on Friday.',
         "We regret the job losses", DIRECT, "Fennwick Foods", cue="said"),
    Case("in-a-statement-indirect",
         "Owen Park, a spokesman for Fennwick Foods, said in a statement that the factory would stay open.",
         "the factory would stay open", INDIRECT, "Owen Park", cue="said"),
    Case("wrote", '"Prices will rise again," the economist Lena Marsh wrote in her weekly newsletter.',
         "Prices will rise again", DIRECT, "Lena Marsh", cue="wrote"),
    Case("added", 'Victor Salas denied the claim. "I never saw the letter," he said. "It was never sent to me," he added.',
         "It was never sent to me", DIRECT, "Victor Salas", cue="added", mention="he"),
    Case("insisted", "Victor Salas, the museum curator, insisted that the painting was genuine.",
         "the painting was genuine", INDIRECT, "Victor Salas", cue="insisted"),
    Case("pointed-out", "Nora Feld, the union leader, pointed out that wages had not risen in ten years.",
         "wages had not risen in ten years", INDIRECT, "Nora Feld", cue="pointed out"),
    Case("made-clear", "Nora Feld, the union leader, made clear that the strike would continue.",
         "the strike would continue", INDIRECT, "Nora Feld", cue="made clear"),
    Case("warned", "Tomas Brenner, the deputy mayor, warned that the river could flood again.",
         "the river could flood again", INDIRECT, "Tomas Brenner", cue="warned"),
    Case("conceded", "Tomas Brenner, the deputy mayor, conceded that the flood defences had failed.",
         "the flood defences had failed", INDIRECT, "Tomas Brenner", cue="conceded"),
    Case("tweeted", '"The dam is too old," Tomas Brenner tweeted on Monday.',
         "The dam is too old", DIRECT, "Tomas Brenner", cue="tweeted"),
]

INDIRECT_CASES = [
    Case("indirect-title-name-said-she", "Ms Ella Brandt said she could no longer work with the board.",
         "could no longer work with the board", INDIRECT, "Ella Brandt", cue="said"),
    Case("indirect-pronoun-said", "Ella Brandt has coached the team for ten years. "
         "She said she could no longer work with the board.",
         "could no longer work with the board", INDIRECT, "Ella Brandt", cue="said", mention="She"),
    Case("indirect-pronoun-pointed-out", "Karl Nyberg leads the dockers' union. "
         "He pointed out that wages had not risen in ten years.",
         "wages had not risen in ten years", INDIRECT, "Karl Nyberg", cue="pointed out", mention="He"),
    Case("indirect-organisation", "Reuters reported that the talks had collapsed.",
         "the talks had collapsed", INDIRECT, "Reuters", cue="reported", mention="Reuters"),
]

# Written after the engine passed the cases above, to check that it generalises.
INDIRECT_VARIANT_CASES = [
    Case("present-tense-claims", "Greta Holm claims the referee was bribed.",
         "the referee was bribed", INDIRECT, "Greta Holm", cue="claims"),
    Case("wrote-that-after-fronted-phrase",
         "In her letter to the board, Greta Holm wrote that she had been treated unfairly.",
         "she had been treated unfairly", INDIRECT, "Greta Holm", cue="wrote"),
    Case("told-friends-no-that", "Greta Holm has retired. She told friends she was tired of travelling.",
         "she was tired of travelling", INDIRECT, "Greta Holm", cue="told", mention="She"),
    Case("denied-that", "Greta Holm denied that she had been paid for the interview.",
         "she had been paid for the interview", INDIRECT, "Greta Holm", cue="denied"),
    Case("adding-that", '"We are broke," Marta Kowalski said, adding that the club would sell its ground.',
         "the club would sell its ground", INDIRECT, "Marta Kowalski", cue="adding"),
]

UNNAMED_CASES = [
    Case("it-was-reported", "It was reported that the factory would close in March.",
         "the factory would close in March", INDIRECT, None, cue="reported"),
    Case("is-said-to", "The minister is said to have offered his resignation twice.",
         "offered his resignation twice", INDIRECT, None, cue="said"),
    Case("named-subject-is-said-to", "Oskar Lund is said to be furious about the leak.",
         "furious about the leak", INDIRECT, None, cue="said"),
    Case("it-has-been-suggested", "It has been suggested that the mayor knew about the leak for months.",
         "the mayor knew about the leak", INDIRECT, None, cue="suggested"),
    Case("is-understood-to", "The chairman is understood to have resigned on Sunday night.",
         "resigned on Sunday night", INDIRECT, None, cue="understood"),
]


@pytest.mark.parametrize("case", params(CUE_CASES + INDIRECT_CASES + INDIRECT_VARIANT_CASES + UNNAMED_CASES))
def test_statement(case: Case) -> None:
    check_case(case)


@pytest.mark.parametrize(
    "text",
    [
        "Ella Brandt has coached the team for ten years. She said she could no longer work with the board.",
        "Nora Feld, the union leader, pointed out that wages had not risen in ten years.",
    ],
    ids=["said", "pointed-out"],
)
def test_indirect_content_is_the_reported_clause_without_the_cue(text: str) -> None:
    result = saidwhat.extract(text)
    assert_offsets(result, text)
    [q] = [q for q in result.quotes if q.type is INDIRECT]
    assert q.cue is not None
    assert not q.span.overlaps(q.cue), (q.text, q.cue.text)
    assert q.speaker is not None and q.speaker.mention is not None
    assert not q.span.overlaps(q.speaker.mention)


@pytest.mark.parametrize(
    "text",
    [
        "It was reported that the factory would close in March.",
        "The minister is said to have offered his resignation twice.",
        "It is rumoured that the club will be sold.",
    ],
    ids=["reported", "said-to", "rumoured"],
)
def test_an_unnamed_source_is_never_invented(text: str) -> None:
    """Whatever is found in an article that names no source has no speaker."""
    result = saidwhat.extract(text)
    assert_offsets(result, text)
    assert all(q.speaker is None for q in result.quotes), [(q.text, q.speaker) for q in result.quotes]


# --- page furniture is not a speaker --------------------------------------------------------

FURNITURE_PAGE = (
    "Harbour fees to rise in May\n"
    "By Lena Marsh\n"
    "EASTWICK, March 3 \u2014 The port authority will raise its fees in May.\n"
    "WATCH: The new cranes arrive at the harbour on a barge\n"
    "READ MORE: Ferry service to resume after the storm repairs\n"
    "Read more: Councillor Ana Ng says the harbour budget is fair to everyone\n"
    "MARKETS: Shares in shipping firms fell sharply on the news today\n"
    "\u201cWe have no choice if we want to keep the quays safe,\u201d said Ingrid Solberg, the port manager.\n"
    "Photo: The harbour at dawn, seen from the old lighthouse\n"
    "Sign up for our newsletter: the best local stories every morning\n"
)

TRANSCRIPT = (
    "Partial transcript of the interview:\n"
    "HALE: Do you think the ferry will run again this year?\n"
    "SOLBERG: It will run again in March, every hour, every day of the week.\n"
)


def test_page_furniture_yields_no_statements() -> None:
    result = saidwhat.extract(FURNITURE_PAGE)
    assert_offsets(result, FURNITURE_PAGE)
    found = [(q.text, q.speaker.name if q.speaker else None) for q in result.quotes]
    assert found == [("\u201cWe have no choice if we want to keep the quays safe,\u201d", "Ingrid Solberg")]
    people = [p.name for p in result.people if p.kind.value == "person"]
    assert people == ["Ingrid Solberg"], people  # not the byline's Lena Marsh, nor Ana Ng of a link


def test_a_transcript_label_is_a_speaker() -> None:
    result = saidwhat.extract(TRANSCRIPT)
    speakers = {q.speaker.name if q.speaker else None for q in result.quotes}
    assert {"HALE", "SOLBERG"} <= {s.upper() for s in speakers if s}, [(q.text, q.speaker) for q in result.quotes]


# --- verbs that report only with content, content from the right side ----------------------


SHAPE_CASES = [
    Case("described-as-quote", "Ana Ruiz described the plan as \u201ca betrayal of every fisherman in Eastwick.\u201d",
         "a betrayal of every fisherman", MIXED, "Ana Ruiz", cue="described"),
    Case("accused-of", "Ana Ruiz accused the mayor of lying about the cost of the harbour wall.",
         "lying about the cost", INDIRECT, "Ana Ruiz", cue="accused"),
    Case("told-reporters-at-a-news-conference",
         "Ana Ruiz told reporters at a news conference that the harbour would reopen in May.",
         "the harbour would reopen in May", INDIRECT, "Ana Ruiz", cue="told"),
    Case("second-coordinated-verb",
         "The coast guard found the boat on Tuesday. It did not name the crew and said it was still searching for a third man.",
         "still searching for a third man", INDIRECT, None, cue="said"),
    Case("according-to-then-participle",
         "Shares in Fennwick Foods fell 3 percent, according to two people familiar with the matter, "
         "adding to the losses of the week.",
         "Shares in Fennwick Foods fell 3 percent", INDIRECT, "two people familiar with the matter", cue="according to"),
]


@pytest.mark.parametrize("case", params(SHAPE_CASES), ids=lambda c: c.id)
def test_reporting_shapes(case: Case) -> None:
    if case.id == "second-coordinated-verb":
        # the statement is found; who "it" is belongs to the speaker tests
        result = saidwhat.extract(case.text)
        assert any("still searching" in q.text and q.cue and q.cue.text == "said" for q in result.quotes)
        return
    check_case(case)


@pytest.mark.parametrize(
    "text",
    [
        "The hackers threatened to release the files unless the city paid.",
        "Locals dubbed the new bridge the Silver Arc.",
        "The ferry company did not respond to requests for comment on Friday.",
        "The report estimated the cost of the new quay at three million euros.",
        "Ana Ruiz, 42, is charged with stealing two boats from the marina.",
        "The new sign on the quay doesn't describe what happened to the old pier.",
    ],
    ids=["threatened-to", "dubbed", "respond-to-requests", "estimated-the-cost", "charged-with", "doesnt-describe"],
)
def test_verbs_without_reported_content_are_no_statements(text: str) -> None:
    result = saidwhat.extract(text)
    assert result.quotes == (), [(q.text, q.rule) for q in result.quotes]


def test_a_transcript_quoted_paragraph_by_paragraph_keeps_its_labels() -> None:
    text = (
        "Partial transcript as follows:\n"
        '"HALE: Will the ferry run again before the winter storms arrive?\n'
        '"SOLBERG: It will run again in March, every hour, every day of the week.\n'
    )
    result = saidwhat.extract(text)
    assert_offsets(result, text)
    found = [(q.speaker.name.upper() if q.speaker else None, q.rule) for q in result.quotes]
    assert found == [("HALE", "direct:label"), ("SOLBERG", "direct:label")], found

"""Quote spans: quotation marks of every kind, carried-on paragraphs, interrupted and mixed quotes."""

from __future__ import annotations

import pytest

import saidwhat
from saidwhat import QuoteType

from .helpers import Case, assert_offsets, check_case, describe, params, statement_at

DIRECT, MIXED = QuoteType.DIRECT, QuoteType.MIXED

ROWING = (
    "Mira Okafor, the head of the Lakeside Rowing Club, was pleased with the regatta. "
    '"We won everything," she said. Her rival Dennis Hale disagreed. '
    "“It was a fluke,” he wrote on his blog. "
    "“The wind was behind them all day,” Mr Hale added."
)

BRIDGE = (
    "The inspector, Paul Grieve, walked the length of the old bridge on Thursday. "
    "''The bridge is unsafe,'' Mr Grieve said. ''Nobody may cross it until spring.''"
)

FESTIVAL = (
    "Hanna Lind, the festival director, spoke at length on Friday. "
    '"The tents are up and the bands have arrived," she said.\n\n'
    '"We sold out in three hours. I have never seen anything like it."\n\n'
    "The festival opens on Saturday."
)

FESTIVAL_LONG = FESTIVAL.replace(
    "The festival opens", '"Next year we will need a bigger field."\n\nThe festival opens'
)

# The old convention: a quote running over paragraphs leaves each paragraph open
# and reopens the next one; the cue comes only at the end.
HARBOUR = (
    "Ingrid Solberg, the port manager, gave a long speech at the harbour on Sunday.\n\n"
    "\u201cThe cranes are fixed,\u201d she said. \u201cThe quays are rebuilt.\n\n"
    "\u201cThe ferries will run again from March, every hour, every day of the week.\u201d\n\n"
    "Ships have been diverted to Northport since the storm."
)

MARK_CASES = [
    Case("straight-marks", ROWING, "We won everything", DIRECT, "Mira Okafor", cue="said", mention="she"),
    Case("typographic-marks", ROWING, "It was a fluke", DIRECT, "Dennis Hale", cue="wrote", mention="he"),
    Case(
        "typographic-title-surname", ROWING, "The wind was behind", DIRECT, "Dennis Hale", cue="added", mention="Mr Hale",
    ),
    Case("doubled-apostrophes", BRIDGE, "The bridge is unsafe", DIRECT, "Paul Grieve", cue="said", mention="Mr Grieve"),
    Case("doubled-apostrophes-second", BRIDGE, "Nobody may cross it", DIRECT, "Paul Grieve"),
]

KOWALSKI = "Marta Kowalski, the club's treasurer"

# Written after the engine passed the cases above, to check that it generalises.
MARK_VARIANT_CASES = [
    Case("nested-single-inside-double",
         "\"He told me 'never again', and I believed him,\" said " + KOWALSKI + ".",
         "and I believed him", DIRECT, "Marta Kowalski", cue="said"),
    Case("guillemets", KOWALSKI + ", said: \u00abWe are broke.\u00bb",
         "We are broke", DIRECT, "Marta Kowalski", cue="said"),
    Case("dash-inside-quote", '"We are broke \u2014 completely broke," Marta Kowalski said. '
         '"Don\'t let anyone tell you otherwise."',
         "Don't let anyone", DIRECT, "Marta Kowalski"),
    Case("colon-after-told-organisation", 'Marta Kowalski told the BBC: "We will sell the ground if we must."',
         "We will sell the ground", DIRECT, "Marta Kowalski", cue="told"),
]

CARRIED_CASES = [
    Case(
        "carried-on-paragraph", FESTIVAL, "We sold out in three hours", DIRECT, "Hanna Lind",
        cue=None, mention=None, carried_on=True,
    ),
    Case(
        "carried-on-second-paragraph", FESTIVAL_LONG, "Next year we will need", DIRECT, "Hanna Lind",
        cue=None, mention=None, carried_on=True,
    ),
    Case(
        "carried-on-open-paragraph", HARBOUR, "The ferries will run again", DIRECT, "Ingrid Solberg",
        mention=None, carried_on=True,
    ),
]

MIXED_CASES = [
    Case(
        "mixed-two-fragments",
        "Ella Brandt, the coach's assistant, said she was \"shocked\" and \"shaken\" by his decision.",
        "by his decision", MIXED, "Ella Brandt", cue="said",
    ),
    Case(
        "mixed-insisted",
        "Victor Salas, the museum curator, insisted it was not a \u201cforced sale\u201d and that the museum had chosen freely.",
        "forced sale", MIXED, "Victor Salas", cue="insisted",
    ),
    Case(
        "mixed-pronoun",
        "Victor Salas runs the museum. He said the painting was \"absolutely genuine\".",
        "absolutely genuine", MIXED, "Victor Salas", cue="said", mention="He",
    ),
]


@pytest.mark.parametrize("case", params(MARK_CASES + MARK_VARIANT_CASES + CARRIED_CASES + MIXED_CASES))
def test_statement(case: Case) -> None:
    check_case(case)


@pytest.mark.parametrize("text", [ROWING, BRIDGE], ids=["straight-typographic", "doubled-apostrophes"])
def test_a_direct_quote_includes_its_marks(text: str) -> None:
    result = saidwhat.extract(text)
    direct = [q for q in result.quotes if q.type is DIRECT]
    assert len(direct) >= 2
    for q in direct:
        assert q.text[0] in "\"“'" and q.text[-1] in "\"”'", q.text


def test_mixed_quote_is_one_statement_holding_its_fragments() -> None:
    text = "Ella Brandt, the coach's assistant, said she was \"shocked\" and \"shaken\" by his decision."
    result = saidwhat.extract(text)
    assert_offsets(result, text)
    assert len(result.quotes) == 1, [q.text for q in result.quotes]
    q = result.quotes[0]
    assert q.type is MIXED
    assert '"shocked"' in q.text and '"shaken"' in q.text
    assert "said" not in q.text  # the content is the reported clause, not the cue


# --- a quote interrupted by its cue ------------------------------------------------------

INTERRUPTED_ONE_SENTENCE = [
    pytest.param(
        '"The vote is closed," Judge Amelia Royce said, "and the result stands."',
        "Amelia Royce", ('"The vote is closed,', '"and the result stands."'),
        id="name",
    ),
    pytest.param(
        "Amelia Royce chaired the count. "
        "\u201cWe counted every ballot twice,\u201d she said, \u201cand then a third time.\u201d",
        "Amelia Royce", ("\u201cWe counted every ballot twice,", "\u201cand then a third time.\u201d"),
        id="pronoun-typographic",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "pieces"), INTERRUPTED_ONE_SENTENCE)
def test_quote_interrupted_within_a_sentence_is_one_statement_in_two_pieces(
    text: str, speaker: str, pieces: tuple[str, str]
) -> None:
    result = saidwhat.extract(text)
    assert_offsets(result, text)
    quotes = [q for q in result.quotes if q.type is DIRECT]
    assert len(quotes) == 1, [q.text for q in quotes]
    q = quotes[0]
    assert q.speaker is not None and q.speaker.name == speaker
    assert len(q.spans) == 2, q.spans
    for piece, expected in zip(q.spans, pieces, strict=True):
        assert piece.text.startswith(expected[:-1]), (piece.text, expected)
        assert q.start <= piece.start and piece.end <= q.end
    # the cue sits between the pieces and is not part of the content
    assert q.cue is not None
    assert q.spans[0].end <= q.cue.start and q.cue.end <= q.spans[1].start


INTERRUPTED_TWO_SENTENCES = [
    pytest.param(
        '"The vote is closed," Judge Amelia Royce said. "The result stands."',
        "Amelia Royce", id="name",
    ),
    pytest.param(
        "Amelia Royce chaired the count. "
        "\u201cWe counted every ballot twice,\u201d she said. \u201cNobody can doubt the result.\u201d",
        "Amelia Royce", id="pronoun-typographic",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), INTERRUPTED_TWO_SENTENCES)
def test_quote_interrupted_across_sentences_is_two_statements_by_one_speaker(
    text: str, speaker: str
) -> None:
    result = saidwhat.extract(text)
    assert_offsets(result, text)
    quotes = [q for q in result.quotes if q.type is DIRECT]
    assert len(quotes) == 2, [q.text for q in quotes]
    assert [q.speaker.name if q.speaker else None for q in quotes] == [speaker, speaker]
    assert quotes[0].end <= quotes[1].start


# --- what is not a statement -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'The council\'s so-called "green deal" was passed on Tuesday.',
        'The film "Rain over Millbrook" opens at the Regal on Friday.',
        "The word \u201cbroke\u201d appears twice in the club\u2019s report.",
    ],
    ids=["scare-quotes", "title", "word-as-word"],
)
def test_quoted_words_nobody_said_are_not_statements(text: str) -> None:
    result = saidwhat.extract(text)
    assert result.quotes == (), [q.text for q in result.quotes]


def test_a_question_put_to_the_speaker_is_not_her_statement() -> None:
    text = 'Asked whether the club would survive, Marta Kowalski said: "I don\'t know."'
    result = saidwhat.extract(text)
    assert [q.text for q in result.quotes] == ['"I don\'t know."']


def test_a_colon_introduction_without_a_speech_verb_names_its_own_speaker() -> None:
    text = KOWALSKI + ', said: \u00abWe are broke.\u00bb Her deputy was blunt: "We have nothing left."'
    result = saidwhat.extract(text)
    q = statement_at(result, Case("", text, "We have nothing left", DIRECT, None).position())
    assert q.speaker is None or q.speaker.name != "Marta Kowalski", describe(q)


# --- marks some outlets use, and quotes that carry on -------------------------------------

NG = "Councillor Ana Ng voted for the budget. "

MORE_MARK_CASES = [
    Case("two-right-single-marks-close", NG + "\u2018\u2018The budget is fair,\u2019\u2019 she said on Monday.",
         "The budget is fair", DIRECT, "Ana Ng", cue="said", mention="she"),
    Case("opened-single-closed-double",
         "Ana Ruiz found her brother at the gate. 'Stop it right now,\" a startled Ana Ruiz told him.",
         "Stop it right now", DIRECT, "Ana Ruiz", cue="told"),
    Case("second-quote-no-mention", NG + "\u201cWe kept our word,\u201d she said. \u201cThe library stays open.\u201d",
         "The library stays open", DIRECT, "Ana Ng", cue=None, mention=None, carried_on=True),
    Case("second-quote-after-words-after-the-verb",
         NG + "\u201cIt is not perfect,\u201d Ng said before Tuesday\u2019s vote. \u201cThat helps.\u201d",
         "That helps", DIRECT, "Ana Ng", cue=None, mention=None, carried_on=True),
]


@pytest.mark.parametrize("case", params(MORE_MARK_CASES))
def test_marks_and_carried_on_quotes(case: Case) -> None:
    check_case(case)


def test_two_right_single_marks_close_a_quote_as_a_double_mark_does() -> None:
    text = NG + "\u2018\u2018The budget is fair,\u2019\u2019 she said. Rain fell all day."
    result = saidwhat.extract(text)
    assert [q.text for q in result.quotes] == ["\u2018\u2018The budget is fair,\u2019\u2019"]


@pytest.mark.parametrize(
    "text",
    [
        "Police have not caught the man. They call him \u201cthe bridge bandit\u201d in town.",
        "Fans queued all night for \u201cThe Last Ferry to Eastwick\u201d, which opens on Friday.",
        "The so-called \u201cgreen corridor plan\u201d was shelved.",
    ],
    ids=["nickname", "film-title", "scare-quote"],
)
def test_titles_nicknames_and_scare_quotes_with_no_speaker_are_not_statements(text: str) -> None:
    result = saidwhat.extract(text)
    assert result.quotes == (), [q.text for q in result.quotes]


def test_a_title_beside_a_cue_is_not_the_speakers_words() -> None:
    text = "On Tuesday\u2019s episode of \u201cThe Harbour Hour With Ana Ng,\u201d the mayor said she was tired."
    result = saidwhat.extract(text)
    assert [q.text for q in result.quotes] == ["she was tired"]


def test_a_quotation_inside_a_quotation_leaves_it_whole() -> None:
    text = "\u201cI would rather live in what he calls \u201chell\u201d than live here.\u201d \u2015 Ana Ruiz\n"
    result = saidwhat.extract(text)
    assert_offsets(result, text)
    found = [(q.text, q.speaker.name if q.speaker else None) for q in result.quotes]
    assert found == [(text[: text.index(" \u2015")], "Ana Ruiz")], found


def test_an_update_label_opens_a_paragraph_of_the_story_not_a_link() -> None:
    text = (
        "The harbour flooded on Sunday.\n\n"
        "UPDATE: Mayor Ana Ruiz said the harbour would stay shut for a week.\n\n"
        "WATCH: Mayor Ana Ruiz says the harbour will stay shut\n"
    )
    result = saidwhat.extract(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in result.quotes] == [
        ("the harbour would stay shut for a week", "Ana Ruiz")
    ]


def test_the_next_sentences_cue_is_not_for_a_quote_that_ended_its_own_sentence() -> None:
    text = (
        'The sign on the gate of the mill read "closed until the owners pay their workers what they are owed." '
        "Hale insisted the mill would reopen."
    )
    result = saidwhat.extract(text)
    speakers = {q.text: q.speaker.name if q.speaker else None for q in result.quotes}
    assert speakers.get("the mill would reopen") == "Hale"
    assert all(name != "Hale" for quoted, name in speakers.items() if quoted.startswith('"closed')), speakers


def test_a_naming_verb_with_two_objects_reports_the_name() -> None:
    text = 'Eastwick branded the mill an "outlaw business in the neighborhood." Hale insisted that the mill "stay open."'
    result = saidwhat.extract(text)
    found = [(q.text, q.speaker.name if q.speaker else None) for q in result.quotes]
    assert found[0][1] == "Eastwick" and "outlaw business" in found[0][0], found


def test_a_quoted_nickname_inside_a_name_is_not_a_statement() -> None:
    text = (
        'Rep. Robert C. "Bobby" Hale opened his farm on Saturday. '
        '"We will win this seat," Hale told the crowd. His niece, Marta "Cia" Lind, cheered.'
    )
    result = saidwhat.extract(text)
    assert [q.text for q in result.quotes] == ['"We will win this seat,"'], [q.text for q in result.quotes]


def test_a_quotation_signed_with_a_dash_and_a_name_is_theirs() -> None:
    text = (
        "We asked readers what they think of the new harbour wall.\n\n"
        "\u201cIt is ugly, and it will not stop the next storm either.\u201d \u2015 Carla Sanchez.\n\n"
        "Photo: the wall at high tide.\n\n"
        "\u201dI feel safer now that it is finally finished.\u201d \u2015 Karen Bobadilla.\n"
    )
    result = saidwhat.extract(text)
    assert_offsets(result, text)
    found = [(q.speaker.name if q.speaker else None, q.rule, q.carried_on) for q in result.quotes if q.type is DIRECT]
    assert found == [("Carla Sanchez", "direct:dash", False), ("Karen Bobadilla", "direct:dash", False)], found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Hale: Ruiz needs to 'get away from all of this personality stuff' with the mayor.\n\n"
            "Tom Hale offered some pointed advice to Ana Ruiz on Friday.",
            "Tom Hale",
        ),
        (
            "A lesson from Ana Ruiz: 'Be the voice that people hear.'\n\n"
            "As a young lawyer, Ana Ruiz said she was asked to give a talk.",
            "Ana Ruiz",
        ),
    ],
    ids=["surname-label", "from-name-label"],
)
def test_a_headline_quote_belongs_to_the_name_before_its_colon(text: str, speaker: str) -> None:
    result = saidwhat.extract(text)
    headline = [q for q in result.quotes if q.start < text.index("\n")]
    assert [(q.speaker.name if q.speaker else None, q.rule) for q in headline] == [(speaker, "direct:headline")]

"""Language: an article that is not English is flagged with its language and yields no
statements and no people; short or empty texts are never flagged. The fixtures are short
articles written for these tests."""

from __future__ import annotations

import pytest

from saidwhat.language import MIN_LETTERS, detect, is_other_language

GERMAN = (
    "Die Stadtverwaltung von Eastwick hat am Montag einen neuen Fahrplan für die Fähre "
    "vorgestellt. „Wir sind bereit, den Hafen zu erweitern“, sagte Bürgermeisterin Clara "
    "Voss. Ihr Stellvertreter Tomas Brenner erklärte, die Pläne seien noch nicht bezahlt."
)
FRENCH = (
    "La mairie d'Eastwick a présenté lundi un nouvel horaire pour le traversier. « Nous "
    "sommes prêts à agrandir le port », a déclaré la mairesse Clara Voss. Son adjoint Tomas "
    "Brenner a expliqué que les travaux n'étaient pas encore financés."
)
ENGLISH = (
    "The town of Eastwick presented a new ferry timetable on Monday. \"We are ready to "
    "expand the harbour,\" said Mayor Clara Voss. Her deputy, Tomas Brenner, said the work "
    "had not been paid for yet."
)
SHORT_OR_ODD = [
    "",
    "   \n\n",
    "OK.",
    "He said no.",
    '"Ja," he said.',
    "Angela Merkel",
    "WATCH: Bürgermeisterin Voss",
    "12:30 — 14:45",
]


@pytest.mark.parametrize(("text", "code"), [(GERMAN, "de"), (FRENCH, "fr"), (ENGLISH, "en")])
def test_detects_the_language_of_a_paragraph(text: str, code: str) -> None:
    assert detect(text) == code


@pytest.mark.parametrize("text", SHORT_OR_ODD)
def test_short_or_empty_texts_are_undetermined_never_flagged(text: str) -> None:
    language = detect(text)
    assert not is_other_language(language), (text, language)


def test_english_with_foreign_names_and_a_foreign_quote_stays_english() -> None:
    text = (
        'Jürgen Müller, the chief executive of Deutsche Bank, said: "Wir schaffen das." '
        "He added that the bank would open three branches in Frankfurt and Köln next year, "
        "and that the board had approved the plan on Tuesday."
    )
    assert not is_other_language(detect(text))


def test_threshold_is_letters_not_characters() -> None:
    assert detect("1234567890 " * 20) is None
    assert MIN_LETTERS <= len(GERMAN)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [(GERMAN, "de"), (FRENCH, "fr")])
def test_a_non_english_article_yields_no_statements_and_no_people(text: str, code: str) -> None:
    import saidwhat

    result = saidwhat.extract(text, id="a1")
    assert result.language == code
    assert result.quotes == () and result.people == ()
    assert result.error is None  # flagged, not an error
    assert saidwhat.article_to_dict(result)["language"] == code


@pytest.mark.model
def test_any_language_reads_it_anyway_and_english_is_read_as_before() -> None:
    import saidwhat

    anyway = saidwhat.extract(GERMAN, any_language=True)
    assert anyway.language == "de" and anyway.people  # read as if English: names found
    english = saidwhat.extract(ENGLISH)
    assert english.language == "en"
    assert [q.speaker.name for q in english.quotes if q.speaker][:1] == ["Clara Voss"]


@pytest.mark.model
def test_a_mixed_batch_keeps_order_and_flags_only_the_foreign_article() -> None:
    import saidwhat

    results = list(saidwhat.extract_many([("en", ENGLISH), ("de", GERMAN), ("short", "OK.")]))
    assert [r.id for r in results] == ["en", "de", "short"]
    assert [r.language for r in results] == ["en", "de", None]
    assert results[0].quotes and not results[1].quotes


@pytest.mark.model
def test_the_cli_lists_a_foreign_article_with_its_language(tmp_path: object) -> None:
    import json
    from pathlib import Path

    from click.testing import CliRunner

    from saidwhat.cli import main

    path = Path(str(tmp_path)) / "fahrplan.txt"
    path.write_text(GERMAN, encoding="utf-8")
    listed = CliRunner().invoke(main, ["extract", str(path), "--format", "text"])
    assert listed.exit_code == 0 and "in language 'de'" in listed.output
    as_json = CliRunner().invoke(main, ["extract", str(path), "--format", "jsonl"])
    record = json.loads(as_json.output)
    assert record["language"] == "de" and record["quotes"] == [] and record["people"] == []
    anyway = CliRunner().invoke(main, ["extract", str(path), "--format", "jsonl", "--any-language"])
    assert json.loads(anyway.output)["people"]

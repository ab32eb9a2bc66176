"""Speaker resolution: every speaker named by the canonical full name of the person meant."""

from __future__ import annotations

import pytest
from spacy.tokens import Span as SpacySpan

import saidwhat
from saidwhat import Person, PersonKind, QuoteType
from saidwhat.core.extract import extract as extract_doc
from saidwhat.nlp import engine_model

from .helpers import Case, assert_offsets, check_case, params

pytestmark = pytest.mark.model

DIRECT, INDIRECT = QuoteType.DIRECT, QuoteType.INDIRECT

# Two people of different genders in play, so "he" and "she" must each find the right one.
COURT = (
    "Petra Varga sued her former coach, Leon Dufresne, on Monday. "
    '"He never paid me," she said. "That is a lie," he told the court.'
)
COURT_REVERSED = (
    "Leon Dufresne sat across the room from Petra Varga. "
    '"She signed the contract," he said. "I did not," she replied.'
)
COUNCIL = (
    "Clara Voss, the mayor of Eastwick, announced her resignation on Monday. "
    '"I have done what I came to do," she said. Her deputy, Tomas Brenner, was less calm. '
    '"This is a shock," he said. "We will keep the harbour open," Ms Voss said. '
    '"I hope so," Brenner replied.'
)
COURT_TITLES = (
    "Petra Varga sued her former coach, Leon Dufresne, on Monday. "
    '"He never paid me," Ms Varga said. "That is a lie," Mr Dufresne replied.'
)
COURT_SURNAMES = (
    "Petra Varga sued her former coach, Leon Dufresne, on Monday. "
    '"He never paid me," Varga said. "That is a lie," Dufresne replied.'
)
GREEN = (
    "Nancy Rook, the leader of the Green Alliance, said the plan was reckless. "
    '"It will cost us dearly," Ms Rook added.'
)

SPEAKER_CASES = [
    # pronouns
    Case("pronoun-she-two-genders", COURT, "He never paid me", DIRECT, "Petra Varga", mention="she"),
    Case("pronoun-he-two-genders", COURT, "That is a lie", DIRECT, "Leon Dufresne", mention="he"),
    Case("pronoun-he-reversed", COURT_REVERSED, "She signed the contract", DIRECT, "Leon Dufresne", mention="he"),
    Case("pronoun-she-reversed", COURT_REVERSED, "I did not", DIRECT, "Petra Varga", mention="she"),
    Case("pronoun-she-council", COUNCIL, "I have done what I came", DIRECT, "Clara Voss", mention="she"),
    Case("pronoun-he-council", COUNCIL, "This is a shock", DIRECT, "Tomas Brenner", mention="he"),
    # title + surname, surname alone
    Case("title-surname-ms", COUNCIL, "We will keep the harbour", DIRECT, "Clara Voss", mention="Ms Voss"),
    Case("title-surname-ms-varga", COURT_TITLES, "He never paid me", DIRECT, "Petra Varga", mention="Ms Varga"),
    Case("title-surname-mr", COURT_TITLES, "That is a lie", DIRECT, "Leon Dufresne", mention="Mr Dufresne"),
    Case("title-surname-after-indirect", GREEN, "It will cost us dearly", DIRECT, "Nancy Rook", mention="Ms Rook"),
    Case("surname-alone", COUNCIL, "I hope so", DIRECT, "Tomas Brenner", mention="Brenner"),
    Case("surname-alone-varga", COURT_SURNAMES, "He never paid me", DIRECT, "Petra Varga", mention="Varga"),
    Case("surname-alone-dufresne", COURT_SURNAMES, "That is a lie", DIRECT, "Leon Dufresne", mention="Dufresne"),
    Case("name-the-tagger-misses",
         "Harriet Cole, the head of the Millbrook water board, spoke on Monday. "
         '"The reservoir is full," she said.',
         "The reservoir is full", DIRECT, "Harriet Cole", mention="she"),
    Case("headline-before-the-article",
         "Ferry service to Eastwick to resume in March\n\n"
         'Clara Voss, the mayor of Eastwick, said the ferry would run again. "The cranes are fixed," she said.',
         "The cranes are fixed", DIRECT, "Clara Voss", mention="she"),
    Case("two-people-title-surname-and-pronouns",
         "Sara Lindqvist and Jonas Berg lead the two biggest parties. Ms Lindqvist said the coalition was over. "
         'Mr Berg disagreed. "Nothing is over," he said. "We will talk again on Monday," she replied.',
         "We will talk again", DIRECT, "Sara Lindqvist", mention="she"),
    # descriptions
    Case("description-role-from-earlier-sentence",
         "Ruth Calder resigned as defence minister on Thursday. "
         'The retired admiral said she could not support the new policy.',
         "could not support the new policy", INDIRECT, "Ruth Calder", mention="The retired admiral"),
    Case("description-former-role",
         "Ruth Calder resigned as defence minister on Thursday. "
         '"I gave forty years to the navy," the former minister wrote in her letter.',
         "I gave forty years", DIRECT, "Ruth Calder", mention="the former minister", cue="wrote"),
    Case("description-appositive-before-name",
         '"I will not stand again," the prime minister, Edith Marr, told parliament.',
         "I will not stand again", DIRECT, "Edith Marr", cue="told"),
    Case("description-subject-with-appositive",
         "Harriet Cole runs the Millbrook water board. Her deputy, Owen Park, said the pipes were old.",
         "the pipes were old", INDIRECT, "Owen Park"),
    Case("description-former-captain",
         "Greta Holm, the former captain of the national hockey team, has retired. "
         '"My knees have had enough," the former captain said on Sunday.',
         "My knees have had enough", DIRECT, "Greta Holm", mention="the former captain"),
    Case("description-chief-executive",
         "Jonas Berg, the chief executive of Fennwick Foods, resigned on Monday. "
         '"It has been an honour," the chief executive said in a statement.',
         "It has been an honour", DIRECT, "Jonas Berg", mention="the chief executive"),
    Case("description-age-direct",
         "Anton Weber, 52, a lorry driver from Kassel, was cleared on Tuesday. "
         '"I am a free man," the 52-year-old told reporters outside the court.',
         "I am a free man", DIRECT, "Anton Weber", mention="52-year-old"),
    Case("description-age-indirect",
         "Jonas Berg has run Fennwick Foods for twenty years. "
         "The 61-year-old said he wanted to spend more time with his family.",
         "he wanted to spend more time", INDIRECT, "Jonas Berg", mention="61-year-old"),
]

# Written after the engine passed the cases above, to check that it generalises.
VARIANT_CASES = [
    Case("title-with-dot", "Dr. Amara Nwosu, who runs the children's ward at St Bride's Hospital, said the new "
         'wing would open in May. "We have waited six years for this," Dr. Nwosu said.',
         "We have waited six years", DIRECT, "Amara Nwosu", mention="Dr. Nwosu"),
    Case("question-inverted-cue", '"Will the bridge be ready?" asked Prof. Henrik Sand, an engineer at Northport '
         'University. "Nobody can say," he added.',
         "Will the bridge be ready", DIRECT, "Henrik Sand", cue="asked"),
    Case("senator-then-ms-dot", "Senator Rosa Delgado has said that she will vote against the bill. "
         '"It punishes the poor," Ms. Delgado told the Eastwick Herald in an interview.',
         "It punishes the poor", DIRECT, "Rosa Delgado", cue="told", mention="Ms. Delgado"),
    Case("inverted-cue-age-role", '"This is the end of an era," said Fiona Grant, 45, a teacher from Millbrook.',
         "This is the end of an era", DIRECT, "Fiona Grant", cue="said"),
    Case("sir-first-name", "Sir Alan Pryce, the former ambassador, says the treaty is dead. "
         '"Nobody believes in it any more," Sir Alan says.',
         "Nobody believes in it", DIRECT, "Alan Pryce", cue="says", mention="Sir Alan"),
    Case("siblings-same-surname", 'Lucia Ferri and her brother Marco run the bakery. "We start at four every '
         'morning," she said. Marco Ferri acknowledged that the hours were hard. "But we love it," he said.',
         "But we love it", DIRECT, "Marco Ferri", mention="he"),
    Case("siblings-same-surname-she", 'Lucia Ferri and her brother Marco run the bakery. "We start at four every '
         'morning," she said. Marco Ferri acknowledged that the hours were hard.',
         "We start at four", DIRECT, "Lucia Ferri", mention="she"),
    Case("description-subject-with-particle-name",
         "The union's spokesman, Piet de Vries, stressed that the strike was legal.",
         "the strike was legal", INDIRECT, "Piet de Vries", cue="stressed"),
    Case("pronoun-after-particle-name",
         "The union's spokesman, Piet de Vries, stressed that the strike was legal. "
         "He noted that members had voted twice.",
         "members had voted twice", INDIRECT, "Piet de Vries", cue="noted", mention="He"),
    Case("age-description-not-given-before",
         'Kenji Watanabe, the team\'s new manager, explained: "We play to win." '
         "The 38-year-old recalled that his first season had been hard.",
         "his first season had been hard", INDIRECT, "Kenji Watanabe", cue="recalled"),
    Case("description-before-the-name",
         '"I\'m not going anywhere," the striker said, when asked about a transfer. '
         "Tariq Haddad, 27, has two years left on his contract.",
         "I'm not going anywhere", DIRECT, "Tariq Haddad", mention="the striker"),
    Case("uncued-paragraphs-after-spoke-to",
         "Ingrid Solberg spoke to the harbour workers on Monday.\n\n"
         '"The cranes are fixed. The quays are rebuilt.\n\n'
         '"The ferries will run again from March."\n\n'
         'Then Tomas Brenner, her deputy, took the microphone. "We still need a new boat," he said.',
         "The cranes are fixed", DIRECT, "Ingrid Solberg"),
]

ORGANISATION_CASES = [
    Case("organisation-reuters-direct", '"The talks have collapsed," Reuters reported on Monday.',
         "The talks have collapsed", DIRECT, "Reuters", cue="reported", mention="Reuters"),
    Case("organisation-reuters-indirect", "Reuters reported that the talks had collapsed.",
         "the talks had collapsed", INDIRECT, "Reuters", cue="reported", mention="Reuters"),
    Case("organisation-company", "Fennwick Foods said in a statement that it would close two factories.",
         "it would close two factories", INDIRECT, "Fennwick Foods", cue="said"),
    Case("organisation-the-company", "In a statement, Fennwick Foods said it regretted the decision. "
         "The company added that staff would be paid until June.",
         "staff would be paid until June", INDIRECT, "Fennwick Foods", cue="added", mention="The company"),
]


@pytest.mark.parametrize("case", params(SPEAKER_CASES + VARIANT_CASES))
def test_speaker(case: Case) -> None:
    q = check_case(case)
    assert q.speaker is not None and q.speaker.kind is PersonKind.PERSON


@pytest.mark.parametrize("case", params(ORGANISATION_CASES))
def test_organisation_speaks(case: Case) -> None:
    q = check_case(case)
    assert q.speaker is not None and q.speaker.kind is PersonKind.ORGANISATION


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Officials said the road would reopen on Friday.", "Officials", id="officials"),
        pytest.param("Police said no one had been hurt.", "Police", id="police"),
    ],
)
def test_a_group_speaks_as_a_group(text: str, name: str) -> None:
    [q] = saidwhat.extract(text).quotes
    assert q.speaker is not None and q.speaker.name == name
    assert q.speaker.kind is PersonKind.GROUP


# --- people: aliases and descriptors ------------------------------------------------------


def person(text: str, name: str) -> Person:
    result = saidwhat.extract(text)
    assert_offsets(result, text)
    found = {p.name: p for p in result.people}
    assert name in found, f"{name!r} not among people {sorted(found)}"
    return found[name]


@pytest.mark.parametrize(
    ("text", "name", "descriptor"),
    [
        pytest.param(GREEN, "Nancy Rook", "the leader of the Green Alliance", id="appositive-description"),
        pytest.param("Ingrid Solberg, port manager, said: \u201cThe cranes are fixed.\u201d",
                     "Ingrid Solberg", "port manager", id="appositive-bare-role"),
        pytest.param(COUNCIL, "Clara Voss", "the mayor of Eastwick", id="appositive-mayor"),
        pytest.param(COUNCIL, "Tomas Brenner", "deputy", id="preceding-description"),
    ],
)
def test_descriptors_come_from_appositives(text: str, name: str, descriptor: str) -> None:
    p = person(text, name)
    assert any(descriptor.lower() in d.lower() for d in p.descriptors), p.descriptors


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        pytest.param(COUNCIL, "Clara Voss", "Ms Voss", id="title-surname"),
        pytest.param(GREEN, "Nancy Rook", "Ms Rook", id="title-surname-rook"),
    ],
)
def test_aliases_are_kept_on_the_person(text: str, name: str, alias: str) -> None:
    p = person(text, name)
    assert alias in p.aliases, p.aliases


def test_a_headline_word_is_not_a_person() -> None:
    text = (
        "Ferry service to Eastwick to resume in March\n\n"
        'Clara Voss, the mayor of Eastwick, said the ferry would run again. "The cranes are fixed," she said.'
    )
    people = {p.name for p in saidwhat.extract(text).people if p.kind is PersonKind.PERSON}
    assert people == {"Clara Voss"}


def test_a_pronoun_after_someone_else_in_the_sentence_does_not_gender_a_name() -> None:
    """"she" after Tom Hale here is the woman the sentence opened with: Tom stays a man."""
    text = (
        "Ana Ruiz was released in March.\n\n"
        '"It never crossed my mind that I was ill," she said months later, and one reason was '
        "the rise of Tom Hale, who had talked about the things she had come to believe."
    )
    hale = next(p for p in saidwhat.extract(text).people if p.name == "Tom Hale")
    assert hale.gender == "male", hale


def test_one_person_per_speaker_across_the_article() -> None:
    """Every way the article names Clara Voss lands on one person, with her gender."""
    result = saidwhat.extract(COUNCIL)
    voss = [p for p in result.people if "Voss" in p.name]
    assert [p.name for p in voss] == ["Clara Voss"]
    assert voss[0].gender == "female"
    speakers = {q.speaker.name for q in result.quotes if q.speaker}
    assert speakers == {"Clara Voss", "Tomas Brenner"}


# --- one case per shape, with the resolver that must decide it --------------------------

OKAFOR = (
    'Dr Ruth Ade opened the clinic on Monday. "We have waited years for this," she said.\n\n'
    "Grace Okafor, a nurse from Millbrook, needed no persuading.\n\n"
    '"I am grateful for every bed we get, and so are my patients."'
)
SHAPE_CASES = [
    Case("shape-name-title-surname", COURT_TITLES, "He never paid me", DIRECT, "Petra Varga", rule="name"),
    Case("shape-pronoun-by-gender", COURT, "That is a lie", DIRECT, "Leon Dufresne", mention="he", rule="pronoun"),
    Case("shape-pronoun-not-a-place",
         'Marta Lind toured Jordan and Georgia last week. "The roads are terrible," she said.',
         "The roads are terrible", DIRECT, "Marta Lind", mention="she", rule="pronoun"),
    Case("shape-pronoun-subject-over-earlier-speaker",
         '"The bridge is safe," said Tomas Brenner, the engineer. Daniel Weber of the Eastwick Herald agreed '
         'with Brenner about the repairs. "The work was done well," he wrote.',
         "The work was done well", DIRECT, "Daniel Weber", mention="he", rule="pronoun"),
    Case("shape-pronoun-one-word-name",
         'Ana spoke from the stage. "I love dogs," she said.',
         "I love dogs", DIRECT, "Ana", mention="she", rule="pronoun"),
    Case("shape-appositive", '"I will not stand again," the prime minister, Edith Marr, told parliament.',
         "I will not stand again", DIRECT, "Edith Marr", rule="appositive"),
    Case("shape-relative", "The council hired Dana Moss, who said the budget was far too small.",
         "the budget was far too small", INDIRECT, "Dana Moss", mention="who", rule="relative"),
    Case("shape-inverted-title-org-name",
         '"The harbour is full," says Harbourview director Tom Idris.',
         "The harbour is full", DIRECT, "Tom Idris", rule="name"),
    Case("shape-title-organisation-not-speaker",
         "Acme editor-in-chief Jo Bell said the paper would close in June.",
         "the paper would close in June", INDIRECT, "Jo Bell", rule="name"),
    Case("shape-double-surname",
         "Anna Lloyd Baptiste runs the rowing club. Lloyd Baptiste said the club would close in May.",
         "the club would close in May", INDIRECT, "Anna Lloyd Baptiste", rule="name"),
    Case("shape-nickname",
         'Robert Hale, the harbour master, met the fishermen on Monday. "The quay is safe," Bob Hale said.',
         "The quay is safe", DIRECT, "Robert Hale", rule="name"),
    Case("shape-namesake-by-title",
         "Bill Okafor and his wife, Hillary Okafor, run the bakery. "
         "Mrs. Okafor said the ovens were forty years old.",
         "the ovens were forty years old", INDIRECT, "Hillary Okafor", rule="name"),
    Case("shape-quoted-nickname",
         'Rep. Robert C. "Bobby" Hale opened his farm on Saturday. "We will win this seat," Bobby Hale said.',
         "We will win this seat", DIRECT, "Robert C. Hale", rule="name"),
    Case("shape-title-gender-not-the-namesake",
         "Greta Lindqvist opened the fair on Sunday. Mr. Lindqvist said the harvest had been poor this year.",
         "the harvest had been poor", INDIRECT, "Lindqvist", rule="name"),
    Case("shape-abbreviated-title-role",
         "Sen. Rosa Delgado and Mayor Ivo Rask toured the flooded valley. "
         "The senator said the levees had failed.",
         "the levees had failed", INDIRECT, "Rosa Delgado", mention="The senator", rule="description"),
    Case("shape-description-by-its-words",
         "Republican nominee Maria Lopez and Democratic nominee Daniel Weber met in Eastwick on Monday. "
         "The Republican nominee said the harbour tax would go.",
         "the harbour tax would go", INDIRECT, "Maria Lopez", mention="The Republican nominee", rule="description"),
    Case("shape-description-by-gender",
         "Tom Hale opened the school on Monday with Ana Ruiz. Hale said the roof leaked. "
         "Hale said the city would pay. The former first lady said the children deserved better.",
         "the children deserved better", INDIRECT, "Ana Ruiz", mention="The former first lady", rule="description"),
    Case("shape-description-by-gender-male",
         "Ana Ruiz opened the school on Monday with Tom Hale. Ruiz said the roof leaked. "
         "Ruiz said the city would pay. The congressman said the children deserved better.",
         "the children deserved better", INDIRECT, "Tom Hale", mention="The congressman", rule="description"),
    Case("shape-possessive-description",
         "Bryan Hale hired a lawyer on Monday. His lawyer said the case against him was weak.",
         "the case against him was weak", INDIRECT, "Bryan Hale’s lawyer", rule="unnamed"),
    Case("shape-occasion-participle",
         'Mayor Ana Ruiz spoke on Monday. "We will rebuild," she said at a news conference announcing '
         "that the city would borrow ten million euros.",
         "the city would borrow ten million euros", INDIRECT, "Ana Ruiz", mention="she", rule="pronoun"),
    Case("shape-name-suffix-kept",
         "Mayor Samuel T. Okoro Jr. opened the bridge on Monday. Mr. Okoro said the toll would end in May.",
         "the toll would end in May", INDIRECT, "Samuel T. Okoro Jr.", rule="name"),
    Case("shape-coordinated-names-with-parentheses",
         "Sens. Ana Ruiz (D-Ore.), Tom Hale (D-Ohio) and Mark Stein (D-N.J.) said the bank had failed.",
         "the bank had failed", INDIRECT, "Ana Ruiz, Tom Hale and Mark Stein", rule="coordination"),
    Case("shape-continuation",
         '"We start at four every morning," said Lucia Ferri.\n\n"But we love it, and the town needs bread."',
         "But we love it", DIRECT, "Lucia Ferri", mention=None, rule="continuation"),
    Case("shape-turned-to-someone-else", OKAFOR, "I am grateful for every bed", DIRECT, "Grace Okafor",
         mention=None, rule="introduced"),
    Case("shape-coordinated-sources", '"We love dogs!" answer Ana and Raj.',
         "We love dogs", DIRECT, "Ana and Raj", rule="coordination"),
    Case("shape-coordinated-name-and-group",
         "Maria Lopez and other community members said the school must stay open.",
         "the school must stay open", INDIRECT, "Maria Lopez and other community members", rule="coordination"),
    Case("shape-author-closing-note",
         "My mother kept every letter she was sent.\n\n"
         "I told my brother that the letters belonged in a library, not in a box.\n\n"
         "Ines Okonjo is a novelist in Halifax and the author of three books.",
         "the letters belonged in a library", INDIRECT, "Ines Okonjo", mention="I", rule="author"),
    Case("shape-author-byline",
         "By Tomas Brenner\n\nI warned the council that the bridge would not hold, and it did not.",
         "the bridge would not hold", INDIRECT, "Tomas Brenner", mention="I", rule="author"),
    Case("shape-pronoun-gender-from-the-article",
         "Htin Oyelaran opened the new ferry terminal on Monday. He said the harbour had waited years for it.\n\n"
         'Tamar Oyelowo runs the harbour. Oyelaran thanked the crews at the ceremony. '
         '"The first boat leaves at six," she said.',
         "The first boat leaves at six", DIRECT, "Tamar Oyelowo", mention="she", rule="pronoun"),
    Case("shape-surname-misspelt",
         "Two voters, Margaret Kowalczyk and Bo Lind, saw the rally. Kowalcyk said the mayor never listens.",
         "the mayor never listens", INDIRECT, "Margaret Kowalczyk", rule="name"),
    Case("shape-pronoun-to-the-one-introduced-with-a-role",
         "The rallies had singers, which worried Tom Hale, president of the Eastwick Caucus, as much as Pablo Ruiz."
         '\n\n"No one is writing songs for the mayor," he said.',
         "No one is writing songs", DIRECT, "Tom Hale", mention="he", rule="pronoun"),
    Case("shape-appositive-organisation",
         "The landlord, Prairie Homes Ltd., says it needs the property for renovations.",
         "it needs the property", INDIRECT, "Prairie Homes Ltd.", mention="The landlord", rule="appositive"),
    Case("shape-organisation-not-the-one-written-to",
         "The landlord, Prairie Homes Ltd., wants the house back. In an email to CBC News, the company said "
         'tenants had been given notice. "We have followed every rule," it said.',
         "We have followed every rule", DIRECT, "Prairie Homes Ltd.", mention="it", rule="organisation-pronoun"),
    Case("shape-acronym-in-brackets-after-a-clause",
         "The Northwest Seaport Alliance (NSA), which manages the terminal, backed the lease on Monday. "
         "NSA says the deal follows all state rules.",
         "the deal follows all state rules", INDIRECT, "Northwest Seaport Alliance", mention="NSA"),
    Case("shape-content-after-the-dateline",
         "OTTAWA — The government will review how it funds wildfire response, Minister Ana Ruiz said Thursday.",
         "The government will review", INDIRECT, "Ana Ruiz", mention="Minister Ana Ruiz"),
    Case("shape-pronoun-after-a-described-subject",
         'Kathleen Wynne-Hart will run for mayor, her campaign manager, Devika Rao, said on Monday. '
         '"People are excited," Rao said.\n\nThe former premier laughed. "I am younger than the transit plan," she said.',
         "I am younger than the transit plan", DIRECT, "Kathleen Wynne-Hart", mention="she", rule="pronoun"),
    Case("shape-quantified-relative",
         "Relatives of the victims, many of whom say the claims are unfounded, met Mayor Ana Ruiz.",
         "the claims are unfounded", INDIRECT, "Relatives of the victims", mention="many", rule="quantified"),
    Case("shape-quantified-each",
         "Tom Hale and Ana Ruiz took the stage on Monday, each saying the other was unfit for office.",
         "the other was unfit for office", INDIRECT, "Tom Hale and Ana Ruiz", mention="each", rule="quantified"),
    Case("shape-document-of-a-person",
         "Connie Mariano was the White House doctor. According to her account, the president was never told.",
         "the president was never told", INDIRECT, "Connie Mariano", mention="her account", rule="document"),
    Case("shape-document-of-an-organisation",
         "The International Monetary Fund met in May. The economy will slow, the IMF report stated.",
         "The economy will slow", INDIRECT, "International Monetary Fund", rule="document"),
    Case("shape-namesake-by-role",
         "President Hale spoke first.\n\nThe first lady, Maria Hale, opened the library on Monday. "
         "President Hale said the harbour tax would go.",
         "the harbour tax would go", INDIRECT, "Hale", rule="name"),
    Case("shape-role-title-joins-the-one-named",
         "Elizabeth Warren spoke on Monday. Sen. Warren said the bank had failed.",
         "the bank had failed", INDIRECT, "Elizabeth Warren", rule="name"),
    Case("shape-person-typed-organisation",
         "McAuliffe has said the seat is open, but he refuses to discuss appointees, aside from saying he wants "
         "a diverse delegation.",
         "he wants a diverse delegation", INDIRECT, "McAuliffe", mention="he", rule="pronoun"),
    Case("shape-quote-taken-for-the-subject",
         'The caucus lined up behind him.\n\n"He would be a great senator. Not good, great. One of the brightest '
         'members of the entire Congress," Rep. Elijah E. Cummings (D-Md.) said in a phone interview.',
         "One of the brightest", DIRECT, "Elijah E. Cummings", cue="said"),
    Case("shape-pronouns-over-the-name-table",
         "Aung San Suu Kyi arrived in Washington on Monday, and she spoke to students there.\n\n"
         'Htin Kyaw greeted reporters at the hotel, and he smiled. "Unity also means prosperity," she said.',
         "Unity also means prosperity", DIRECT, "Aung San Suu Kyi", mention="she", rule="pronoun"),
    Case("shape-dateline-is-not-the-subject",
         "Museum opens\n\nWASHINGTON -- President Tom Hale, opening the harbour museum on Saturday, said it would "
         "tell the story of the port.",
         "it would tell the story", INDIRECT, "Tom Hale", rule="name"),
    Case("shape-gerund-of-a-passive-subject",
         "Mayor Ana Ruiz fell ill on Monday. After saying her chest hurt, she was taken to the hospital.",
         "her chest hurt", INDIRECT, "Ana Ruiz", mention="she", rule="pronoun"),
]

REPEATED_CASES = [
    Case("shape-repeated-description",
         "A Harbour Institute poll of 900 fishermen came out on Monday.\n\n"
         "The mayor was pleased. Most boats want a longer season, according to the poll.",
         "Most boats want a longer season", INDIRECT, "A Harbour Institute poll of 900 fishermen",
         mention="the poll", rule="repeated"),
    Case("shape-repeated-description-of-a-name",
         "Fennwick Foods, a bakery chain, closed its plant on Monday. The chain said staff would be paid.",
         "staff would be paid", INDIRECT, "Fennwick Foods", mention="The chain", rule="repeated"),
    Case("shape-repeated-not-through-a-possessive",
         "Lena Marsh runs a fishing fleet. Her bank froze its loans on Monday. "
         "The bank said the fleet had missed three payments.",
         "the fleet had missed three payments", INDIRECT, "The bank", mention="The bank"),
]

JUDGE = (
    "Judge keeps harbour files sealed\n\n"
    "A Millbrook judge has rejected a request by Tomas Brenner to unseal the harbour files, saying the courts "
    "have no business in politics.\n\n"
    "The Eastwick Herald had asked for the records too. Circuit Judge Frank Nervo rejected that argument on Thursday."
)
UNNAMED_CASES = [
    Case("shape-described-then-named", JUDGE, "the courts have no business", INDIRECT, "Frank Nervo",
         mention="A Millbrook judge", rule="named-next"),
    Case("shape-anonymous-source-not-the-next-name",
         "A source close to the talks said the deal was off. Minister Ana Ruiz declined to comment.",
         "the deal was off", INDIRECT, "A source close to the talks", rule="unnamed"),
    Case("shape-unnamed-whole-description",
         "A source close to the negotiations said the deal was off.",
         "the deal was off", INDIRECT, "A source close to the negotiations", rule="unnamed"),
    Case("shape-group-described", "Some residents said the water rose very fast.",
         "the water rose very fast", INDIRECT, "Some residents", rule="group"),
    Case("shape-group-whole-description",
         "Experts on river engineering and flood defence said the levee had been too low.",
         "the levee had been too low", INDIRECT, "Experts on river engineering and flood defence", rule="group"),
    Case("shape-relative-through-appositive",
         "The inquiry heard from Tomas Brenner, a clerk at the harbour office who said the accounts were never audited.",
         "the accounts were never audited", INDIRECT, "Tomas Brenner", mention="who", rule="relative"),
    Case("shape-relative-through-appositive-role",
         "Voters have never warmed to Ivo Rask, now the senate majority leader, who in 2010 said the tax had to go.",
         "the tax had to go", INDIRECT, "Ivo Rask", mention="who", rule="relative"),
    Case("shape-subject-the-parser-joined-to-a-place",
         "At a forum in Eastwick, Marta Lind, the head of the port authority, firmly told the audience "
         "that the harbour would stay open.",
         "the harbour would stay open", INDIRECT, "Marta Lind", mention="Marta Lind", rule="name"),
    Case("shape-pronoun-after-a-possessive-description",
         "Daniel Weber, one of the governor's closest aides, recalled Governor Tom Hale talking about the floods. "
         "The governor's childhood by the river also came into play. "
         "Last week, he told a meeting of farmers that few people understood the river better.",
         "few people understood the river better", INDIRECT, "Tom Hale", mention="he", rule="pronoun"),
    Case("shape-pronoun-one-word-names-by-the-table",
         'Melanie sat on the sofa. Kevin fell asleep beside her. "He is winning," she said.',
         "He is winning", DIRECT, "Melanie", mention="she", rule="pronoun"),
    Case("shape-description-by-party-over-the-other-nominee",
         "Ana Ruiz, the Democratic nominee, debated Tom Hale, a Republican, on Monday. "
         "The Republican nominee said the harbour tax would go.",
         "the harbour tax would go", INDIRECT, "Tom Hale", mention="The Republican nominee", rule="description"),
    Case("shape-party-word-for-one-person",
         "The Democrats met on Monday. Tom Hale, a Republican, stayed away. The Republican said the harbour tax would go.",
         "the harbour tax would go", INDIRECT, "Tom Hale", mention="Republican", rule="description"),
    Case("shape-headline-label-before-the-subject",
         "The Latest: Hale urges voters to check their registration.\n\nTom Hale spoke in Eastwick on Monday.",
         "voters to check their registration", INDIRECT, "Tom Hale", mention="Hale", rule="name"),
    Case("shape-pronoun-to-someone-introduced-with-a-clause-over-the-last-speaker",
         '"The plan costs too much," said Ana Ruiz, a former budget aide. The harbour would lose most, Ruiz said.\n\n'
         "It has become an issue in the race, with Clara Voss \u2014 who has called for an inquiry \u2014 attacking the plan.\n\n"
         '"It is a disgrace," she said at the debate.',
         "It is a disgrace", DIRECT, "Clara Voss", mention="she", rule="pronoun"),
    Case("shape-quantified-group-before-a-comma",
         "This has not gone over well with family members of flood victims, many of whom say the mayor's claims are unfounded.",
         "the mayor's claims are unfounded", INDIRECT, "family members of flood victims", rule="quantified"),
    Case("shape-name-beside-a-description-in-a-sentence-after-the-quote",
         '"This is a big year for us!" Hale\'s niece, state Del. Marta Lind (D-Eastwick), shouted to the crowd.',
         "This is a big year for us", DIRECT, "Marta Lind"),
]

ORGANISATION_SHAPE_CASES = [
    Case("shape-organisation-pronoun",
         'Fennwick Foods closed its plant in Millbrook on Friday. "We had no choice," it said in a statement.',
         "We had no choice", DIRECT, "Fennwick Foods", mention="it", rule="organisation-pronoun"),
    Case("shape-acronym",
         "The Northern Grid Authority (NGA) raised prices on Monday. NGA says the grid is too old to last.",
         "the grid is too old", INDIRECT, "Northern Grid Authority", rule="name"),
    Case("shape-acronym-after-name",
         "The Coastal News Service reported the storm first. CNS said that the harbour wall had cracked.",
         "the harbour wall had cracked", INDIRECT, "Coastal News Service", mention="CNS"),
    Case("shape-it-is-the-ad-not-the-organisation-inside-it",
         "The ad shows footage of the mayor at the harbour and cites the Coast Guard. "
         "It also says that she voted against the new wall.",
         "she voted against the new wall", INDIRECT, "The ad", mention="It", rule="thing-pronoun"),
    Case("shape-repeated-by-another-word-for-it",
         'The party released a web video on Monday mocking the mayor. The clip says she "failed the harbour."',
         "failed the harbour", QuoteType.MIXED, "a web video", mention="The clip", rule="repeated"),
    Case("shape-the-pair-named-before",
         "Ana Ruiz and Tom Hale toured the flood zones on Monday. "
         "The senators said developers had drawn the zones far too broadly.",
         "developers had drawn the zones", INDIRECT, "Ana Ruiz and Tom Hale", mention="The senators", rule="group"),
    Case("shape-they-for-an-organisation",
         "After the debate the Eastwick Harbour Authority did a fact-check on the claim of Mayor Ana Ruiz. "
         "On Tuesday they published the result, announcing that her claim was true.",
         "her claim was true", INDIRECT, "Eastwick Harbour Authority", mention="they", rule="group-pronoun"),
    Case("shape-a-dash-ends-the-mention",
         "Hale leaves an aggressive - some say unrealistic - pledge made in Eastwick to cut harbour fees in half by 2050.",
         "unrealistic", INDIRECT, "some", mention="some"),
    Case("shape-a-named-source-and-others-beside-its-appositive",
         "Tailored training can be extremely effective in reducing harm, according to Tom Hale, "
         "head of the Eastwick Centre for Veterans Studies, and other scientists.",
         "Tailored training can be extremely effective", INDIRECT, "Tom Hale and other scientists", rule="coordination"),
    Case("shape-an-organisation-and-a-chain-named-by-its-owner",
         "The Eastwick Courier sued the port on Monday. The Eastwick Courier and the Hale newspaper chain filed "
         "a motion to unseal the records, arguing the records were needed for public debate.",
         "the records were needed for public debate", INDIRECT,
         "Eastwick Courier and the Hale newspaper chain", rule="coordination"),
    Case("shape-a-description-and-others-coordinated",
         "Tom Hale, the Republican nominee, spoke on Monday. "
         "The Republican nominee and his aides haven't said much about how he is preparing for the debate.",
         "how he is preparing for the debate", INDIRECT, "Tom Hale and his aides", rule="coordination"),
    Case("shape-relative-after-the-last-one-listed",
         "The ceremony featured celebrities like Ana Ruiz, Tom Hale, Rita Moss and Ivo Rask, who joked of the museum, "
         "''I haven't seen it yet, but I'm going to.''",
         "I haven't seen it yet", DIRECT, "Ivo Rask", mention="who", rule="relative"),
    Case("shape-a-past-tense-after-a-modal-clause-goes-with-the-reporter",
         "Prime Minister Ana Ruiz said this week that the country would formally declare its intention to leave "
         "the union by March and suggested that it would withdraw from the single market.",
         "it would withdraw from the single market", INDIRECT, "Ana Ruiz", mention="Ana Ruiz"),
    Case("shape-two-names-sharing-a-possessive",
         "Ana Ruiz and Tom Hale toured the port. Ruiz and Hale's gut reaction is to tell the people of Eastwick "
         "that the harbour is safe.",
         "the harbour is safe", INDIRECT, "Ana Ruiz and Tom Hale", rule="coordination"),
    Case("shape-quantified-group-between-dashes",
         "Ruiz unveiled endorsements from 95 retired generals and admirals -- most of whom had previously "
         "announced their support -- who cited her years as mayor.",
         "their support", INDIRECT, "95 retired generals and admirals", rule="quantified"),
    Case("shape-description-never-the-other-party",
         "Tom Hale, the Republican presidential nominee, met Ana Ruiz, a Democrat, in Eastwick on Monday. Hale spoke "
         "first. The Democratic presidential nominee said the harbour tax would stay.",
         "the harbour tax would stay", INDIRECT, "Ana Ruiz", mention="The Democratic presidential nominee",
         rule="description"),
    Case("shape-repeated-her-organisation",
         "Ana Ruiz opened her office in Eastwick on Monday. A spokeswoman for Ana Ruiz says neither the mayor nor "
         "her campaign took money from the port. The campaign says the candidate will announce a harbour plan on Friday.",
         "the candidate will announce a harbour plan", INDIRECT, "Ana Ruiz’s campaign", mention="The campaign",
         rule="repeated"),
    Case("shape-it-is-someones-organisation",
         "Ana Ruiz's campaign is defending her tweets about the port. "
         "It is denouncing what it calls \u201cthe biggest coordinated attack in the town's history.\u201d",
         "the biggest coordinated attack", QuoteType.MIXED, "Ana Ruiz's campaign", mention="it", rule="thing-pronoun"),
    Case("shape-they-after-according-to",
         "Tom Hale ran the harbour board for years, according to former board members. "
         "They said he rated staff by how loudly they agreed with him.",
         "he rated staff", INDIRECT, "former board members", mention="They", rule="group-pronoun"),
    Case("shape-organisation-by-what-it-is",
         "Harbour Air cut three routes on Monday. The airline said fuel costs had doubled.",
         "fuel costs had doubled", INDIRECT, "Harbour Air", rule="organisation-description"),
    Case("shape-organisation-by-its-noun",
         "The International Monetary Fund cut its forecast on Tuesday. The fund said growth would slow.",
         "growth would slow", INDIRECT, "International Monetary Fund", rule="organisation-description"),
]


@pytest.mark.parametrize("case", params(SHAPE_CASES + UNNAMED_CASES + ORGANISATION_SHAPE_CASES + REPEATED_CASES))
def test_speaker_shape_and_resolver(case: Case) -> None:
    check_case(case)


def test_every_resolver_is_documented_with_an_example() -> None:
    from saidwhat.core.speakers import CHAIN, RESOLVERS

    assert set(CHAIN) <= set(RESOLVERS)
    for rule, resolver in RESOLVERS.items():
        assert resolver.id == rule and 0 < resolver.confidence <= 1
        assert '"' in resolver.example or "“" in resolver.example, f"{rule}: no example sentence"


def test_every_speaker_says_how_it_was_found() -> None:
    from saidwhat.core.speakers import RESOLVERS

    result = saidwhat.extract(COUNCIL + "\n\n" + OKAFOR)
    assert result.quotes
    for q in result.quotes:
        assert q.speaker is not None and q.speaker.rule in RESOLVERS, q
    pronoun = next(q for q in result.quotes if q.speaker and q.speaker.rule == "pronoun")
    assert pronoun.speaker is not None and pronoun.speaker.antecedent is not None
    assert pronoun.speaker.antecedent.start < pronoun.speaker.mention.start  # type: ignore[union-attr]


# --- people registry: one person per individual, no junk ------------------------------

TRAPS = (
    "TOLEDO, Ohio — WATCH: Mayor Wade Kessler and his council met on Monday.\n\n"
    "Gender Equality\n\n"
    "Welcoming Lin Mei at the summit, Kessler praised the new harbour. "
    "Lin said that the harbour would open in May. North Korea was not mentioned. "
    "Ms Lin, an engineer from Millbrook, has built ports on three continents.\n\n"
    "READ MORE: Harbour plans\n\n"
    '"We are ready," Mr. Kessler said. Anna Lloyd Baptiste, the port director, agreed. '
    '"Lloyd Baptiste has waited ten years," Kessler said. Bobby Kessler, his brother, stayed away.'
)


@pytest.mark.parametrize(
    "headline",
    [
        "Harbour Workers Rip Tomas Brenner Over Pay",  # words before the name
        "Brenner Hid Past Illness From Harbour Board",  # a headline verb after a surname
        "Star Crane Driver Corners Brenner Over Pay",  # words before a surname
        "Brenner Sees Personal Insult In Pay Vote",
    ],
)
def test_headline_words_around_a_name_are_not_part_of_it(headline: str) -> None:
    text = headline + "\n\nTomas Brenner, the port director, said on Monday that wages would rise in May."
    persons = {p.name for p in saidwhat.extract(text).people if p.kind is PersonKind.PERSON}
    assert persons == {"Tomas Brenner"}


@pytest.mark.parametrize("outlet", ["Politico", "Reuters", "Gallup"])
def test_a_news_outlet_is_not_a_person(outlet: str) -> None:
    text = f"According to {outlet}, Tomas Brenner will quit in May. {outlet} said the port board had met twice."
    result = saidwhat.extract(text)
    assert {p.name for p in result.people if p.kind is PersonKind.PERSON} <= {"Tomas Brenner"}
    assert all(q.speaker is None or q.speaker.kind is not PersonKind.PERSON or q.speaker.name != outlet for q in result.quotes)


@pytest.mark.parametrize("paper", ["Eastwick Courier", "Harbour Ledger"])
def test_a_name_written_after_the_is_not_a_person(paper: str) -> None:
    text = (
        f"Tomas Brenner told the {paper} that wages would rise in May. "
        f'"We are ready," Brenner said. {paper} reported the news first.'
    )
    persons = {p.name for p in saidwhat.extract(text).people if p.kind is PersonKind.PERSON}
    assert persons == {"Tomas Brenner"}


def test_people_registry_lists_persons_not_traps() -> None:
    result = saidwhat.extract(TRAPS)
    assert_offsets(result, TRAPS)
    persons = sorted(p.name for p in result.people if p.kind is PersonKind.PERSON)
    assert persons == ["Anna Lloyd Baptiste", "Bobby Kessler", "Lin Mei", "Wade Kessler"]


def test_a_dateline_is_nobody() -> None:
    text = "LONDON (Reuters) - The Harbour Trust said on Monday that fees would rise. It said the quay was full."
    result = saidwhat.extract(text)
    assert {p.name for p in result.people} == {"Harbour Trust"}
    assert [q.speaker.name for q in result.quotes if q.speaker] == ["Harbour Trust", "Harbour Trust"]


def test_reported_content_starts_after_the_dateline() -> None:
    text = "OTTAWA — The government will review how it funds wildfire response, Minister Ana Ruiz said Thursday."
    (quote,) = saidwhat.extract(text).quotes
    assert quote.span.text == "The government will review how it funds wildfire response"
    assert text[quote.span.start : quote.span.end] == quote.span.text


def test_a_surname_the_tagger_typed_a_place_is_the_person() -> None:
    """"Bamberg also said" after "one of the family's lawyers, Justin Bamberg": the tagger may
    call the lone surname a city; it is still the lawyer."""
    text = (
        "In a statement, one of the family's lawyers, Justin Bamberg, said the video shows the driver "
        "leaving his car calmly. Bamberg also said the video does not show whether the driver had anything in his hands."
    )
    doc = engine_model()(text)
    second = [t.i for t in doc if t.text == "Bamberg"][1]
    doc.ents = [e for e in doc.ents if e.start != second] + [SpacySpan(doc, second, second + 1, label="GPE")]
    result = extract_doc(doc)
    assert [p.name for p in result.people] == ["Justin Bamberg"]
    assert [q.speaker.name if q.speaker else None for q in result.quotes] == ["Justin Bamberg", "Justin Bamberg"]

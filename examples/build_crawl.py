"""Write ``examples/crawl.warc.gz``: a small web archive of two news pages (and the request
records and an image a crawler would also keep). The archive is committed; this script is
how it was made, so anyone can rebuild it:

    python examples/build_crawl.py
"""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PAGES = {
    "https://courier.example/2024/06/03/teel-review": (
        "Island Courier",
        "2024-06-03",
        "Teel route to be reviewed early",
        [
            "The review of the Teel ferry route will start in June, three months earlier than "
            "planned, the harbour ministry said on Monday.",
            '"The islanders made their case, and they made it well," Ana Holm said. The harbour '
            "minister said the review would report before the end of the summer.",
            'Mark Delaney welcomed the decision. "It is the first good news the crews have had '
            'this year," the union leader said.',
        ],
    ),
    "https://herald.example/2024/06/20/daily-ferry-back": (
        "Harbour Herald",
        "2024-06-20",
        "Daily ferry to Teel is back",
        [
            "The daily ferry to Teel will run again from July, the government announced on "
            "Thursday after the early review of the route.",
            '"This is what the islanders asked for," Prime Minister Tomas Reyes said.',
            "Elena Varga, who resigned over the cuts in March, said she was glad. \"It should "
            'never have taken four months," the former minister said.',
        ],
    ),
}


def page(outlet: str, date: str, title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:site_name" content="{outlet}"><meta name="date" content="{date}">'
        f"</head><body><nav>Home | Islands | Sport</nav><article><h1>{title}</h1>{body}"
        f"</article><footer>{outlet}</footer></body></html>"
    )


def main() -> None:
    target = Path(__file__).with_name("crawl.warc.gz")
    with target.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for uri, (outlet, date, title, paragraphs) in PAGES.items():
            request = writer.create_warc_record(
                uri, "request", payload=io.BytesIO(f"GET {uri} HTTP/1.1\r\n\r\n".encode())
            )
            writer.write_record(request)
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            html = page(outlet, date, title, paragraphs).encode("utf-8")
            writer.write_record(
                writer.create_warc_record(
                    uri, "response", payload=io.BytesIO(html), http_headers=headers
                )
            )
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://herald.example/logo.png", "response",
                payload=io.BytesIO(b"\x89PNG\r\n\x1a\n"), http_headers=image,
            )
        )
    print(f"wrote {target}")


if __name__ == "__main__":
    main()

"""The CLI at its edges: a terminal (a real pseudo-terminal), `serve`'s papercuts, text that
cannot be written as UTF-8, and help text on every option."""

from __future__ import annotations

import fcntl
import io
import json
import os
import pty
import select
import socket
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from saidwhat.cli import main

PAGE = (
    "<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>"
    "<p>The harbour minister resigned on Thursday after a long dispute over the port budget.</p>"
    '<p>"We are ready for what comes next," Anna Berg said in a statement to reporters.</p>'
    "</article></body></html>"
)


def write_warc(path: Path) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.0")
        writer.write_record(
            writer.create_warc_record(
                "https://n.example/bridge", "response",
                payload=io.BytesIO(PAGE.encode("utf-8")), http_headers=headers,
            )
        )


def run_on_a_terminal(args: list[str], cwd: Path, timeout: float = 240) -> tuple[int, str]:
    """Run the CLI with stdin, stdout and stderr on a pseudo-terminal; (exit code, output)."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # 100 columns
    command = [sys.executable, "-c", "from saidwhat.cli import main; main()", *args]
    process = subprocess.Popen(
        command, stdin=follower, stdout=follower, stderr=follower, cwd=cwd, close_fds=True
    )
    os.close(follower)
    output = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed: the process is gone
                break
            if not chunk:
                break
            output += chunk
        elif process.poll() is not None:
            break
    else:
        process.kill()
    os.close(leader)
    return process.wait(timeout=30), output.decode("utf-8", "replace")


@pytest.mark.model
def test_ingest_of_a_web_archive_on_a_terminal_shows_progress_and_stores(tmp_path: Path) -> None:
    write_warc(tmp_path / "crawl.warc.gz")
    code, output = run_on_a_terminal(["ingest", "crawl.warc.gz", "--db", "q.db"], tmp_path)
    assert "Traceback" not in output and "TypeError" not in output, output
    assert code == 0, output
    assert "1 added" in output
    assert "article" in output  # the progress bar, with its unit


@pytest.mark.model
def test_lone_surrogates_in_jsonl_are_stored_and_printed(tmp_path: Path) -> None:
    line = json.dumps({"id": "s1", "text": 'Anna Berg said "we are ready\ud800 for it" on Monday.'})
    (tmp_path / "s.jsonl").write_text(line + "\n", encoding="ascii")
    runner = CliRunner()
    ingested = runner.invoke(main, ["ingest", str(tmp_path / "s.jsonl"), "--db", str(tmp_path / "q.db")])
    assert ingested.exit_code == 0, ingested.output
    assert "1 added" in ingested.output
    extracted = runner.invoke(main, ["extract", str(tmp_path / "s.jsonl"), "--format", "jsonl"])
    assert extracted.exit_code == 0, extracted.output
    record = json.loads(extracted.stdout)
    assert any("\ufffd" in q["text"] for q in record["quotes"])
    extracted.stdout.encode("utf-8")


def test_serve_reads_the_database_from_the_environment(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve"], env={"SAIDWHAT_DB": str(tmp_path / "env.db")})
    assert result.exit_code == 2
    assert "env.db" in result.output and "Traceback" not in result.output


def test_serve_help_points_at_the_api_reference_page() -> None:
    text = CliRunner().invoke(main, ["serve", "--help"]).output
    assert "/api-docs" in text and "/api/docs" not in text


def test_serve_on_a_port_in_use_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    from saidwhat.store import QuoteStore

    QuoteStore(tmp_path / "q.db").close()
    monkeypatch.setattr(uvicorn.Server, "run", lambda self, sockets=None: None)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "q.db"), "--port", str(port)])
    assert result.exit_code == 2
    assert result.output.strip() == f"saidwhat: error: cannot listen on 127.0.0.1:{port}: Address already in use"


def test_empty_inputs_exit_with_a_word(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "a.pdf").write_bytes(b"%PDF")
    (tmp_path / "e.warc.gz").write_bytes(b"")
    for target in ("empty", "other", "e.warc.gz"):
        result = CliRunner().invoke(main, ["ingest", str(tmp_path / target), "--db", str(tmp_path / "q.db")])
        assert result.exit_code == 1, (target, result.output)
        assert f"failed {tmp_path / target}" in result.output


def all_commands() -> list[tuple[str, click.Command]]:
    return sorted(main.commands.items())


@pytest.mark.parametrize(("name", "command"), all_commands())
def test_every_option_has_help(name: str, command: click.Command) -> None:
    missing = [
        p.opts[0] for p in command.params
        if isinstance(p, click.Option) and not (p.help or "").strip() and "--help" not in p.opts
    ]
    assert not missing, f"`saidwhat {name}` options without help: {missing}"


def test_output_formats_have_one_option_name() -> None:
    names: dict[str, Any] = {}
    for name, command in all_commands():
        for param in command.params:
            if isinstance(param, click.Option) and param.name in ("fmt", "format", "output_format"):
                names[name] = param.opts
    assert names and all(opts == ["--format"] for opts in names.values()), names


def test_help_lists_commands_by_task_with_whole_summaries() -> None:
    text = CliRunner().invoke(main, ["--help"], terminal_width=100).output
    sections = ["Find who said what:", "Keep a quote database:", "Explore it in the browser:",
                "Measure accuracy:", "Scale out:"]
    positions = [text.index(title) for title in sections]
    assert positions == sorted(positions)
    assert text.index("  extract") < text.index("  ingest") < text.index("  search") < text.index("  serve")
    listing = text[text.index(sections[0]):]
    assert "..." not in listing  # no summary cut short
    for name in main.commands:
        assert f"  {name} " in text, name


@pytest.mark.model
def test_extract_piped_on_a_terminal_shows_rate_and_eta(tmp_path: Path) -> None:
    """stdout piped (to a file), stderr on a terminal: the bar, with its count for an ETA."""
    (tmp_path / "a.txt").write_text('"We are ready," Anna Berg said on Monday.', encoding="utf-8")
    (tmp_path / "b.txt").write_text('"We are not," Tom Holt said on Tuesday.', encoding="utf-8")
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    with (tmp_path / "out.jsonl").open("wb") as out:
        process = subprocess.run(
            [sys.executable, "-c", "from saidwhat.cli import main; main()", "extract", "a.txt", "b.txt"],
            stdout=out, stderr=follower, cwd=tmp_path, timeout=240,
        )
    os.close(follower)
    shown = b""
    while select.select([leader], [], [], 0.2)[0]:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert process.returncode == 0
    text = shown.decode("utf-8", "replace")
    assert "2/2" in text and "articles/s" in text, text
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 2

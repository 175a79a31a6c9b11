"""WARC: the 181 AEB pages in an archive give the same texts as the HTML files, in flat memory.

Builds a WARC.gz of the AEB pages with warcio (a request and a response record per page, as a
crawler writes them), and one 20 times larger (the records repeated under distinct URIs). Runs the
real `newstally extract` on the HTML folder and on both archives, each in its own process, and
reads each process's peak resident memory from the kernel.

usage: python benchmarks/warc_memory.py
"""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newstally.evaluate.aeb import load_urls, page_id

ROOT = Path(__file__).resolve().parent.parent
AEB = ROOT.parent / "shared" / "benchmarks" / "aeb"
SCALE = 20


def build_warc(path: Path, pages: dict[str, tuple[str, bytes]], copies: int) -> None:
    """Write every page `copies` times as request + response records; copies get distinct URIs."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for copy in range(copies):
            for url, html in pages.values():
                uri = url if copy == 0 else f"{url}{'&' if '?' in url else '?'}copy={copy}"
                request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example")], is_http_request=True)
                writer.write_record(
                    writer.create_warc_record(uri, "request", payload=io.BytesIO(b""), http_headers=request)
                )
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
                writer.write_record(
                    writer.create_warc_record(uri, "response", payload=io.BytesIO(html), http_headers=headers)
                )


# The child reports its own high-water mark: a fork's resource usage (wait4, RUSAGE_CHILDREN) starts
# from the parent's size, so a benchmark process holding other benchmarks' data would be counted too.
_REPORT_PEAK = """
import atexit, sys
from newstally.cli import main

def peak():
    with open("/proc/self/status") as status:
        sys.stderr.write(next(line for line in status if line.startswith("VmHWM:")))

atexit.register(peak)
sys.argv[0] = "newstally"
main()
"""


def extract_measured(source: Path, out: Path) -> float:
    """Run `newstally extract SOURCE --format jsonl > OUT` and return its peak RSS in MB."""
    with open(out, "wb") as stdout:
        proc = subprocess.run(
            [sys.executable, "-c", _REPORT_PEAK, "extract", str(source), "--format", "jsonl"],
            stdout=stdout,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    if proc.returncode not in (0, 2):
        raise RuntimeError(f"newstally extract {source} failed with status {proc.returncode}")
    peak = next(line for line in proc.stderr.splitlines() if line.startswith("VmHWM:"))
    return int(peak.split()[1]) / 1024  # "VmHWM:  201616 kB"


def texts(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> dict[str, float]:
    if not (AEB / "html").is_dir():
        return {}
    urls = load_urls(AEB / "ground-truth.json")
    pages = {
        page_id(p.name): (urls[page_id(p.name)], gzip.decompress(p.read_bytes()))
        for p in sorted((AEB / "html").glob("*.html.gz"))
    }
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        build_warc(work / "aeb.warc.gz", pages, 1)
        build_warc(work / "aeb-x20.warc.gz", pages, SCALE)
        html_mb = extract_measured(AEB / "html", work / "html.jsonl")
        one_mb = extract_measured(work / "aeb.warc.gz", work / "warc.jsonl")
        big_mb = extract_measured(work / "aeb-x20.warc.gz", work / "warc-x20.jsonl")
        from_html = {page_id(str(d["source"])): d.get("text") for d in texts(work / "html.jsonl")}
        by_url = {d.get("url"): d.get("text") for d in texts(work / "warc.jsonl")}
        from_warc = {key: by_url.get(url) for key, (url, _) in pages.items()}
        big_count = len(texts(work / "warc-x20.jsonl"))
        size_mb = (work / "aeb-x20.warc.gz").stat().st_size / 2**20
    same = sum(1 for key in pages if from_html.get(key) is not None and from_html[key] == from_warc[key])
    print(f"warc_memory: {same}/{len(pages)} pages give the same text from the WARC as from the HTML files")
    print(f"warc_memory: peak RSS {html_mb:.0f} MB (HTML folder), {one_mb:.0f} MB (WARC, 1x)")
    print(
        f"warc_memory: peak RSS {big_mb:.0f} MB (WARC, {SCALE}x: {size_mb:.0f} MB gzipped, {big_count} docs)"
    )
    return {
        "same_texts": same / len(pages),
        "peak_mb_1x": one_mb,
        "peak_mb_20x": big_mb,
        "docs_20x_ratio": big_count / (SCALE * len(pages)),
    }


if __name__ == "__main__":
    main()

"""Page text is untrusted, filters are parameters, and nothing can be written through the app."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from newstally.web import WebApp, WebError
from newstally.web.db import connect_readonly
from newstally.web.queries import list_outlets

HOSTILE = ("<script>alert(1)</script>", "<img src=x onerror=alert(2)>", '"><svg onload=alert(3)>')


def hostile_document(client: Any) -> int:
    (row,) = client.get("/api/search?q=forum").json()["rows"]
    return int(row["id"])


@pytest.mark.parametrize("view", ["/documents/{id}", "/search?q=forum", "/figures", "/claims", "/timeline"])
def test_hostile_text_is_escaped(client: Any, view: str) -> None:
    html = client.get(view.format(id=hostile_document(client))).text
    for markup in HOSTILE:
        assert markup not in html
    assert "<b>" not in html and "<i>City" not in html and "</mark></div>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html or view == "/timeline"


def test_hostile_url_is_not_a_link(client: Any) -> None:
    html = client.get(f"/documents/{hostile_document(client)}").text
    assert "javascript:" not in html.replace("javascript:alert(4) and the words", "")


def test_timeline_data_block_cannot_close_its_script(client: Any) -> None:
    html = client.get("/timeline?category=detained").text
    block = html.split('<script type="application/json" id="timeline-data">')[1].split("</script>")[0]
    assert "<" not in block and "&lt;b&gt;this week" not in block
    assert "\\u003cb\\u003ethis week" in block


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/figures",
        "/api/figures",
        "/nowhere",
        "/static/app.css",
        "/api/openapi.json",
        "/documents/1",
    ],
)
def test_security_headers_on_every_answer(client: Any, url: str) -> None:
    headers = client.get(url).headers
    csp = headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"


def test_templates_hold_no_inline_script(client: Any) -> None:
    for url in ["/", "/search", "/figures", "/timeline", "/claims", "/stories", "/documents/1"]:
        html = client.get(url).text
        for tag in re.findall(r"<script[^>]*>", html):
            assert 'src="/static/' in tag or 'type="application/json"' in tag, tag
        assert not re.search(r"<[a-z][^>]*\son\w+=", html), "an inline event handler"
        assert not re.search(r"<[a-z][^>]*\sstyle=", html), "an inline style"


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_no_write_endpoints(client: Any, method: str) -> None:
    for url in ["/figures", "/api/figures", "/documents/1", "/static/app.css"]:
        answer = client.request(method, url)
        assert answer.status == 405
        assert answer.headers["Allow"] == "GET, HEAD"


def test_head_has_no_body(client: Any) -> None:
    answer = client.request("HEAD", "/figures")
    assert answer.status == 200 and answer.body == b""


@pytest.mark.parametrize(
    "url",
    [
        "/figures?category=detained' OR '1'='1",
        "/figures?place=x'; DROP TABLE figures; --",
        "/figures?counted=%25&actor=_",
        '/figures?outlet=" OR 1=1 --',
        '/search?q=" OR 1=1 --',
        "/search?q=NEAR(a b) AND * OR title:",
        '/search?q="unclosed phrase',
        "/timeline?category=x' UNION SELECT * FROM documents --",
        "/claims?place=') OR ('1'='1",
    ],
)
def test_filters_are_parameters(client: Any, url: str) -> None:
    answer = client.get("/api" + url)
    assert answer.status == 200
    assert answer.json()["rows" if "timeline" not in url else "series"] == []
    assert client.get("/api/figures?limit=500").json()["rows"]


def test_literal_percent_and_underscore_match_only_themselves(client: Any) -> None:
    assert client.get("/api/figures?counted=%25").json()["rows"] == []
    assert client.get("/api/figures?counted=members").json()["rows"]


@pytest.mark.parametrize(
    "path", ["/static/../app.py", "/static/..%2fapp.py", "/static/", "/static/vendor/../app.js"]
)
def test_static_files_stay_in_their_folder(client: Any, path: str) -> None:
    assert client.get(path).status == 404


def test_connection_is_read_only(web_db: Path) -> None:
    conn = connect_readonly(web_db)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM figures")
    conn.execute("PRAGMA query_only = OFF")
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM figures")


def test_missing_or_foreign_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WebError, match="newstally ingest"):
        WebApp(tmp_path / "none.db")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(WebError, match="not a newstally store"):
        WebApp(other)


def test_remembered_lists_follow_new_data(web_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    with sqlite3.connect(web_db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    reader = connect_readonly(copy)
    assert "new-outlet.example" not in list_outlets(reader)
    with sqlite3.connect(copy) as writer:
        writer.execute("INSERT INTO outlets (host) VALUES ('new-outlet.example')")
    assert "new-outlet.example" in list_outlets(reader)


def test_a_bug_answers_500_with_the_security_headers(web_db: Path, client_for: Any) -> None:
    app = WebApp(web_db)

    def broken(path: str, query: str) -> Any:
        raise RuntimeError("a bug")

    app.respond = broken  # type: ignore[method-assign]  # stands in for a view with a bug
    answer = client_for(app).get("/figures")
    assert answer.status == 500
    assert "a bug" not in answer.text
    assert "Content-Security-Policy" in answer.headers

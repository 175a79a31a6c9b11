"""The OpenAPI document and the route table describe the same API."""

from __future__ import annotations

from typing import Any

from newstally.web.openapi import openapi_document
from newstally.web.routes import ROUTES


def test_every_route_is_documented_and_nothing_else() -> None:
    paths = set(openapi_document()["paths"])
    assert paths == {"/api" + r.path for r in ROUTES} | {"/api/openapi.json"}


def test_every_parameter_is_documented() -> None:
    doc = openapi_document()
    for route in ROUTES:
        params = {p["name"]: p for p in doc["paths"]["/api" + route.path]["get"]["parameters"]}
        assert set(params) == {p.name for p in route.params} | set(route.path_params)
        for name in route.path_params:
            assert params[name]["in"] == "path" and params[name]["required"]


def test_the_served_document_is_the_generated_one(client: Any) -> None:
    served = client.get("/api/openapi.json")
    assert served.status == 200
    assert served.json() == openapi_document()
    assert served.json()["openapi"].startswith("3.")


def test_every_documented_path_answers(client: Any) -> None:
    (doc_id,) = {r["id"] for r in client.get("/api/search?q=%22foreign citizens%22&limit=1").json()["rows"]}
    story_id = client.get("/api/stories").json()["rows"][0]["id"]
    for path in openapi_document()["paths"]:
        url = path.replace("/documents/{id}", f"/documents/{doc_id}").replace(
            "/stories/{id}", f"/stories/{story_id}"
        )
        assert client.get(url).status == 200, url

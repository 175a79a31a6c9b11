"""The OpenAPI 3 description of the JSON API, generated from the route table."""

from __future__ import annotations

from typing import Any

from newstally import __version__
from newstally.web.routes import ROUTES


def openapi_document() -> dict[str, Any]:
    """An OpenAPI 3.1 document with one GET operation per route, under /api."""
    paths: dict[str, Any] = {}
    for route in ROUTES:
        parameters = [
            {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
            for name in route.path_params
        ]
        parameters += [
            {
                "name": p.name,
                "in": "query",
                "required": False,
                "description": p.description,
                "schema": p.schema(),
            }
            for p in route.params
        ]
        paths["/api" + route.path] = {
            "get": {
                "operationId": route.name,
                "summary": route.summary,
                "description": f"The JSON twin of the HTML page {route.path}: same data, same parameters.",
                "parameters": parameters,
                "responses": {
                    "200": {"description": "The page's data.", "content": {"application/json": {}}},
                    "400": {"description": "A parameter is invalid.", "content": {"application/json": {}}},
                    "404": {"description": "No such record.", "content": {"application/json": {}}},
                },
            }
        }
    paths["/api/openapi.json"] = {
        "get": {
            "operationId": "openapi",
            "summary": "This description.",
            "responses": {
                "200": {"description": "OpenAPI 3.1 document.", "content": {"application/json": {}}}
            },
        }
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "newstally",
            "version": __version__,
            "description": "Read-only JSON API over a newstally database. Every HTML page has a twin "
            "here: /figures ↔ /api/figures. Pagination: page (from 1) and limit; a response "
            "says next_page (null on the last page).",
        },
        "paths": paths,
    }

"""The JSON API driven from its own OpenAPI schema, property-based (hypothesis): whatever a client
sends, valid or a little off (too long, a wrong type, a lone surrogate, bytes that are not JSON),
the answer is never a 5xx and every error is ``{"error": "..."}``.

The strategies are read from /openapi.json, so a new route or field is exercised without a change here.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from test_api import make_client

# Text as clients send it, and as they should not: any code point, control characters and lone surrogates included.
ANY_TEXT = st.text(st.characters(codec=None, categories=None), max_size=40)
WORDS = st.sampled_from(["What is WSIS?", "radio-frequency spectrum", "paragraph 96", "UNGIS", "ITU", "PP",
                         "itu-wsis-page", "", "   ", "§ 96 of TAIS", "\ud800", "\x00", "a" * 3000])
TEXT = st.one_of(WORDS, ANY_TEXT)
ANY_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
                        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3), max_leaves=6)
EXAMPLES = 60  # per operation


def mostly(good: st.SearchStrategy, bad: st.SearchStrategy) -> st.SearchStrategy:
    """``good`` seven times in eight, else ``bad``: one wrong value at a time, so the rest still gets checked."""
    return st.integers(0, 7).flatmap(lambda roll: bad if roll == 0 else good)


class Schema:
    """Hypothesis strategies for the values an OpenAPI schema describes, with some just outside it."""

    def __init__(self, document: dict) -> None:
        self.components = document.get("components", {}).get("schemas", {})

    def resolve(self, spec: dict) -> dict:
        while "$ref" in spec:
            spec = self.components[spec["$ref"].rsplit("/", 1)[-1]]
        return spec

    def values(self, spec: dict, depth: int = 0) -> st.SearchStrategy[Any]:
        """Mostly what the schema allows; one time in eight, anything at all."""
        return mostly(self.valid(spec, depth), ANY_JSON) if depth else self.valid(spec, depth)

    def valid(self, spec: dict, depth: int) -> st.SearchStrategy[Any]:
        spec = self.resolve(spec)
        if "anyOf" in spec or "oneOf" in spec:
            return st.one_of([self.values(s, depth + 1) for s in spec.get("anyOf", spec.get("oneOf"))])
        if "enum" in spec or "const" in spec:
            return mostly(st.sampled_from(spec.get("enum", [spec.get("const")])), TEXT)
        kind = spec.get("type")
        if kind == "string":
            longest = spec.get("maxLength")
            over = [st.sampled_from(["x" * longest, "é" * (longest + 1)])] if longest else []
            return mostly(TEXT, st.one_of(over)) if over else TEXT
        if kind == "integer":
            low, high = spec.get("minimum", -10), spec.get("maximum", 1000)
            return st.integers(low - 2, high + 2)
        if kind == "number":
            return st.floats(allow_nan=False, allow_infinity=False)
        if kind == "boolean":
            return st.booleans()
        if kind == "null":
            return st.none()
        if kind == "array":
            most = min(spec.get("maxItems", 4), 4)
            return st.lists(self.values(spec.get("items", {}), depth + 1), max_size=most + 1)
        if kind == "object" or "properties" in spec:
            properties = spec.get("properties", {})
            required = set(spec.get("required", []))
            fixed = {name: self.values(p, depth + 1) for name, p in properties.items() if name in required}
            optional = {name: self.values(p, depth + 1) for name, p in properties.items() if name not in required}
            extra = st.dictionaries(TEXT, ANY_JSON, max_size=1) if spec.get("additionalProperties") is not False else st.just({})
            shaped = st.builds(lambda a, b: {**b, **a}, st.fixed_dictionaries(fixed, optional=optional), extra)
            return shaped if depth else mostly(shaped, shaped.map(lambda d: {**d, "unexpected": 1}))
        return ANY_JSON


@pytest.fixture(scope="module")
def client(page_home, assistant, tmp_path_factory):
    with make_client(page_home, assistant, tmp_path_factory.mktemp("schema"), rate_limit_per_minute=0) as client:
        yield client


def operations() -> list[tuple[str, str]]:
    """(method, path) of every operation the API documents (read from a schema built without an index)."""
    from fastapi import FastAPI

    from assistant.api import health, router

    app = FastAPI()
    app.include_router(health)
    app.include_router(router)
    paths = app.openapi()["paths"]
    return [(method.upper(), path) for path, item in paths.items() for method in item]


def assert_well_formed(response, where: str) -> None:
    assert response.status_code < 500, f"{where}: {response.status_code} {response.text[:300]}"
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"} and isinstance(body["error"], str) and body["error"].strip(), f"{where}: {body}"
    elif response.headers.get("content-type", "").startswith("application/x-ndjson"):
        lines = [json.loads(line) for line in response.text.splitlines()]
        assert lines and lines[-1]["type"] == "answer", where
    else:
        response.json()


def request_strategy(document: dict, method: str, path: str) -> st.SearchStrategy[dict]:
    schema = Schema(document)
    operation = document["paths"][path][method.lower()]
    params = {}
    for parameter in operation.get("parameters", []):
        if parameter["in"] == "query":
            values = schema.values(parameter.get("schema", {}), depth=1)
            if parameter.get("schema", {}).get("type") == "array":
                values = st.lists(TEXT, max_size=3)
            strategy = values.map(lambda v: v if isinstance(v, list) else [v])
            params[parameter["name"]] = strategy.map(lambda v: [x if isinstance(x, str) else json.dumps(x) for x in v])
    query = st.fixed_dictionaries({}, optional=params)
    body_spec = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    if body_spec is None:
        return st.builds(lambda q: {"params": q}, query)
    as_json = schema.values(body_spec).map(lambda b: json.dumps(b, ensure_ascii=True).encode())
    raw = st.one_of(st.binary(max_size=60), ANY_JSON.map(lambda b: json.dumps(b).encode()),
                    st.just(b'{"question": "\\ud800 x"}'), st.just(b"\xff\xfe{"))
    return st.builds(lambda q, b: {"params": q, "content": b}, query, mostly(as_json, raw))


@pytest.mark.parametrize("method, path", operations(), ids=lambda v: v)
def test_any_request_the_schema_describes_gets_no_5xx_and_errors_in_one_shape(client, method, path):
    document = client.get("/openapi.json").json()
    strategy = request_strategy(document, method, path)

    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])
    @given(strategy)
    def check(request: dict) -> None:
        headers = {"content-type": "application/json"} if "content" in request else {}
        # surrogates go out as the bytes a careless client would send: percent-encoded, not UTF-8
        query = urlencode([(k, v.encode("utf-8", "surrogatepass")) for k, vs in request["params"].items() for v in vs])
        response = client.request(method, f"{path}?{query}", content=request.get("content"), headers=headers)
        assert_well_formed(response, f"{method} {path} {request}")

    check()

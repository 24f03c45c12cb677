#!/usr/bin/env python3
"""Convert a Postman v2.0 collection into an OpenAPI 3.0 document: deterministic, reviewable.

    scripts/postman_to_openapi.py COLLECTION.json OUT.yaml

The conversion states only what the collection states, and decides nothing it does not:
- each request becomes an operation (its name the summary, its HTML description as plain text);
- raw-string URLs are parsed here: ``:name`` segments become ``{name}`` path parameters, the
  inline query string becomes query parameters (a bare ``&currency`` is a parameter with no
  example), the common scheme, host and path prefix become the server;
- request headers other than Content-Type and Authorization become header parameters;
- urlencoded and form-data bodies become form schemas whose properties are the collection's keys
  (bracket keys such as ``tags[]`` kept as written), a raw JSON body an example;
- saved responses become responses by status, their bodies examples, their headers response
  headers; a request with none gets a ``default`` response saying so;
- the collection's bearer auth becomes an HTTP bearer security scheme.

Types, operationIds, tags, schemas and everything else the collection leaves open are fixes the
spec's overlay makes, each with its reason (``spec/patches/<name>.overlay.yaml``).
Known converters fail on this input (they drop the query strings of raw-string URLs, find no
paths, or give no operationIds), hence this small one.
"""

from __future__ import annotations

import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
#: Headers the HTTP layer sets itself; never parameters (OpenAPI forbids them as such).
TRANSPORT_HEADERS = {"content-type", "authorization", "accept"}
FORM_MEDIA = {"urlencoded": "application/x-www-form-urlencoded", "formdata": "multipart/form-data"}


class ConversionError(ValueError):
    """A collection this converter cannot read as Postman v2.0; names the request."""


class _Text(HTMLParser):
    """HTML as plain text: paragraphs and list items on their own lines, ``<code>`` in
    backticks, links as ``text (href)``, entities decoded."""

    BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "ul", "ol", "pre", "table", "tr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "code":
            self.parts.append("`")
        elif tag == "a":
            self.links.append(dict(attrs).get("href"))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n\n")
        elif tag == "code":
            self.parts.append("`")
        elif tag == "a" and self.links:
            href = self.links.pop()
            if href:
                self.parts.append(f" ({href})")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def text(self) -> str:
        joined = "".join(self.parts)
        lines = [" ".join(line.split()) for line in joined.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def plain_text(value: Any) -> str:
    """A Postman description (HTML, or a ``{content}`` object) as plain text."""
    if isinstance(value, dict):
        value = value.get("content")
    if not value:
        return ""
    parser = _Text()
    parser.feed(str(value))
    parser.close()
    return html.unescape(parser.text())


def raw_url(request: dict[str, Any]) -> str:
    url = request.get("url")
    if isinstance(url, dict):
        url = url.get("raw")
    if not isinstance(url, str) or not url:
        raise ConversionError("a request has no URL")
    return url


def split_url(url: str) -> tuple[str, str, list[tuple[str, str | None]]]:
    """(origin, path, query pairs) of a raw Postman URL; a key without ``=`` has no value."""
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc}" if parts.scheme else ""
    pairs: list[tuple[str, str | None]] = []
    for piece in parts.query.split("&") if parts.query else []:
        if not piece:
            continue
        key, sep, value = piece.partition("=")
        pairs.append((unquote(key), unquote(value) if sep else None))
    return origin, parts.path or "/", pairs


def template(path: str) -> tuple[str, list[str]]:
    """``/products/:product_id`` as ``/products/{product_id}`` and its parameter names."""
    names: list[str] = []

    def param(match: re.Match[str]) -> str:
        names.append(match.group(1))
        return "{" + match.group(1) + "}"

    return re.sub(r":(\w+)", param, path), names


def server_of(urls: list[str]) -> tuple[str, str]:
    """The server URL every request shares (origin + the longest common whole-segment path
    prefix) and that prefix."""
    origins = {split_url(u)[0] for u in urls}
    if len(origins) != 1:
        raise ConversionError(f"requests on several hosts: {', '.join(sorted(origins))}")
    segments = [split_url(u)[1].strip("/").split("/") for u in urls]
    common: list[str] = []
    for column in zip(*segments, strict=False):
        if len(set(column)) != 1 or column[0].startswith(":"):
            break
        common.append(column[0])
    if all(len(s) == len(common) for s in segments) and common:
        common.pop()  # keep at least one segment in every path
    prefix = "/" + "/".join(common) if common else ""
    return origins.pop() + prefix, prefix


def example_of(value: str | None) -> dict[str, Any]:
    return {"example": value} if value not in (None, "") else {}


def parameters(request: dict[str, Any], path_names: list[str], query: list[tuple[str, str | None]]):
    described = {}
    url = request.get("url")
    if isinstance(url, dict):
        for entry in [*(url.get("query") or []), *(url.get("variable") or [])]:
            described[entry.get("key")] = plain_text(entry.get("description"))
    params: list[dict[str, Any]] = []
    for name in path_names:
        params.append(
            {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
            | ({"description": described[name]} if described.get(name) else {})
        )
    for name, value in query:
        params.append(
            {"name": name, "in": "query", "schema": {"type": "string"}}
            | ({"description": described[name]} if described.get(name) else {})
            | example_of(value)
        )
    for header in request.get("header") or []:
        if header.get("disabled") or header.get("key", "").lower() in TRANSPORT_HEADERS:
            continue
        params.append(
            {"name": header["key"], "in": "header", "schema": {"type": "string"}}
            | (
                {"description": plain_text(header.get("description"))}
                if header.get("description")
                else {}
            )
            | example_of(header.get("value"))
        )
    return params


def request_body(body: dict[str, Any] | None) -> dict[str, Any] | None:
    if not body or not body.get("mode"):
        return None
    mode = body["mode"]
    if mode in FORM_MEDIA:
        fields = [f for f in body.get(mode) or [] if not f.get("disabled")]
        if not fields:
            return None
        properties = {}
        for field in fields:
            schema: dict[str, Any] = (
                {"type": "string", "format": "binary"}
                if field.get("type") == "file"
                else {"type": "string"}
            )
            if field.get("description"):
                schema["description"] = plain_text(field["description"])
            schema |= example_of(field.get("value")) if field.get("type") != "file" else {}
            properties[field["key"]] = schema
        schema = {"type": "object", "properties": properties}
        return {"content": {FORM_MEDIA[mode]: {"schema": schema}}}
    if mode == "raw":
        raw = body.get("raw") or ""
        language = ((body.get("options") or {}).get("raw") or {}).get("language")
        if language == "json":
            try:
                return {"content": {"application/json": {"example": json.loads(raw)}}}
            except json.JSONDecodeError:
                pass
        return {"content": {"text/plain": {"example": raw}}} if raw else None
    raise ConversionError(f"body mode {mode!r} is not supported")


def slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_") or "example"


def responses(saved: list[dict[str, Any]]) -> dict[str, Any]:
    by_status: dict[str, list[dict[str, Any]]] = {}
    for response in saved:
        if response.get("code") is None:
            continue  # a saved response without a status documents nothing
        by_status.setdefault(str(response["code"]), []).append(response)
    if not by_status:
        return {"default": {"description": "The collection saves no response for this request."}}
    result: dict[str, Any] = {}
    for status in sorted(by_status):
        group = by_status[status]
        headers: dict[str, Any] = {}
        media = "application/json"
        for response in group:
            for header in response.get("header") or []:
                key = header.get("key", "")
                if key.lower() == "content-type":
                    media = str(header.get("value", media)).split(";")[0].strip() or media
                elif key not in headers:
                    headers[key] = {"schema": {"type": "string"}} | example_of(header.get("value"))
        examples = {}
        for response in group:
            body = response.get("body")
            if body in (None, ""):
                continue
            try:
                value = json.loads(body)
            except json.JSONDecodeError:
                value = body
            examples[slug(response.get("name") or status)] = {
                "summary": response.get("name") or status,
                "value": value,
            }
        entry: dict[str, Any] = {"description": "; ".join(r.get("name") or status for r in group)}
        if headers:
            entry["headers"] = dict(sorted(headers.items()))
        if examples:
            entry["content"] = {media: {"examples": examples}}
        result[status] = entry
    return result


def requests_of(items: list[dict[str, Any]], folder: str | None = None):
    """(folder, item) for every request, folders flattened in order."""
    for item in items:
        if "item" in item:
            yield from requests_of(item["item"], item.get("name"))
        elif "request" in item:
            yield folder, item


def security_of(auth: dict[str, Any] | None) -> tuple[dict[str, Any], list[dict[str, list]]]:
    if not auth or auth.get("type") in (None, "noauth"):
        return {}, []
    if auth["type"] == "bearer":
        return {"bearerAuth": {"type": "http", "scheme": "bearer"}}, [{"bearerAuth": []}]
    raise ConversionError(f"auth type {auth['type']!r} is not supported")


def convert(collection: dict[str, Any]) -> dict[str, Any]:
    info = collection.get("info") or {}
    if "v2.0" not in str(info.get("schema", "")) and "v2.1" not in str(info.get("schema", "")):
        raise ConversionError(f"not a Postman v2 collection (schema {info.get('schema')!r})")
    found = list(requests_of(collection.get("item") or []))
    server, prefix = server_of([raw_url(item["request"]) for _, item in found])
    schemes, security = security_of(collection.get("auth"))
    paths: dict[str, dict[str, Any]] = {}
    for folder, item in found:
        request = item["request"]
        method = str(request.get("method", "GET")).lower()
        if method not in HTTP_METHODS:
            raise ConversionError(f"{item.get('name')}: method {method!r}")
        _, url_path, query = split_url(raw_url(request))
        path, names = template(url_path[len(prefix) :] or "/")
        operation: dict[str, Any] = {"summary": item.get("name", "")}
        if folder:
            operation["tags"] = [folder]
        description = plain_text(request.get("description"))
        if description:
            operation["description"] = description
        params = parameters(request, names, query)
        if params:
            operation["parameters"] = params
        body = request_body(request.get("body"))
        if body:
            operation["requestBody"] = body
        operation["responses"] = responses(item.get("response") or [])
        auth = request.get("auth")
        if auth and not auth.get("isInherited") and auth.get("type") == "noauth":
            operation["security"] = []
        if method in paths.setdefault(path, {}):
            raise ConversionError(f"{method.upper()} {path} appears twice")
        paths[path][method] = operation
    doc: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {
            "title": info.get("name", "API"),
            "version": str(info.get("version") or info.get("_postman_id") or "1"),
        },
        "servers": [{"url": server}],
    }
    description = plain_text(info.get("description"))
    if description:
        doc["info"]["description"] = description
    doc["paths"] = paths
    if schemes:
        doc["components"] = {"securitySchemes": schemes}
        doc["security"] = security
    return doc


HEADER = (
    "# Converted from the vendor's Postman collection by scripts/postman_to_openapi.py\n"
    "# (run by scripts/regenerate). Do not edit: fixes go in the spec's overlay.\n"
)


class _Dumper(yaml.SafeDumper):
    """Multi-line text as literal blocks, so the converted spec reads like its source."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump(doc: dict[str, Any]) -> str:
    return HEADER + yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    source, target = map(Path, argv)
    try:
        doc = convert(json.loads(source.read_text(encoding="utf-8")))
    except (ConversionError, json.JSONDecodeError) as error:
        print(f"{source}: {error}", file=sys.stderr)
        return 1
    target.write_text(dump(doc), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

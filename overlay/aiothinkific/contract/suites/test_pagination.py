"""Pagination across pages: every listing without required parameters is walked page by page
(``limit`` small), and the metadata must tell the truth about what the pages hold together:
``total_items`` is the number of items the pages returned, ``next_page`` leads to the next page
until the last, no item comes twice, and each page's metadata is consistent with it
(:func:`~aiothinkific.contract.checks.pagination_problems`). Read-only: it runs on any target.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from aiothinkific.contract.checks import pagination_problems
from aiothinkific.contract.schemas import load_schema
from aiothinkific.contract.settings import ContractSettings, current
from aiothinkific.contract.summary import Tally
from aiothinkific.specs import admin_spec

#: Items a page while walking: small, so the seeded listings span several pages.
PAGE_SIZE = 7
#: Pages walked at most per listing (a real site's listings may be long; the rate limit applies).
MAX_PAGES = 12


def walkable() -> list[str]:
    """GET operations with ``page`` and ``limit`` and no required parameter."""
    found = []
    for op in admin_spec().operations:
        if op.method.upper() != "GET":
            continue
        parameters = [admin_spec().resolve(p) for p in op.definition.get("parameters", [])]
        names = {p.get("name") for p in parameters}
        if {"page", "limit"} <= names and not any(p.get("required") for p in parameters):
            found.append(op.operation_id)
    return found


SCHEMA = load_schema(current())


def fetch(operation: Any, page: int, run: ContractSettings) -> tuple[int, Any]:
    case = operation.Case(
        query={"page": page, "limit": PAGE_SIZE}, headers=run.target.thinkific_credentials.headers()
    )
    response = case.call()
    try:
        return response.status_code, json.loads(response.content)
    except ValueError:
        return response.status_code, None


def walk_problems(operation: Any, run: ContractSettings) -> list[str]:
    """What the pages of one listing say that their items contradict."""
    problems: list[str] = []
    seen: list[Any] = []
    page: int | None = 1
    walked = 0
    total: int | None = None
    while page is not None and walked < MAX_PAGES:
        status, body = fetch(operation, page, run)
        walked += 1
        if status != 200 or not isinstance(body, dict) or "items" not in body:
            problems.append(f"page {page}: answered {status}")
            return problems
        problems.extend(
            f"page {page}: {p}"
            for p in pagination_problems(body, {"page": page, "limit": PAGE_SIZE})
        )
        pagination = body.get("meta", {}).get("pagination", {})
        if total is None:
            total = pagination.get("total_items")
        elif pagination.get("total_items") != total:
            problems.append(
                f"page {page}: total_items {pagination.get('total_items')}, was {total}"
            )
        items = body["items"]
        seen.extend(item.get("id", json.dumps(item, sort_keys=True)) for item in items)
        next_page = pagination.get("next_page")
        if next_page is None and items and len(items) == PAGE_SIZE:
            # A full page said to be the last: the page after it must then be empty.
            status, after = fetch(operation, page + 1, run)
            extra = after.get("items") if isinstance(after, dict) else None
            if status == 200 and extra:
                problems.append(
                    f"page {page}: next_page null, but page {page + 1} has {len(extra)} items"
                )
                return problems
        page = next_page if isinstance(next_page, int) else None
    if page is not None:
        return problems  # longer than walked: only the pages seen are judged
    if total is not None and total != len(seen):
        problems.append(f"total_items {total}, but the pages held {len(seen)} items")
    duplicates = sorted({str(i) for i in seen if seen.count(i) > 1})
    if duplicates:
        problems.append(f"items on more than one page: {', '.join(duplicates)}")
    return problems


@pytest.mark.parametrize("operation_id", walkable())
def test_pagination(operation_id: str, tally: Tally, run_settings: ContractSettings) -> None:
    operation = SCHEMA.find_operation_by_id(operation_id)  # type: ignore[attr-defined]
    with tally.example("provider", operation_id):
        problems = walk_problems(operation, run_settings)
        assert not problems, f"{operation_id}: pagination metadata lies: " + "; ".join(problems)

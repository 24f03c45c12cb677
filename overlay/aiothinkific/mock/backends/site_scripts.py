"""Site scripts: CRUD with string ids; exactly one of ``src`` or ``content``, and ``content``
signed with the ``HMAC-SHA256-SIGNATURE`` header (keyed with the credential the request used)."""

from __future__ import annotations

import hashlib
import hmac
import re

from aiothinkific.mock.engine import Call, Records, changes
from aiothinkific.mock.errors import invalid, not_found
from aiothinkific.mock.registry import handles
from aiothinkific.mock.store import Doc
from aiothinkific.mock.validation import digits_value
from aiothinkific.specs import JSON

FIELDS = (
    "src",
    "content",
    "name",
    "description",
    "page_scopes",
    "location",
    "load_method",
    "category",
)
SIGNATURE_HEADER = "HMAC-SHA256-SIGNATURE"
_PUBLIC_ID = re.compile(r"01MOCK([0-9]{20})")


def public_id(doc_id: int) -> str:
    """Site script ids are strings (ULID-like); the mock's are its integer ids, padded."""
    return f"01MOCK{doc_id:020d}"


def _render(call: Call, doc: Doc) -> Doc:
    return {**doc, "id": public_id(doc["id"])}


SITE_SCRIPTS = Records("site_script", "SiteScriptResponse", _render)


def signature(secret: str, content: str) -> str:
    """The ``HMAC-SHA256-SIGNATURE`` of ``content``: lowercase hex HMAC-SHA256."""
    return hmac.new(secret.encode(), content.encode(), hashlib.sha256).hexdigest()


def _find(call: Call) -> Doc:
    match = _PUBLIC_ID.fullmatch(call.path["id"])
    if match is None:
        raise not_found()
    return SITE_SCRIPTS.find(call, digits_value(match.group(1)))


def _fields(call: Call) -> Doc:
    sent = changes(call, FIELDS)
    given = [name for name in ("src", "content") if sent.get(name) is not None]
    if not given:
        raise invalid({"base": ["must provide one of: src or content"]})
    if len(given) > 1:
        raise invalid({"base": ["must provide only one of: src or content"]})
    if "content" in given:
        header = call.headers.get(SIGNATURE_HEADER)
        if header is None:
            raise invalid({"base": [f"Missing header `{SIGNATURE_HEADER}`"]})
        expected = signature(call.credential, sent["content"])
        if not hmac.compare_digest(header.strip().lower().encode(), expected.encode()):
            raise invalid({"base": [f"Invalid header `{SIGNATURE_HEADER}`"]})
    sent.setdefault("location", "footer")
    sent.setdefault("load_method", "async")
    sent["page_scopes"] = list(dict.fromkeys(sent["page_scopes"]))
    return sent


@handles("getSiteScripts")
def get_site_scripts(call: Call) -> JSON:
    return SITE_SCRIPTS.page(call)


@handles("createSiteScript")
def create_site_script(call: Call) -> JSON:
    doc = {**_fields(call), "created_at": call.timestamp, "updated_at": call.timestamp}
    return SITE_SCRIPTS.show(call, SITE_SCRIPTS.insert(call, doc))


@handles("getSiteScriptByID")
def get_site_script(call: Call) -> JSON:
    return SITE_SCRIPTS.show(call, _find(call))


@handles("updateSiteScriptByID")
def update_site_script(call: Call) -> None:
    doc = _find(call)
    kept = {"id": doc["id"], "created_at": doc["created_at"]}
    SITE_SCRIPTS.save(call, {**kept, **_fields(call), "updated_at": call.timestamp})


@handles("deleteSiteScriptByID")
def delete_site_script(call: Call) -> None:
    SITE_SCRIPTS.delete(call, _find(call)["id"])

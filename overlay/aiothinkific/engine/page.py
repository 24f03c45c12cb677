"""The event log as a web page, for the people running the engine: why a customer was (or was not)
enrolled. Read-only but for one action, replaying a failed event.

- ``GET {path}/``: recent events, newest first, filtered by a GET form (email, product,
  trigger, status, received from/to); counts by status; the deliveries refused.
- ``GET {path}/events/{seq}``: one event: its fields, each action with Thinkific's answer or
  error, the payload as received with its secrets masked; a Replay button when it failed.
- ``POST {path}/events/{seq}/replay``: queues a failed event again (CSRF-checked).
- ``GET/POST {path}/login``, ``POST {path}/logout``: a form setting a signed session cookie.

Nothing is served without the log token: HTTP basic auth (any user name, the token as the
password) or the session cookie of the login form. A wrong token is refused and counted
(``refused:log``). The cookie holds a signed session id, never the token; the replay form
carries an HMAC of that session and the event, so another site cannot post it.
Mount it with ``Starlette(routes=log_page(store, token).routes("/log"))``.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import hashlib
import hmac
import html
import secrets
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route, Router
from starlette.templating import Jinja2Templates
from starlette.types import Receive, Scope, Send

from aiothinkific._logging import logger
from aiothinkific.engine.log import MASK, LogEntry, entries, entry, masked_payload
from aiothinkific.engine.model import Trigger
from aiothinkific.engine.store import LogQuery, SqlStore
from aiothinkific.webhooks.receiver import read_body

MIN_TOKEN_LENGTH = 16
MIN_HIDDEN = 8  # shorter secrets are masked in payloads, not scrubbed (too many false hits)
PAGE_SIZE = 50
MAX_SKIP = 100_000
MAX_FORM_BYTES = 4096
MAX_FIELD = 320  # an email address's longest
SESSION_COOKIE = "engine_log_session"
SESSION_SECONDS = 12 * 3600
_MAX_SEQ = 2**63 - 1  # SQLite's largest integer: a larger number is no event, not a crash

STATUSES = {
    "pending": "Waiting for the worker (or being worked on now).",
    "retrying": "An action failed for a reason that may pass (Thinkific unreachable, rate "
    "limit); it is tried again by itself.",
    "done": "Every action the rules asked for was carried out (or was superseded by a later "
    "event of the customer).",
    "ignored": "Nothing to do: the cart event has no trigger, or no rule matched its products.",
    "failed": "Parked: an action was refused (a course deleted, a wrong id) or kept failing. "
    "Fix the cause, then replay it.",
    "unparsed": "A delivery the engine could not read as an event; kept as received.",
}
NOTICES = {
    "replayed": "Queued again: the worker carries it out now. Reload to see the outcome.",
    "not-failed": "Nothing replayed: only a failed event can be replayed.",
}

_templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
Endpoint = Callable[[Request], Awaitable[Response]]


class BadInput(ValueError):
    """A request the page cannot answer; the message says why (shown as a 4xx page)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Filters:
    """The list's GET form, as given (to refill the form) and as a store query."""

    values: dict[str, str]
    query: LogQuery
    skip: int


def log_page(
    store: SqlStore,
    token: str,
    *,
    wake: Callable[[], None] = lambda: None,
    hide: Iterable[str | None] = (),
    page_size: int = PAGE_SIZE,
) -> LogPage:
    """The page's ASGI app over ``store``, guarded by ``token``. ``wake`` is called after a
    replay (the worker's wake-up); ``hide`` are further secrets scrubbed from every page;
    ``page_size`` events are listed a page."""
    return LogPage(store, token, wake=wake, hide=hide, page_size=page_size)


class LogPage:
    """See :func:`log_page`."""

    def __init__(
        self,
        store: SqlStore,
        token: str,
        *,
        wake: Callable[[], None] = lambda: None,
        hide: Iterable[str | None] = (),
        page_size: int = PAGE_SIZE,
    ) -> None:
        if len(token) < MIN_TOKEN_LENGTH:
            raise ValueError(f"the log token must be {MIN_TOKEN_LENGTH} characters or more")
        self.store = store
        self.wake = wake
        self.page_size = page_size
        self._token = token.encode()
        # Sessions and CSRF tokens are signed with a key of the token: a new token ends them.
        self._key = hmac.new(self._token, b"aiothinkific engine log", hashlib.sha256).digest()
        hidden = {s for s in (token, *hide) if s and len(s) >= MIN_HIDDEN}
        self._hide = sorted(hidden, key=len, reverse=True)  # a longer one may hold a shorter
        self._router = Router(
            routes=[
                Route("/", self._guarded(self._list), methods=["GET"]),
                Route("/events/{seq}", self._guarded(self._detail), methods=["GET"]),
                Route("/events/{seq}/replay", self._guarded(self._replay), methods=["POST"]),
                Route("/login", self._login, methods=["GET", "POST"]),
                Route("/logout", self._logout, methods=["POST"]),
            ]
        )

    def __repr__(self) -> str:
        return "LogPage(token=***)"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._router(scope, receive, send)

    def routes(self, path: str) -> list[BaseRoute]:
        """Starlette routes serving the page under ``path`` (``/log`` leads to ``/log/``)."""
        path = "/" + path.strip("/")

        async def to_slash(request: Request) -> Response:
            return RedirectResponse(str(request.scope.get("root_path", "")) + path + "/", 307)

        return [Route(path, to_slash, methods=["GET", "HEAD"]), Mount(path, app=self)]

    # -- who is asking -----------------------------------------------------------------------

    def _sign(self, text: str) -> str:
        return hmac.new(self._key, text.encode(), hashlib.sha256).hexdigest()

    def _new_session(self) -> str:
        body = f"{int(time.time())}.{secrets.token_urlsafe(18)}"
        return f"{body}.{self._sign('session:' + body)}"

    def _session(self, request: Request) -> str | None:
        """The session id of a valid cookie (``None``: no cookie, forged, or expired)."""
        cookie = request.cookies.get(SESSION_COOKIE, "")
        issued, _, rest = cookie.partition(".")
        nonce, _, signature = rest.partition(".")
        if not (issued.isascii() and issued.isdigit() and nonce and len(issued) < 12):
            return None
        expected = self._sign(f"session:{issued}.{nonce}")
        if not hmac.compare_digest(signature.encode(), expected.encode()):
            return None
        if time.time() - int(issued) > SESSION_SECONDS:
            return None
        return nonce

    def _basic_password(self, request: Request) -> bytes | None:
        scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "basic":
            return None
        try:
            decoded = base64.b64decode(credentials.strip(), validate=True)
        except (binascii.Error, ValueError):
            return b""  # present but unreadable: a wrong token
        return decoded.partition(b":")[2]

    def _right_token(self, given: bytes) -> bool:
        return hmac.compare_digest(given, self._token)

    def _csrf(self, session: str, seq: int) -> str:
        return self._sign(f"replay:{session}:{seq}")

    def _guarded(self, endpoint: Callable[[Request, str], Awaitable[Response]]) -> Endpoint:
        """``endpoint`` for a request carrying the token (basic auth) or a session; it gets the
        session id (``"basic"`` for basic auth) for its CSRF tokens."""

        async def guarded(request: Request) -> Response:
            password = self._basic_password(request)
            if password is not None:
                if not self._right_token(password):
                    return self._refused(request)
                session = "basic"
            else:
                found = self._session(request)
                if found is None:
                    return self._to_login(request)
                session = found
            try:
                return await endpoint(request, session)
            except BadInput as bad:
                return self._render(request, "error.html", {"message": str(bad)}, bad.status)
            except self.store.errors as failure:  # locked too long, disk trouble: it passes
                logger.error("engine log page: the event store failed: %s", failure)
                message = "The event store is busy or unavailable; try again in a moment."
                return self._render(request, "error.html", {"message": message}, 503)

        return guarded

    def _refused(self, request: Request) -> Response:
        self.store.count("refused:log")
        response = self._render(request, "error.html", {"message": "Wrong token."}, 401)
        response.headers["WWW-Authenticate"] = 'Basic realm="engine log"'
        return response

    def _to_login(self, request: Request) -> Response:
        if request.method != "GET":
            return self._render(request, "error.html", {"message": "Log in first."}, 401)
        here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(self._url(request, "/login?" + urlencode({"next": here})), 303)

    # -- rendering ---------------------------------------------------------------------------

    def _url(self, request: Request, path: str) -> str:
        return str(request.scope.get("root_path", "")) + path

    def _render(
        self, request: Request, template: str, context: dict[str, Any], status: int = 200
    ) -> HTMLResponse:
        page = _templates.get_template(template).render(
            {"base": self._url(request, ""), "statuses": STATUSES, **context}
        )
        for secret in self._hide:  # whatever a delivery or an error may have quoted
            page = page.replace(secret, MASK).replace(html.escape(secret), MASK)
        return HTMLResponse(page, status, headers=_SAFE_HEADERS)

    # -- the log -----------------------------------------------------------------------------

    async def _list(self, request: Request, session: str) -> Response:
        filters = read_filters(request, self.page_size)
        found = entries(self.store, self.store.search(filters.query))
        end = filters.skip + self.page_size
        shown = found[filters.skip : end]
        older = "?" + urlencode({**filters.values, "skip": end}) if len(found) > end else None
        counts = self.store.status_counts()
        refused = {name.partition(":")[2]: value for name, value in self.store.counters().items()
                   if name.startswith("refused:") and name != "refused:log"}  # fmt: skip
        return self._render(request, "list.html", {
            "events": [_row(item) for item in shown],
            "filters": filters.values,
            "filtered": any(filters.values.values()),
            "counts": {status: counts.get(status, 0) for status in STATUSES},
            "refused": refused,
            "triggers": [t.value for t in Trigger],
            "older": older,
        })  # fmt: skip

    async def _detail(self, request: Request, session: str) -> Response:
        seq = _seq(request)
        stored = self.store.event(seq)
        if stored is None:
            raise BadInput(404, f"There is no event #{seq} in the log.")
        item = entry(stored, self.store.actions(seq))
        notice = NOTICES.get(request.query_params.get("notice", ""))
        return self._render(request, "event.html", {
            "event": item,
            "payload": masked_payload(stored),
            "notice": notice,
            "csrf": self._csrf(session, seq) if item.status == "failed" else None,
        })  # fmt: skip

    async def _replay(self, request: Request, session: str) -> Response:
        seq = _seq(request)
        form = await _form(request)
        given = form.get("csrf", "")
        if not hmac.compare_digest(given.encode(), self._csrf(session, seq).encode()):
            raise BadInput(403, "This replay did not come from the event's page (or the page is "
                                "from an earlier session): open the event again.")  # fmt: skip
        if self.store.event(seq) is None:
            raise BadInput(404, f"There is no event #{seq} in the log.")
        queued = self.store.replay([seq])
        if queued:
            self.wake()
        notice = "replayed" if queued else "not-failed"
        return RedirectResponse(self._url(request, f"/events/{seq}?notice={notice}"), 303)

    # -- logging in --------------------------------------------------------------------------

    async def _login(self, request: Request) -> Response:
        next_page = request.query_params.get("next", "")
        if request.method == "GET":
            return self._render(request, "login.html", {"next": next_page, "error": None})
        form = await _form(request)
        next_page = form.get("next", next_page)
        if not self._right_token(form.get("token", "").encode()):
            self.store.count("refused:log")
            context = {"next": next_page, "error": "Wrong token."}
            return self._render(request, "login.html", context, 401)
        response = RedirectResponse(self._safe_next(request, next_page), 303)
        response.set_cookie(
            SESSION_COOKIE, self._new_session(), max_age=SESSION_SECONDS,
            path=self._url(request, "/"), httponly=True, samesite="strict",
            secure=request.url.scheme == "https",
        )  # fmt: skip
        return response

    async def _logout(self, request: Request) -> Response:
        response = RedirectResponse(self._url(request, "/login"), 303)
        response.delete_cookie(SESSION_COOKIE, path=self._url(request, "/"))
        return response

    def _safe_next(self, request: Request, next_page: str) -> str:
        """Where to go after logging in: a page of this log only (no open redirect)."""
        home = self._url(request, "/")
        if next_page.startswith(home) and "//" not in next_page and "\\" not in next_page:
            return next_page
        return home


_SAFE_HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def _seq(request: Request) -> int:
    text = str(request.path_params["seq"])
    if not (text.isascii() and text.isdigit()) or len(text) > 19 or int(text) > _MAX_SEQ:
        raise BadInput(404, f"{text[:40]!r} is not an event number (a whole number, like 42).")
    return int(text)


async def _form(request: Request) -> dict[str, str]:
    """A small form-encoded body (the login and replay forms)."""
    body = await read_body(request, MAX_FORM_BYTES, 10.0)
    if isinstance(body, Response):
        raise BadInput(body.status_code, "The form could not be read.")
    try:
        return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    except (UnicodeDecodeError, ValueError) as error:
        raise BadInput(400, "The form could not be read.") from error


def _moment(text: str, label: str, *, end_of_day: bool = False) -> float:
    """A form's date (``2026-12-01``, the whole day for ``end_of_day``) or date-time, as UTC
    when it names no zone."""
    try:
        if len(text) == 10:
            day = datetime.date.fromisoformat(text)
            moment = datetime.datetime.combine(day, datetime.time(), datetime.UTC)
            return (moment + datetime.timedelta(days=1 if end_of_day else 0)).timestamp()
        moment = datetime.datetime.fromisoformat(text)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=datetime.UTC)
        return moment.timestamp()
    except (ValueError, OverflowError) as error:  # 9999-12-31 has no next day
        raise BadInput(400, f"{label}: {text[:40]!r} is not a date (2026-12-01) or date and "
                            "time (2026-12-01T10:00).") from error  # fmt: skip


def read_filters(request: Request, page_size: int = PAGE_SIZE) -> Filters:
    """The list's filters from the query string; :class:`BadInput` names a bad one."""
    params = request.query_params
    values = {name: params.get(name, "").strip()
              for name in ("email", "product", "trigger", "status", "since", "until")}  # fmt: skip
    if any(len(value) > MAX_FIELD for value in values.values()):
        raise BadInput(400, f"A filter is too long (at most {MAX_FIELD} characters).")
    if any("\x00" in value for value in values.values()):  # no stored text holds one
        raise BadInput(400, "A filter holds a NUL character.")
    if values["status"] and values["status"] not in STATUSES:
        raise BadInput(400, f"Status {values['status']!r} is none of {', '.join(STATUSES)}.")
    triggers = [t.value for t in Trigger]
    if values["trigger"] and values["trigger"] not in triggers:
        raise BadInput(400, f"Trigger {values['trigger']!r} is none of {', '.join(triggers)}.")
    skip_text = params.get("skip", "0")
    digits = skip_text.isascii() and skip_text.isdigit() and len(skip_text) <= 6
    if not digits or int(skip_text) > MAX_SKIP:
        raise BadInput(400, f"skip: {skip_text[:20]!r} is not a number up to {MAX_SKIP}.")
    skip = int(skip_text)
    since = _moment(values["since"], "From") if values["since"] else None
    until = _moment(values["until"], "To", end_of_day=True) if values["until"] else None
    query = LogQuery(
        email=values["email"] or None, product=values["product"] or None,
        trigger=values["trigger"] or None, status=values["status"] or None,
        since=since, until=until, limit=skip + page_size + 1,
    )  # fmt: skip
    return Filters({k: v for k, v in values.items() if v}, query, skip)


def _row(item: LogEntry) -> dict[str, Any]:
    """One line of the list: the event, and its actions in a few words."""
    actions = [f"{a.action.replace('_', ' ')} {a.target}: {a.status}" for a in item.actions]
    return {"event": item, "actions": actions}

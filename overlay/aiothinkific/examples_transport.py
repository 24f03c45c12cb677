"""An in-process stand-in for the API: every operation answers its documented success example.

Routes and bodies come from the patched spec shipped in the generated package, so nothing here
can drift from it. It keeps no state; it lets the client run end to end without a network.
"""

from __future__ import annotations

import httpx

from aiothinkific.specs import Operation, Spec, admin_spec, media_example


def success(spec: Spec, operation: Operation) -> httpx.Response:
    """The operation's lowest documented 2xx response, with its example body if it has one."""
    status = operation.success_status
    response = spec.resolve(operation.definition["responses"][str(status)])
    media = response.get("content", {}).get("application/json")
    if media is None:
        return httpx.Response(status)
    return httpx.Response(status, json=media_example(spec, media))


class ExamplesTransport(httpx.AsyncBaseTransport):
    """Answers each request with the success example of the operation it matches (404 else)."""

    def __init__(self, spec: Spec | None = None) -> None:
        self.spec = spec or admin_spec()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        path, prefix = request.url.path, self.spec.base_path
        found = None
        if path.startswith(prefix):
            found = self.spec.match(request.method, path[len(prefix) :])
        if found is None:
            return httpx.Response(404, json={"error": "Record not found"})
        return success(self.spec, found[0])

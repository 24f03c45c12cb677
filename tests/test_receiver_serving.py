"""The receiver under uvicorn with the package's limits: a half-sent body is answered 408 and the
connection closed, a half-sent or never-sent request head is cut off, an overlong head is
answered 431, idle connections do not keep deliveries out for longer than the head timeout.
(Small limits; each wait ends or fails.)"""

from __future__ import annotations

import asyncio
import json
import socket
from urllib.parse import urlsplit

import httpx
from aiothinkific.webhooks import SIGNATURE_HEADER, WebhookEvent, WebhookReceiver, sign
from aiothinkific.webhooks.serving import HttpToolsProtocol, config, serving
from uvicorn.server import ServerState

SECRET = "serving-secret"
BODY = json.dumps({"id": "1", "resource": "user", "action": "signup", "payload": {}}).encode()
GIVE_UP = 20.0  # a wait longer than this is a failure, not a measurement


async def connect(url: str) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    parts = urlsplit(url)
    return await asyncio.open_connection(parts.hostname, parts.port)


async def read_to_end(reader: asyncio.StreamReader) -> bytes:
    return await asyncio.wait_for(reader.read(), GIVE_UP)  # b"" or the answer, then EOF


def receiver(**options: float) -> tuple[WebhookReceiver, list[WebhookEvent]]:
    events: list[WebhookEvent] = []

    async def handler(event: WebhookEvent) -> None:
        events.append(event)

    r = WebhookReceiver(SECRET, **options)  # type: ignore[arg-type]
    r.on("user.signup", handler)
    return r, events


async def test_a_half_sent_body_is_answered_408_and_the_connection_closed() -> None:
    app, events = receiver(body_timeout=0.3)
    async with serving(app, "127.0.0.1", 0) as url:
        reader, writer = await connect(url)
        writer.write(
            b"POST / HTTP/1.1\r\nHost: receiver\r\nContent-Length: 100\r\n"
            + f"{SIGNATURE_HEADER}: {sign(SECRET, BODY)}\r\n\r\n".encode()
            + BODY[:10]
        )
        await writer.drain()
        answer = await read_to_end(reader)
        writer.close()
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert b"connection: close" in answer.lower() and events == []


async def test_a_half_sent_head_and_an_idle_connection_are_cut_off() -> None:
    app, _ = receiver()
    async with serving(app, "127.0.0.1", 0, head_timeout=0.3) as url:
        idle_reader, idle_writer = await connect(url)
        half_reader, half_writer = await connect(url)
        half_writer.write(b"POST / HTTP/1.1\r\nHost: rec")
        await half_writer.drain()
        assert await read_to_end(idle_reader) == b""
        assert await read_to_end(half_reader) == b""
        for writer in (idle_writer, half_writer):
            writer.close()


async def test_idle_connections_keep_deliveries_out_no_longer_than_the_head_timeout() -> None:
    app, events = receiver()
    async with serving(app, "127.0.0.1", 0, head_timeout=0.5, limit_concurrency=3) as url:
        idle = [await connect(url) for _ in range(3)]
        headers = {SIGNATURE_HEADER: sign(SECRET, BODY)}
        async with httpx.AsyncClient(base_url=url, timeout=GIVE_UP) as client:
            assert (await client.post("/", content=BODY, headers=headers)).status_code == 503
            for reader, _ in idle:
                assert await read_to_end(reader) == b""
            response = await client.post("/", content=BODY, headers=headers)
        for _, writer in idle:
            writer.close()
    assert response.json() == {"status": "ok"} and len(events) == 1


async def test_a_head_beyond_the_limit_is_answered_431_and_a_long_body_is_not_a_head() -> None:
    """The head is counted until it is complete, in whatever pieces it comes; the body after
    it is the receiver's to bound, and a kept-alive connection's next head counts afresh."""
    app, events = receiver()
    async with serving(app, "127.0.0.1", 0, max_head_bytes=1024) as url:
        reader, writer = await connect(url)
        writer.write(b"POST / HTTP/1.1\r\nHost: receiver\r\n")
        for _ in range(30):  # 30 headers of 50 bytes, sent one by one
            writer.write(b"X-Padding: " + b"p" * 37 + b"\r\n")
            await writer.drain()
        answer = await read_to_end(reader)
        writer.close()
        long_body = BODY + b" " * 4000
        headers = {SIGNATURE_HEADER: sign(SECRET, long_body), "X-Padding": "p" * 600}
        async with httpx.AsyncClient(base_url=url, timeout=GIVE_UP) as client:
            padded = [
                await client.post("/", content=long_body, headers=headers)
                for _ in range(3)  # one connection: each head under the limit on its own
            ]
    assert answer.startswith(b"HTTP/1.1 431 ") and b"connection: close" in answer
    assert [r.status_code for r in padded] == [200, 200, 200]
    assert len(events) == 1  # the same event thrice: handled once


def test_the_standalone_configuration_sets_the_limits() -> None:
    app, _ = receiver()
    settings = config(app, head_timeout=2.0)
    settings.load()
    assert issubclass(settings.http_protocol_class, HttpToolsProtocol)
    assert settings.http_protocol_class.head_timeout == 2.0
    assert settings.http_protocol_class.max_head_bytes == 16 * 1024
    assert (settings.timeout_keep_alive, settings.limit_concurrency) == (5, 500)


async def test_every_connection_sends_without_waiting_for_acks() -> None:
    """TCP_NODELAY on each accepted connection: a response goes out in two writes (head, body),
    and with Nagle's algorithm a kept-alive connection's second write would wait for the
    client's delayed ACK."""
    app, _ = receiver()
    settings = config(app)
    settings.load()
    listener = socket.create_server(("127.0.0.1", 0))
    client = socket.create_connection(listener.getsockname())
    accepted, _ = listener.accept()
    assert not accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)  # Linux's default
    loop = asyncio.get_running_loop()
    transport, _ = await loop.connect_accepted_socket(
        lambda: settings.http_protocol_class(
            config=settings, server_state=ServerState(), app_state={}
        ),
        sock=accepted,
    )
    try:
        sock = transport.get_extra_info("socket")
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
    finally:
        transport.close()
        client.close()
        listener.close()

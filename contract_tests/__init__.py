"""Contract tests: the patched spec, the mock server and the client checked against each other.

``test_provider`` drives every operation of a server (the in-process mock by default) with
schemathesis; ``test_stateful`` chains operations along the spec's links; ``test_consumer`` feeds
spec-valid response bodies to the generated client and the overlay. See ``conftest.py`` for the
options (``--contract-profile``, ``--base-url``, ``--allow-writes``).
"""

"""Contract tests: the patched spec, the mock server and the client checked against each other.

``test_provider`` drives every operation of a server (the in-process mock by default) with
schemathesis; ``test_stateful`` chains operations along the spec's links; ``test_consumer`` feeds
spec-valid response bodies to the generated client and the overlay; ``test_pagination`` walks
listings across pages. ``defects`` seeds defects for the harness to catch (``test_defects`` and
``scripts/defect_sweep.py``). See ``conftest.py`` for the options (``--contract-profile``,
``--base-url``, ``--allow-writes``).
"""

"""The contract harness: each API's spec, its server and this client checked against each other
(schemathesis + hypothesis), against the bundled mocks or any base URL.

- :mod:`~aiothinkific.contract.suites`: the suites (pytest test modules): ``test_provider``
  drives every operation of a server with schemathesis, ``test_stateful`` chains operations along
  the spec's links, ``test_consumer`` feeds spec-valid response bodies to the generated client and
  the overlay, ``test_pagination`` walks listings across pages;
- :mod:`~aiothinkific.contract.plugin`: the pytest plugin (options, tally, summary);
- :mod:`~aiothinkific.contract.runner`: ``aiothinkific contract run``, one command for CI;
- the rest is what the suites share: the APIs, targets, schemas, checks, bodies, calls.

Needs the ``contract`` extra (``pip install 'aiothinkific[contract]'``).
"""

"""This repository's contract suite: the harness of ``aiothinkific.contract`` (its suites, run
through the wrappers ``test_provider``, ``test_stateful``, ``test_consumer``,
``test_pagination``, with its plugin loaded by ``conftest.py``: options ``--contract-profile``,
``--base-url``, ``--thrivecart-base-url``, ``--allow-writes``, ...), and what only the
repository needs: ``defects`` seeds defects for the harness to catch (``test_defects`` and
``scripts/defect_sweep.py``), ``test_harness`` tests the harness itself.
"""

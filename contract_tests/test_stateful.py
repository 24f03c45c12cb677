"""The harness's stateful suite (`aiothinkific.contract.suites.test_stateful`), run as this
repository's own: the same code `aiothinkific contract run` runs from an installed package."""

from aiothinkific.contract.suites.test_stateful import *  # noqa: F403

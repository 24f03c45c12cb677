"""The harness's provider suite (`aiothinkific.contract.suites.test_provider`), run as this
repository's own: the same code `aiothinkific contract run` runs from an installed package."""

from aiothinkific.contract.suites.test_provider import *  # noqa: F403

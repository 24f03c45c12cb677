"""The harness's consumer suite (`aiothinkific.contract.suites.test_consumer`), run as this
repository's own: the same code `aiothinkific contract run` runs from an installed package."""

from aiothinkific.contract.suites.test_consumer import *  # noqa: F403

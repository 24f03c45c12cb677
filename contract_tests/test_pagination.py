"""The harness's pagination suite (`aiothinkific.contract.suites.test_pagination`), run as this
repository's own: the same code `aiothinkific contract run` runs from an installed package."""

from aiothinkific.contract.suites.test_pagination import *  # noqa: F403

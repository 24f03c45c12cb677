"""The contract harness's pytest plugin (``aiothinkific.contract.plugin``): its options, tally
and summary, for this repository's contract suites."""

from aiothinkific.contract.plugin import *  # noqa: F403

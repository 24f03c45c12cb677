"""The one reader of OpenAPI specs, for the client's tools, the mock and the tests.

- :class:`Spec`: a document, ``$ref`` resolution, its :class:`Operation` records, the operation
  a concrete request path matches, compiled validators; everything computed once per spec.
- :func:`admin_spec` / :func:`webhooks_spec` / :func:`thrivecart_spec` / :func:`load_spec`: the
  spec a generated package ships (the patched one for the Admin API and ThriveCart).
- :class:`PathTemplate`: matching, filling and ordering path templates.
- :func:`sample`: deterministic data a schema allows (its examples first).
- :func:`per_spec`: a cache keyed by the spec, for what other modules derive from one.
"""

from aiothinkific.specs.document import (
    ADMIN_PACKAGE,
    THRIVECART_PACKAGE,
    WEBHOOKS_PACKAGE,
    Spec,
    admin_spec,
    load_spec,
    per_spec,
    thrivecart_spec,
    webhooks_spec,
)
from aiothinkific.specs.operations import HTTP_METHODS, JSON, Operation, Parameter
from aiothinkific.specs.paths import PathTemplate
from aiothinkific.specs.samples import media_example, sample

__all__ = [
    "ADMIN_PACKAGE",
    "HTTP_METHODS",
    "JSON",
    "THRIVECART_PACKAGE",
    "WEBHOOKS_PACKAGE",
    "Operation",
    "Parameter",
    "PathTemplate",
    "Spec",
    "admin_spec",
    "load_spec",
    "media_example",
    "per_spec",
    "sample",
    "thrivecart_spec",
    "webhooks_spec",
]

"""Async Python client for the Thinkific APIs.

The typed core (``thinkific_admin_client``) is generated from the vendor's OpenAPI spec;
this package is the hand-written overlay around it.
"""

from aiothinkific._client import DEFAULT_BASE_URL, Thinkific
from aiothinkific._credentials import Credentials, CredentialsError

__all__ = ["DEFAULT_BASE_URL", "Credentials", "CredentialsError", "Thinkific"]

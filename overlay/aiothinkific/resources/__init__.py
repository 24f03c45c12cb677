"""The resources: one class per API group (spec tag), one method per operation, generated from
the specs and their names tables (``spec/*.resources.yaml``) by ``scripts/regenerate``."""

from aiothinkific.resources import thinkific, thinkific_webhooks

__all__ = ["thinkific", "thinkific_webhooks"]

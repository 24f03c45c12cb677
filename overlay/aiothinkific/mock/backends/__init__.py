"""One module per resource group; each registers its handlers with ``@handles(operation_id)``.
Every module here is imported by :func:`aiothinkific.mock.engine.handlers`."""

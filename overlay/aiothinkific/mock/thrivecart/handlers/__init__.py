"""ThriveCart's handlers, one module per part of the API, registered in
:data:`~aiothinkific.mock.thrivecart.records.THRIVECART`."""

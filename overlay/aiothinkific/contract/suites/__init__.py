"""The contract suites, as pytest test modules: run them with ``aiothinkific contract run`` (or
``pytest --pyargs aiothinkific.contract.suites -p aiothinkific.contract.plugin``)."""

"""``python -m aiothinkific``: the same as the ``aiothinkific`` command."""

from aiothinkific.cli import main

if __name__ == "__main__":
    main()

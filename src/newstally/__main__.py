"""`python -m newstally` is the `newstally` command."""

from newstally.cli import main

main()

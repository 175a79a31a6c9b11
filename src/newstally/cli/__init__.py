"""The command line: one module per verb, each a thin call into the library."""

from __future__ import annotations

import click

from newstally import __version__
from newstally.cli.conflicts import conflicts
from newstally.cli.eval import eval_
from newstally.cli.export import export
from newstally.cli.extract import extract
from newstally.cli.fetch import fetch
from newstally.cli.figures import figures
from newstally.cli.ingest import ingest
from newstally.cli.packs import packs
from newstally.cli.search import search
from newstally.cli.serve import serve
from newstally.cli.stories import stories


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="newstally")
def main() -> None:
    """newstally: the numbers that news reports carry.

    Reads noisy news pages, keeps the article, and extracts every figure with what it counts,
    what happened, when, where and who says so.

    \b
    Examples:
      newstally extract pages/ > articles.jsonl
      newstally extract page.txt --format text
    """


main.add_command(extract)
main.add_command(fetch)
main.add_command(packs)
main.add_command(eval_)
for _verb in (ingest, figures, search, stories, conflicts, export, serve):
    main.add_command(_verb)

"""The command line: one module per verb, each a thin call into the library.

Verbs are imported when they run, so that `newstally --help` and `newstally extract` do not pay
for the web app's and the store's imports.
"""

from __future__ import annotations

import importlib

import click

from newstally import __version__

# Verb → "module:function", in the order a user meets them: read pages, store them, look at them.
VERBS = {
    "extract": "newstally.cli.extract:extract",
    "fetch": "newstally.cli.fetch:fetch",
    "ingest": "newstally.cli.ingest:ingest",
    "figures": "newstally.cli.figures:figures",
    "search": "newstally.cli.search:search",
    "stories": "newstally.cli.stories:stories",
    "conflicts": "newstally.cli.conflicts:conflicts",
    "export": "newstally.cli.export:export",
    "serve": "newstally.cli.serve:serve",
    "packs": "newstally.cli.packs:packs",
    "eval": "newstally.cli.eval:eval_",
}


class LazyGroup(click.Group):
    """A group whose verbs are listed in workflow order and imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(VERBS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = VERBS.get(cmd_name)
        if target is None:
            return None
        module, name = target.split(":")
        command = getattr(importlib.import_module(module), name)
        assert isinstance(command, click.Command), target
        return command


@click.group(
    cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}
)
@click.version_option(__version__, prog_name="newstally")
def main() -> None:
    """newstally: the numbers that news reports carry.

    Reads noisy news pages, keeps the article, and extracts every figure with what it counts,
    what happened, when, where and who says so; stores them, groups republications into stories
    and claims, flags conflicting figures, and serves it all as a local web app.

    \b
    Examples:
      newstally extract page.txt --format text
      newstally extract pages/ > articles.jsonl
      newstally ingest pages/ feeds.warc.gz --db corpus.db
      newstally figures --db corpus.db --category detained --since 2020
      newstally serve --db corpus.db
    """

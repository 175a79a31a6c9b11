"""`newstally packs`: the indicator packs and their categories."""

from __future__ import annotations

import json

import click

from newstally.figures.packs import (
    OTHER,
    Indicators,
    Pack,
    PackError,
    builtin_packs,
    indicators_with,
    load_pack,
)

# The --pack option of every verb that extracts figures (and of `packs`, which lists them).
pack_option = click.option(
    "--pack",
    "pack_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="An indicator pack (TOML) to add to the built-in ones; its categories replace built-in ones of "
    "the same name. Repeatable.",
)


def indicators_option_value(pack_files: tuple[str, ...]) -> Indicators | None:
    """The indicators that --pack files make (None: the built-in ones), or a usage error naming the file."""
    try:
        return indicators_with(pack_files) if pack_files else None
    except PackError as exc:
        raise click.BadParameter(str(exc), param_hint="--pack") from exc


@click.command()
@pack_option
@click.option("--json", "as_json", is_flag=True, help="Write the packs as JSON instead of a listing.")
def packs(pack_files: tuple[str, ...], as_json: bool) -> None:
    """List the indicator packs and their categories.

    Figures take their category from these packs: the built-in ones, plus the files given with
    --pack (a later pack's category replaces a built-in one of the same name). See docs/packs.md.

    \b
    Examples:
      newstally packs
      newstally packs --pack my-indicators.toml --json
    """
    try:
        found = [*builtin_packs(), *(load_pack(p) for p in pack_files)]
    except PackError as exc:
        raise click.BadParameter(str(exc), param_hint="--pack") from exc
    if as_json:
        click.echo(json.dumps([_pack_dict(p) for p in found], ensure_ascii=False, indent=2))
        return
    for pack in found:
        click.echo(f"{pack.id}  ({pack.path})")
        if pack.description:
            click.echo(f"  {pack.description}")
        width = max((len(c.name) for c in pack.categories), default=0)
        group = None
        for cat in pack.categories:
            if cat.group != group:
                group = cat.group
                click.echo(f"  [{group or 'ungrouped'}]")
            langs = ", ".join(
                f"{lang} {len(cat.verbs.get(lang, ())) + len(cat.nouns.get(lang, ()))}"
                for lang in sorted({*cat.verbs, *cat.nouns})
            )
            click.echo(f"    {cat.name.ljust(width)}  {cat.description}  (triggers: {langs})")
        click.echo()
    click.echo(f"{OTHER}: the category of a figure that no trigger decides")


def _pack_dict(pack: Pack) -> dict[str, object]:
    return {
        "id": pack.id,
        "name": pack.name,
        "version": pack.version,
        "path": pack.path,
        "description": pack.description,
        "categories": [
            {
                "name": c.name,
                "group": c.group,
                "description": c.description,
                "verbs": c.verbs,
                "nouns": c.nouns,
                "needs_noun": c.needs_noun,
                "duration_only": c.duration_only,
                "counts_people": c.counts_people,
                "takes_value": c.takes_value,
            }
            for c in pack.categories
        ],
        "vague": pack.vague,
    }

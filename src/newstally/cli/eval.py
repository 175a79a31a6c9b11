"""`newstally eval`: score the project's extraction against gold sets and the public benchmarks."""

from __future__ import annotations

import json
from pathlib import Path

import click

from newstally.cli.packs import indicators_option_value, pack_option
from newstally.evaluate import run
from newstally.evaluate.figures import GoldError

# The metrics printed for each kind of set, in order; --json writes them all.
_GOLD_KEYS = (
    "figure_p", "figure_r", "figure_f1", "category_acc", "attribute_acc", "clean_f1",
    "gold_text_figure_f1", "gold_text_category_acc",
)  # fmt: skip


@click.command(name="eval")
@click.argument("gold_dirs", nargs=-1, type=click.Path(exists=True, file_okay=False), metavar="[GOLD_DIR]...")
@click.option(
    "--benchmarks",
    type=click.Path(file_okay=False),
    default=None,
    help="Folder of the public benchmarks (newsquant/, aeb/); scores those found there.",
)
@pack_option
@click.option("--json", "as_json", is_flag=True, help="Write all metrics as one JSON object.")
@click.option(
    "--verbose",
    "-v",
    is_flag=True,
    help="List the missed and extra figures of the gold sets, and the figures of a wrong category.",
)
def eval_(
    gold_dirs: tuple[str, ...],
    benchmarks: str | None,
    pack_files: tuple[str, ...],
    as_json: bool,
    verbose: bool,
) -> None:
    """Score extraction against GOLD_DIR... and the public benchmarks.

    A GOLD_DIR holds pages and a gold.json (docs/dev/gold-format.md); it is scored for figure
    precision, recall and F1, category and attribute accuracy, and cleaning (AEB shingle F1). With
    --benchmarks, NewsQuant (value and value+unit F1) and the AEB text dumps (cleaning F1) are
    scored too, with the same metrics as the reference scorers in ../shared/tools. See docs/eval.md.

    \b
    Examples:
      newstally eval tests/fixtures/pages/heldout
      newstally eval tests/fixtures/pages/dev -v
      newstally eval --benchmarks ../shared/benchmarks --json
    """
    if not gold_dirs and not benchmarks:
        raise click.UsageError("give a GOLD_DIR or --benchmarks DIR (see `newstally eval --help`)")
    indicators = indicators_option_value(pack_files)
    results: dict[str, dict[str, float]] = {}
    for folder in gold_dirs:
        try:
            metrics, misses = run.evaluate_gold(folder, indicators)
        except GoldError as exc:
            raise click.ClickException(str(exc)) from exc
        results[folder] = metrics
        if verbose:
            for line in misses:
                click.echo(line, err=True)
    if benchmarks:
        root = Path(benchmarks)
        newsquant = root / "newsquant" / "NewsQuant.json"
        if newsquant.exists():
            results["newsquant"] = run.evaluate_newsquant(newsquant, indicators)
        if (root / "aeb" / "ground-truth.json").exists():
            results["aeb_text"] = run.evaluate_aeb_text(root / "aeb")
        if not newsquant.exists() and "aeb_text" not in results:
            raise click.ClickException(
                f"{benchmarks}: no newsquant/NewsQuant.json or aeb/ground-truth.json there"
            )
    if as_json:
        click.echo(json.dumps(results, indent=2))
        return
    for name, metrics in results.items():
        keys = _GOLD_KEYS if "figure_f1" in metrics else tuple(metrics)
        click.echo(f"{name}")
        for key in keys:
            click.echo(f"  {key:<24} {metrics[key]:.3f}")

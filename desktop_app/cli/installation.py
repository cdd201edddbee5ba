"""`neutrohold packs`, `--self-test` and `gui`: the installed packs, the installation's own check, the window."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.common import EXIT_CHECK_FAILED, EXIT_OK, Verbs, add_db_option, add_overrides_option


def add_installation_commands(verbs: Verbs) -> None:
    packs = verbs.add_parser("packs", help="list installed knowledge packs and re-run their golden cases")
    packs.set_defaults(handler=packs_listing)
    gui = verbs.add_parser("gui", help="open the desktop window (the default when no command is given)")
    add_gui_options(gui)
    gui.set_defaults(handler=window)


def add_gui_options(parser: argparse.ArgumentParser) -> None:
    add_db_option(parser, keep_earlier=False)
    add_overrides_option(parser, keep_earlier=False)
    parser.add_argument(
        "--pack", dest="window_pack", metavar="ID",
        help="the knowledge pack the window evaluates with (default: the only or default installed pack; see `neutrohold packs`)",
    )  # fmt: skip


def window(args: argparse.Namespace) -> int:
    from desktop_app.gui.app import run

    return run(args)


def self_test(args: argparse.Namespace) -> int:
    from desktop_app.services.selftest import run_checks

    passed = failed = 0
    for result in run_checks(getattr(args, "overrides", None)):
        print(f"{'PASS' if result.passed else 'FAIL'}  {result.name}: {result.detail}", flush=True)
        passed += result.passed
        failed += not result.passed
    print(f"self-test: {passed} passed, {failed} failed")
    return EXIT_OK if failed == 0 else EXIT_CHECK_FAILED


def packs_listing(args: argparse.Namespace) -> int:
    from desktop_app.services.locations import site_packs_dir
    from desktop_app.services.packs import check_installed_packs, choose_pack_id

    try:
        default = choose_pack_id(None)
    except ValueError:
        default = None
    site = site_packs_dir()
    for pack, report in check_installed_packs():
        where = "site" if Path(pack.source).parent == site else "shipped"
        mark = "  (default)" if pack.content.id == default else ""
        print(
            f"{pack.content.id} {pack.content.version}  sha256 {pack.sha256[:12]}  "
            f"golden cases {report.golden_passed} passed  grid {report.grid_cells} cells  ok  {where}{mark}  ({pack.source})"
        )
    return EXIT_OK

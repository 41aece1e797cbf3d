"""Fieldbook: no arguments (or only --db) open the window; a subcommand runs the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the analysis worker of a frozen build starts here
    args = sys.argv[1:] if argv is None else argv
    window_args = (
        len(args) == 0
        or (args[0] == "--db" and len(args) == 2)
        or (len(args) == 1 and args[0].startswith("--db="))
    )
    if window_args:
        db = None
        if args:
            db = args[1] if len(args) == 2 else args[0].split("=", 1)[1]
        from ui.app import run_app

        return run_app(db)
    from cli.main import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())

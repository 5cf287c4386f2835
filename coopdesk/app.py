"""Composition root: arguments -> (CLI command | QApplication -> paths, logging, translators,
database -> services -> main window)."""

from __future__ import annotations

import argparse
import sys

from coopdesk import __version__


def build_parser() -> argparse.ArgumentParser:
    from coopdesk import cli

    parser = argparse.ArgumentParser(
        prog="coopdesk",
        description="coopdesk - participants, trainings and social cooperatives for an OWES.",
    )
    parser.add_argument("--version", action="version", version=f"coopdesk {__version__}")
    parser.add_argument("--data-dir", help="data folder (default: the user's application data folder)")
    parser.add_argument("--lang", choices=("pl", "en"), help="language of the interface (default: Polish)")
    cli.add_commands(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command:
        from PySide6.QtCore import QCoreApplication

        from coopdesk import cli
        from coopdesk.platform.i18n import install_translations
        from coopdesk.platform.paths import resolve_paths
        from coopdesk.platform.prefs import DEFAULT_LANGUAGE, Prefs

        app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
        try:
            language = args.lang or Prefs(resolve_paths(args.data_dir)).language
        except OSError:  # a data folder that cannot be made: the command says why (cli.run)
            language = DEFAULT_LANGUAGE
        install_translations(app, language)
        return cli.run(args)
    return run_gui(args)


def window_icon():
    """The program's icon (coopdesk/assets/icons: PNGs rendered from coopdesk.svg, 16 to 256 px)."""
    from PySide6.QtGui import QIcon

    from coopdesk.resources import resource_path

    icon = QIcon()
    for png in sorted(resource_path("icons").glob("coopdesk-*.png")):
        icon.addFile(str(png))
    return icon


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from coopdesk.platform.i18n import install_translations
    from coopdesk.platform.logs import setup_logging
    from coopdesk.platform.paths import resolve_paths
    from coopdesk.platform.prefs import DEFAULT_LANGUAGE, Prefs
    from coopdesk.ui import startup
    from coopdesk.ui.account_actions import install_account_actions
    from coopdesk.ui.error_hook import install_error_hook
    from coopdesk.ui.idle_lock import IdleLock
    from coopdesk.ui.main_window import MainWindow
    from coopdesk.ui.record_actions import install_record_actions
    from coopdesk.ui.sign_in import sign_in

    app = QApplication.instance()
    if not isinstance(app, QApplication):  # instance() is typed as the QCoreApplication it may be
        app = QApplication(sys.argv[:1])
    app.setApplicationName("coopdesk")
    QApplication.setApplicationDisplayName("coopdesk")
    app.setWindowIcon(window_icon())  # every window, the sign-in and the messages before it too
    app.setDesktopFileName("coopdesk")  # the menu entry (packaging/coopdesk.desktop) and its icon
    try:
        paths = resolve_paths(args.data_dir)
    except OSError as exc:  # the data folder cannot be made (a read-only or full disk)
        install_translations(app, args.lang or DEFAULT_LANGUAGE)
        return startup.tell_no_data_folder(args.data_dir, exc)
    log_problem = setup_logging(paths)  # a read-only or full data folder: the log goes to stderr
    install_error_hook(paths, log_problem)  # an unexpected error: logged, told once, coopdesk goes on
    prefs = Prefs(paths)
    install_translations(app, args.lang or prefs.language)
    if log_problem is not None:
        startup.tell_log_problem(paths, log_problem)
    lock = startup.acquire_instance_lock(paths)  # one coopdesk per data folder
    if lock is None:
        return 2
    # Opened as the system only to sign in; a damaged, encrypted, locked or newer file is handled here.
    opened = startup.open_database_interactively(paths, prefs)
    if opened is None:
        lock.release()
        return 2
    actor = sign_in(opened)
    if actor is None:
        opened.close()
        lock.release()
        return 0
    # The same open database, now working as the signed-in user (permissions, audit journal).
    services = opened.as_actor(actor)
    window = MainWindow(services, prefs)
    startup.daily_backup(services, window)  # a failure is shown, over the main window
    idle_lock = IdleLock.minutes(window, services.accounts, actor)
    idle_lock.quit_requested.connect(window.close)
    idle_lock.quit_requested.connect(app.quit)
    install_record_actions(window, services, window.participants_page)
    install_account_actions(window, services, idle_lock)
    window.show()
    code = app.exec()
    idle_lock.stop()
    startup.on_exit(services, lock)  # automatic backup, close, unlock
    return code

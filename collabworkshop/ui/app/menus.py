"""The window's menus and shortcuts, declared in one place.

:func:`menu_table` says which menus hold which actions, in order, and for
each action its text, shortcuts, the window method it runs, when it is
enabled and a tip; :func:`build_menus` turns that into the menu bar once.
Nothing looks a menu up by its title afterwards: every menu and action is
the window's attribute of the name given here (``window.save_action``,
``window.export_menu``), with an object name made from it (``saveAction``).

To add a command: add an :class:`Act` to the menu it belongs in, naming a
window method (and, if it needs a session, ``when="session"``); if it has a
key, add it to the F1 list in ``ui/app/help.py`` as well.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from ...common.i18n import context
from ..common import themes, translations
from .exports import export_items

Key = QKeySequence.StandardKey


# The context these texts had before the window was split, so their translations stay.
tr = context("MainWindow")


class Act(NamedTuple):
    """One action: ``name`` is the window's attribute for it; ``slot`` the
    window method it calls with ``args``, looked up when it is triggered: a
    dotted name (``presenter.present``) reaches a part of the window, and
    does nothing while that part is None (no session open)."""

    name: str
    text: str
    slot: str
    shortcuts: tuple[str | QKeySequence.StandardKey, ...] = ()
    args: tuple = ()
    #: When it is enabled: a key of ENABLED.
    when: str = "always"
    tip: str = ""
    checkable: bool = False
    #: Listed in its menu; False for a key without a menu item (Ctrl+3).
    listed: bool = True
    #: The window holds it, so its keys work with the menu bar hidden;
    #: False for a key of the audience display only (Esc).
    on_window: bool = True
    #: The audience display has it too, so its keys work there.
    on_display: bool = False


class DockToggle(NamedTuple):
    """The show/hide action Qt makes for the dock widget that is the
    window's attribute ``dock``."""

    name: str
    dock: str
    text: str
    shortcuts: tuple[str, ...] = ()
    when: str = "always"


class Menu(NamedTuple):
    name: str
    title: str
    items: tuple = ()
    #: Its checkable actions exclude each other (the themes).
    exclusive: bool = False
    object_name: str = ""


SEPARATOR = None

#: When an action is enabled, by the name an Act gives in ``when``.
ENABLED: dict[str, Callable[[object], bool]] = {
    "always": lambda w: True,
    "session": lambda w: w.controller is not None,
    "baseline": lambda w: w.controller is not None and any(r.baseline for r in w.controller.session.rounds),
    "undo": lambda w: w.controller is not None and w.controller.undo_stack.canUndo(),
    "redo": lambda w: w.controller is not None and w.controller.undo_stack.canRedo(),
    "joining": lambda w: w.controller is not None and w.participation_part.joining,  # type: ignore[attr-defined]
}


def menu_table() -> tuple[Menu, ...]:
    """The menu bar, menu by menu (built when the window is, so the texts
    are in the language of the moment)."""
    exports = []
    for item in export_items():
        if item.separator_before:
            exports.append(SEPARATOR)
        exports.append(Act(item.action, item.menu_text, "export", (item.shortcut,) if item.shortcut else (),
                           args=(item.format,), when="session"))
    current_themes = [
        Act(f"theme_{name}_action", themes.theme_title(name), "set_theme", (f"Ctrl+Alt+{i}",), args=(name,),
            checkable=True)
        for i, name in enumerate(themes.theme_names(), start=1)
    ]
    # View > Language: saved, and in effect from the next start (every text
    # is made when its widget is).
    languages = [
        Act(f"language_{code}_action", title, "set_language", args=(code,), checkable=True)
        for code, title in [(translations.SYSTEM, tr("System language")), *translations.LANGUAGES.items()]
    ]
    go_to_steps = [
        Act(f"step_{i}_action", tr("Go to step {0}").format(i), "go_to", (f"Ctrl+{i}",), args=(i,), when="session",
            listed=False)
        for i in range(1, 10)
    ]
    return (
        Menu("file_menu", tr("&File"), (
            Act("new_action", tr("&New session"), "new_session", (Key.New,)),
            Act("new_from_template_action", tr("New session from &template\u2026"), "new_session_from_template",
                ("Ctrl+Shift+N",)),
            Act("open_action", tr("&Open\u2026"), "open_dialog", (Key.Open,)),
            Act("sample_action", tr("Open the sa&mple session"), "open_sample"),
            Menu("recent_menu", tr("Open &recent")),  # filled by the window from the recent files
            SEPARATOR,
            Act("save_action", tr("&Save"), "save", (Key.Save,), when="session"),
            Act("save_as_action", tr("Save &as\u2026"), "save_as", ("Ctrl+Shift+S",), when="session"),
            SEPARATOR,
            Menu("export_menu", tr("E&xport"), tuple(exports), object_name="exportMenu"),
            SEPARATOR,
            Act("followup_action", tr("Start &follow-up\u2026"), "start_followup", when="session",
                tip=tr("A new session with these teams and agenda, today's results as the baseline and the "
                       "accepted actions to review")),
            SEPARATOR,
            Act("close_action", tr("&Close session"), "close_session", (Key.Close,), when="session"),
            Act("quit_action", tr("&Quit"), "close", (Key.Quit,)),
        )),
        Menu("edit_menu", tr("&Edit"), (
            Act("undo_action", tr("&Undo"), "undo", (Key.Undo,), when="undo", on_display=True),
            Act("redo_action", tr("&Redo"), "redo", ("Ctrl+Shift+Z", "Ctrl+Y"), when="redo", on_display=True),
        )),
        Menu("workshop_menu", tr("&Workshop"), (
            # Presenter clickers send Page Down/Up; plain arrows work too,
            # except where the focused widget needs them (presenter.KeyGuard).
            Act("next_action", tr("&Next step"), "next_step", ("PgDown", "Ctrl+Right", "Right"), when="session",
                on_display=True),
            Act("back_action", tr("&Previous step"), "previous_step", ("PgUp", "Ctrl+Left", "Left"),
                when="session", on_display=True),
            Act("setup_action", tr("Session &set-up"), "go_to", ("Ctrl+0",), args=(0,), when="session"),
            SEPARATOR,
            *go_to_steps,
            Act("generate_action", tr("&Generate action plan"), "generate_plan", ("Ctrl+G",), when="session"),
            Act("trend_action", tr("&Trend since baseline\u2026"), "show_trend", when="baseline"),
            SEPARATOR,
            Act("edit_agenda_action", tr("Edit &agenda\u2026"), "edit_agenda", ("Ctrl+Shift+A",), when="session"),
        )),
        Menu("view_menu", tr("&View"), (
            # Like browsers and office suites: F6 walks the window's regions
            # (ui/app/regions.py), so the board is a key or two away.
            Act("next_region_action", tr("Next &region"), "next_region", ("F6",), when="session"),
            Act("previous_region_action", tr("Pre&vious region"), "previous_region", ("Shift+F6",),
                when="session"),
            Act("statistics_action", tr("&Statistics beside the board"), "toggle_statistics", ("F7",),
                when="session"),
            SEPARATOR,
            Menu("theme_menu", tr("&Theme"), tuple(current_themes), exclusive=True),
            Menu("language_menu", tr("&Language"), tuple(languages), exclusive=True, object_name="languageMenu"),
        )),
        Menu("present_menu", tr("&Present"), (
            Act("present_action", tr("&Present"), "presenter.present", ("F5",), when="session", on_display=True),
            Act("show_display_action", tr("Show or hide the audience &display"), "presenter.toggle_display",
                when="session"),
            Act("swap_screens_action", tr("S&wap screens"), "presenter.swap_screens", when="session"),
            Act("blackout_action", tr("&Blackout"), "presenter.toggle_blackout", ("B",), when="session",
                on_display=True),
            SEPARATOR,
            Act("timer_action", tr("&Start or pause the timer"), "timers.toggle", ("Space",), when="session",
                on_display=True),
            Act("add_minute_action", tr("&Add a minute"), "timers.add_minute", when="session"),
            Act("reset_timer_action", tr("&Reset the timer"), "timers.reset", when="session"),
            # Esc belongs to the audience display only.
            Act("leave_action", tr("Leave presentation"), "presenter.leave_presentation", ("Esc",), when="session",
                listed=False, on_window=False, on_display=True),
            SEPARATOR,
            Act("participants_action", tr("Let participants &join"), "participation_part.toggle", when="session",
                checkable=True, tip=tr("Participants join from their phones on this network (docs/participants.md)")),
            Act("join_screen_action", tr("Show or hide the join &screen"), "display.join.toggle", ("J",),
                when="joining", on_display=True),
            SEPARATOR,
            DockToggle("console_action", "console_dock", tr("Facilitator &console panel"), ("F9",), when="session"),
        )),
        Menu("help_menu", tr("&Help"), (
            Act("shortcuts_action", tr("&Keyboard shortcuts"), "show_shortcuts", ("F1",), on_display=True),
            Act("about_action", tr("&About CollabWorkshop"), "show_about"),
        )),
    )


class BuiltMenus:
    """What :func:`build_menus` made: every action with the rule that
    enables it, and the ones the audience display shares."""

    def __init__(self) -> None:
        self.actions: dict[str, tuple[QAction, str]] = {}
        self.menus: dict[str, QMenu] = {}
        self.display_actions: list[QAction] = []

    def update(self, window) -> None:
        """Enable each action by its rule."""
        for action, when in self.actions.values():
            action.setEnabled(bool(ENABLED[when](window)))


def _call(window, slot: str, args: tuple) -> None:
    target = window
    for part in slot.split("."):
        target = getattr(target, part)
        if target is None:
            return  # e.g. the presenter, before a session is open
    target(*args)


def _object_name(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def _keys(shortcuts) -> list[QKeySequence]:
    # A standard key the platform has no binding for (Quit on Linux) is no key.
    return [key for key in map(QKeySequence, shortcuts) if not key.isEmpty()]


def build_menus(window, table: tuple[Menu, ...]) -> BuiltMenus:
    """Make ``table``'s menus in ``window``'s menu bar; each menu and action
    becomes the window's attribute of its name."""
    built = BuiltMenus()

    def make_action(spec: Act, menu: QMenu, group: QActionGroup | None) -> QAction:
        action = QAction(spec.text, window)
        action.setShortcuts(_keys(spec.shortcuts))
        action.setCheckable(spec.checkable)
        if spec.tip:
            action.setToolTip(spec.tip)
            action.setStatusTip(spec.tip)
        action.triggered.connect(lambda _checked=False, slot=spec.slot, args=spec.args: _call(window, slot, args))
        if group is not None:
            group.addAction(action)
        if spec.listed:
            menu.addAction(action)
        if spec.on_window:
            window.addAction(action)  # its keys work even with the menu bar hidden
        if spec.on_display:
            built.display_actions.append(action)
        return action

    def fill(menu: QMenu, spec: Menu) -> None:
        group = None
        if spec.exclusive:
            group = QActionGroup(window)
            group.setExclusive(True)
        for item in spec.items:
            if item is SEPARATOR:
                menu.addSeparator()
            elif isinstance(item, Menu):
                sub = menu.addMenu(item.title)
                register_menu(sub, item)
                fill(sub, item)
            elif isinstance(item, DockToggle):
                action = getattr(window, item.dock).toggleViewAction()
                action.setText(item.text)
                action.setShortcuts(_keys(item.shortcuts))
                menu.addAction(action)
                window.addAction(action)
                register(item.name, action, item.when)
            else:
                register(item.name, make_action(item, menu, group), item.when)

    def register(name: str, action: QAction, when: str) -> None:
        if name in built.actions:
            raise ValueError(f"two actions are called {name}")
        action.setObjectName(_object_name(name))
        built.actions[name] = (action, when)
        setattr(window, name, action)

    def register_menu(menu: QMenu, spec: Menu) -> None:
        menu.setObjectName(spec.object_name or _object_name(spec.name))
        # Kept fresh when opened: what enables an item can change without a signal.
        menu.aboutToShow.connect(lambda: built.update(window))
        built.menus[spec.name] = menu
        setattr(window, spec.name, menu)

    bar = window.menuBar()
    for spec in table:
        menu = bar.addMenu(spec.title)
        register_menu(menu, spec)
        fill(menu, spec)
    return built

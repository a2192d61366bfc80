"""The main window and what belongs to it alone: the start page, the menus
(declared in one table), the exports' handler, the close, upgrade and
recovery dialogs, help, and the window's presentation part."""

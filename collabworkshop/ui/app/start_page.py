"""The start page: new session, open a file, recent files, the sample."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...common.i18n import context

tr = context("StartPage")

#: Where a recent item keeps its path: Qt.ItemDataRole.UserRole, as a number
#: (the first window does not build the Qt namespace's enums).
PATH_ROLE = 0x0100


class StartPage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    sample_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        heading = QLabel(tr("CollabWorkshop"))
        heading.setObjectName("startHeading")
        title_row = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(QApplication.windowIcon().pixmap(64, 64))
        logo.setAccessibleName(tr("CollabWorkshop logo"))
        title_row.addWidget(logo)
        title_row.addWidget(heading, 1)
        column.addLayout(title_row)
        tagline = QLabel(tr("From cooperation to collaboration: place your teams on the spectrum, "
                            "see where you agree, and leave with a plan."))
        tagline.setObjectName("startTagline")
        tagline.setWordWrap(True)
        column.addWidget(tagline)
        column.addSpacing(18)

        self.new_button = QPushButton(tr("&New session"))
        self.new_button.setObjectName("primary")
        self.open_button = QPushButton(tr("&Open a session file\u2026"))
        self.sample_button = QPushButton(tr("Open the &sample session"))
        self.sample_button.setToolTip(tr("A fictional harbour alliance of five teams, with placements and a plan"))
        for button in (self.new_button, self.open_button, self.sample_button):
            button.setMinimumHeight(44)
            column.addWidget(button)
        column.addSpacing(18)
        recent_label = QLabel(tr("&Recent sessions"))
        column.addWidget(recent_label)
        self.recent_list = QListWidget()
        self.recent_list.setAccessibleName(tr("Recent sessions"))
        self.recent_list.setMinimumHeight(160)
        # Enum properties set by name: Qt.TextElideMode.ElideMiddle and
        # Qt.ScrollBarPolicy.ScrollBarAlwaysOff without building the Qt namespace.
        self.recent_list.setProperty("textElideMode", "ElideMiddle")
        self.recent_list.setProperty("horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        recent_label.setBuddy(self.recent_list)
        column.addWidget(self.recent_list)
        self.empty_label = QLabel(tr("No recent sessions yet."))
        self.empty_label.setObjectName("hint")
        column.addWidget(self.empty_label)
        column.addStretch(2)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(620)
        holder.setMinimumWidth(460)
        outer.addWidget(holder, 3)
        outer.addStretch(1)

        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        self.recent_list.itemActivated.connect(
            lambda item: self.recent_requested.emit(item.data(PATH_ROLE))
        )

    def set_recent(self, files: list[str]) -> None:
        self.recent_list.clear()
        for f in files:
            path = Path(f)
            item = QListWidgetItem(f"{path.name}   \u2014   {path.parent}")
            item.setData(PATH_ROLE, f)
            item.setToolTip(f)
            self.recent_list.addItem(item)
        self.recent_list.setVisible(bool(files))
        self.empty_label.setVisible(not files)

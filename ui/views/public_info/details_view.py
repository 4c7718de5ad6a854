"""Layout of a 544 request's file: header with number and state, warnings bar, tabs (the file,
complaints and court, the history) and the column of action buttons."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.views.petitions.details_view import STATE_STYLE, WARNING_STYLE, SectionForm, _table
from ui.widgets.forms import hint_label


class InfoDetailsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        self.number = QLabel()
        self.number.setObjectName("pageTitle")
        self.state = QLabel()
        self.state.setStyleSheet(STATE_STYLE)
        self.deadline_state = QLabel()
        self.deadline_state.setVisible(False)
        header.addWidget(self.number)
        header.addSpacing(16)
        header.addWidget(self.state)
        header.addSpacing(12)
        header.addWidget(self.deadline_state)
        header.addStretch(1)
        outer.addLayout(header)
        self.requester = QLabel()
        self.requester.setWordWrap(True)
        outer.addWidget(self.requester)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setVisible(False)
        outer.addWidget(self.warnings)

        body = QHBoxLayout()
        self.tabs = QTabWidget()
        body.addWidget(self.tabs, 1)
        page = QWidget()
        column = QVBoxLayout(page)
        self.annulment = SectionForm("Anulare")
        self.deadlines = SectionForm("Termene")
        self.request = SectionForm("Solicitarea")
        self.person = SectionForm("Solicitantul")
        self.outcome = SectionForm("Soluționare și comunicare")
        for box in (self.annulment, self.deadlines, self.request, self.person, self.outcome):
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, "Fișa solicitării")

        legal_page = QWidget()
        legal = QVBoxLayout(legal_page)
        legal.addWidget(hint_label("Reclamațiile administrative (art. 21), cu număr propriu."))
        self.complaints = _table()
        legal.addWidget(self.complaints, 1)
        complaint_row = QHBoxLayout()
        self.complaint_letter_button = QPushButton("Scrisoarea de răsp&uns la reclamație…")
        self.complaint_letter_button.setToolTip(
            "Răspunsul la reclamația selectată (art. 21), de redactat, păstrat și tipărit"
        )
        self.complaint_letter_button.setAutoDefault(False)
        complaint_row.addWidget(self.complaint_letter_button)
        complaint_row.addStretch(1)
        legal.addLayout(complaint_row)
        legal.addWidget(hint_label("Plângerile în instanță (art. 22)."))
        self.court_cases = QLabel()
        self.court_cases.setWordWrap(True)
        legal.addWidget(self.court_cases)
        self.tabs.addTab(legal_page, "Reclamații și instanță")
        self.history = _table()
        self.tabs.addTab(self.history, "Istoric")

        actions = QVBoxLayout()
        self.assign_button = QPushButton("&Repartizează…")
        self.notice_button = QPushButton("Notificare de &prelungire…")
        self.answer_button = QPushButton("Ră&spuns…")
        self.refuse_button = QPushButton("Respin&ge…")
        self.redirect_button = QPushButton("Re&direcționează…")
        self.reclassify_button = QPushButton("Reîncadrează ca pe&tiție…")
        self.send_button = QPushButton("Marchează &expedierea…")
        self.complaint_button = QPushButton("Re&clamație administrativă…")
        self.complaint_answer_button = QPushButton("Răspuns la rec&lamație…")
        self.court_button = QPushButton("Plângere în instan&ță…")
        self.court_update_button = QPushButton("S&oluția instanței…")
        self.annul_button = QPushButton("&Anulează înregistrarea…")
        self.close_button = QPushButton("Î&nchide")
        self.action_buttons = (
            self.assign_button,
            self.notice_button,
            self.answer_button,
            self.refuse_button,
            self.redirect_button,
            self.reclassify_button,
            self.send_button,
            self.complaint_button,
            self.complaint_answer_button,
            self.court_button,
            self.court_update_button,
            self.annul_button,
        )
        for button in self.action_buttons:
            button.setAutoDefault(False)
            actions.addWidget(button)
            if button in (self.reclassify_button, self.send_button, self.court_update_button):
                actions.addSpacing(10)
        actions.addSpacing(10)
        self.letters_button = QPushButton("Scr&isori…")
        self.letters_button.setToolTip(
            "Răspunsul, notificarea, refuzul, informarea sau răspunsul la reclamație: "
            "redactare, păstrare la dosar, tipărire"
        )
        self.forms_button = QPushButton("&Formulare…")
        self.forms_button.setToolTip("Anexele 4, 5 și 6, completate cu datele solicitării")
        for button in (self.letters_button, self.forms_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        self.close_button.setAutoDefault(False)
        actions.addWidget(self.close_button)
        body.addLayout(actions)
        outer.addLayout(body, 1)

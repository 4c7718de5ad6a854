"""Workflow actions on an open petition: assign, extend (art. 9), forward (art. 6^1), join
(art. 10(1)) and file without action (art. 7, art. 10(2))."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QListWidgetItem, QSpinBox

from cic_desktop.domain.dates_ro import fmt, fmt_long
from cic_desktop.domain.numbering import parse_registry_number
from cic_desktop.dto_petitions import PetitionDetails, PetitionInput, PetitionQuery
from cic_desktop.errors import CicError, ValidationError
from cic_desktop.labels import FILING_REASON
from ui.widgets.forms import hint_label
from ui.windows.petitions.action_base import ActionDialog, line, text_box

FORWARD_RULE = "OG27_FORWARD_5"
MAX_EXTENSION = 15
NUMBER_ROLE = Qt.ItemDataRole.UserRole


class AssignDialog(ActionDialog):
    title = "Repartizare"
    intro = "Compartimentul care soluționează petiția și termenul intern până la care răspunde."

    def build(self) -> None:
        d = self.details
        self.department = QComboBox()
        for department in self.core.settings.departments():
            self.department.addItem(department.name, department.id)
        if d.department_id is not None:
            self.department.setCurrentIndex(max(0, self.department.findData(d.department_id)))
        legal = d.entry.legal_deadline
        default = d.internal_deadline or d.entry.internal_target or self.core.clock.today()
        self.internal_deadline = self.date_field(default, latest=legal)
        self.add_field("department_id", "&Compartimentul:", self.department)
        target = fmt(d.entry.internal_target) if d.entry.internal_target else "—"
        self.add_field(
            "internal_deadline",
            "&Termen intern:",
            self.internal_deadline,
            f"Termenul legal: {fmt(legal) if legal else '—'}; ținta internă: {target}.",
        )

    def perform(self) -> PetitionDetails:
        department = self.department.currentData()
        if department is None:
            raise ValidationError("department_id", "Alegeți compartimentul.")
        return self.core.petitions.assign(
            self.details.id, department, self.day(self.internal_deadline)
        )


class ExtendDialog(ActionDialog):
    title = "Prelungirea termenului"
    ok_text = "&Prelungește"

    def build(self) -> None:
        d = self.details
        base = d.base_legal_deadline or d.entry.legal_deadline
        self.intro_label.setText(
            f"Art. 9 din OG nr. 27/2002: conducătorul instituției poate prelungi termenul cu cel "
            f"mult {MAX_EXTENSION} zile, o singură dată, înainte de termenul legal de 30 de zile"
            f"{f' ({fmt(base)})' if base else ''}. Petiționarul se anunță în scris."
        )
        self.intro_label.setVisible(True)
        self.days = QSpinBox()
        self.days.setRange(1, 99)  # the core says how many are allowed
        self.days.setValue(MAX_EXTENSION)
        self.days.setSuffix(" zile")
        self.decided_on = self.date_field(self.core.clock.today(), latest=self.core.clock.today())
        mayor = self.core.settings.official_for("mayor", self.core.clock.today())
        self.approved_by = line(mayor.name if mayor else "", "numele celui care a aprobat")
        self.reason = text_box(70, "de ce sunt necesare informații sau verificări suplimentare")
        self.new_deadline = QLabel()
        self.new_deadline.setObjectName("resultValue")
        self.add_field("extension_days", "Prelungire cu (&zile):", self.days)
        self.add_field("extension_decided_on", "&Decisă la:", self.decided_on)
        self.add_field("approved_by", "&Aprobată de:", self.approved_by)
        self.add_field("extension_reason", "&Motivul:", self.reason)
        self.form.addRow("Noul termen legal:", self.new_deadline)
        self.days.valueChanged.connect(lambda _v: self._preview())
        self._preview()

    def _preview(self) -> None:
        try:
            result = self.core.calendar.og27_extension(
                self.details.deadline_start, self.days.value()
            )
        except CicError:
            self.new_deadline.setText("—")
            return
        self.new_deadline.setText(fmt_long(result.legal_deadline))

    def perform(self) -> PetitionDetails:
        return self.core.petitions.extend(
            self.details.id,
            self.days.value(),
            self.day(self.decided_on),
            self.approved_by.text(),
            self.reason.toPlainText(),
        )


class ForwardDialog(ActionDialog):
    title = "Redirecționare"
    ok_text = "&Redirecționează"

    def build(self) -> None:
        d = self.details
        today = self.core.clock.today()
        self.term = self.core.calendar.deadline(FORWARD_RULE, d.entry.registered_on).legal_deadline
        self.intro_label.setText(
            "Art. 6¹ din OG nr. 27/2002: petiția greșit îndreptată se trimite instituției "
            f"competente în 5 zile de la înregistrare, adică până la {fmt_long(self.term)}, "
            "iar petiționarul este înștiințat."
        )
        self.intro_label.setVisible(True)
        self.institution = line("", "de exemplu: Instituția Prefectului – Județul Argeș")
        self.forwarded_on = self.date_field(today, latest=today)
        self.term_warning = QLabel()
        self.term_warning.setObjectName("fieldError")
        self.term_warning.setWordWrap(True)
        self.add_field("forwarded_to", "&Instituția competentă:", self.institution)
        self.add_field("forwarded_on", "&Data redirecționării:", self.forwarded_on)
        self.add_note(self.term_warning)
        self.forwarded_on.dateChanged.connect(lambda _d: self._check_term())
        self._check_term()

    def _check_term(self) -> None:
        late = self.day(self.forwarded_on) > self.term
        self.term_warning.setText(
            f"Atenție: termenul de 5 zile a expirat la {fmt(self.term)}; redirecționarea va "
            "apărea ca întârziată."
            if late
            else ""
        )
        self.term_warning.setVisible(late)

    def perform(self) -> PetitionDetails:
        return self.core.petitions.forward(
            self.details.id, self.institution.text(), self.day(self.forwarded_on)
        )


class JoinDialog(ActionDialog):
    title = "Conexare"
    ok_text = "&Conexează"
    intro = (
        "Art. 10 alin. (1) din OG nr. 27/2002: petițiile aceluiași petiționar pe aceeași problemă "
        "se conexează la prima înregistrată și primesc un singur răspuns."
    )

    def build(self) -> None:
        self.number = line("", "de exemplu: 12 sau 12/2026")
        self.found = hint_label("")
        self.suggested = QListWidget()
        self.suggested.setMaximumHeight(90)
        self.add_field("joined_to", "&Numărul petiției inițiale:", self.number)
        self.add_note(self.found)
        self.form.addRow("Propuneri:", self.suggested)
        self.number.textChanged.connect(lambda _t: self._describe())
        self.suggested.itemActivated.connect(self._pick)
        self.suggested.itemClicked.connect(self._pick)
        self._fill_suggestions()

    def _fill_suggestions(self) -> None:
        d = self.details
        data = PetitionInput(
            subject=d.entry.subject,
            kind=d.kind,
            channel=d.channel,
            person_kind=d.petitioner_kind,
            name=d.entry.correspondent_name,
            address=d.petitioner_address,
            email=d.petitioner_email,
            person_id=d.person_id,
        )
        try:
            suggestions = self.core.petitions.suggestions(data)
        except CicError:
            suggestions = []
        for s in suggestions:
            if s.action != "join" or s.related_entry_id in (None, d.id):
                continue
            item = QListWidgetItem(f"nr. {s.related_number} – același petiționar, aceeași problemă")
            item.setData(NUMBER_ROLE, s.related_number)
            self.suggested.addItem(item)
        if self.suggested.count() == 0:
            self.suggested.addItem("nicio petiție asemănătoare deschisă")
            self.suggested.setEnabled(False)

    def _pick(self, item: QListWidgetItem) -> None:
        number = item.data(NUMBER_ROLE)
        if number:
            self.number.setText(str(number))

    def resolve(self) -> int:
        """The entry id of the number typed (`12`, `12/2026`, `12/20.03.2026`) in its year."""
        text = self.number.text().strip()
        parsed = parse_registry_number(text)
        if parsed is None:
            raise ValidationError(
                "joined_to", "Scrieți numărul petiției inițiale, de exemplu 12 sau 12/2026."
            )
        year = parsed.year or self.details.entry.year
        petition_list = self.core.petition_list
        ids = petition_list.ids(PetitionQuery(year=year, text=str(parsed.number)))
        for row in petition_list.rows(ids):
            if row.number == parsed.number:
                return row.id
        raise ValidationError(
            "joined_to", f"Nu există petiția nr. {parsed.number} în registrul pe anul {year}."
        )

    def _describe(self) -> None:
        try:
            target = self.core.petitions.details(self.resolve())
        except CicError:
            self.found.setText("")
            return
        who = target.entry.correspondent_name or "(anonim)"
        subject = " ".join(target.entry.subject.split())[:120]
        self.found.setText(f"Nr. {target.number_text} – {who}: {subject} ({target.state_label})")

    def perform(self) -> PetitionDetails:
        return self.core.petitions.join(self.details.id, self.resolve())


class FileDialog(ActionDialog):
    title = "Clasare"
    ok_text = "C&lasează"
    intro = (
        "Petiția se clasează fără răspuns pe fond: anonimă (art. 7), repetată după un răspuns "
        "(art. 10 alin. (2)) sau pentru alt motiv, scris mai jos."
    )

    def build(self) -> None:
        today = self.core.clock.today()
        self.reason = QComboBox()
        for reason, label in FILING_REASON.items():
            self.reason.addItem(label, reason.value)
        if not self.details.entry.correspondent_name:
            self.reason.setCurrentIndex(self.reason.findData("anonymous"))
        self.note = text_box(70, "detalii (obligatoriu pentru „alt motiv”)")
        self.filed_on = self.date_field(today, latest=today)
        self.add_field("filing_reason", "&Motivul:", self.reason)
        self.add_field("filing_note", "&Detalii:", self.note)
        self.add_field("filed_on", "D&ata clasării:", self.filed_on)

    def perform(self) -> PetitionDetails:
        return self.core.petitions.file_without_action(
            self.details.id,
            self.reason.currentData(),
            self.note.toPlainText(),
            self.day(self.filed_on),
        )

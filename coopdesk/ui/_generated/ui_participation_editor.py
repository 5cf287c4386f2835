# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participation_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidgetItem, QVBoxLayout, QWidget)

from coopdesk.ui.widgets.date_field import DateField
from coopdesk.ui.widgets.school_type_picker import SchoolTypePicker
from coopdesk.ui.widgets.supports_table import SupportsTable
from coopdesk.ui.widgets.teryt_picker import TerytPicker

class Ui_ParticipationEditor(object):
    def setupUi(self, participationEditor):
        if not participationEditor.objectName():
            participationEditor.setObjectName(u"participationEditor")
        self.editorColumns = QHBoxLayout(participationEditor)
        self.editorColumns.setObjectName(u"editorColumns")
        self.editorColumns.setContentsMargins(0, 0, 0, 0)
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.entryGroup = QGroupBox(participationEditor)
        self.entryGroup.setObjectName(u"entryGroup")
        self.entryLayout = QFormLayout(self.entryGroup)
        self.entryLayout.setObjectName(u"entryLayout")
        self.projectLabel = QLabel(self.entryGroup)
        self.projectLabel.setObjectName(u"projectLabel")

        self.entryLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.projectLabel)

        self.participationProject = QComboBox(self.entryGroup)
        self.participationProject.setObjectName(u"participationProject")

        self.entryLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.participationProject)

        self.participantTypeLabel = QLabel(self.entryGroup)
        self.participantTypeLabel.setObjectName(u"participantTypeLabel")

        self.entryLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.participantTypeLabel)

        self.participantTypeCombo = QComboBox(self.entryGroup)
        self.participantTypeCombo.setObjectName(u"participantTypeCombo")

        self.entryLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.participantTypeCombo)

        self.institutionNameLabel = QLabel(self.entryGroup)
        self.institutionNameLabel.setObjectName(u"institutionNameLabel")

        self.entryLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.institutionNameLabel)

        self.institutionRow = QHBoxLayout()
        self.institutionRow.setObjectName(u"institutionRow")
        self.institutionNameEdit = QLineEdit(self.entryGroup)
        self.institutionNameEdit.setObjectName(u"institutionNameEdit")
        self.institutionNameEdit.setMaxLength(300)

        self.institutionRow.addWidget(self.institutionNameEdit)

        self.institutionNipLabel = QLabel(self.entryGroup)
        self.institutionNipLabel.setObjectName(u"institutionNipLabel")

        self.institutionRow.addWidget(self.institutionNipLabel)

        self.institutionNipEdit = QLineEdit(self.entryGroup)
        self.institutionNipEdit.setObjectName(u"institutionNipEdit")
        self.institutionNipEdit.setMaxLength(13)

        self.institutionRow.addWidget(self.institutionNipEdit)


        self.entryLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.institutionRow)

        self.startDateLabel = QLabel(self.entryGroup)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.entryLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateRow = QHBoxLayout()
        self.startDateRow.setObjectName(u"startDateRow")
        self.startDateEdit = QLineEdit(self.entryGroup)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setReadOnly(True)

        self.startDateRow.addWidget(self.startDateEdit)

        self.startDateHint = QLabel(self.entryGroup)
        self.startDateHint.setObjectName(u"startDateHint")

        self.startDateRow.addWidget(self.startDateHint)

        self.startDateRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startDateRow.addItem(self.startDateRowSpacer)


        self.entryLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.startDateRow)

        self.infoClauseLabel = QLabel(self.entryGroup)
        self.infoClauseLabel.setObjectName(u"infoClauseLabel")

        self.entryLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.infoClauseLabel)

        self.infoClauseEdit = DateField(self.entryGroup)
        self.infoClauseEdit.setObjectName(u"infoClauseEdit")

        self.entryLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.infoClauseEdit)


        self.leftColumn.addWidget(self.entryGroup)

        self.statusGroup = QGroupBox(participationEditor)
        self.statusGroup.setObjectName(u"statusGroup")
        self.statusLayout = QFormLayout(self.statusGroup)
        self.statusLayout.setObjectName(u"statusLayout")
        self.labourStatusLabel = QLabel(self.statusGroup)
        self.labourStatusLabel.setObjectName(u"labourStatusLabel")

        self.statusLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.labourStatusLabel)

        self.labourStatusCombo = QComboBox(self.statusGroup)
        self.labourStatusCombo.setObjectName(u"labourStatusCombo")

        self.statusLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.labourStatusCombo)

        self.labourDetailLabel = QLabel(self.statusGroup)
        self.labourDetailLabel.setObjectName(u"labourDetailLabel")

        self.statusLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.labourDetailLabel)

        self.labourDetailCombo = QComboBox(self.statusGroup)
        self.labourDetailCombo.setObjectName(u"labourDetailCombo")

        self.statusLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.labourDetailCombo)

        self.pupRegisteredLabel = QLabel(self.statusGroup)
        self.pupRegisteredLabel.setObjectName(u"pupRegisteredLabel")

        self.statusLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pupRegisteredLabel)

        self.unemploymentRow = QHBoxLayout()
        self.unemploymentRow.setObjectName(u"unemploymentRow")
        self.pupRegisteredEdit = DateField(self.statusGroup)
        self.pupRegisteredEdit.setObjectName(u"pupRegisteredEdit")

        self.unemploymentRow.addWidget(self.pupRegisteredEdit)

        self.unemployedSinceLabel = QLabel(self.statusGroup)
        self.unemployedSinceLabel.setObjectName(u"unemployedSinceLabel")

        self.unemploymentRow.addWidget(self.unemployedSinceLabel)

        self.unemployedSinceEdit = DateField(self.statusGroup)
        self.unemployedSinceEdit.setObjectName(u"unemployedSinceEdit")

        self.unemploymentRow.addWidget(self.unemployedSinceEdit)

        self.unemploymentRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unemploymentRow.addItem(self.unemploymentRowSpacer)


        self.statusLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.unemploymentRow)

        self.schoolTypeLabel = QLabel(self.statusGroup)
        self.schoolTypeLabel.setObjectName(u"schoolTypeLabel")

        self.statusLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.schoolTypeLabel)

        self.schoolTypePicker = SchoolTypePicker(self.statusGroup)
        self.schoolTypePicker.setObjectName(u"schoolTypePicker")

        self.statusLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.schoolTypePicker)


        self.leftColumn.addWidget(self.statusGroup)

        self.residenceGroup = QGroupBox(participationEditor)
        self.residenceGroup.setObjectName(u"residenceGroup")
        self.residenceLayout = QFormLayout(self.residenceGroup)
        self.residenceLayout.setObjectName(u"residenceLayout")
        self.residenceTerytLabel = QLabel(self.residenceGroup)
        self.residenceTerytLabel.setObjectName(u"residenceTerytLabel")

        self.residenceLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.residenceTerytLabel)

        self.residenceTerytPicker = TerytPicker(self.residenceGroup)
        self.residenceTerytPicker.setObjectName(u"residenceTerytPicker")

        self.residenceLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.residenceTerytPicker)

        self.residenceVoivodeshipLabel = QLabel(self.residenceGroup)
        self.residenceVoivodeshipLabel.setObjectName(u"residenceVoivodeshipLabel")

        self.residenceLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.residenceVoivodeshipLabel)

        self.residenceVoivodeshipCombo = QComboBox(self.residenceGroup)
        self.residenceVoivodeshipCombo.setObjectName(u"residenceVoivodeshipCombo")

        self.residenceLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.residenceVoivodeshipCombo)

        self.residencePowiatLabel = QLabel(self.residenceGroup)
        self.residencePowiatLabel.setObjectName(u"residencePowiatLabel")

        self.residenceLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.residencePowiatLabel)

        self.residencePowiatRow = QHBoxLayout()
        self.residencePowiatRow.setObjectName(u"residencePowiatRow")
        self.residencePowiatEdit = QLineEdit(self.residenceGroup)
        self.residencePowiatEdit.setObjectName(u"residencePowiatEdit")
        self.residencePowiatEdit.setMaxLength(100)

        self.residencePowiatRow.addWidget(self.residencePowiatEdit)

        self.residenceGminaLabel = QLabel(self.residenceGroup)
        self.residenceGminaLabel.setObjectName(u"residenceGminaLabel")

        self.residencePowiatRow.addWidget(self.residenceGminaLabel)

        self.residenceGminaEdit = QLineEdit(self.residenceGroup)
        self.residenceGminaEdit.setObjectName(u"residenceGminaEdit")
        self.residenceGminaEdit.setMaxLength(100)

        self.residencePowiatRow.addWidget(self.residenceGminaEdit)


        self.residenceLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.residencePowiatRow)

        self.residenceTownLabel = QLabel(self.residenceGroup)
        self.residenceTownLabel.setObjectName(u"residenceTownLabel")

        self.residenceLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.residenceTownLabel)

        self.residenceTownEdit = QLineEdit(self.residenceGroup)
        self.residenceTownEdit.setObjectName(u"residenceTownEdit")
        self.residenceTownEdit.setMaxLength(100)

        self.residenceLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.residenceTownEdit)

        self.degurbaLabel = QLabel(self.residenceGroup)
        self.degurbaLabel.setObjectName(u"degurbaLabel")

        self.residenceLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.degurbaLabel)

        self.degurbaRow = QHBoxLayout()
        self.degurbaRow.setObjectName(u"degurbaRow")
        self.degurbaCombo = QComboBox(self.residenceGroup)
        self.degurbaCombo.setObjectName(u"degurbaCombo")

        self.degurbaRow.addWidget(self.degurbaCombo)

        self.degurbaManualCheck = QCheckBox(self.residenceGroup)
        self.degurbaManualCheck.setObjectName(u"degurbaManualCheck")

        self.degurbaRow.addWidget(self.degurbaManualCheck)

        self.degurbaRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.degurbaRow.addItem(self.degurbaRowSpacer)


        self.residenceLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.degurbaRow)


        self.leftColumn.addWidget(self.residenceGroup)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.editorColumns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.supportGroup = QGroupBox(participationEditor)
        self.supportGroup.setObjectName(u"supportGroup")
        self.supportLayout = QVBoxLayout(self.supportGroup)
        self.supportLayout.setObjectName(u"supportLayout")
        self.supportsLabel = QLabel(self.supportGroup)
        self.supportsLabel.setObjectName(u"supportsLabel")

        self.supportLayout.addWidget(self.supportsLabel)

        self.supportsTable = SupportsTable(self.supportGroup)
        self.supportsTable.setObjectName(u"supportsTable")

        self.supportLayout.addWidget(self.supportsTable)

        self.supportButtons = QHBoxLayout()
        self.supportButtons.setObjectName(u"supportButtons")
        self.addSupportButton = QPushButton(self.supportGroup)
        self.addSupportButton.setObjectName(u"addSupportButton")

        self.supportButtons.addWidget(self.addSupportButton)

        self.removeSupportButton = QPushButton(self.supportGroup)
        self.removeSupportButton.setObjectName(u"removeSupportButton")

        self.supportButtons.addWidget(self.removeSupportButton)

        self.supportButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.supportButtons.addItem(self.supportButtonsSpacer)


        self.supportLayout.addLayout(self.supportButtons)


        self.rightColumn.addWidget(self.supportGroup)

        self.exitGroup = QGroupBox(participationEditor)
        self.exitGroup.setObjectName(u"exitGroup")
        self.exitLayout = QFormLayout(self.exitGroup)
        self.exitLayout.setObjectName(u"exitLayout")
        self.exitDateLabel = QLabel(self.exitGroup)
        self.exitDateLabel.setObjectName(u"exitDateLabel")

        self.exitLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.exitDateLabel)

        self.exitDateEdit = DateField(self.exitGroup)
        self.exitDateEdit.setObjectName(u"exitDateEdit")

        self.exitLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.exitDateEdit)

        self.exitReasonLabel = QLabel(self.exitGroup)
        self.exitReasonLabel.setObjectName(u"exitReasonLabel")

        self.exitLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.exitReasonLabel)

        self.exitReasonCombo = QComboBox(self.exitGroup)
        self.exitReasonCombo.setObjectName(u"exitReasonCombo")

        self.exitLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.exitReasonCombo)

        self.completedPathLabel = QLabel(self.exitGroup)
        self.completedPathLabel.setObjectName(u"completedPathLabel")

        self.exitLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.completedPathLabel)

        self.completedPathCombo = QComboBox(self.exitGroup)
        self.completedPathCombo.setObjectName(u"completedPathCombo")

        self.exitLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.completedPathCombo)

        self.exitSituationLabel = QLabel(self.exitGroup)
        self.exitSituationLabel.setObjectName(u"exitSituationLabel")

        self.exitLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.exitSituationLabel)

        self.exitSituationCombo = QComboBox(self.exitGroup)
        self.exitSituationCombo.setObjectName(u"exitSituationCombo")

        self.exitLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.exitSituationCombo)


        self.rightColumn.addWidget(self.exitGroup)

        self.employmentGroup = QGroupBox(participationEditor)
        self.employmentGroup.setObjectName(u"employmentGroup")
        self.employmentLayout = QFormLayout(self.employmentGroup)
        self.employmentLayout.setObjectName(u"employmentLayout")
        self.employmentStartLabel = QLabel(self.employmentGroup)
        self.employmentStartLabel.setObjectName(u"employmentStartLabel")

        self.employmentLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.employmentStartLabel)

        self.employmentStartEdit = DateField(self.employmentGroup)
        self.employmentStartEdit.setObjectName(u"employmentStartEdit")

        self.employmentLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.employmentStartEdit)

        self.employmentContractLabel = QLabel(self.employmentGroup)
        self.employmentContractLabel.setObjectName(u"employmentContractLabel")

        self.employmentLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.employmentContractLabel)

        self.employmentContractCombo = QComboBox(self.employmentGroup)
        self.employmentContractCombo.setObjectName(u"employmentContractCombo")

        self.employmentLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.employmentContractCombo)

        self.employmentFteLabel = QLabel(self.employmentGroup)
        self.employmentFteLabel.setObjectName(u"employmentFteLabel")

        self.employmentLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.employmentFteLabel)

        self.employmentFteRow = QHBoxLayout()
        self.employmentFteRow.setObjectName(u"employmentFteRow")
        self.employmentFteEdit = QLineEdit(self.employmentGroup)
        self.employmentFteEdit.setObjectName(u"employmentFteEdit")
        self.employmentFteEdit.setMaxLength(5)

        self.employmentFteRow.addWidget(self.employmentFteEdit)

        self.employmentMonthsLabel = QLabel(self.employmentGroup)
        self.employmentMonthsLabel.setObjectName(u"employmentMonthsLabel")

        self.employmentFteRow.addWidget(self.employmentMonthsLabel)

        self.employmentMonthsEdit = QLineEdit(self.employmentGroup)
        self.employmentMonthsEdit.setObjectName(u"employmentMonthsEdit")
        self.employmentMonthsEdit.setMaxLength(3)

        self.employmentFteRow.addWidget(self.employmentMonthsEdit)

        self.employmentFteRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.employmentFteRow.addItem(self.employmentFteRowSpacer)


        self.employmentLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.employmentFteRow)

        self.employmentProofLabel = QLabel(self.employmentGroup)
        self.employmentProofLabel.setObjectName(u"employmentProofLabel")

        self.employmentLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.employmentProofLabel)

        self.employmentProofEdit = QLineEdit(self.employmentGroup)
        self.employmentProofEdit.setObjectName(u"employmentProofEdit")
        self.employmentProofEdit.setMaxLength(300)

        self.employmentLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.employmentProofEdit)

        self.employmentCheckedLabel = QLabel(self.employmentGroup)
        self.employmentCheckedLabel.setObjectName(u"employmentCheckedLabel")

        self.employmentLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.employmentCheckedLabel)

        self.employmentCheckedEdit = DateField(self.employmentGroup)
        self.employmentCheckedEdit.setObjectName(u"employmentCheckedEdit")

        self.employmentLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.employmentCheckedEdit)


        self.rightColumn.addWidget(self.employmentGroup)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.editorColumns.addLayout(self.rightColumn)

#if QT_CONFIG(shortcut)
        self.projectLabel.setBuddy(self.participationProject)
        self.participantTypeLabel.setBuddy(self.participantTypeCombo)
        self.institutionNameLabel.setBuddy(self.institutionNameEdit)
        self.institutionNipLabel.setBuddy(self.institutionNipEdit)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.infoClauseLabel.setBuddy(self.infoClauseEdit)
        self.labourStatusLabel.setBuddy(self.labourStatusCombo)
        self.labourDetailLabel.setBuddy(self.labourDetailCombo)
        self.pupRegisteredLabel.setBuddy(self.pupRegisteredEdit)
        self.unemployedSinceLabel.setBuddy(self.unemployedSinceEdit)
        self.schoolTypeLabel.setBuddy(self.schoolTypePicker)
        self.residenceTerytLabel.setBuddy(self.residenceTerytPicker)
        self.residenceVoivodeshipLabel.setBuddy(self.residenceVoivodeshipCombo)
        self.residencePowiatLabel.setBuddy(self.residencePowiatEdit)
        self.residenceGminaLabel.setBuddy(self.residenceGminaEdit)
        self.residenceTownLabel.setBuddy(self.residenceTownEdit)
        self.degurbaLabel.setBuddy(self.degurbaCombo)
        self.supportsLabel.setBuddy(self.supportsTable)
        self.exitDateLabel.setBuddy(self.exitDateEdit)
        self.exitReasonLabel.setBuddy(self.exitReasonCombo)
        self.completedPathLabel.setBuddy(self.completedPathCombo)
        self.exitSituationLabel.setBuddy(self.exitSituationCombo)
        self.employmentStartLabel.setBuddy(self.employmentStartEdit)
        self.employmentContractLabel.setBuddy(self.employmentContractCombo)
        self.employmentFteLabel.setBuddy(self.employmentFteEdit)
        self.employmentMonthsLabel.setBuddy(self.employmentMonthsEdit)
        self.employmentProofLabel.setBuddy(self.employmentProofEdit)
        self.employmentCheckedLabel.setBuddy(self.employmentCheckedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.participationProject, self.participantTypeCombo)
        QWidget.setTabOrder(self.participantTypeCombo, self.institutionNameEdit)
        QWidget.setTabOrder(self.institutionNameEdit, self.institutionNipEdit)
        QWidget.setTabOrder(self.institutionNipEdit, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.infoClauseEdit)
        QWidget.setTabOrder(self.infoClauseEdit, self.labourStatusCombo)
        QWidget.setTabOrder(self.labourStatusCombo, self.labourDetailCombo)
        QWidget.setTabOrder(self.labourDetailCombo, self.pupRegisteredEdit)
        QWidget.setTabOrder(self.pupRegisteredEdit, self.unemployedSinceEdit)
        QWidget.setTabOrder(self.unemployedSinceEdit, self.schoolTypePicker)
        QWidget.setTabOrder(self.schoolTypePicker, self.residenceTerytPicker)
        QWidget.setTabOrder(self.residenceTerytPicker, self.residenceVoivodeshipCombo)
        QWidget.setTabOrder(self.residenceVoivodeshipCombo, self.residencePowiatEdit)
        QWidget.setTabOrder(self.residencePowiatEdit, self.residenceGminaEdit)
        QWidget.setTabOrder(self.residenceGminaEdit, self.residenceTownEdit)
        QWidget.setTabOrder(self.residenceTownEdit, self.degurbaCombo)
        QWidget.setTabOrder(self.degurbaCombo, self.degurbaManualCheck)
        QWidget.setTabOrder(self.degurbaManualCheck, self.supportsTable)
        QWidget.setTabOrder(self.supportsTable, self.addSupportButton)
        QWidget.setTabOrder(self.addSupportButton, self.removeSupportButton)
        QWidget.setTabOrder(self.removeSupportButton, self.exitDateEdit)
        QWidget.setTabOrder(self.exitDateEdit, self.exitReasonCombo)
        QWidget.setTabOrder(self.exitReasonCombo, self.completedPathCombo)
        QWidget.setTabOrder(self.completedPathCombo, self.exitSituationCombo)
        QWidget.setTabOrder(self.exitSituationCombo, self.employmentStartEdit)
        QWidget.setTabOrder(self.employmentStartEdit, self.employmentContractCombo)
        QWidget.setTabOrder(self.employmentContractCombo, self.employmentFteEdit)
        QWidget.setTabOrder(self.employmentFteEdit, self.employmentMonthsEdit)
        QWidget.setTabOrder(self.employmentMonthsEdit, self.employmentProofEdit)
        QWidget.setTabOrder(self.employmentProofEdit, self.employmentCheckedEdit)

        self.retranslateUi(participationEditor)

        QMetaObject.connectSlotsByName(participationEditor)
    # setupUi

    def retranslateUi(self, participationEditor):
        self.entryGroup.setTitle(QCoreApplication.translate("ParticipationEditor", u"Project and entry", None))
        self.projectLabel.setText(QCoreApplication.translate("ParticipationEditor", u"Pro&ject:", None))
#if QT_CONFIG(tooltip)
        self.participationProject.setToolTip(QCoreApplication.translate("ParticipationEditor", u"The project of this participation; its retention rule decides how long the data are kept.", None))
#endif // QT_CONFIG(tooltip)
        self.participantTypeLabel.setText(QCoreApplication.translate("ParticipationEditor", u"Participant t&ype:", None))
        self.institutionNameLabel.setText(QCoreApplication.translate("ParticipationEditor", u"Instit&ution:", None))
        self.institutionNameEdit.setPlaceholderText(QCoreApplication.translate("ParticipationEditor", u"name of the institution or entity", None))
        self.institutionNipLabel.setText(QCoreApplication.translate("ParticipationEditor", u"N&IP:", None))
        self.startDateLabel.setText(QCoreApplication.translate("ParticipationEditor", u"St&art date:", None))
#if QT_CONFIG(tooltip)
        self.startDateEdit.setToolTip(QCoreApplication.translate("ParticipationEditor", u"The start of the participation is the start of its first form of support; it is not typed.", None))
#endif // QT_CONFIG(tooltip)
        self.startDateHint.setText(QCoreApplication.translate("ParticipationEditor", u"(from the first support)", None))
        self.infoClauseLabel.setText(QCoreApplication.translate("ParticipationEditor", u"Information c&lause:", None))
#if QT_CONFIG(tooltip)
        self.infoClauseLabel.setToolTip(QCoreApplication.translate("ParticipationEditor", u"The day the person acknowledged the information clause (who processes the data and why).", None))
#endif // QT_CONFIG(tooltip)
        self.statusGroup.setTitle(QCoreApplication.translate("ParticipationEditor", u"Situation at entry", None))
        self.labourStatusLabel.setText(QCoreApplication.translate("ParticipationEditor", u"&Labour-market status:", None))
        self.labourDetailLabel.setText(QCoreApplication.translate("ParticipationEditor", u"Status &detail:", None))
        self.pupRegisteredLabel.setText(QCoreApplication.translate("ParticipationEditor", u"At the labour office si&nce:", None))
#if QT_CONFIG(tooltip)
        self.pupRegisteredLabel.setToolTip(QCoreApplication.translate("ParticipationEditor", u"The day the person was registered at the labour office (PUP).", None))
#endif // QT_CONFIG(tooltip)
        self.unemployedSinceLabel.setText(QCoreApplication.translate("ParticipationEditor", u"unemplo&yed since:", None))
#if QT_CONFIG(tooltip)
        self.unemployedSinceLabel.setToolTip(QCoreApplication.translate("ParticipationEditor", u"The day the unemployment began (long-term unemployment is counted from it).", None))
#endif // QT_CONFIG(tooltip)
        self.schoolTypeLabel.setText(QCoreApplication.translate("ParticipationEditor", u"S&chool completed:", None))
        self.residenceGroup.setTitle(QCoreApplication.translate("ParticipationEditor", u"Residence at entry", None))
        self.residenceTerytLabel.setText(QCoreApplication.translate("ParticipationEditor", u"&Gmina (TERYT):", None))
        self.residenceVoivodeshipLabel.setText(QCoreApplication.translate("ParticipationEditor", u"&Voivodeship:", None))
        self.residencePowiatLabel.setText(QCoreApplication.translate("ParticipationEditor", u"Po&wiat:", None))
        self.residenceGminaLabel.setText(QCoreApplication.translate("ParticipationEditor", u"Gmi&na:", None))
        self.residenceTownLabel.setText(QCoreApplication.translate("ParticipationEditor", u"&Town:", None))
        self.degurbaLabel.setText(QCoreApplication.translate("ParticipationEditor", u"DEG&URBA:", None))
#if QT_CONFIG(tooltip)
        self.degurbaCombo.setToolTip(QCoreApplication.translate("ParticipationEditor", u"Degree of urbanisation of the place of residence at entry; it follows the gmina unless set by hand.", None))
#endif // QT_CONFIG(tooltip)
        self.degurbaManualCheck.setText(QCoreApplication.translate("ParticipationEditor", u"set by h&and", None))
#if QT_CONFIG(tooltip)
        self.degurbaManualCheck.setToolTip(QCoreApplication.translate("ParticipationEditor", u"Tick to choose the DEGURBA yourself instead of taking it from the gmina.", None))
#endif // QT_CONFIG(tooltip)
        self.supportGroup.setTitle(QCoreApplication.translate("ParticipationEditor", u"Support", None))
        self.supportsLabel.setText(QCoreApplication.translate("ParticipationEditor", u"Forms of &support (the first one starts the participation):", None))
        self.addSupportButton.setText(QCoreApplication.translate("ParticipationEditor", u"&Add support", None))
        self.removeSupportButton.setText(QCoreApplication.translate("ParticipationEditor", u"Remo&ve support", None))
        self.exitGroup.setTitle(QCoreApplication.translate("ParticipationEditor", u"Exit", None))
        self.exitDateLabel.setText(QCoreApplication.translate("ParticipationEditor", u"E&xit date:", None))
        self.exitReasonLabel.setText(QCoreApplication.translate("ParticipationEditor", u"Exit &reason:", None))
        self.completedPathLabel.setText(QCoreApplication.translate("ParticipationEditor", u"Completed the path as &planned:", None))
        self.exitSituationLabel.setText(QCoreApplication.translate("ParticipationEditor", u"Situation at &exit:", None))
        self.employmentGroup.setTitle(QCoreApplication.translate("ParticipationEditor", u"Employment after exit", None))
        self.employmentStartLabel.setText(QCoreApplication.translate("ParticipationEditor", u"E&mployment start:", None))
        self.employmentContractLabel.setText(QCoreApplication.translate("ParticipationEditor", u"Contract &form:", None))
        self.employmentFteLabel.setText(QCoreApplication.translate("ParticipationEditor", u"Working time (FT&E):", None))
        self.employmentFteEdit.setPlaceholderText(QCoreApplication.translate("ParticipationEditor", u"e.g. 0.5", None))
#if QT_CONFIG(tooltip)
        self.employmentFteEdit.setToolTip(QCoreApplication.translate("ParticipationEditor", u"Part of a full-time job: 1 = full time, 0.5 = half time.", None))
#endif // QT_CONFIG(tooltip)
        self.employmentMonthsLabel.setText(QCoreApplication.translate("ParticipationEditor", u"for mont&hs:", None))
#if QT_CONFIG(tooltip)
        self.employmentMonthsEdit.setToolTip(QCoreApplication.translate("ParticipationEditor", u"How many months the employment lasts or lasted.", None))
#endif // QT_CONFIG(tooltip)
        self.employmentProofLabel.setText(QCoreApplication.translate("ParticipationEditor", u"Pr&oof:", None))
        self.employmentProofEdit.setPlaceholderText(QCoreApplication.translate("ParticipationEditor", u"e.g. a copy of the contract", None))
        self.employmentCheckedLabel.setText(QCoreApplication.translate("ParticipationEditor", u"Chec&ked on:", None))
        pass
    # retranslateUi


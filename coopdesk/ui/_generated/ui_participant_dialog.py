# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participant_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from coopdesk.ui.widgets.category_table import CategoryTable
from coopdesk.ui.widgets.date_field import DateField
from coopdesk.ui.widgets.participation_editor import ParticipationEditor
from coopdesk.ui.widgets.teryt_picker import TerytPicker

class Ui_ParticipantDialog(object):
    def setupUi(self, participantDialog):
        if not participantDialog.objectName():
            participantDialog.setObjectName(u"participantDialog")
        participantDialog.resize(700, 560)
        participantDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(participantDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(participantDialog)
        self.tabs.setObjectName(u"tabs")
        self.personalTab = QWidget()
        self.personalTab.setObjectName(u"personalTab")
        self.personalLayout = QFormLayout(self.personalTab)
        self.personalLayout.setObjectName(u"personalLayout")
        self.firstNameLabel = QLabel(self.personalTab)
        self.firstNameLabel.setObjectName(u"firstNameLabel")
        self.firstNameLabel.setProperty(u"required", True)

        self.personalLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(self.personalTab)
        self.firstNameEdit.setObjectName(u"firstNameEdit")

        self.personalLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.lastNameLabel = QLabel(self.personalTab)
        self.lastNameLabel.setObjectName(u"lastNameLabel")
        self.lastNameLabel.setProperty(u"required", True)

        self.personalLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(self.personalTab)
        self.lastNameEdit.setObjectName(u"lastNameEdit")

        self.personalLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.peselLabel = QLabel(self.personalTab)
        self.peselLabel.setObjectName(u"peselLabel")

        self.personalLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.peselLabel)

        self.peselRow = QHBoxLayout()
        self.peselRow.setObjectName(u"peselRow")
        self.peselEdit = QLineEdit(self.personalTab)
        self.peselEdit.setObjectName(u"peselEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.peselEdit.sizePolicy().hasHeightForWidth())
        self.peselEdit.setSizePolicy(sizePolicy)
        self.peselEdit.setMaxLength(11)

        self.peselRow.addWidget(self.peselEdit)

        self.noPeselCheck = QCheckBox(self.personalTab)
        self.noPeselCheck.setObjectName(u"noPeselCheck")

        self.peselRow.addWidget(self.noPeselCheck)

        self.peselSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.peselRow.addItem(self.peselSpacer)


        self.personalLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.peselRow)

        self.birthDateLabel = QLabel(self.personalTab)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.personalLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = DateField(self.personalTab)
        self.birthDateEdit.setObjectName(u"birthDateEdit")

        self.personalLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.sexLabel = QLabel(self.personalTab)
        self.sexLabel.setObjectName(u"sexLabel")

        self.personalLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexCombo = QComboBox(self.personalTab)
        self.sexCombo.setObjectName(u"sexCombo")
        sizePolicy.setHeightForWidth(self.sexCombo.sizePolicy().hasHeightForWidth())
        self.sexCombo.setSizePolicy(sizePolicy)

        self.personalLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.citizenshipLabel = QLabel(self.personalTab)
        self.citizenshipLabel.setObjectName(u"citizenshipLabel")

        self.personalLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.citizenshipLabel)

        self.citizenshipCombo = QComboBox(self.personalTab)
        self.citizenshipCombo.setObjectName(u"citizenshipCombo")

        self.personalLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.citizenshipCombo)

        self.phoneLabel = QLabel(self.personalTab)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.personalLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.personalTab)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)

        self.personalLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(self.personalTab)
        self.emailLabel.setObjectName(u"emailLabel")

        self.personalLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.personalTab)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)

        self.personalLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.stableIdLabel = QLabel(self.personalTab)
        self.stableIdLabel.setObjectName(u"stableIdLabel")

        self.personalLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.stableIdLabel)

        self.stableIdRow = QHBoxLayout()
        self.stableIdRow.setObjectName(u"stableIdRow")
        self.stableIdEdit = QLineEdit(self.personalTab)
        self.stableIdEdit.setObjectName(u"stableIdEdit")
        self.stableIdEdit.setReadOnly(True)

        self.stableIdRow.addWidget(self.stableIdEdit)

        self.copyIdButton = QPushButton(self.personalTab)
        self.copyIdButton.setObjectName(u"copyIdButton")
        self.copyIdButton.setAutoDefault(False)

        self.stableIdRow.addWidget(self.copyIdButton)


        self.personalLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.stableIdRow)

        self.requiredHintLabel = QLabel(self.personalTab)
        self.requiredHintLabel.setObjectName(u"requiredHintLabel")
        self.requiredHintLabel.setEnabled(False)

        self.personalLayout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.requiredHintLabel)

        self.tabs.addTab(self.personalTab, "")
        self.addressTab = QWidget()
        self.addressTab.setObjectName(u"addressTab")
        self.addressLayout = QFormLayout(self.addressTab)
        self.addressLayout.setObjectName(u"addressLayout")
        self.terytLabel = QLabel(self.addressTab)
        self.terytLabel.setObjectName(u"terytLabel")

        self.addressLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.terytLabel)

        self.terytPicker = TerytPicker(self.addressTab)
        self.terytPicker.setObjectName(u"terytPicker")

        self.addressLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.terytPicker)

        self.voivodeshipLabel = QLabel(self.addressTab)
        self.voivodeshipLabel.setObjectName(u"voivodeshipLabel")

        self.addressLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.voivodeshipLabel)

        self.voivodeshipCombo = QComboBox(self.addressTab)
        self.voivodeshipCombo.setObjectName(u"voivodeshipCombo")
        self.voivodeshipCombo.setEditable(False)
        sizePolicy.setHeightForWidth(self.voivodeshipCombo.sizePolicy().hasHeightForWidth())
        self.voivodeshipCombo.setSizePolicy(sizePolicy)

        self.addressLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.voivodeshipCombo)

        self.powiatLabel = QLabel(self.addressTab)
        self.powiatLabel.setObjectName(u"powiatLabel")

        self.addressLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.powiatLabel)

        self.powiatEdit = QLineEdit(self.addressTab)
        self.powiatEdit.setObjectName(u"powiatEdit")

        self.addressLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.powiatEdit)

        self.gminaLabel = QLabel(self.addressTab)
        self.gminaLabel.setObjectName(u"gminaLabel")

        self.addressLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.gminaLabel)

        self.gminaEdit = QLineEdit(self.addressTab)
        self.gminaEdit.setObjectName(u"gminaEdit")

        self.addressLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.gminaEdit)

        self.townLabel = QLabel(self.addressTab)
        self.townLabel.setObjectName(u"townLabel")

        self.addressLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.townLabel)

        self.townEdit = QLineEdit(self.addressTab)
        self.townEdit.setObjectName(u"townEdit")

        self.addressLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.townEdit)

        self.streetLabel = QLabel(self.addressTab)
        self.streetLabel.setObjectName(u"streetLabel")

        self.addressLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.streetLabel)

        self.streetEdit = QLineEdit(self.addressTab)
        self.streetEdit.setObjectName(u"streetEdit")

        self.addressLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.streetEdit)

        self.buildingNoLabel = QLabel(self.addressTab)
        self.buildingNoLabel.setObjectName(u"buildingNoLabel")

        self.addressLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.buildingNoLabel)

        self.buildingRow = QHBoxLayout()
        self.buildingRow.setObjectName(u"buildingRow")
        self.buildingNoEdit = QLineEdit(self.addressTab)
        self.buildingNoEdit.setObjectName(u"buildingNoEdit")
        sizePolicy.setHeightForWidth(self.buildingNoEdit.sizePolicy().hasHeightForWidth())
        self.buildingNoEdit.setSizePolicy(sizePolicy)
        self.buildingNoEdit.setMaxLength(20)

        self.buildingRow.addWidget(self.buildingNoEdit)

        self.flatNoLabel = QLabel(self.addressTab)
        self.flatNoLabel.setObjectName(u"flatNoLabel")

        self.buildingRow.addWidget(self.flatNoLabel)

        self.flatNoEdit = QLineEdit(self.addressTab)
        self.flatNoEdit.setObjectName(u"flatNoEdit")
        sizePolicy.setHeightForWidth(self.flatNoEdit.sizePolicy().hasHeightForWidth())
        self.flatNoEdit.setSizePolicy(sizePolicy)
        self.flatNoEdit.setMaxLength(20)

        self.buildingRow.addWidget(self.flatNoEdit)

        self.buildingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buildingRow.addItem(self.buildingSpacer)


        self.addressLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.buildingRow)

        self.postalCodeLabel = QLabel(self.addressTab)
        self.postalCodeLabel.setObjectName(u"postalCodeLabel")

        self.addressLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.postalCodeLabel)

        self.postalCodeEdit = QLineEdit(self.addressTab)
        self.postalCodeEdit.setObjectName(u"postalCodeEdit")
        sizePolicy.setHeightForWidth(self.postalCodeEdit.sizePolicy().hasHeightForWidth())
        self.postalCodeEdit.setSizePolicy(sizePolicy)
        self.postalCodeEdit.setMaxLength(6)

        self.addressLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.postalCodeEdit)

        self.tabs.addTab(self.addressTab, "")
        self.esfTab = QWidget()
        self.esfTab.setObjectName(u"esfTab")
        self.esfLayout = QFormLayout(self.esfTab)
        self.esfLayout.setObjectName(u"esfLayout")
        self.sensitiveHintLabel = QLabel(self.esfTab)
        self.sensitiveHintLabel.setObjectName(u"sensitiveHintLabel")
        self.sensitiveHintLabel.setEnabled(False)

        self.esfLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.sensitiveHintLabel)

        self.disabilityLabel = QLabel(self.esfTab)
        self.disabilityLabel.setObjectName(u"disabilityLabel")

        self.esfLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.disabilityLabel)

        self.disabilityCombo = QComboBox(self.esfTab)
        self.disabilityCombo.setObjectName(u"disabilityCombo")

        self.esfLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.disabilityCombo)

        self.disabilityDegreeLabel = QLabel(self.esfTab)
        self.disabilityDegreeLabel.setObjectName(u"disabilityDegreeLabel")

        self.esfLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.disabilityDegreeLabel)

        self.disabilityDegreeCombo = QComboBox(self.esfTab)
        self.disabilityDegreeCombo.setObjectName(u"disabilityDegreeCombo")

        self.esfLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.disabilityDegreeCombo)

        self.disabilityKindLabel = QLabel(self.esfTab)
        self.disabilityKindLabel.setObjectName(u"disabilityKindLabel")

        self.esfLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.disabilityKindLabel)

        self.disabilityKindCombo = QComboBox(self.esfTab)
        self.disabilityKindCombo.setObjectName(u"disabilityKindCombo")

        self.esfLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.disabilityKindCombo)

        self.minorityLabel = QLabel(self.esfTab)
        self.minorityLabel.setObjectName(u"minorityLabel")

        self.esfLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.minorityLabel)

        self.minorityCombo = QComboBox(self.esfTab)
        self.minorityCombo.setObjectName(u"minorityCombo")

        self.esfLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.minorityCombo)

        self.foreignBackgroundLabel = QLabel(self.esfTab)
        self.foreignBackgroundLabel.setObjectName(u"foreignBackgroundLabel")

        self.esfLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.foreignBackgroundLabel)

        self.foreignBackgroundCombo = QComboBox(self.esfTab)
        self.foreignBackgroundCombo.setObjectName(u"foreignBackgroundCombo")

        self.esfLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.foreignBackgroundCombo)

        self.homelessLabel = QLabel(self.esfTab)
        self.homelessLabel.setObjectName(u"homelessLabel")

        self.esfLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.homelessLabel)

        self.homelessCombo = QComboBox(self.esfTab)
        self.homelessCombo.setObjectName(u"homelessCombo")

        self.esfLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.homelessCombo)

        self.tabs.addTab(self.esfTab, "")
        self.categoriesTab = QWidget()
        self.categoriesTab.setObjectName(u"categoriesTab")
        self.categoriesLayout = QVBoxLayout(self.categoriesTab)
        self.categoriesLayout.setObjectName(u"categoriesLayout")
        self.categoryPickerRow = QHBoxLayout()
        self.categoryPickerRow.setObjectName(u"categoryPickerRow")
        self.categoryPickerLabel = QLabel(self.categoriesTab)
        self.categoryPickerLabel.setObjectName(u"categoryPickerLabel")

        self.categoryPickerRow.addWidget(self.categoryPickerLabel)

        self.categoryPicker = QComboBox(self.categoriesTab)
        self.categoryPicker.setObjectName(u"categoryPicker")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.categoryPicker.sizePolicy().hasHeightForWidth())
        self.categoryPicker.setSizePolicy(sizePolicy1)
        self.categoryPicker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.categoryPicker.setMinimumContentsLength(20)

        self.categoryPickerRow.addWidget(self.categoryPicker)

        self.addCategoryButton = QPushButton(self.categoriesTab)
        self.addCategoryButton.setObjectName(u"addCategoryButton")
        self.addCategoryButton.setAutoDefault(False)

        self.categoryPickerRow.addWidget(self.addCategoryButton)

        self.removeCategoryButton = QPushButton(self.categoriesTab)
        self.removeCategoryButton.setObjectName(u"removeCategoryButton")
        self.removeCategoryButton.setAutoDefault(False)

        self.categoryPickerRow.addWidget(self.removeCategoryButton)


        self.categoriesLayout.addLayout(self.categoryPickerRow)

        self.categoryTableLabel = QLabel(self.categoriesTab)
        self.categoryTableLabel.setObjectName(u"categoryTableLabel")

        self.categoriesLayout.addWidget(self.categoryTableLabel)

        self.categoryTable = CategoryTable(self.categoriesTab)
        self.categoryTable.setObjectName(u"categoryTable")

        self.categoriesLayout.addWidget(self.categoryTable)

        self.tabs.addTab(self.categoriesTab, "")
        self.pathwayTab = QWidget()
        self.pathwayTab.setObjectName(u"pathwayTab")
        self.pathwayLayout = QFormLayout(self.pathwayTab)
        self.pathwayLayout.setObjectName(u"pathwayLayout")
        self.recruitmentDateLabel = QLabel(self.pathwayTab)
        self.recruitmentDateLabel.setObjectName(u"recruitmentDateLabel")

        self.pathwayLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recruitmentDateLabel)

        self.recruitmentDateEdit = DateField(self.pathwayTab)
        self.recruitmentDateEdit.setObjectName(u"recruitmentDateEdit")

        self.pathwayLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recruitmentDateEdit)

        self.recruitmentSourceLabel = QLabel(self.pathwayTab)
        self.recruitmentSourceLabel.setObjectName(u"recruitmentSourceLabel")

        self.pathwayLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recruitmentSourceLabel)

        self.recruitmentSourceCombo = QComboBox(self.pathwayTab)
        self.recruitmentSourceCombo.setObjectName(u"recruitmentSourceCombo")
        self.recruitmentSourceCombo.setEditable(True)
        self.recruitmentSourceCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.pathwayLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recruitmentSourceCombo)

        self.advisorLabel = QLabel(self.pathwayTab)
        self.advisorLabel.setObjectName(u"advisorLabel")

        self.pathwayLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.advisorLabel)

        self.advisorCombo = QComboBox(self.pathwayTab)
        self.advisorCombo.setObjectName(u"advisorCombo")

        self.pathwayLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.advisorCombo)

        self.stageLabel = QLabel(self.pathwayTab)
        self.stageLabel.setObjectName(u"stageLabel")

        self.pathwayLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageRow = QHBoxLayout()
        self.stageRow.setObjectName(u"stageRow")
        self.stageCombo = QComboBox(self.pathwayTab)
        self.stageCombo.setObjectName(u"stageCombo")

        self.stageRow.addWidget(self.stageCombo)

        self.stageDateLabel = QLabel(self.pathwayTab)
        self.stageDateLabel.setObjectName(u"stageDateLabel")

        self.stageRow.addWidget(self.stageDateLabel)

        self.stageDateEdit = DateField(self.pathwayTab)
        self.stageDateEdit.setObjectName(u"stageDateEdit")

        self.stageRow.addWidget(self.stageDateEdit)

        self.stageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stageRow.addItem(self.stageSpacer)


        self.pathwayLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.stageRow)

        self.stageHistoryLabel = QLabel(self.pathwayTab)
        self.stageHistoryLabel.setObjectName(u"stageHistoryLabel")

        self.pathwayLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.stageHistoryLabel)

        self.stageHistoryList = QListWidget(self.pathwayTab)
        self.stageHistoryList.setObjectName(u"stageHistoryList")
        self.stageHistoryList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stageHistoryList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.stageHistoryList.setAlternatingRowColors(True)

        self.pathwayLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.stageHistoryList)

        self.tabs.addTab(self.pathwayTab, "")
        self.participationsTab = QWidget()
        self.participationsTab.setObjectName(u"participationsTab")
        self.participationsLayout = QVBoxLayout(self.participationsTab)
        self.participationsLayout.setObjectName(u"participationsLayout")
        self.participationsRow = QHBoxLayout()
        self.participationsRow.setObjectName(u"participationsRow")
        self.participationsLabel = QLabel(self.participationsTab)
        self.participationsLabel.setObjectName(u"participationsLabel")

        self.participationsRow.addWidget(self.participationsLabel)

        self.participationsList = QListWidget(self.participationsTab)
        self.participationsList.setObjectName(u"participationsList")
        self.participationsList.setAlternatingRowColors(True)

        self.participationsRow.addWidget(self.participationsList)

        self.newParticipationButton = QPushButton(self.participationsTab)
        self.newParticipationButton.setObjectName(u"newParticipationButton")

        self.participationsRow.addWidget(self.newParticipationButton)


        self.participationsLayout.addLayout(self.participationsRow)

        self.participationScroll = QScrollArea(self.participationsTab)
        self.participationScroll.setObjectName(u"participationScroll")
        self.participationScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.participationScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.participationScroll.setWidgetResizable(True)
        self.participationEditor = ParticipationEditor()
        self.participationEditor.setObjectName(u"participationEditor")
        self.participationScroll.setWidget(self.participationEditor)

        self.participationsLayout.addWidget(self.participationScroll)

        self.tabs.addTab(self.participationsTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesLayout = QVBoxLayout(self.notesTab)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLabel = QLabel(self.notesTab)
        self.notesLabel.setObjectName(u"notesLabel")

        self.notesLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.notesTab)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.notesEdit)

        self.tabs.addTab(self.notesTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.summaryLabel = QLabel(participantDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.buttonBox = QDialogButtonBox(participantDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.peselLabel.setBuddy(self.peselEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.citizenshipLabel.setBuddy(self.citizenshipCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.stableIdLabel.setBuddy(self.stableIdEdit)
        self.terytLabel.setBuddy(self.terytPicker)
        self.voivodeshipLabel.setBuddy(self.voivodeshipCombo)
        self.powiatLabel.setBuddy(self.powiatEdit)
        self.gminaLabel.setBuddy(self.gminaEdit)
        self.townLabel.setBuddy(self.townEdit)
        self.streetLabel.setBuddy(self.streetEdit)
        self.buildingNoLabel.setBuddy(self.buildingNoEdit)
        self.flatNoLabel.setBuddy(self.flatNoEdit)
        self.postalCodeLabel.setBuddy(self.postalCodeEdit)
        self.disabilityLabel.setBuddy(self.disabilityCombo)
        self.disabilityDegreeLabel.setBuddy(self.disabilityDegreeCombo)
        self.disabilityKindLabel.setBuddy(self.disabilityKindCombo)
        self.minorityLabel.setBuddy(self.minorityCombo)
        self.foreignBackgroundLabel.setBuddy(self.foreignBackgroundCombo)
        self.homelessLabel.setBuddy(self.homelessCombo)
        self.categoryPickerLabel.setBuddy(self.categoryPicker)
        self.categoryTableLabel.setBuddy(self.categoryTable)
        self.recruitmentDateLabel.setBuddy(self.recruitmentDateEdit)
        self.recruitmentSourceLabel.setBuddy(self.recruitmentSourceCombo)
        self.advisorLabel.setBuddy(self.advisorCombo)
        self.stageLabel.setBuddy(self.stageCombo)
        self.stageDateLabel.setBuddy(self.stageDateEdit)
        self.stageHistoryLabel.setBuddy(self.stageHistoryList)
        self.participationsLabel.setBuddy(self.participationsList)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.firstNameEdit)
        QWidget.setTabOrder(self.firstNameEdit, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.peselEdit)
        QWidget.setTabOrder(self.peselEdit, self.noPeselCheck)
        QWidget.setTabOrder(self.noPeselCheck, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.citizenshipCombo)
        QWidget.setTabOrder(self.citizenshipCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.stableIdEdit)
        QWidget.setTabOrder(self.stableIdEdit, self.copyIdButton)
        QWidget.setTabOrder(self.copyIdButton, self.terytPicker)
        QWidget.setTabOrder(self.terytPicker, self.voivodeshipCombo)
        QWidget.setTabOrder(self.voivodeshipCombo, self.powiatEdit)
        QWidget.setTabOrder(self.powiatEdit, self.gminaEdit)
        QWidget.setTabOrder(self.gminaEdit, self.townEdit)
        QWidget.setTabOrder(self.townEdit, self.streetEdit)
        QWidget.setTabOrder(self.streetEdit, self.buildingNoEdit)
        QWidget.setTabOrder(self.buildingNoEdit, self.flatNoEdit)
        QWidget.setTabOrder(self.flatNoEdit, self.postalCodeEdit)
        QWidget.setTabOrder(self.postalCodeEdit, self.disabilityCombo)
        QWidget.setTabOrder(self.disabilityCombo, self.disabilityDegreeCombo)
        QWidget.setTabOrder(self.disabilityDegreeCombo, self.disabilityKindCombo)
        QWidget.setTabOrder(self.disabilityKindCombo, self.minorityCombo)
        QWidget.setTabOrder(self.minorityCombo, self.foreignBackgroundCombo)
        QWidget.setTabOrder(self.foreignBackgroundCombo, self.homelessCombo)
        QWidget.setTabOrder(self.homelessCombo, self.categoryPicker)
        QWidget.setTabOrder(self.categoryPicker, self.addCategoryButton)
        QWidget.setTabOrder(self.addCategoryButton, self.removeCategoryButton)
        QWidget.setTabOrder(self.removeCategoryButton, self.categoryTable)
        QWidget.setTabOrder(self.categoryTable, self.recruitmentDateEdit)
        QWidget.setTabOrder(self.recruitmentDateEdit, self.recruitmentSourceCombo)
        QWidget.setTabOrder(self.recruitmentSourceCombo, self.advisorCombo)
        QWidget.setTabOrder(self.advisorCombo, self.stageCombo)
        QWidget.setTabOrder(self.stageCombo, self.stageDateEdit)
        QWidget.setTabOrder(self.stageDateEdit, self.stageHistoryList)
        QWidget.setTabOrder(self.stageHistoryList, self.participationsList)
        QWidget.setTabOrder(self.participationsList, self.newParticipationButton)
        QWidget.setTabOrder(self.newParticipationButton, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.buttonBox)

        self.retranslateUi(participantDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(participantDialog)
    # setupUi

    def retranslateUi(self, participantDialog):
        participantDialog.setWindowTitle(QCoreApplication.translate("ParticipantDialog", u"Participant", None))
        self.firstNameLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&First name:", None))
        self.lastNameLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Last name:", None))
        self.peselLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&PESEL:", None))
#if QT_CONFIG(tooltip)
        self.peselEdit.setToolTip(QCoreApplication.translate("ParticipantDialog", u"11 digits. Birth date and sex are read from a valid PESEL.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.noPeselCheck.setToolTip(QCoreApplication.translate("ParticipantDialog", u"The person has no PESEL: enter the birth date, sex and citizenship instead.", None))
#endif // QT_CONFIG(tooltip)
        self.noPeselCheck.setText(QCoreApplication.translate("ParticipantDialog", u"&No PESEL", None))
        self.birthDateLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Birth date:", None))
        self.sexLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Se&x:", None))
        self.citizenshipLabel.setText(QCoreApplication.translate("ParticipantDialog", u"C&itizenship:", None))
        self.phoneLabel.setText(QCoreApplication.translate("ParticipantDialog", u"P&hone:", None))
        self.emailLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&E-mail:", None))
        self.stableIdLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Stable I&D:", None))
#if QT_CONFIG(tooltip)
        self.stableIdEdit.setToolTip(QCoreApplication.translate("ParticipantDialog", u"The person's identifier that never changes (used in exports, e.g. the lead partner's withheld sheet). It can be searched for in the list.", None))
#endif // QT_CONFIG(tooltip)
        self.stableIdEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"given when the person is saved", None))
#if QT_CONFIG(tooltip)
        self.copyIdButton.setToolTip(QCoreApplication.translate("ParticipantDialog", u"Copy the stable ID to the clipboard", None))
#endif // QT_CONFIG(tooltip)
        self.copyIdButton.setText(QCoreApplication.translate("ParticipantDialog", u"&Copy", None))
        self.requiredHintLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Fields with bold labels are required.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.personalTab), QCoreApplication.translate("ParticipantDialog", u"Personal data", None))
        self.terytLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Find the gmina (TER&YT):", None))
#if QT_CONFIG(tooltip)
        self.terytPicker.setToolTip(QCoreApplication.translate("ParticipantDialog", u"Pick the gmina from the TERYT dictionary: voivodeship, powiat and gmina are filled in.", None))
#endif // QT_CONFIG(tooltip)
        self.voivodeshipLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Voivodeship:", None))
        self.powiatLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Powiat (county):", None))
        self.gminaLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Gmina (commune):", None))
        self.townLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Town:", None))
        self.streetLabel.setText(QCoreApplication.translate("ParticipantDialog", u"St&reet:", None))
        self.buildingNoLabel.setText(QCoreApplication.translate("ParticipantDialog", u"B&uilding no.:", None))
        self.flatNoLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Flat no.:", None))
        self.postalCodeLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Postal &code:", None))
        self.postalCodeEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"00-000", None))
        self.tabs.setTabText(self.tabs.indexOf(self.addressTab), QCoreApplication.translate("ParticipantDialog", u"Address", None))
        self.sensitiveHintLabel.setText(QCoreApplication.translate("ParticipantDialog", u"The person may refuse to answer the questions below.", None))
        self.disabilityLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Person with a d&isability:", None))
        self.disabilityDegreeLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Degree of disa&bility:", None))
#if QT_CONFIG(tooltip)
        self.disabilityDegreeCombo.setToolTip(QCoreApplication.translate("ParticipantDialog", u"As certified (orzeczenie) or an equivalent; special-category data.", None))
#endif // QT_CONFIG(tooltip)
        self.disabilityKindLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Intellectual, mental or m&ultiple disability:", None))
        self.minorityLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Member of a national or ethnic &minority:", None))
        self.foreignBackgroundLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Foreign background:", None))
        self.homelessLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Homeless or excluded from housing:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.esfTab), QCoreApplication.translate("ParticipantDialog", u"ESF status", None))
        self.categoryPickerLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Categor&y to add:", None))
        self.addCategoryButton.setText(QCoreApplication.translate("ParticipantDialog", u"&Add", None))
        self.removeCategoryButton.setText(QCoreApplication.translate("ParticipantDialog", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.removeCategoryButton.setToolTip(QCoreApplication.translate("ParticipantDialog", u"Remove the selected category (Delete in the table)", None))
#endif // QT_CONFIG(tooltip)
        self.categoryTableLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Categories of this person:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.categoriesTab), QCoreApplication.translate("ParticipantDialog", u"At-risk categories", None))
        self.recruitmentDateLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Recruitment date:", None))
        self.recruitmentSourceLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Recruitment s&ource:", None))
        self.advisorLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Advisor:", None))
        self.stageLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Sta&ge:", None))
        self.stageDateLabel.setText(QCoreApplication.translate("ParticipantDialog", u"si&nce:", None))
#if QT_CONFIG(tooltip)
        self.stageDateEdit.setToolTip(QCoreApplication.translate("ParticipantDialog", u"When the person reached this stage. Can be changed only together with the stage.", None))
#endif // QT_CONFIG(tooltip)
        self.stageHistoryLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Stage &history:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.pathwayTab), QCoreApplication.translate("ParticipantDialog", u"Pathway", None))
        self.participationsLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Pa&rticipations:", None))
#if QT_CONFIG(tooltip)
        self.participationsList.setToolTip(QCoreApplication.translate("ParticipantDialog", u"The person's participations, one per project; the one selected is edited below. A participation is never removed: a mistaken one is ended with an exit.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.newParticipationButton.setToolTip(QCoreApplication.translate("ParticipantDialog", u"A returning person: add a participation in another project (the earlier one keeps its data).", None))
#endif // QT_CONFIG(tooltip)
        self.newParticipationButton.setText(QCoreApplication.translate("ParticipantDialog", u"Ne&w participation", None))
        self.tabs.setTabText(self.tabs.indexOf(self.participationsTab), QCoreApplication.translate("ParticipantDialog", u"Participations", None))
        self.notesLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Notes (no health or other sensitive data):", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notesTab), QCoreApplication.translate("ParticipantDialog", u"Notes", None))
    # retranslateUi


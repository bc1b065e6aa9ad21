#include "ui/PreferencesDialog.h"

#include "data/DefaultDatabase.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mm {

PreferencesDialog::PreferencesDialog(const Preferences& preferences, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("PreferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_database = new QLineEdit(QDir::toNativeSeparators(preferences.defaultDatabasePath), this);
    m_database->setObjectName(QStringLiteral("defaultDatabase"));
    m_database->setPlaceholderText(QDir::toNativeSeparators(defaultDatabasePath()));
    m_database->setAccessibleName(tr("Default database"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseDatabase);
    auto* databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(browse);

    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("$"), QStringLiteral("€"), QStringLiteral("£"),
                          QStringLiteral("¥"), QStringLiteral("cr")});
    m_currency->setCurrentText(preferences.currencySymbol);
    m_currency->setToolTip(
        tr("Game money has no real currency; this is only how amounts are shown."));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language)));

    m_backupInterval = new QSpinBox(this);
    m_backupInterval->setObjectName(QStringLiteral("backupInterval"));
    m_backupInterval->setRange(0, 24 * 60);
    m_backupInterval->setSuffix(tr(" min"));
    m_backupInterval->setSpecialValueText(tr("Off"));
    m_backupInterval->setValue(preferences.backupIntervalMinutes);

    m_backupsKept = new QSpinBox(this);
    m_backupsKept->setObjectName(QStringLiteral("backupsKept"));
    m_backupsKept->setRange(1, 100);
    m_backupsKept->setValue(preferences.backupsKept);

    m_clockSpeed = new QComboBox(this);
    m_clockSpeed->setObjectName(QStringLiteral("clockSpeed"));
    for (int speed : {1, 7, 30})
        m_clockSpeed->addItem(speed == 1 ? tr("1 game day per second")
                                         : tr("%1 game days per second").arg(speed),
                              speed);
    m_clockSpeed->setCurrentIndex(
        std::max(0, m_clockSpeed->findData(preferences.clockDaysPerSecond)));

    auto* form = new QFormLayout;
    // A row holding a layout has no buddy of its own: give the label one for its mnemonic.
    auto* databaseLabel = new QLabel(tr("Default &database:"), this);
    databaseLabel->setBuddy(m_database);
    form->addRow(databaseLabel, databaseRow);
    form->addRow(tr("&Currency symbol:"), m_currency);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Automatic &backup every:"), m_backupInterval);
    form->addRow(tr("Backups &kept:"), m_backupsKept);
    form->addRow(tr("Game clock &speed:"), m_clockSpeed);
    auto* note =
        new QLabel(tr("A new language takes effect the next time ModelMarket starts."), this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setTabOrder(m_database, browse);
    setTabOrder(browse, m_currency);
    setTabOrder(m_currency, m_language);
    setTabOrder(m_language, m_backupInterval);
    setTabOrder(m_backupInterval, m_backupsKept);
    setTabOrder(m_backupsKept, m_clockSpeed);
}

void PreferencesDialog::chooseDatabase() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Default Database"), m_database->text(),
        tr("ModelMarket databases (*.sqlite *.db)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_database->setText(QDir::toNativeSeparators(path));
}

Preferences PreferencesDialog::preferences() const {
    Preferences result;
    result.defaultDatabasePath = QDir::fromNativeSeparators(m_database->text().trimmed());
    result.currencySymbol = m_currency->currentText().trimmed().left(4);
    result.language = m_language->currentData().toString();
    result.backupIntervalMinutes = m_backupInterval->value();
    result.backupsKept = m_backupsKept->value();
    result.clockDaysPerSecond = m_clockSpeed->currentData().toInt();
    return result;
}

} // namespace mm

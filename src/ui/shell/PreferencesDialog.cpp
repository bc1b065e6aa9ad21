#include "ui/shell/PreferencesDialog.h"

#include "data/DefaultDatabase.h"
#include "ui_PreferencesDialog.h"

#include <QDir>
#include <QFileDialog>

namespace mm {

PreferencesDialog::PreferencesDialog(const Preferences& preferences, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>()) {
    m_ui->setupUi(this);

    m_ui->defaultDatabase->setText(QDir::toNativeSeparators(preferences.defaultDatabasePath));
    m_ui->defaultDatabase->setPlaceholderText(QDir::toNativeSeparators(defaultDatabasePath()));
    connect(m_ui->browseButton, &QPushButton::clicked, this, &PreferencesDialog::chooseDatabase);

    m_ui->currency->setCurrentText(preferences.currencySymbol);

    // Language names are written in their own language, so they are not translated.
    m_ui->language->addItem(tr("System default"), QString());
    m_ui->language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->language->setCurrentIndex(std::max(0, m_ui->language->findData(preferences.language)));

    m_ui->backupInterval->setValue(preferences.backupIntervalMinutes);
    m_ui->backupsKept->setValue(preferences.backupsKept);

    for (int speed : {1, 7, 30})
        m_ui->clockSpeed->addItem(speed == 1 ? tr("1 game day per second")
                                             : tr("%1 game days per second").arg(speed),
                                  speed);
    m_ui->clockSpeed->setCurrentIndex(
        std::max(0, m_ui->clockSpeed->findData(preferences.clockDaysPerSecond)));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::chooseDatabase() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Default Database"), m_ui->defaultDatabase->text(),
        tr("ModelMarket databases (*.sqlite *.db)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_ui->defaultDatabase->setText(QDir::toNativeSeparators(path));
}

Preferences PreferencesDialog::preferences() const {
    Preferences result;
    result.defaultDatabasePath =
        QDir::fromNativeSeparators(m_ui->defaultDatabase->text().trimmed());
    result.currencySymbol = m_ui->currency->currentText().trimmed().left(4);
    result.language = m_ui->language->currentData().toString();
    result.backupIntervalMinutes = m_ui->backupInterval->value();
    result.backupsKept = m_ui->backupsKept->value();
    result.clockDaysPerSecond = m_ui->clockSpeed->currentData().toInt();
    return result;
}

} // namespace mm

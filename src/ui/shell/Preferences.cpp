#include "ui/shell/Preferences.h"

#include "core/Money.h"

#include <QSettings>

namespace mm {

namespace {
const QString kDatabase = QStringLiteral("preferences/defaultDatabase");
const QString kCurrency = QStringLiteral("preferences/currencySymbol");
const QString kLanguage = QStringLiteral("preferences/language");
const QString kBackupInterval = QStringLiteral("preferences/backupIntervalMinutes");
const QString kBackupsKept = QStringLiteral("preferences/backupsKept");
const QString kClockSpeed = QStringLiteral("preferences/clockDaysPerSecond");
const QString kFullCheckMaxBytes = QStringLiteral("preferences/fullCheckMaxBytes");
} // namespace

Preferences Preferences::load() {
    QSettings settings;
    Preferences preferences;
    preferences.defaultDatabasePath = settings.value(kDatabase).toString();
    preferences.currencySymbol = settings.value(kCurrency, preferences.currencySymbol).toString();
    preferences.language = settings.value(kLanguage).toString();
    preferences.backupIntervalMinutes = std::clamp(
        settings.value(kBackupInterval, preferences.backupIntervalMinutes).toInt(), 0, 24 * 60);
    preferences.backupsKept =
        std::clamp(settings.value(kBackupsKept, preferences.backupsKept).toInt(), 1, 100);
    const int speed = settings.value(kClockSpeed, preferences.clockDaysPerSecond).toInt();
    preferences.clockDaysPerSecond = speed == 7 || speed == 30 ? speed : 1;
    preferences.fullCheckMaxBytes = std::max<qint64>(
        0, settings.value(kFullCheckMaxBytes, preferences.fullCheckMaxBytes).toLongLong());
    return preferences;
}

void Preferences::save() const {
    QSettings settings;
    settings.setValue(kDatabase, defaultDatabasePath);
    settings.setValue(kCurrency, currencySymbol);
    settings.setValue(kLanguage, language);
    settings.setValue(kBackupInterval, backupIntervalMinutes);
    settings.setValue(kBackupsKept, backupsKept);
    settings.setValue(kClockSpeed, clockDaysPerSecond);
}

void Preferences::apply() const {
    Money::setDisplayCurrency(currencySymbol);
}

} // namespace mm

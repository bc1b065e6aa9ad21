#pragma once

#include "data/Database.h"

#include <QString>

namespace mm {

// The user's preferences, stored in QSettings. One place that knows the keys and the defaults.
struct Preferences {
    QString defaultDatabasePath; // empty: the standard location
    QString currencySymbol = QStringLiteral("$");
    QString language;               // empty: follow the system; otherwise "en", "de", ...
    int backupIntervalMinutes = 30; // 0: no automatic backups
    int backupsKept = 5;
    int clockDaysPerSecond = 1; // 1, 7 or 30
    // Files bigger than this open at once, read-only, while every page is checked in the
    // background (ui/shell/CheckedOpen.h). Set only in the settings file
    // (preferences/fullCheckMaxBytes), never by the dialog, so save() leaves it alone: for tests
    // and for unusually slow disks.
    qint64 fullCheckMaxBytes = Database::kFullCheckMaxBytes;

    static Preferences load();
    void save() const;
    // Applies what takes effect at once (currency); the language applies at the next start.
    void apply() const;
};

} // namespace mm

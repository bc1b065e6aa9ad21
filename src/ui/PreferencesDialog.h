#pragma once

#include "ui/Preferences.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace mm {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences& preferences, QWidget* parent = nullptr);

    Preferences preferences() const;

private:
    void chooseDatabase();

    QLineEdit* m_database = nullptr;
    QComboBox* m_currency = nullptr;
    QComboBox* m_language = nullptr;
    QSpinBox* m_backupInterval = nullptr;
    QSpinBox* m_backupsKept = nullptr;
    QComboBox* m_clockSpeed = nullptr;
};

} // namespace mm

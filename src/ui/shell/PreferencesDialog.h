#pragma once

#include "ui/shell/Preferences.h"

#include <QDialog>
#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace mm {

// The settings of this installation: default database, currency symbol, language, automatic
// backups and the game clock's speed. The layout is forms/PreferencesDialog.ui.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences& preferences, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    Preferences preferences() const;

private:
    void chooseDatabase();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace mm

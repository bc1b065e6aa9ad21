#pragma once

#include "data/ServerAddress.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace mm {

// Where a PostgreSQL database is: host (or a Unix socket folder), port, database, user and
// encryption (libpq's sslmode), and the postgresql:// address they make, shown as it is typed. It
// never asks for a password: the window asks when the server wants one (ui/shell/ServerOpen.h), and
// none is ever stored. The last values given are remembered in QSettings (group "server") for next
// time.
class ConnectServerDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectServerDialog(const QString& title, QWidget* parent = nullptr);

    // Fills the fields from an address (e.g. the one open before).
    void setAddress(const ServerAddress& address);
    ServerAddress address() const;
    // The address to connect to; empty while the fields do not make one.
    QString url() const;

    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portEdit() const { return m_port; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* userEdit() const { return m_user; }
    QComboBox* encryptionBox() const { return m_encryption; }
    QLineEdit* urlEdit() const { return m_url; }

    void accept() override;

private:
    void updateUrl();

    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_encryption = nullptr; // item data: the sslmode, empty for libpq's default
    QString m_sslRootCert;             // from an address given; the dialog has no field for it
    QLineEdit* m_url = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace mm

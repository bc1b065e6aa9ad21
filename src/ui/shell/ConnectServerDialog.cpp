#include "ui/shell/ConnectServerDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mm {

namespace {

const QString kHostKey = QStringLiteral("server/host");
const QString kPortKey = QStringLiteral("server/port");
const QString kDatabaseKey = QStringLiteral("server/database");
const QString kUserKey = QStringLiteral("server/user");
const QString kSslModeKey = QStringLiteral("server/sslmode");

} // namespace

ConnectServerDialog::ConnectServerDialog(const QString& title, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("connectServerDialog"));
    setWindowTitle(title);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("db.studio.lan, or a socket folder such as /run/postgresql"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portEdit"));
    m_port->setRange(0, 65535);
    // 0 leaves the port to libpq (PGPORT, else 5432), as an address without one does.
    m_port->setSpecialValueText(tr("default (5432)"));
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setPlaceholderText(tr("economy"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("your login name"));
    m_encryption = new QComboBox(this);
    m_encryption->setObjectName(QStringLiteral("encryptionBox"));
    m_encryption->addItem(tr("Default: encrypted when the server offers it"), QString());
    m_encryption->addItem(tr("Required"), QStringLiteral("require"));
    m_encryption->addItem(tr("Required, with the server's certificate checked"),
                          QStringLiteral("verify-full"));
    m_encryption->addItem(tr("Off"), QStringLiteral("disable"));
    m_encryption->setToolTip(
        tr("Over the network only; a socket folder on this machine is never encrypted. A checked "
           "certificate must be signed by an authority in ~/.postgresql/root.crt, or in the file "
           "the address names with sslrootcert."));
    // A field, not a label: an address has no spaces to wrap at, and a label cut it off. Read
    // only, it still selects and copies whole.
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setReadOnly(true);
    m_url->setFrame(false);
    m_url->setPlaceholderText(tr("(name the database)"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption:"), m_encryption);
    form->addRow(tr("Address:"), m_url);

    auto* note = new QLabel(
        tr("The password is asked for when the server needs one and is never stored. libpq's "
           "~/.pgpass and PGPASSWORD are used when they have it."),
        this);
    note->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectServerDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    for (QLineEdit* edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectServerDialog::updateUrl);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectServerDialog::updateUrl);
    connect(m_encryption, &QComboBox::currentIndexChanged, this, &ConnectServerDialog::updateUrl);

    const QSettings settings;
    ServerAddress last;
    last.host = settings.value(kHostKey).toString();
    last.port = settings.value(kPortKey, 0).toInt();
    last.database = settings.value(kDatabaseKey).toString();
    last.user = settings.value(kUserKey).toString();
    last.sslMode = settings.value(kSslModeKey).toString();
    if (!ServerAddress::sslModes().contains(last.sslMode))
        last.sslMode.clear();
    setAddress(last);
    setMinimumWidth(560);
}

void ConnectServerDialog::setAddress(const ServerAddress& address) {
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    // A mode the list does not offer (allow, prefer, verify-ca, from an address typed elsewhere)
    // is added, so the address keeps it.
    int mode = m_encryption->findData(address.sslMode);
    if (mode < 0) {
        m_encryption->addItem(address.sslMode, address.sslMode);
        mode = m_encryption->count() - 1;
    }
    m_encryption->setCurrentIndex(mode);
    m_sslRootCert = address.sslRootCert;
    updateUrl();
}

ServerAddress ConnectServerDialog::address() const {
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.sslMode = m_encryption->currentData().toString();
    address.sslRootCert = m_sslRootCert;
    return address;
}

QString ConnectServerDialog::url() const {
    const ServerAddress fields = address();
    if (fields.database.isEmpty())
        return {};
    // Read back, so the address shown is one the rest of ModelMarket accepts.
    const QString url = fields.toUrl();
    return ServerAddress::parse(url) ? url : QString();
}

void ConnectServerDialog::updateUrl() {
    const QString url = this->url();
    m_url->setText(url);
    m_url->setToolTip(url);
    m_url->setCursorPosition(0);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!url.isEmpty());
}

void ConnectServerDialog::accept() {
    if (url().isEmpty())
        return;
    const ServerAddress fields = address();
    QSettings settings;
    settings.setValue(kHostKey, fields.host);
    settings.setValue(kPortKey, fields.port);
    settings.setValue(kDatabaseKey, fields.database);
    settings.setValue(kUserKey, fields.user);
    settings.setValue(kSslModeKey, fields.sslMode);
    QDialog::accept();
}

} // namespace mm

#include "ui/shell/ConnectServerDialog.h"

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
    m_url = new QLabel(this);
    m_url->setObjectName(QStringLiteral("urlLabel"));
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
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

    const QSettings settings;
    ServerAddress last;
    last.host = settings.value(kHostKey).toString();
    last.port = settings.value(kPortKey, 0).toInt();
    last.database = settings.value(kDatabaseKey).toString();
    last.user = settings.value(kUserKey).toString();
    setAddress(last);
    setMinimumWidth(480);
}

void ConnectServerDialog::setAddress(const ServerAddress& address) {
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    updateUrl();
}

ServerAddress ConnectServerDialog::address() const {
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
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
    m_url->setText(url.isEmpty() ? tr("(name the database)") : url);
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
    QDialog::accept();
}

} // namespace mm

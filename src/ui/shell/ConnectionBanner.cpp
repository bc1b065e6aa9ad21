#include "ui/shell/ConnectionBanner.h"

#include "ui/shell/StatusStyle.h"
#include "ui/shell/Workspace.h"

namespace mm {

ConnectionBanner::ConnectionBanner(QWidget* parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("connectionBanner"));
    setWordWrap(true);
    setMargin(6);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void ConnectionBanner::watch(Workspace& workspace) {
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    hide();
    m_connections << connect(&workspace, &Workspace::connectionLost, this,
                             &ConnectionBanner::showLost)
                  << connect(&workspace, &Workspace::connectionRestored, this, &QLabel::hide);
}

void ConnectionBanner::showLost(const QString& message) {
    setStyleSheet(statusStyle::error(this));
    setText(message);
    show();
}

} // namespace mm

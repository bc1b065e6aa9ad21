#pragma once

#include <QLabel>

namespace mm {

class Workspace;

// The line across the top of the window while the connection to the team server is lost: it
// says which server, why, and that ModelMarket is reconnecting, and goes away once connected
// again. Hidden for a file.
class ConnectionBanner : public QLabel {
    Q_OBJECT
public:
    explicit ConnectionBanner(QWidget* parent = nullptr);

    // Follows `workspace` (the window's current one) from now on.
    void watch(Workspace& workspace);

private:
    void showLost(const QString& message);

    QList<QMetaObject::Connection> m_connections;
};

} // namespace mm

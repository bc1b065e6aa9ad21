#pragma once

#include <QStringList>

class QApplication;

namespace mm {

// Opens the database named on the command line (or the default one, created with the demo
// economy on first start) and shows the main window. Returns the application's exit code.
int runGui(QApplication& app, const QStringList& arguments);

} // namespace mm

#pragma once

#include <QColor>
#include <QString>

class QPalette;
class QWidget;

// Colours for refusals and confirmations that stay readable on light and dark palettes: the
// dark reds and greens that read well on white vanish on a dark window, so the shade follows the
// widget's palette.
namespace mm::statusStyle {

bool isDark(const QPalette& palette);
QColor errorColor(const QPalette& palette);
QColor successColor(const QPalette& palette);
// Style sheets for a message label.
QString error(const QWidget* widget);
QString success(const QWidget* widget);

} // namespace mm::statusStyle

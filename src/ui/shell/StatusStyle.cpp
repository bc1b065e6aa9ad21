#include "ui/shell/StatusStyle.h"

#include <QPalette>
#include <QWidget>

namespace mm::statusStyle {

bool isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor errorColor(const QPalette& palette) {
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

QColor successColor(const QPalette& palette) {
    return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
}

QString error(const QWidget* widget) {
    return QStringLiteral("color: %1; font-weight: bold;")
        .arg(errorColor(widget->palette()).name());
}

QString success(const QWidget* widget) {
    return QStringLiteral("color: %1;").arg(successColor(widget->palette()).name());
}

} // namespace mm::statusStyle

#pragma once

#include "models/CatalogQuery.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace mm {

// The row of filters above the catalog: text found in the name (plain text, not a pattern) and
// one combo per enum column, each starting at "Any …". Typing waits kDebounceMs after the last key
// before it asks for a new filter, so a fast typist starts one query, not one per letter.
class CatalogFilterBar : public QWidget {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 200;

    explicit CatalogFilterBar(QWidget* parent = nullptr);

    CatalogFilter filter() const;
    // Puts the cursor in the text box with its text selected (Find).
    void focusText();
    QLineEdit* textEdit() const { return m_text; }
    QWidget* lastFocusable() const;

public slots:
    void clear();

signals:
    void filterChanged(const mm::CatalogFilter& filter);

private:
    template <typename E>
    QComboBox* makeCombo(const QString& objectName, const QString& anyText,
                         const QString& accessibleName);
    void emitNow();

    QLineEdit* m_text = nullptr;
    QComboBox* m_tier = nullptr;
    QComboBox* m_sizeClass = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_architecture = nullptr;
    QPushButton* m_clear = nullptr;
    QTimer m_debounce;
    CatalogFilter m_lastEmitted;
};

} // namespace mm

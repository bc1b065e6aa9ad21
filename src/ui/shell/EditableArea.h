#pragma once

#include <QFlags>

namespace mm {

// The Edit menu's operations on an area's data.
enum class EditOperation {
    Copy = 1 << 0,
    Cut = 1 << 1,
    Paste = 1 << 2,
    PasteAsNewRows = 1 << 3,
    FillDown = 1 << 4,
    Delete = 1 << 5,
    Find = 1 << 6,
    InsertRow = 1 << 7,
    Duplicate = 1 << 8,
    DeleteRows = 1 << 9,
};
Q_DECLARE_FLAGS(EditOperations, EditOperation)
Q_DECLARE_OPERATORS_FOR_FLAGS(EditOperations)

// What the Edit menu asks of the area that has focus. The main window only forwards, and only
// what supportedEdits() names: the other actions are disabled while the area is current, so an
// area overrides just the operations it does; each decides what Copy or Fill Down mean for its
// data.
class EditableArea {
public:
    virtual ~EditableArea() = default;

    virtual EditOperations supportedEdits() const = 0;

    virtual void copySelection() {}
    virtual void cutSelection() {}
    virtual void paste() {}
    virtual void pasteAsNewRows() {}
    virtual void fillDown() {}
    virtual void deleteSelection() {}
    virtual void find() {}
    virtual void insertRow() {}
    virtual void duplicateSelection() {}
    virtual void deleteRows() {}
};

} // namespace mm

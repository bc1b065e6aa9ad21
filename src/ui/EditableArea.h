#pragma once

namespace mm {

// What the Edit menu asks of the area that has focus. The main window only forwards; each area
// decides what Copy or Fill Down mean for its data.
class EditableArea {
public:
    virtual ~EditableArea() = default;

    virtual void copySelection() = 0;
    virtual void cutSelection() = 0;
    virtual void paste() = 0;
    virtual void pasteAsNewRows() = 0;
    virtual void fillDown() = 0;
    virtual void deleteSelection() = 0;
    virtual void find() = 0;
    virtual void insertRow() = 0;
    virtual void duplicateSelection() = 0;
    virtual void deleteRows() = 0;
};

} // namespace mm

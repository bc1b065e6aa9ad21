#pragma once

#include "data/EconomyDiff.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTreeView;

namespace mm {

class ChangeFilterModel;
class Workspace;

// File ▸ Compare with Economy…: every change from this window's economy to another one (a
// database or an economy JSON file), field by field, grouped by table, with a filter and a count.
// Both economies are read on a worker thread, each through a read-only connection of its own, so
// a large file never freezes the window and the dialog does not depend on the window's
// connection; closing the dialog does not wait for the read. The comparison is of the moment it
// was opened.
class EconomyComparisonDialog : public QDialog {
    Q_OBJECT
public:
    EconomyComparisonDialog(Workspace& workspace, QString otherPath, QWidget* parent = nullptr);
    ~EconomyComparisonDialog() override;

    // Asks for the file to compare with, then shows the dialog (modeless, deleted on close).
    // Returns it, or nullptr when no file was chosen.
    static EconomyComparisonDialog* chooseAndOpen(Workspace& workspace, QWidget* parent);

    bool isLoaded() const { return m_loaded; }
    const EconomyDiff& diff() const { return m_diff; }
    QString errorText() const { return m_error; }
    QTreeView* changesView() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    QLabel* countLabel() const { return m_count; }
    // Changes the filter lets through.
    int visibleChanges() const;

signals:
    void loaded();

private:
    struct Outcome {
        EconomyDiff diff;
        QString error;
    };
    static Outcome compareOnWorker(const QString& minePath, const QString& otherPath);
    void showOutcome();
    void fill();
    void updateCount();

    QString m_otherPath;
    EconomyDiff m_diff;
    QString m_error;
    bool m_loaded = false;
    int m_shown = 0; // changes in the tree: all, or the first kMaxShownChanges
    QFutureWatcher<Outcome>* m_watcher = nullptr;

    QLabel* m_count = nullptr;
    QLineEdit* m_filter = nullptr;
    QTreeView* m_view = nullptr;
    QStandardItemModel* m_model = nullptr;
    ChangeFilterModel* m_proxy = nullptr;
};

} // namespace mm

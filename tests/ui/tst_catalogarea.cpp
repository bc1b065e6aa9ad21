// The Catalog area driven as a person would, offscreen, on the demo economy in a temporary
// SQLite file: editing through the delegate, paste (blocks, one cell into many, refused pastes),
// fill down, clear, copy, filter, sort, insert, duplicate and delete rows, each checked in the
// database and through undo and redo. Screenshots: tools/take_screenshots.

#include "ResultChecks.h"
#include "data/Csv.h"
#include "data/Database.h"
#include "data/DefaultDatabase.h"
#include "data/ListingRepository.h"
#include "data/ModelRepository.h"
#include "models/CatalogModel.h"
#include "ui/catalog/CatalogArea.h"
#include "ui/catalog/CatalogClipboard.h"
#include "ui/catalog/CatalogCommands.h"
#include "ui/catalog/CatalogFilterBar.h"
#include "ui/catalog/ModelDetailPanel.h"
#include "ui/shell/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>
#include <memory>

using namespace mm;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 15000;

int section(CatalogColumn column) {
    return catalogSection(column);
}

} // namespace

class TestCatalogArea : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void editThroughDelegateUndoRedo();
    void invalidEditIsRefused();
    void pasteBlockWithQuotedCells();
    void pasteWithInvalidCellChangesNothing();
    void pasteIntoReadOnlyColumnIsRefused();
    void singleCellFillsSelection();
    void fillDownWithKeyboard();
    void clearMetricsAndRefuseRequired();
    void tableKeysWinOverWindowShortcuts();
    void copyProducesTsvThatReadsBack();
    void cutCopiesThenClears();
    void filterByTextAndCombo();
    void sortByHeaderClick();
    void sortKeepsTheCurrentModel();
    void insertAndDuplicateRows();
    void pasteAsNewRows();
    void deleteModelWithoutLicensesAndUndo();
    void deleteModelWithLicensesIsRefused();
    void detailPanelShowsModelAndMedians();
    void showModelFindsHiddenRow();
    void headerLayoutIsRestored();

private:
    bool waitUntilLoaded();
    bool waitForRow(int row);
    void selectRect(int top, int left, int bottom, int right);
    qint64 idAt(int row);
    static qint64 idAt(CatalogArea* area, int row);
    ModelRecord record(qint64 id);
    qint64 scalar(const QString& sql, const QVariantList& values = {});
    int showModelAlone(const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CatalogArea> m_area;
    int m_run = 0;
};

void TestCatalogArea::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a throwaway test location
    QCoreApplication::setOrganizationName(u"ModelMarketTests"_s);
    QCoreApplication::setApplicationName(u"tst_catalogarea"_s);
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCatalogArea::init() {
    auto db = openOrCreate(m_dir->filePath(u"demo%1.sqlite"_s.arg(++m_run)), true);
    MM_VERIFY_OK(db);
    m_workspace = std::make_unique<Workspace>(std::move(db).value());
    m_area = std::make_unique<CatalogArea>(*m_workspace);
    m_area->resize(1400, 800);
    m_area->show();
    QApplication::setActiveWindow(m_area.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_area.get()));
    m_area->view()->setFocus();
    QVERIFY(waitUntilLoaded());
}

void TestCatalogArea::cleanup() {
    m_area.reset();
    m_workspace.reset();
    QSettings().clear();
}

bool TestCatalogArea::waitUntilLoaded() {
    CatalogModel* model = m_area->model();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < kTimeoutMs) {
        if (model->isRowCountKnown() && !model->isLoading() &&
            (model->rowCount() == 0 || model->isRowLoaded(0)))
            return true;
        QTest::qWait(5);
    }
    return false;
}

bool TestCatalogArea::waitForRow(int row) {
    CatalogModel* model = m_area->model();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < kTimeoutMs) {
        if (row < model->rowCount() && model->isRowLoaded(row))
            return true;
        if (row < model->rowCount())
            static_cast<void>(model->data(model->index(row, 0)));
        QTest::qWait(5);
    }
    return false;
}

void TestCatalogArea::selectRect(int top, int left, int bottom, int right) {
    CatalogModel* model = m_area->model();
    QItemSelectionModel* selection = m_area->view()->selectionModel();
    selection->setCurrentIndex(model->index(top, left), QItemSelectionModel::NoUpdate);
    selection->select(QItemSelection(model->index(top, left), model->index(bottom, right)),
                      QItemSelectionModel::ClearAndSelect);
}

qint64 TestCatalogArea::idAt(int row) {
    return m_area->model()
        ->data(m_area->model()->index(row, 0), CatalogModel::RecordIdRole)
        .toLongLong();
}

qint64 TestCatalogArea::idAt(CatalogArea* area, int row) {
    return area->model()
        ->data(area->model()->index(row, 0), CatalogModel::RecordIdRole)
        .toLongLong();
}

ModelRecord TestCatalogArea::record(qint64 id) {
    auto found = ModelRepository(m_workspace->database()).find(id);
    if (!found || !*found)
        return {};
    return **found;
}

qint64 TestCatalogArea::scalar(const QString& sql, const QVariantList& values) {
    auto query = m_workspace->database().query(sql, values, u"test"_s);
    if (!query || !query->next())
        return -1;
    return query->value(0).toLongLong();
}

// Filters the table down to one model by its exact name and returns its row.
int TestCatalogArea::showModelAlone(const QString& name) {
    QLineEdit* text = m_area->filterBar()->textEdit();
    text->setText(name);
    QTest::keyClick(text, Qt::Key_Return);
    if (!waitUntilLoaded())
        return -1;
    for (int row = 0; row < m_area->model()->rowCount(); ++row) {
        if (!waitForRow(row))
            return -1;
        if (m_area->model()->data(m_area->model()->index(row, 0)).toString() == name)
            return row;
    }
    return -1;
}

void TestCatalogArea::editThroughDelegateUndoRedo() {
    const qint64 id = idAt(0);
    const ModelRecord before = record(id);
    QTableView* view = m_area->view();
    const QModelIndex cell = m_area->model()->index(0, section(CatalogColumn::Accuracy));
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto* spin = view->viewport()->findChild<QDoubleSpinBox*>(u"catalogMetricEditor"_s);
    QVERIFY(spin);
    spin->selectAll();
    QTest::keyClicks(spin, u"77.7"_s);
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_COMPARE(record(id).accuracy.value_or(-1), 77.7);
    QVERIFY(record(id).composite != before.composite || !before.performance);
    QCOMPARE(m_workspace->undoStack()->count(), 1);
    QTRY_COMPARE(m_area->model()->data(cell, Qt::EditRole).toDouble(), 77.7);

    m_workspace->undoStack()->undo();
    QCOMPARE(record(id).accuracy, before.accuracy);
    QCOMPARE(record(id).composite, before.composite);
    QTRY_COMPARE(m_area->model()->data(cell, Qt::EditRole),
                 before.accuracy ? QVariant(*before.accuracy) : QVariant());
    m_workspace->undoStack()->redo();
    QCOMPARE(record(id).accuracy.value_or(-1), 77.7);

    // The enum editor stores the key of the chosen label.
    const QModelIndex architecture =
        m_area->model()->index(0, section(CatalogColumn::Architecture));
    view->setCurrentIndex(architecture);
    view->edit(architecture);
    auto* combo = view->viewport()->findChild<QComboBox*>(u"catalogEnumEditor"_s);
    QVERIFY(combo);
    const Architecture other =
        before.architecture == Architecture::Cnn ? Architecture::Rnn : Architecture::Cnn;
    combo->setCurrentIndex(combo->findData(enumKey(other)));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(record(id).architecture, other);
    QTRY_VERIFY(!view->viewport()->findChild<QComboBox*>(u"catalogEnumEditor"_s));
    QCOMPARE(m_workspace->undoStack()->count(), 2);

    // Big counts go through a line edit, not an int spin box.
    const QModelIndex tokens = m_area->model()->index(0, section(CatalogColumn::DatasetTokens));
    view->setCurrentIndex(tokens);
    view->edit(tokens);
    auto* line = view->viewport()->findChild<QLineEdit*>(u"catalogCountEditor"_s);
    QVERIFY(line);
    line->setText(u"1000000000000000"_s);
    // A background reload of the row while typing must not throw the typed text away.
    QSignalSpy reloaded(m_area->model(), &CatalogModel::dataChanged);
    m_area->model()->refreshRows({id});
    QTRY_VERIFY(!reloaded.isEmpty());
    QCOMPARE(line->text(), u"1000000000000000"_s);
    QTest::keyClick(line, Qt::Key_Return);
    QVERIFY2(m_area->problemText().isEmpty(), qPrintable(m_area->problemText()));
    QTRY_COMPARE(record(id).datasetTokens, Q_INT64_C(1000000000000000));
    m_workspace->undoStack()->undo();
    QCOMPARE(record(id).datasetTokens, before.datasetTokens);

    // Money is typed as people write it, in their locale, and stored exactly.
    const QModelIndex cost = m_area->model()->index(0, section(CatalogColumn::TrainingCost));
    view->setCurrentIndex(cost);
    view->edit(cost);
    auto* money = view->viewport()->findChild<QLineEdit*>(u"catalogMoneyEditor"_s);
    QVERIFY(money);
    money->setText(u"$1.25M"_s);
    QTest::keyClick(money, Qt::Key_Return);
    QTRY_COMPARE(record(id).trainingCost.cents(), Q_INT64_C(125000000));
    m_workspace->undoStack()->undo();
    QCOMPARE(record(id).trainingCost, before.trainingCost);
}

void TestCatalogArea::invalidEditIsRefused() {
    const qint64 id = idAt(1);
    const ModelRecord before = record(id);
    CatalogModel* model = m_area->model();
    QVERIFY(!model->setData(model->index(1, section(CatalogColumn::Accuracy)), 140.0));
    QCOMPARE(m_workspace->undoStack()->count(), 0);
    QCOMPARE(record(id), before);
    QVERIFY2(m_area->problemText().contains(u"accuracy must be between 0 and 100"_s),
             qPrintable(m_area->problemText()));
    QVERIFY(!model->setData(model->index(1, section(CatalogColumn::Name)), u"   "_s));
    QVERIFY(m_area->problemText().contains(u"needs a name"_s));
    // Another model's name is refused with that reason, not with a bare UNIQUE failure.
    QVERIFY(!model->setData(model->index(1, section(CatalogColumn::Name)),
                            model->data(model->index(2, 0)).toString().toUpper()));
    QVERIFY2(m_area->problemText().contains(u"already called"_s),
             qPrintable(m_area->problemText()));
    QCOMPARE(m_workspace->undoStack()->count(), 0);
    QCOMPARE(record(id), before);
}

void TestCatalogArea::pasteBlockWithQuotedCells() {
    // Three rows, four columns from Name, as LibreOffice writes them: quoted cells with a tab,
    // doubled quotes and a line break.
    const QString text = u"\"Tab\there\"\tMixture-of-Experts\tmedium\t13B\n"
                         "\"Say \"\"hi\"\"\"\tCNN\tSmall\t2000000000\n"
                         "\"Two\nlines\"\ttransformer\tLarge\t70000000000\n"_s;
    QApplication::clipboard()->setText(text);
    const QList<qint64> ids{idAt(2), idAt(3), idAt(4)};
    const ModelRecord untouched = record(idAt(5));
    selectRect(2, section(CatalogColumn::Name), 2, section(CatalogColumn::Name));
    m_area->paste();
    QVERIFY2(m_area->problemText().isEmpty(), qPrintable(m_area->problemText()));
    QCOMPARE(m_workspace->undoStack()->count(), 1);

    QCOMPARE(record(ids[0]).name, u"Tab\there"_s);
    QCOMPARE(record(ids[0]).architecture, Architecture::MixtureOfExperts);
    QCOMPARE(record(ids[0]).sizeClass, SizeClass::Medium);
    QCOMPARE(record(ids[0]).parameters, Q_INT64_C(13000000000));
    QCOMPARE(record(ids[1]).name, u"Say \"hi\""_s);
    QCOMPARE(record(ids[1]).architecture, Architecture::Cnn);
    QCOMPARE(record(ids[1]).parameters, Q_INT64_C(2000000000));
    QCOMPARE(record(ids[2]).name, u"Two\nlines"_s);
    QCOMPARE(record(ids[2]).sizeClass, SizeClass::Large);
    QCOMPARE(record(idAt(5)), untouched);
    QTRY_COMPARE(m_area->model()->data(m_area->model()->index(3, 0)).toString(), u"Say \"hi\""_s);

    m_workspace->undoStack()->undo();
    QVERIFY(record(ids[0]).name != u"Tab\there"_s);
    QVERIFY(record(ids[2]).name != u"Two\nlines"_s);
    m_workspace->undoStack()->redo();
    QCOMPARE(record(ids[1]).name, u"Say \"hi\""_s);
}

void TestCatalogArea::pasteWithInvalidCellChangesNothing() {
    QApplication::clipboard()->setText(u"50\t60\t70\n51\t140\t71\n"_s);
    const ModelRecord first = record(idAt(0));
    const ModelRecord second = record(idAt(1));
    selectRect(0, section(CatalogColumn::Performance), 0, section(CatalogColumn::Performance));
    m_area->paste();
    QCOMPARE(m_workspace->undoStack()->count(), 0);
    QCOMPARE(record(first.id), first);
    QCOMPARE(record(second.id), second);
    const QString message = m_area->problemText();
    QVERIFY2(message.contains(second.name) && message.contains(u"Accuracy"_s) &&
                 message.contains(u"between 0 and 100"_s),
             qPrintable(message));
}

void TestCatalogArea::pasteIntoReadOnlyColumnIsRefused() {
    QApplication::clipboard()->setText(u"50\t60\t70\t80\n"_s); // reaches Composite
    const ModelRecord first = record(idAt(0));
    selectRect(0, section(CatalogColumn::Performance), 0, section(CatalogColumn::Performance));
    m_area->paste();
    QCOMPARE(m_workspace->undoStack()->count(), 0);
    QCOMPARE(record(first.id), first);
    QVERIFY2(m_area->problemText().contains(u"Composite"_s), qPrintable(m_area->problemText()));
}

void TestCatalogArea::singleCellFillsSelection() {
    QApplication::clipboard()->setText(u"55.5\n"_s);
    selectRect(0, section(CatalogColumn::Performance), 4, section(CatalogColumn::Performance));
    QList<qint64> ids;
    for (int row = 0; row < 5; ++row)
        ids << idAt(row);
    const ModelRecord sixth = record(idAt(5));
    m_area->paste();
    QVERIFY2(m_area->problemText().isEmpty(), qPrintable(m_area->problemText()));
    QCOMPARE(m_workspace->undoStack()->count(), 1);
    for (qint64 id : ids)
        QCOMPARE(record(id).performance.value_or(-1), 55.5);
    QCOMPARE(record(sixth.id), sixth);
    m_workspace->undoStack()->undo();
    for (qint64 id : ids)
        QVERIFY(record(id).performance != std::optional<double>(55.5));
}

void TestCatalogArea::fillDownWithKeyboard() {
    selectRect(5, section(CatalogColumn::Architecture), 9, section(CatalogColumn::SizeClass));
    const ModelRecord source = record(idAt(5));
    QList<ModelRecord> before;
    for (int row = 6; row <= 9; ++row)
        before << record(idAt(row));
    QTest::keyClick(m_area->view(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY2(m_area->problemText().isEmpty(), qPrintable(m_area->problemText()));
    QCOMPARE(m_workspace->undoStack()->count(), 1);
    for (const ModelRecord& target : std::as_const(before)) {
        QCOMPARE(record(target.id).architecture, source.architecture);
        QCOMPARE(record(target.id).sizeClass, source.sizeClass);
        QCOMPARE(record(target.id).name, target.name);
    }
    m_workspace->undoStack()->undo();
    for (const ModelRecord& target : std::as_const(before))
        QVERIFY(sameModelData(record(target.id), target));
}

void TestCatalogArea::clearMetricsAndRefuseRequired() {
    // Only a model that is not trained may be without metrics: use a draft that has some.
    const qint64 id = scalar(u"SELECT id FROM models WHERE status = 'draft' ORDER BY id"_s);
    scalar(u"UPDATE models SET performance = 50, accuracy = 60, efficiency = 70, composite = 60 "
           "WHERE id = ?"_s,
           {id});
    m_workspace->notifyModelsChanged({id});
    const int row = static_cast<int>(scalar(u"SELECT COUNT(*) FROM models WHERE id < ?"_s, {id}));
    QVERIFY(waitForRow(row));
    QTRY_COMPARE(
        m_area->model()
            ->data(m_area->model()->index(row, section(CatalogColumn::Performance)), Qt::EditRole)
            .toDouble(),
        50.0);
    QCOMPARE(idAt(row), id);
    selectRect(row, section(CatalogColumn::Accuracy), row, section(CatalogColumn::Efficiency));
    QTest::keyClick(m_area->view(), Qt::Key_Delete);
    QVERIFY2(m_area->problemText().isEmpty(), qPrintable(m_area->problemText()));
    QVERIFY(!record(id).accuracy);
    QVERIFY(!record(id).efficiency);
    QVERIFY(!record(id).composite); // no composite without all three metrics
    QCOMPARE(m_workspace->undoStack()->count(), 1);
    m_workspace->undoStack()->undo();
    QVERIFY(record(id).accuracy);

    selectRect(row, section(CatalogColumn::Name), row, section(CatalogColumn::Accuracy));
    const ModelRecord before = record(id);
    m_area->deleteSelection();
    QCOMPARE(record(id), before);
    QVERIFY2(m_area->problemText().contains(u"Name"_s), qPrintable(m_area->problemText()));
    QCOMPARE(m_workspace->undoStack()->count(), 1); // the undone clear stays redoable only

    // A trained model keeps its metrics (`modelmarket check` would report it otherwise).
    const qint64 trained =
        scalar(u"SELECT id FROM models WHERE status = 'listed' ORDER BY id DESC"_s);
    const int trainedRow =
        static_cast<int>(scalar(u"SELECT COUNT(*) FROM models WHERE id < ?"_s, {trained}));
    QVERIFY(waitForRow(trainedRow));
    QCOMPARE(idAt(trainedRow), trained);
    const ModelRecord listed = record(trained);
    selectRect(trainedRow, section(CatalogColumn::Accuracy), trainedRow,
               section(CatalogColumn::Accuracy));
    m_area->deleteSelection();
    QCOMPARE(record(trained), listed);
    QVERIFY2(m_area->problemText().contains(u"keeps its performance"_s) &&
                 m_area->problemText().contains(listed.name),
             qPrintable(m_area->problemText()));
    QCOMPARE(m_workspace->undoStack()->count(), 1);
}

void TestCatalogArea::tableKeysWinOverWindowShortcuts() {
    // In the main window the Edit menu holds the same shortcuts at window level; two live
    // shortcuts for one key would make Qt fire neither. The table takes its keys first.
    m_area.reset();
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* area = new CatalogArea(*m_workspace, &window);
    layout->addWidget(area);
    int windowFillDowns = 0;
    auto* fillDown = new QAction(u"Fill Down"_s, &window);
    fillDown->setShortcut(QKeySequence(u"Ctrl+D"_s));
    connect(fillDown, &QAction::triggered, &window, [&windowFillDowns] { ++windowFillDowns; });
    window.addAction(fillDown);
    window.resize(1200, 700);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(area->model()->isRowLoaded(3));
    area->view()->setFocus();
    QTRY_VERIFY(area->view()->hasFocus());

    const QModelIndex top = area->model()->index(0, section(CatalogColumn::Performance));
    area->view()->selectionModel()->setCurrentIndex(top, QItemSelectionModel::NoUpdate);
    area->view()->selectionModel()->select(
        QItemSelection(top, area->model()->index(3, section(CatalogColumn::Performance))),
        QItemSelectionModel::ClearAndSelect);
    const std::optional<double> performance = record(idAt(area, 0)).performance;
    QVERIFY(record(idAt(area, 3)).performance != performance);
    const qint64 last = idAt(area, 3);
    QTest::keyClick(area->view(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(windowFillDowns, 0);
    QCOMPARE(record(last).performance, performance);
    QCOMPARE(m_workspace->undoStack()->count(), 1);

    // Elsewhere in the window the window's action gets the key, as the main window forwards it.
    area->filterBar()->textEdit()->setFocus();
    QTRY_VERIFY(area->filterBar()->textEdit()->hasFocus());
    QTest::keyClick(area->filterBar()->textEdit(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(windowFillDowns, 1);
}

void TestCatalogArea::copyProducesTsvThatReadsBack() {
    // A name with a tab and quotes must survive the trip through TSV.
    const qint64 id = idAt(1);
    QVERIFY(!m_area->model()->setData(m_area->model()->index(1, 0), u"Quote \"A\"\tB"_s));
    QTRY_COMPARE(m_area->model()->data(m_area->model()->index(1, 0)).toString(),
                 u"Quote \"A\"\tB"_s);
    QCOMPARE(record(id).name, u"Quote \"A\"\tB"_s);

    const int left = section(CatalogColumn::Name);
    const int right = section(CatalogColumn::Revenue);
    selectRect(0, left, 3, right);
    QTest::keyClick(m_area->view(), Qt::Key_C, Qt::ControlModifier);
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime && mime->hasText());
    QVERIFY(mime->hasHtml());
    QVERIFY(mime->html().startsWith(u"<table>"_s));

    auto parsed = csv::parseText(mime->text(), u'\t');
    MM_VERIFY_OK(parsed);
    QCOMPARE(parsed->size(), 4);
    CatalogModel* model = m_area->model();
    for (int row = 0; row < 4; ++row) {
        QStringList expected;
        for (int column = left; column <= right; ++column) {
            const QModelIndex index = model->index(row, column);
            expected << catalogclipboard::cellText(*catalogColumnAt(column),
                                                   index.data(Qt::EditRole), index.data());
        }
        QCOMPARE(parsed->at(row).fields, expected);
    }
    QCOMPARE(parsed->at(1).fields.front(), u"Quote \"A\"\tB"_s);
    // Numbers go out plain, so spreadsheets read them as numbers.
    QCOMPARE(parsed->at(0).fields.at(section(CatalogColumn::Parameters)),
             QString::number(record(idAt(0)).parameters));

    // Select All reaches rows the model has not loaded yet; they are read for the copy.
    const int total = m_area->model()->rowCount();
    QVERIFY(total > CatalogModel::kPageSize);
    QVERIFY(!m_area->model()->isRowLoaded(total - 1));
    m_area->view()->selectAll();
    m_area->copySelection();
    auto everything = csv::parseText(QApplication::clipboard()->text(), u'\t');
    MM_VERIFY_OK(everything);
    QCOMPARE(everything->size(), total);
    auto lastName = m_workspace->database().query(
        u"SELECT name FROM models ORDER BY id DESC LIMIT 1"_s, {}, u"test"_s);
    MM_VERIFY_OK(lastName);
    QVERIFY(lastName->next());
    QCOMPARE(everything->back().fields.front(), lastName->value(0).toString());
    QVERIFY(!QApplication::clipboard()->mimeData()->hasHtml()); // too many cells for HTML
}

void TestCatalogArea::cutCopiesThenClears() {
    const qint64 id = scalar(u"SELECT id FROM models WHERE status = 'draft' ORDER BY id"_s);
    scalar(u"UPDATE models SET performance = 50, accuracy = 60, efficiency = 70, composite = 60 "
           "WHERE id = ?"_s,
           {id});
    m_workspace->notifyModelsChanged({id});
    const int row = static_cast<int>(scalar(u"SELECT COUNT(*) FROM models WHERE id < ?"_s, {id}));
    QVERIFY(waitForRow(row));
    QTRY_COMPARE(
        m_area->model()
            ->data(m_area->model()->index(row, section(CatalogColumn::Performance)), Qt::EditRole)
            .toDouble(),
        50.0);
    const double performance = *record(id).performance;
    selectRect(row, section(CatalogColumn::Performance), row, section(CatalogColumn::Performance));
    m_area->cutSelection();
    QCOMPARE(QApplication::clipboard()->text().trimmed().toDouble(), performance);
    QVERIFY(!record(id).performance);
    QCOMPARE(m_workspace->undoStack()->count(), 1);
}

void TestCatalogArea::filterByTextAndCombo() {
    const int total = static_cast<int>(scalar(u"SELECT COUNT(*) FROM models"_s));
    QCOMPARE(m_area->model()->rowCount(), total);
    const QString name = m_area->model()->data(m_area->model()->index(0, 0)).toString();
    const QString part = name.left(3).toLower();
    const int expected = static_cast<int>(
        scalar(u"SELECT COUNT(*) FROM models WHERE name LIKE '%' || ? || '%'"_s, {part}));
    QVERIFY(expected < total);

    QSignalSpy counts(m_area.get(), &CatalogArea::rowCountChanged);
    QTest::keyClicks(m_area->filterBar()->textEdit(), part);
    QTRY_COMPARE(m_area->model()->rowCount(), expected);
    QVERIFY(!counts.isEmpty());
    QCOMPARE(counts.last().first().toLongLong(), expected);

    auto* size = m_area->findChild<QComboBox*>(u"catalogSizeFilter"_s);
    QVERIFY(size);
    size->setCurrentIndex(size->findData(enumKey(SizeClass::Frontier)));
    const int frontier = static_cast<int>(scalar(
        u"SELECT COUNT(*) FROM models WHERE name LIKE '%' || ? || '%' AND size_class = 'frontier'"_s,
        {part}));
    QTRY_COMPARE(m_area->model()->rowCount(), frontier);

    // Wildcards are plain text.
    m_area->filterBar()->clear();
    m_area->filterBar()->textEdit()->setText(u"%"_s);
    QTRY_COMPARE(m_area->model()->rowCount(), 0);
    m_area->filterBar()->clear();
    QTRY_COMPARE(m_area->model()->rowCount(), total);

    m_area->view()->setFocus();
    QTest::keyClick(m_area->view(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_area->filterBar()->textEdit()->hasFocus());
}

void TestCatalogArea::sortByHeaderClick() {
    QHeaderView* header = m_area->view()->horizontalHeader();
    const int parameters = section(CatalogColumn::Parameters);
    const QPoint at(header->sectionViewportPosition(parameters) +
                        header->sectionSize(parameters) / 2,
                    header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(header->sortIndicatorSection(), parameters);
    const qint64 minimum = scalar(u"SELECT MIN(parameters) FROM models"_s);
    QTRY_COMPARE(
        m_area->model()->data(m_area->model()->index(0, parameters), Qt::EditRole).toLongLong(),
        minimum);
    const Qt::SortOrder order = header->sortIndicatorOrder();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    QVERIFY(header->sortIndicatorOrder() != order);
    const qint64 extreme =
        scalar(order == Qt::AscendingOrder ? u"SELECT MAX(parameters) FROM models"_s
                                           : u"SELECT MIN(parameters) FROM models"_s);
    QTRY_COMPARE(
        m_area->model()->data(m_area->model()->index(0, parameters), Qt::EditRole).toLongLong(),
        extreme);

    // An unindexed column cannot be sorted: the indicator stays where the order really is.
    const int unsortable = section(CatalogColumn::DatasetTokens);
    QSignalSpy messages(m_area.get(), &CatalogArea::statusMessage);
    QTest::mouseClick(
        header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(unsortable) + header->sectionSize(unsortable) / 2,
               header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), parameters);
    QVERIFY(!messages.isEmpty());
}

// Sorting moves the rows under the current index; the current row must follow the model the
// detail panel shows, not stay on a row that now holds another one.
void TestCatalogArea::sortKeepsTheCurrentModel() {
    QVERIFY(waitForRow(3));
    const qint64 id = idAt(3);
    m_area->view()->setCurrentIndex(m_area->model()->index(3, 0));
    QTRY_COMPARE(m_area->detailPanel()->modelId().value_or(-1), id);
    const int expectedRow = static_cast<int>(
        scalar(u"SELECT COUNT(*) FROM models WHERE name < (SELECT name FROM models WHERE id = ?) "
               "OR (name = (SELECT name FROM models WHERE id = ?) AND id < ?)"_s,
               {id, id, id}));
    QVERIFY(expectedRow != 3); // the model really moves

    m_area->view()->horizontalHeader()->setSortIndicator(section(CatalogColumn::Name),
                                                         Qt::AscendingOrder);
    QCOMPARE(m_area->model()->currentSort().column, CatalogColumn::Name);
    QTRY_COMPARE(m_area->view()->currentIndex().row(), expectedRow);
    QVERIFY(waitForRow(expectedRow));
    QCOMPARE(idAt(expectedRow), id);
    QCOMPARE(m_area->detailPanel()->modelId().value_or(-1), id);
}

void TestCatalogArea::insertAndDuplicateRows() {
    const int total = static_cast<int>(scalar(u"SELECT COUNT(*) FROM models"_s));
    m_area->view()->setFocus();
    QTest::keyClick(m_area->view(), Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM models"_s), total + 1);
    auto inserted = ModelRepository(m_workspace->database()).findByName(u"New model 1"_s);
    MM_VERIFY_OK(inserted);
    QVERIFY(inserted->has_value());
    const ModelRecord model = **inserted;
    QCOMPARE(model.status, ModelStatus::Draft);
    QCOMPARE(model.architecture, Architecture::Transformer);
    QCOMPARE(model.sizeClass, SizeClass::Small);
    QCOMPARE(model.parameters,
             EconomyConfig::defaults().sizeClass(SizeClass::Small).presetParameters);
    QTRY_COMPARE(m_area->model()->rowCount(), total + 1);
    // The new row becomes the current one, and the detail panel shows it.
    QTRY_COMPARE(m_area->view()->currentIndex().row(), total);
    QTRY_COMPARE(m_area->detailPanel()->modelId().value_or(-1), model.id);

    m_area->insertRow();
    QVERIFY(ModelRepository(m_workspace->database()).findByName(u"New model 2"_s)->has_value());

    const ModelRecord original = record(idAt(0));
    selectRect(0, 0, 0, 3);
    QTest::keyClick(m_area->view(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    auto copy = ModelRepository(m_workspace->database()).findByName(original.name + u" (2)"_s);
    MM_VERIFY_OK(copy);
    QVERIFY(copy->has_value());
    QCOMPARE((*copy)->status, ModelStatus::Draft);
    QCOMPARE((*copy)->parameters, original.parameters);
    QCOMPARE(m_workspace->undoStack()->count(), 3);
    m_workspace->undoStack()->undo();
    m_workspace->undoStack()->undo();
    m_workspace->undoStack()->undo();
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM models"_s), total);
    QTRY_COMPARE(m_area->model()->rowCount(), total);
}

void TestCatalogArea::pasteAsNewRows() {
    const qint64 total = scalar(u"SELECT COUNT(*) FROM models"_s);
    const QString existing = record(idAt(0)).name;
    QApplication::clipboard()->setText(u"%1\tCNN\tlarge\n\tRNN\n"_s.arg(existing));
    m_area->pasteAsNewRows();
    QVERIFY2(m_area->problemText().isEmpty(), qPrintable(m_area->problemText()));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM models"_s), total + 2);
    ModelRepository repository(m_workspace->database());
    auto renamed = repository.findByName(existing + u" (2)"_s);
    QVERIFY(renamed->has_value());
    QCOMPARE((*renamed)->architecture, Architecture::Cnn);
    QCOMPARE((*renamed)->sizeClass, SizeClass::Large);
    QCOMPARE((*renamed)->parameters,
             EconomyConfig::defaults().sizeClass(SizeClass::Large).presetParameters);
    auto unnamed = repository.findByName(u"Model 1"_s);
    QVERIFY(unnamed->has_value());
    QCOMPARE((*unnamed)->architecture, Architecture::Rnn);
    QCOMPARE(m_workspace->undoStack()->count(), 1);

    // A header row maps the columns by name, in any order; an invalid value refuses all rows.
    QApplication::clipboard()->setText(u"Accuracy\tName\n80\tFresh one\n140\tFresh two\n"_s);
    m_area->pasteAsNewRows();
    QVERIFY(m_area->problemText().contains(u"between 0 and 100"_s));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM models"_s), total + 2);
    QApplication::clipboard()->setText(u"Accuracy\tName\n80\tFresh one\n"_s);
    m_area->pasteAsNewRows();
    QCOMPARE(repository.findByName(u"Fresh one"_s).value().value().accuracy.value_or(-1), 80.0);
    m_workspace->undoStack()->undo();
    m_workspace->undoStack()->undo();
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM models"_s), total);
}

void TestCatalogArea::deleteModelWithoutLicensesAndUndo() {
    // A model without sales, listed in two tiers so undo has listings to bring back.
    const qint64 id = scalar(u"SELECT m.id FROM models m WHERE NOT EXISTS (SELECT 1 FROM licenses "
                             "c WHERE c.model_id = m.id) ORDER BY m.id"_s);
    QVERIFY(id > 0);
    ListingRepository listingRepository(m_workspace->database());
    MM_VERIFY_OK(listingRepository.upsert(id, LicenseTier::OpenSource, Money(), QDate(2024, 5, 1)));
    MM_VERIFY_OK(listingRepository.upsert(id, LicenseTier::Commercial, Money::fromCents(12'345'600),
                                          QDate(2024, 6, 1)));
    const ModelRecord before = record(id);
    auto listings = ListingRepository(m_workspace->database()).forModel(id);
    MM_VERIFY_OK(listings);
    QVERIFY(!listings->isEmpty());

    const int row = showModelAlone(before.name);
    QVERIFY(row >= 0);
    const int shown = m_area->model()->rowCount();
    selectRect(row, 0, row, 0);
    QTest::keyClick(m_area->view(), Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY2(m_area->problemText().isEmpty(), qPrintable(m_area->problemText()));
    QCOMPARE(record(id).id, 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM listings WHERE model_id = ?"_s, {id}), 0);
    QTRY_COMPARE(m_area->model()->rowCount(), shown - 1);
    m_workspace->undoStack()->undo();
    QCOMPARE(record(id).name, before.name);
    QCOMPARE(record(id).id, id);
    auto restored = ListingRepository(m_workspace->database()).forModel(id);
    MM_VERIFY_OK(restored);
    QCOMPARE(restored->size(), listings->size());
    for (qsizetype i = 0; i < restored->size(); ++i) {
        QCOMPARE(restored->at(i).tier, listings->at(i).tier);
        QCOMPARE(restored->at(i).price, listings->at(i).price);
    }
    QTRY_COMPARE(m_area->model()->rowCount(), shown);
}

void TestCatalogArea::deleteModelWithLicensesIsRefused() {
    const qint64 id = scalar(u"SELECT model_id FROM licenses ORDER BY model_id"_s);
    QVERIFY(id > 0);
    const ModelRecord before = record(id);
    const int row = showModelAlone(before.name);
    QVERIFY(row >= 0);
    selectRect(row, 0, row, 0);
    m_area->deleteRows();
    QCOMPARE(record(id), before);
    QCOMPARE(m_workspace->undoStack()->count(), 0);
    QVERIFY2(m_area->problemText().contains(u"license"_s), qPrintable(m_area->problemText()));
    auto* action = m_area->findChild<QAction*>(u"catalogDeleteRowsAction"_s);
    QVERIFY(action && action->toolTip().contains(u"licenses"_s));
}

void TestCatalogArea::detailPanelShowsModelAndMedians() {
    const qint64 id = scalar(u"SELECT id FROM models WHERE benchmarks <> '{}' ORDER BY id"_s);
    const int row = static_cast<int>(scalar(u"SELECT COUNT(*) FROM models WHERE id < ?"_s, {id}));
    QVERIFY(waitForRow(row));
    const ModelRecord model = record(id);
    m_area->view()->setCurrentIndex(m_area->model()->index(row, 0));
    ModelDetailPanel* panel = m_area->detailPanel();
    QTRY_COMPARE(panel->modelId().value_or(-1), id);
    auto* name = panel->findChild<QLabel*>(u"detailName"_s);
    QTRY_COMPARE(name->text(), model.name);
    QTRY_VERIFY(!panel->medians(model.sizeClass).isEmpty());
    // Medians are scores, so they stay on the 0-100 scale.
    for (double value : panel->medians(model.sizeClass))
        QVERIFY(value >= 0 && value <= 100);
    QVERIFY(panel->chartView()->chart()->series().size() == 1);
}

void TestCatalogArea::showModelFindsHiddenRow() {
    // The last model by composite, far past the loaded first page, hidden by a filter.
    const qint64 id = scalar(u"SELECT id FROM models WHERE composite IS NOT NULL "
                             "ORDER BY composite ASC, id ASC LIMIT 1"_s);
    const ModelRecord model = record(id);
    QHeaderView* header = m_area->view()->horizontalHeader();
    header->setSortIndicator(section(CatalogColumn::Composite), Qt::DescendingOrder);
    header->setSortIndicator(section(CatalogColumn::Composite), Qt::DescendingOrder);
    QCOMPARE(m_area->model()->currentSort().order, Qt::DescendingOrder);
    m_area->filterBar()->textEdit()->setText(u"no model is called this"_s);
    QTRY_COMPARE(m_area->model()->rowCount(), 0);

    m_area->showModel(id);
    QTRY_COMPARE(m_area->detailPanel()->modelId().value_or(-1), id);
    QTRY_VERIFY(m_area->filterBar()->filter().isEmpty());
    const qint64 nulls = scalar(u"SELECT COUNT(*) FROM models WHERE composite IS NULL"_s);
    const int expectedRow = static_cast<int>(scalar(u"SELECT COUNT(*) FROM models"_s) - nulls - 1);
    QTRY_COMPARE(m_area->view()->currentIndex().row(), expectedRow);
    QCOMPARE(idAt(expectedRow), id);
    QCOMPARE(m_area->view()->currentIndex().data().toString(), model.name);
}

void TestCatalogArea::headerLayoutIsRestored() {
    QHeaderView* header = m_area->view()->horizontalHeader();
    const int revenue = section(CatalogColumn::Revenue);
    header->setSectionHidden(revenue, true);
    header->moveSection(header->visualIndex(section(CatalogColumn::Accuracy)), 1);
    header->resizeSection(0, 333);
    m_area.reset();
    m_area = std::make_unique<CatalogArea>(*m_workspace);
    header = m_area->view()->horizontalHeader();
    QVERIFY(header->isSectionHidden(revenue));
    QCOMPARE(header->visualIndex(section(CatalogColumn::Accuracy)), 1);
    QCOMPARE(header->sectionSize(0), 333);
}

QTEST_MAIN(TestCatalogArea)
#include "tst_catalogarea.moc"

// The Marketplace, Licenses, Buyers and tier policy UI, driven through the real widgets offscreen
// against a real SQLite file with the demo economy.
//
// MM_SCREENSHOTS=1 also saves /tmp/market_*.png of the areas and dialogs, to look at them.

#include "data/BuyerRepository.h"
#include "data/DefaultDatabase.h"
#include "data/EconomyRepository.h"
#include "data/LicenseRepository.h"
#include "models/BuyerTableModel.h"
#include "models/LicenseTableModel.h"
#include "models/ListingTableModel.h"
#include "ui/buyers/BuyersArea.h"
#include "ui/licenses/LicensesArea.h"
#include "ui/marketplace/ListingDialog.h"
#include "ui/marketplace/MarketplaceArea.h"
#include "ui/marketplace/PurchaseDialog.h"
#include "ui/marketplace/TierPolicyEditor.h"
#include "ui/shell/MoneyLineEdit.h"
#include "ui/shell/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace mm;

namespace {

bool screenshotsWanted() {
    return qEnvironmentVariableIntValue("MM_SCREENSHOTS") == 1;
}

void screenshot(QWidget& widget, const QString& name) {
    if (!screenshotsWanted())
        return;
    widget.show();
    QCoreApplication::processEvents();
    QVERIFY(widget.grab().save(QStringLiteral("/tmp/market_%1.png").arg(name)));
}

QVariant scalar(Database& db, const QString& sql, const QVariantList& values = {}) {
    auto q = db.query(sql, values, QStringLiteral("test query"));
    if (!q || !q->next())
        return {};
    return q->value(0);
}

qint64 number(Database& db, const QString& sql, const QVariantList& values = {}) {
    return scalar(db, sql, values).toLongLong();
}

} // namespace

class TestMarketplace : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void purchaseRefusesBuyerTypeWithOkDisabled();
    void purchaseRefusesSmallEnterprise();
    void allowedPurchaseWritesOneLicenseAndUndoRemovesIt();
    void saleUndoRefusedOnceUsageWasCharged();
    void listingDialogRefusesPriceOutsideRange();
    void listingDialogExplainsWhyADraftCannotBeListed();
    void listingDialogChooserStartsAtTheGivenModel();
    void tierPolicyEditRefusedThenAppliedAndUndone();
    void marketplaceFilterMatchesSqlCount();
    void marketplaceChangePriceAndUnlistAreUndoable();
    void buyerEditIsUndoable();
    void buyerWithLicensesCannotBeDeleted();
    void revokeNeedsReasonAndUndoRestores();
    void licensesExportWritesFilteredRows();

private:
    Database& db() { return m_workspace->database(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestMarketplace::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = openOrCreate(m_dir->filePath(QStringLiteral("economy.sqlite")), true);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    m_workspace = std::make_unique<Workspace>(std::move(*opened));
}

void TestMarketplace::cleanup() {
    m_workspace.reset();
    m_dir.reset();
}

void TestMarketplace::purchaseRefusesBuyerTypeWithOkDisabled() {
    const qint64 modelId = number(db(), QStringLiteral("SELECT l.model_id FROM listings l JOIN "
                                                       "models m ON m.id = l.model_id WHERE "
                                                       "l.tier = 'academic' AND m.status = "
                                                       "'listed' ORDER BY l.id LIMIT 1"));
    const qint64 startupId =
        number(db(), QStringLiteral("SELECT id FROM buyers WHERE type = 'startup' LIMIT 1"));
    QVERIFY(modelId > 0 && startupId > 0);

    PurchaseDialog dialog(*m_workspace, modelId, LicenseTier::Academic);
    dialog.resize(720, dialog.sizeHint().height());
    auto* buyers = dialog.findChild<QComboBox*>(QStringLiteral("buyerCombo"));
    QVERIFY(buyers);
    buyers->setCurrentIndex(buyers->findData(startupId)); // as a user picks it

    QCOMPARE(dialog.refusalRule(), QStringLiteral("buyer-type"));
    QVERIFY(!dialog.isSaleAllowed());
    QVERIFY2(dialog.verdictText().contains(enumLabel(BuyerType::Startup)),
             qPrintable(dialog.verdictText()));
    QVERIFY(dialog.verdictText().contains(QStringLiteral("buyer-type")));
    auto* sell = dialog.findChild<QPushButton*>(QStringLiteral("sellButton"));
    QVERIFY(sell);
    QVERIFY(!sell->isEnabled());
    screenshot(dialog, QStringLiteral("purchase_refused"));

    const qint64 before = number(db(), QStringLiteral("SELECT COUNT(*) FROM licenses"));
    dialog.accept(); // Return pressed anyway: nothing happens
    QCOMPARE(number(db(), QStringLiteral("SELECT COUNT(*) FROM licenses")), before);
}

void TestMarketplace::purchaseRefusesSmallEnterprise() {
    const qint64 modelId = number(db(), QStringLiteral("SELECT l.model_id FROM listings l JOIN "
                                                       "models m ON m.id = l.model_id WHERE "
                                                       "l.tier = 'enterprise' AND m.status = "
                                                       "'listed' ORDER BY l.id LIMIT 1"));
    QVERIFY(modelId > 0);
    BuyerRecord small;
    small.name = QStringLiteral("Small Enterprise Co");
    small.type = BuyerType::Enterprise;
    small.size = 200;
    small.budget = Money::fromCents(100'000'000'000);
    QVERIFY(BuyerRepository(db()).insert(small));

    PurchaseDialog dialog(*m_workspace, modelId, LicenseTier::Enterprise);
    QVERIFY(dialog.selectBuyer(small.id));
    QCOMPARE(dialog.refusalRule(), QStringLiteral("min-buyer-size"));
    QVERIFY2(dialog.verdictText().contains(QStringLiteral("200")),
             qPrintable(dialog.verdictText()));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("sellButton"))->isEnabled());
    // Enterprise sells unlimited deployments only: the form starts there.
    QVERIFY(dialog.findChild<QCheckBox*>(QStringLiteral("unlimitedCheck"))->isChecked());
}

void TestMarketplace::allowedPurchaseWritesOneLicenseAndUndoRemovesIt() {
    const qint64 modelId = number(db(), QStringLiteral("SELECT l.model_id FROM listings l JOIN "
                                                       "models m ON m.id = l.model_id WHERE "
                                                       "l.tier = 'academic' AND m.status = "
                                                       "'listed' ORDER BY l.id LIMIT 1"));
    const qint64 price =
        number(db(),
               QStringLiteral("SELECT price_cents FROM listings WHERE model_id = ? AND tier = "
                              "'academic'"),
               {modelId});
    const qint64 buyerId =
        number(db(),
               QStringLiteral("SELECT id FROM buyers WHERE type = 'academic' AND budget_cents >= "
                              "? ORDER BY id LIMIT 1"),
               {price});
    QVERIFY(buyerId > 0);
    const qint64 budget =
        number(db(), QStringLiteral("SELECT budget_cents FROM buyers WHERE id = ?"), {buyerId});
    const qint64 licensesBefore = number(db(), QStringLiteral("SELECT COUNT(*) FROM licenses"));

    PurchaseDialog dialog(*m_workspace, modelId, LicenseTier::Academic);
    QVERIFY(dialog.selectBuyer(buyerId));
    dialog.setMonthlyApiCalls(200'000);
    QVERIFY2(dialog.isSaleAllowed(), qPrintable(dialog.verdictText()));
    QVERIFY(dialog.verdictText().startsWith(QStringLiteral("Allowed")));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("sellButton"))->isEnabled());
    screenshot(dialog, QStringLiteral("purchase_allowed"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QCOMPARE(number(db(), QStringLiteral("SELECT COUNT(*) FROM licenses")), licensesBefore + 1);
    const qint64 licenseId = dialog.soldLicenseId();
    QVERIFY(licenseId > 0);
    QCOMPARE(number(db(),
                    QStringLiteral("SELECT COUNT(*) FROM licenses WHERE id = ? AND buyer_id = ? "
                                   "AND model_id = ? AND tier = 'academic' AND fee_cents = ? AND "
                                   "monthly_api_calls = 200000 AND intended_use = 'research'"),
                    {licenseId, buyerId, modelId, price}),
             1);
    QCOMPARE(
        number(db(), QStringLiteral("SELECT budget_cents FROM buyers WHERE id = ?"), {buyerId}),
        budget - price);
    QCOMPARE(m_workspace->undoStack()->count(), 1);

    m_workspace->undoStack()->undo();
    QCOMPARE(number(db(), QStringLiteral("SELECT COUNT(*) FROM licenses")), licensesBefore);
    QCOMPARE(
        number(db(), QStringLiteral("SELECT budget_cents FROM buyers WHERE id = ?"), {buyerId}),
        budget);

    m_workspace->undoStack()->redo(); // the same license comes back under the same id
    QCOMPARE(
        number(db(), QStringLiteral("SELECT COUNT(*) FROM licenses WHERE id = ?"), {licenseId}), 1);
    QCOMPARE(
        number(db(), QStringLiteral("SELECT budget_cents FROM buyers WHERE id = ?"), {buyerId}),
        budget - price);
}

void TestMarketplace::saleUndoRefusedOnceUsageWasCharged() {
    const qint64 modelId = number(db(), QStringLiteral("SELECT l.model_id FROM listings l JOIN "
                                                       "models m ON m.id = l.model_id WHERE "
                                                       "l.tier = 'open_source' AND m.status = "
                                                       "'listed' ORDER BY l.id LIMIT 1"));
    const qint64 buyerId =
        number(db(), QStringLiteral("SELECT id FROM buyers WHERE type = 'startup' LIMIT 1"));
    PurchaseDialog dialog(*m_workspace, modelId, LicenseTier::OpenSource);
    QVERIFY(dialog.selectBuyer(buyerId));
    QVERIFY2(dialog.isSaleAllowed(), qPrintable(dialog.verdictText()));
    dialog.accept();
    const qint64 licenseId = dialog.soldLicenseId();
    QVERIFY(licenseId > 0);

    // The game clock bills the month: the sale is now revenue history.
    auto today = EconomyRepository(db()).gameDate();
    QVERIFY(today);
    QVERIFY(LicenseRepository(db()).accrueUsage(today->toString(QStringLiteral("yyyy-MM"))));

    QSignalSpy failed(m_workspace.get(), &Workspace::commandFailed);
    m_workspace->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.front().front().toString().contains(QStringLiteral("revoke")),
             qPrintable(failed.front().front().toString()));
    QCOMPARE(
        number(db(), QStringLiteral("SELECT COUNT(*) FROM licenses WHERE id = ?"), {licenseId}), 1);
}

void TestMarketplace::listingDialogRefusesPriceOutsideRange() {
    const qint64 modelId = number(
        db(),
        QStringLiteral("SELECT id FROM models WHERE status = 'completed' ORDER BY id LIMIT 1"));
    QVERIFY(modelId > 0);
    QCOMPARE(
        number(db(), QStringLiteral("SELECT COUNT(*) FROM listings WHERE model_id = ?"), {modelId}),
        0);

    ListingDialog dialog(*m_workspace, modelId);
    QVERIFY(dialog.canList());
    QVERIFY(dialog.reasonText().isEmpty());
    // The price field starts at the recommended price, inside the range.
    auto* academicPrice = dialog.findChild<MoneyLineEdit*>(QStringLiteral("priceEdit_academic"));
    QVERIFY(academicPrice);
    QVERIFY(academicPrice->hasValidMoney());
    dialog.setTierChecked(LicenseTier::Academic, true);
    dialog.setTierPrice(LicenseTier::Academic, QStringLiteral("$50,000"));
    screenshot(dialog, QStringLiteral("listing_dialog"));
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(dialog.errorText().contains(QStringLiteral("above")), qPrintable(dialog.errorText()));
    QCOMPARE(
        number(db(), QStringLiteral("SELECT COUNT(*) FROM listings WHERE model_id = ?"), {modelId}),
        0);
    QCOMPARE(m_workspace->undoStack()->count(), 0);

    dialog.setTierPrice(LicenseTier::Academic, QStringLiteral("5k"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(number(db(),
                    QStringLiteral("SELECT price_cents FROM listings WHERE model_id = ? AND tier "
                                   "= 'academic'"),
                    {modelId}),
             500'000);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT status FROM models WHERE id = ?"), {modelId})
                 .toString(),
             QStringLiteral("listed"));

    m_workspace->undoStack()->undo();
    QCOMPARE(
        number(db(), QStringLiteral("SELECT COUNT(*) FROM listings WHERE model_id = ?"), {modelId}),
        0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT status FROM models WHERE id = ?"), {modelId})
                 .toString(),
             QStringLiteral("completed"));
}

void TestMarketplace::listingDialogExplainsWhyADraftCannotBeListed() {
    const qint64 modelId =
        number(db(), QStringLiteral("SELECT id FROM models WHERE status = 'draft' LIMIT 1"));
    QVERIFY(modelId > 0);
    ListingDialog dialog(*m_workspace, modelId);
    QVERIFY(!dialog.canList());
    QVERIFY2(dialog.reasonText().contains(QStringLiteral("draft")),
             qPrintable(dialog.reasonText()));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("listingOkButton"))->isEnabled());
    QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("tierCheck_academic"))->isEnabled());
}

void TestMarketplace::listingDialogChooserStartsAtTheGivenModel() {
    const qint64 listed = number(
        db(), QStringLiteral("SELECT id FROM models WHERE status = 'listed' ORDER BY id LIMIT 1"));
    ListingDialog dialog(*m_workspace, listed, nullptr, true);
    auto* chooser = dialog.findChild<QComboBox*>(QStringLiteral("modelCombo"));
    QVERIFY(chooser);
    QCOMPARE(dialog.modelId(), listed);
    QCOMPARE(chooser->currentData().toLongLong(), listed);
    // Completed models, which wait to be listed, come first.
    QCOMPARE(chooser->itemData(chooser->currentIndex() == 0 ? 1 : 0).isValid(), true);
    const qint64 completed =
        number(db(), QStringLiteral("SELECT COUNT(*) FROM models WHERE status = 'completed'"));
    QVERIFY(completed > 0);
    chooser->setCurrentIndex(chooser->findData(
        number(db(), QStringLiteral("SELECT id FROM models WHERE status = 'completed' LIMIT 1"))));
    QVERIFY(dialog.canList());
    QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("tierCheck_academic"))->isChecked());
}

void TestMarketplace::tierPolicyEditRefusedThenAppliedAndUndone() {
    TierPolicyEditor editor(*m_workspace);
    editor.resize(1100, 640);
    screenshot(editor, QStringLiteral("tier_policies"));
    auto* floor = editor.findChild<MoneyLineEdit*>(QStringLiteral("floorEdit_academic"));
    QVERIFY(floor);
    const auto storedFloor = [this] {
        return EconomyRepository(db()).loadConfig()->tier(LicenseTier::Academic).priceFloor;
    };
    const Money original = storedFloor();
    QCOMPARE(original, Money::fromCents(100'000));

    floor->setFocus();
    floor->selectAll();
    QTest::keyClicks(floor, QStringLiteral("20000")); // above the $10,000 ceiling
    QVERIFY(editor.isModified());
    QVERIFY(!editor.apply());
    QVERIFY2(editor.errorText().contains(QStringLiteral("above the ceiling")),
             qPrintable(editor.errorText()));
    QCOMPARE(storedFloor(), original);
    QCOMPARE(m_workspace->undoStack()->count(), 0);

    floor->setText(QStringLiteral("$2,000"));
    QVERIFY2(editor.apply(), qPrintable(editor.errorText()));
    QCOMPARE(storedFloor(), Money::fromCents(200'000));
    QCOMPARE(m_workspace->undoStack()->count(), 1);
    QVERIFY(!editor.isModified());

    m_workspace->undoStack()->undo();
    QCOMPARE(storedFloor(), original);
    QCOMPARE(floor->money().value(), original); // the editor follows the database

    // Open Source stays free.
    auto* openCeiling = editor.findChild<MoneyLineEdit*>(QStringLiteral("ceilingEdit_open_source"));
    openCeiling->setText(QStringLiteral("$5"));
    QVERIFY(!editor.apply());
    QVERIFY(editor.errorText().contains(QStringLiteral("free")));
}

void TestMarketplace::marketplaceFilterMatchesSqlCount() {
    MarketplaceArea area(*m_workspace);
    area.resize(1400, 800);
    area.show();
    QTRY_VERIFY(area.model()->isUpToDate());
    QCOMPARE(area.model()->totalMatching(),
             number(db(), QStringLiteral("SELECT COUNT(*) FROM listings")));
    screenshot(area, QStringLiteral("marketplace"));

    auto* tier = area.findChild<QComboBox*>(QStringLiteral("marketTierFilter"));
    auto* quality = area.findChild<QDoubleSpinBox*>(QStringLiteral("marketMinQuality"));
    QVERIFY(tier && quality);
    tier->setCurrentIndex(tier->findData(static_cast<int>(LicenseTier::Commercial)));
    quality->setValue(70);
    QTRY_VERIFY(area.model()->filter().minQuality.has_value() && area.model()->isUpToDate());
    const qint64 expected = number(
        db(), QStringLiteral("SELECT COUNT(*) FROM listings l JOIN models m ON m.id = l.model_id "
                             "WHERE l.tier = 'commercial' AND m.composite >= 70"));
    QVERIFY(expected > 0);
    QCOMPARE(area.model()->totalMatching(), expected);
    QCOMPARE(area.model()->rowCount(), static_cast<int>(expected));
    for (int row = 0; row < area.model()->rowCount(); ++row) {
        QCOMPARE(area.model()->rowAt(row)->tier, LicenseTier::Commercial);
        QVERIFY(area.model()->rowAt(row)->composite.value_or(0) >= 70);
    }

    // Sorting happens in SQL: highest price first.
    auto* sort = area.findChild<QComboBox*>(QStringLiteral("marketSort"));
    sort->setCurrentIndex(2); // Price (highest first)
    QTRY_VERIFY(area.model()->currentSort().column == ListingColumn::Price &&
                area.model()->isUpToDate());
    for (int row = 1; row < area.model()->rowCount(); ++row)
        QVERIFY(area.model()->rowAt(row - 1)->price >= area.model()->rowAt(row)->price);

    // The cap: only the first N rows come back, the count still says how many match.
    area.model()->setRowLimit(10);
    QTRY_VERIFY(area.model()->isUpToDate());
    QCOMPARE(area.model()->rowCount(), static_cast<int>(std::min<qint64>(10, expected)));
    QCOMPARE(area.model()->totalMatching(), expected);
    QVERIFY(area.findChild<QLabel*>(QStringLiteral("marketCountLabel"))
                ->text()
                .contains(QStringLiteral("Showing")));
}

void TestMarketplace::marketplaceChangePriceAndUnlistAreUndoable() {
    MarketplaceArea area(*m_workspace);
    area.show();
    auto* tier = area.findChild<QComboBox*>(QStringLiteral("marketTierFilter"));
    tier->setCurrentIndex(tier->findData(static_cast<int>(LicenseTier::Academic)));
    QTRY_VERIFY(area.model()->filter().tier.has_value() && area.model()->isUpToDate());
    area.view()->selectRow(0);
    const ListingRow listing = *area.selectedListing();
    const auto price = [&] {
        return number(db(), QStringLiteral("SELECT price_cents FROM listings WHERE id = ? "),
                      {listing.listingId});
    };

    QVERIFY(!area.changeSelectedPrice(QStringLiteral("$20,000"))); // above the ceiling
    QVERIFY(area.messageText().contains(QStringLiteral("above")));
    QCOMPARE(price(), listing.price.cents());
    QVERIFY(area.changeSelectedPrice(QStringLiteral("$7,777")));
    QCOMPARE(price(), 777'700);
    m_workspace->undoStack()->undo();
    QCOMPARE(price(), listing.price.cents());

    QVERIFY(area.unlistSelected());
    QCOMPARE(number(db(), QStringLiteral("SELECT COUNT(*) FROM listings WHERE id = ?"),
                    {listing.listingId}),
             0);
    m_workspace->undoStack()->undo();
    QCOMPARE(number(db(),
                    QStringLiteral("SELECT price_cents FROM listings WHERE model_id = ? AND tier "
                                   "= 'academic' AND listed_on = ?"),
                    {listing.modelId, listing.listedOn.toString(Qt::ISODate)}),
             listing.price.cents());
}

void TestMarketplace::buyerEditIsUndoable() {
    BuyersArea area(*m_workspace);
    area.resize(900, 600);
    area.show();
    QTRY_VERIFY(area.isUpToDate() && area.model()->rowCount() > 0);
    screenshot(area, QStringLiteral("buyers"));
    const BuyerRecord buyer = area.model()->rowAt(0)->buyer;
    const auto budget = [&] {
        return number(db(), QStringLiteral("SELECT budget_cents FROM buyers WHERE id = ?"),
                      {buyer.id});
    };

    // Through the view's model, as the cell editor commits.
    QAbstractItemModel* model = area.view()->model();
    QModelIndex cell;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, static_cast<int>(BuyerColumn::Budget));
        if (index.data(BuyerTableModel::BuyerIdRole).toLongLong() == buyer.id)
            cell = index;
    }
    QVERIFY(cell.isValid());
    model->setData(cell, QStringLiteral("$123,456"));
    QCOMPARE(budget(), 12'345'600);
    QCOMPARE(m_workspace->undoStack()->count(), 1);

    QVERIFY(!area.editBuyer(buyer.id, static_cast<int>(BuyerColumn::Budget),
                            QStringLiteral("lots"))); // not an amount
    QVERIFY(!area.messageText().isEmpty());
    QVERIFY(!area.editBuyer(buyer.id, static_cast<int>(BuyerColumn::Size), 0));
    QCOMPARE(budget(), 12'345'600);
    QCOMPARE(m_workspace->undoStack()->count(), 1);

    m_workspace->undoStack()->undo();
    QCOMPARE(budget(), buyer.budget.cents());
    m_workspace->undoStack()->redo();
    QCOMPARE(budget(), 12'345'600);

    // Add, then undo the add.
    const qint64 buyersBefore = number(db(), QStringLiteral("SELECT COUNT(*) FROM buyers"));
    const auto added = area.addBuyer();
    QVERIFY(added);
    QCOMPARE(number(db(), QStringLiteral("SELECT COUNT(*) FROM buyers")), buyersBefore + 1);
    m_workspace->undoStack()->undo();
    QCOMPARE(number(db(), QStringLiteral("SELECT COUNT(*) FROM buyers")), buyersBefore);
}

void TestMarketplace::buyerWithLicensesCannotBeDeleted() {
    BuyersArea area(*m_workspace);
    area.show();
    QTRY_VERIFY(area.isUpToDate() && area.model()->rowCount() > 0);
    const qint64 holder =
        number(db(), QStringLiteral("SELECT buyer_id FROM licenses ORDER BY id LIMIT 1"));
    QVERIFY(!area.deleteBuyer(holder));
    QVERIFY2(area.messageText().contains(QStringLiteral("cannot be deleted")),
             qPrintable(area.messageText()));
    QCOMPARE(number(db(), QStringLiteral("SELECT COUNT(*) FROM buyers WHERE id = ?"), {holder}), 1);

    BuyerRecord idle;
    idle.name = QStringLiteral("Idle Buyer");
    idle.size = 3;
    QVERIFY(BuyerRepository(db()).insert(idle));
    area.model()->refresh();
    QTRY_VERIFY(area.isUpToDate() && area.model()->rowOfBuyer(idle.id));
    QVERIFY(area.deleteBuyer(idle.id));
    QCOMPARE(number(db(), QStringLiteral("SELECT COUNT(*) FROM buyers WHERE id = ?"), {idle.id}),
             0);
    m_workspace->undoStack()->undo();
    QCOMPARE(number(db(), QStringLiteral("SELECT COUNT(*) FROM buyers WHERE id = ?"), {idle.id}),
             1);
}

void TestMarketplace::revokeNeedsReasonAndUndoRestores() {
    LicensesArea area(*m_workspace);
    area.resize(1400, 800);
    area.show();
    QTRY_VERIFY(area.model()->isUpToDate());
    QCOMPARE(area.model()->totalMatching(),
             number(db(), QStringLiteral("SELECT COUNT(*) FROM licenses")));
    QCOMPARE(area.model()->rowCount(),
             std::min<qint64>(1000, area.model()->totalMatching())); // at most the cap
    screenshot(area, QStringLiteral("licenses"));

    auto* status = area.findChild<QComboBox*>(QStringLiteral("licenseStatusFilter"));
    status->setCurrentIndex(status->findData(static_cast<int>(LicenseStatus::Active)));
    QTRY_VERIFY(area.model()->filter().status.has_value() && area.model()->isUpToDate());
    area.view()->selectRow(0);
    const LicenseRow license = *area.selectedLicense();
    QCOMPARE(license.status, LicenseStatus::Active);
    QVERIFY(area.revokeAction()->isEnabled());

    QVERIFY(!area.revokeSelected(QStringLiteral("   "))); // a reason is required
    QVERIFY(!area.messageText().isEmpty());
    QCOMPARE(m_workspace->undoStack()->count(), 0);

    QVERIFY(area.revokeSelected(QStringLiteral("Breach of terms")));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT status FROM licenses WHERE id = ?"), {license.id})
                 .toString(),
             QStringLiteral("revoked"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT revoked_reason FROM licenses WHERE id = ?"),
                    {license.id})
                 .toString(),
             QStringLiteral("Breach of terms"));

    m_workspace->undoStack()->undo();
    QCOMPARE(scalar(db(), QStringLiteral("SELECT status FROM licenses WHERE id = ?"), {license.id})
                 .toString(),
             QStringLiteral("active"));
    QVERIFY(scalar(db(), QStringLiteral("SELECT revoked_reason FROM licenses WHERE id = ?"),
                   {license.id})
                .isNull());
    QVERIFY(
        scalar(db(), QStringLiteral("SELECT revoked_on FROM licenses WHERE id = ?"), {license.id})
            .isNull());
}

void TestMarketplace::licensesExportWritesFilteredRows() {
    LicensesArea area(*m_workspace);
    area.show();
    auto* tier = area.findChild<QComboBox*>(QStringLiteral("licenseTierFilter"));
    tier->setCurrentIndex(tier->findData(static_cast<int>(LicenseTier::Enterprise)));
    QTRY_VERIFY(area.model()->filter().tier.has_value() && area.model()->isUpToDate());
    const QString path = m_dir->filePath(QStringLiteral("enterprise.csv"));
    std::optional<Status> done;
    area.exportCsv(path, [&done](const Status& status) { done = status; });
    QTRY_VERIFY(done.has_value());
    QVERIFY2(*done, *done ? "" : qPrintable(done->error().toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size() - 1,
             number(db(), QStringLiteral("SELECT COUNT(*) FROM licenses WHERE tier = "
                                         "'enterprise'")));
    QVERIFY(lines.front().startsWith("id,model,buyer,tier"));
    QVERIFY(lines.at(1).contains(",enterprise,"));
}

QTEST_MAIN(TestMarketplace)
#include "tst_marketplace.moc"

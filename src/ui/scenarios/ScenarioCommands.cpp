#include "ui/scenarios/ScenarioCommands.h"

#include "data/ScenarioRepository.h"
#include "data/Transaction.h"
#include "ui/shell/Workspace.h"

#include <QCoreApplication>

namespace mm {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::ScenarioCommands)
};

template <typename Row>
std::optional<Row> stored(const QList<Row>& rows, qint64 id) {
    for (const Row& row : rows) {
        if (row.id == id)
            return row;
    }
    return std::nullopt;
}

// One body for both kinds of row: check what is stored, then save or remove, in one transaction.
template <typename Row, typename Repository>
Status writeRow(Database& db, const QString& operation, const std::optional<Row>& expected,
                const std::optional<Row>& wanted) {
    Transaction transaction(db, operation);
    if (auto begun = transaction.status(); !begun)
        return begun;
    Repository repository(db);
    auto rows = repository.list();
    if (!rows)
        return rows.error();
    const qint64 id = expected ? expected->id : wanted->id;
    if (stored(*rows, id) != expected) {
        const QString name = expected ? expected->name : wanted->name;
        return makeError(Tr::tr("'%1' was changed meanwhile (by another window or program); "
                                "nothing was done")
                             .arg(name),
                         operation, QStringLiteral("stale"));
    }
    if (auto done = wanted ? repository.save(*wanted) : repository.remove(id); !done)
        return done;
    return transaction.commit();
}

} // namespace

ScenarioCommand::ScenarioCommand(Workspace& workspace, const QString& text,
                                 std::optional<Scenario> before, std::optional<Scenario> after)
    : WorkspaceCommand(workspace, text)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
}

qint64 ScenarioCommand::scenarioId() const {
    return m_after ? m_after->id : m_before ? m_before->id : 0;
}

Status ScenarioCommand::applyFirst() {
    if (m_before || !m_after || m_after->id != 0)
        return applyRedo();
    // A new scenario: the database gives it its id, which later redos then reuse.
    Database& db = m_workspace.database();
    Transaction transaction(db, text());
    if (auto begun = transaction.status(); !begun)
        return begun;
    ScenarioRepository repository(db);
    auto id = repository.create(m_after->name, m_after->notes);
    if (!id)
        return id.error();
    m_after->id = *id;
    if (!m_after->overrides.isEmpty()) {
        if (auto saved = repository.save(*m_after); !saved)
            return saved;
    }
    return transaction.commit();
}

Status ScenarioCommand::write(const std::optional<Scenario>& expected,
                              const std::optional<Scenario>& wanted) {
    return writeRow<Scenario, ScenarioRepository>(m_workspace.database(), text(), expected, wanted);
}

BalanceRuleCommand::BalanceRuleCommand(Workspace& workspace, const QString& text,
                                       std::optional<BalanceRule> before,
                                       std::optional<BalanceRule> after)
    : WorkspaceCommand(workspace, text)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
}

Status BalanceRuleCommand::applyFirst() {
    if (m_before || !m_after || m_after->id != 0)
        return applyRedo();
    BalanceRuleRepository repository(m_workspace.database());
    auto id = repository.add(*m_after);
    if (!id)
        return id.error();
    m_after->id = *id;
    return Ok{};
}

Status BalanceRuleCommand::write(const std::optional<BalanceRule>& expected,
                                 const std::optional<BalanceRule>& wanted) {
    return writeRow<BalanceRule, BalanceRuleRepository>(m_workspace.database(), text(), expected,
                                                        wanted);
}

} // namespace mm

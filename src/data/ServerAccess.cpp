#include "data/ServerAccess.h"

#include "data/Database.h"

namespace mm {

Result<bool> mayChangeEconomy(Database& db) {
    if (db.isReadOnly())
        return false;
    if (!db.isServer())
        return true;
    // Models and settings: every edit and the game clock write one of them. A role granted
    // SELECT only has neither privilege.
    auto granted = db.query(QStringLiteral("SELECT has_table_privilege('models', 'INSERT') AND "
                                           "has_table_privilege('settings', 'UPDATE')"),
                            {}, QStringLiteral("checking what this login may change"));
    if (!granted)
        return granted.error();
    return granted->next() && granted->value(0).toBool();
}

} // namespace mm

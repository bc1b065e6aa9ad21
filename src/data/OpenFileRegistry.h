#pragma once

#include <QString>

namespace mm::openfiles {

// The database files this process has open through SQLite.
//
// POSIX drops every lock a process holds on a file as soon as any descriptor of that file is
// closed. Reading even the 16 header bytes of a file SQLite has open would therefore release its
// locks, and another program closing its connection would then think it was the last user,
// checkpoint and delete the WAL and shared-memory files under our open connection: later commits
// would go to a deleted file. Database asks here before it reads a file itself.
// add() returns the key to hand to remove() later, when the file may be gone or renamed.
QString add(const QString& path);
void remove(const QString& key);
bool contains(const QString& path);

} // namespace mm::openfiles

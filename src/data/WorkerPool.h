#pragma once

class QThreadPool;

namespace mm {

// The one pool of worker threads for database work off the GUI thread. Its threads never expire,
// so the connection a BackgroundDatabase opens on one of them stays usable for as long as the
// BackgroundDatabase lives; and it is not Qt's global pool, so long computations there
// (forecasts, sensitivity runs) never hold up a table's read.
QThreadPool& workerPool();

} // namespace mm

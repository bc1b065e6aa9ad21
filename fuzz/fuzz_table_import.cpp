// libFuzzer entry point: see FuzzTargets.h, mm::fuzz::tableImport().
#include "FuzzMain.h"

MM_FUZZ_TARGET(tableImport)

// libFuzzer entry point: see FuzzTargets.h, mm::fuzz::economyImport().
#include "FuzzMain.h"

MM_FUZZ_TARGET(economyImport)

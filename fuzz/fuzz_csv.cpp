// libFuzzer entry point: see FuzzTargets.h, mm::fuzz::csvParser().
#include "FuzzMain.h"

MM_FUZZ_TARGET(csvParser)

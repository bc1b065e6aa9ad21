// libFuzzer entry point: see FuzzTargets.h, mm::fuzz::paste().
#include "FuzzMain.h"

MM_FUZZ_TARGET(paste)

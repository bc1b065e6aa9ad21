// libFuzzer entry point: see FuzzTargets.h, mm::fuzz::catalogImport().
#include "FuzzMain.h"

MM_FUZZ_TARGET(catalogImport)

// How `annals bench` configures each method run.
#pragma once

#include "benchmark/runner.h"

namespace annals::benchmark {

// Supervised methods get a date model trained on the other topics of the
// run (leave-one-topic-out), so no task sees its own topic; other methods get
// the default configuration.
ConfigProvider default_method_configs();

}  // namespace annals::benchmark

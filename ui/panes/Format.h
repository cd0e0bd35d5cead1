#pragma once

// The panes write sizes and durations as the core does (wire/Units.h).
#include "wire/Units.h"

namespace pgrepl::ui {
using pgrepl::formatBytes;
using pgrepl::formatDuration;
} // namespace pgrepl::ui

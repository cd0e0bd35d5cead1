#pragma once

// Sizes and durations as the inspector writes them everywhere: the GUI
// panes and the core's slot findings alike.

#include <QString>
#include <QtGlobal>

namespace pgrepl {

// Both write their numbers in the default QLocale (the application sets it
// from the chosen language), without group separators: "1.5 MiB" in
// English and C, "1,5 MiB" in German.

// Human-readable sizes in binary units: "512 B", "12.4 KiB", "3.0 MiB",
// "1.2 GiB". One decimal above bytes; negative sizes keep their sign.
QString formatBytes(qint64 bytes);

// A compact elapsed time: "0 s", "59 s", "2 min 05 s", "1 h 02 min",
// "3 d 04 h". Negative durations (a clock that went back) read as "0 s".
QString formatDuration(qint64 seconds);

} // namespace pgrepl

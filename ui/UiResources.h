#pragma once

namespace pgrepl::ui {

// Registers the icons and other resources compiled into this static library.
// A static library's resources are only linked in when something calls this.
void initResources();

} // namespace pgrepl::ui

#include "UiResources.h"

#include <QtCore/qglobal.h>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initPgreplResources()
{
    Q_INIT_RESOURCE(pgrepl);
}

namespace pgrepl::ui {

void initResources()
{
    initPgreplResources();
}

} // namespace pgrepl::ui

#pragma once

#include <QObject>
#include <QtGlobal>

namespace pgrepl::test {

// The child of parent with this object name; a test cannot go on without
// it, so a missing one ends the test run, naming what was looked for.
template<typename T> T *namedChild(const QObject &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal(
            "no %s named %s in %s", T::staticMetaObject.className(), name, parent.metaObject()->className());
    return w;
}

} // namespace pgrepl::test

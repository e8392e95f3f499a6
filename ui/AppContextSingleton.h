#pragma once

#include "AppContext.h"

#include <QJSEngine>
#include <QtQml/qqml.h>

namespace pf {

// Hands the AppContext that main built to QML as the singleton App; main sets it before loading QML.
struct AppContextSingleton
{
    Q_GADGET
    QML_FOREIGN(pf::AppContext)
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON

public:
    static void setInstance(AppContext *context) { s_instance = context; }

    static AppContext *create(QQmlEngine *, QJSEngine *engine)
    {
        Q_ASSERT(s_instance);
        Q_ASSERT(engine->thread() == s_instance->thread());
        // main owns it: the engine must not delete it when it goes.
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }

private:
    static inline AppContext *s_instance = nullptr;
};

} // namespace pf

#pragma once

#include "TermDefinition.h"

#include <QHash>
#include <QString>
#include <memory>
#include <optional>

namespace pf {

class ActiveContext;
using ActiveContextPtr = std::shared_ptr<const ActiveContext>;

// The active context of JSON-LD 1.1 processing; immutable once shared, so expansion can share and cache it.
class ActiveContext
{
public:
    ActiveContext();

    // A mutable copy with a fresh identity (the cache keys results by identity).
    std::shared_ptr<ActiveContext> clone() const;

    const TermDefinition *term(const QString &name) const
    {
        const auto it = terms.constFind(name);
        return it == terms.cend() ? nullptr : &it.value();
    }
    bool hasProtectedTerms() const;

    QHash<QString, TermDefinition> terms;
    std::optional<QString> baseIri;
    std::optional<QString> originalBaseUrl;
    std::optional<QString> vocab;
    std::optional<QString> defaultLanguage;
    std::optional<QString> defaultDirection;
    ActiveContextPtr previousContext;
    quint64 id = 0;
    // Set once the context is owned by a ContextCache: results computed from it may then be cached.
    mutable bool stable = false;

    static quint64 nextId();
};

} // namespace pf

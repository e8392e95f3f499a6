#pragma once

#include "ActiveContext.h"
#include "JsonLdOptions.h"
#include "common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

namespace pf {

class ContextCache;
class ContextProcessor;

// The JSON-LD 1.1 Expansion algorithm (JSON-LD 1.1 Processing Algorithms and API, section 5.1).
class JsonLdExpander
{
public:
    explicit JsonLdExpander(JsonLdOptions options);
    ~JsonLdExpander();

    // JSON-LD 1.1 expand(), the expanded form as an array.
    Result<QJsonArray> expand(const QJsonValue &document);

private:
    struct NodeBuilder;
    using Entries = QList<std::pair<QString, QJsonValue>>;

    static Entries entriesOf(const QJsonObject &object);

    // propertyDefinition is activeProperty's definition in context (or null); context keeps it alive.
    Result<QJsonValue> expandElement(ActiveContextPtr context, const QString *activeProperty,
                                     const TermDefinition *propertyDefinition, const QJsonValue &element,
                                     bool fromMap, int depth);
    Result<QJsonValue> expandObject(ActiveContextPtr context, const QString *activeProperty,
                                    const TermDefinition *propertyDefinition, const QJsonObject &element,
                                    bool fromMap, int depth);
    Status expandEntries(const ActiveContextPtr &context, const ActiveContextPtr &typeScoped,
                         const QString *activeProperty, const Entries &entries, const QString &inputType,
                         NodeBuilder &result, int depth);
    Result<QJsonValue> expandValue(const ActiveContext &context, const TermDefinition *definition,
                                   const QJsonValue &value) const;
    Result<QString> expandIdValue(const ActiveContext &context, const QString &value) const;
    Result<QString> expandTypeValue(const ActiveContext &context, const QString &value) const;

    JsonLdOptions m_options;
    std::unique_ptr<ContextCache> m_ownCache;
    ContextCache *m_cache = nullptr;
    ContextProcessor *m_processor = nullptr; // the current document's, during expand()
};

} // namespace pf

#pragma once

#include "LocalTestLoader.h"
#include "jsonld/JsonLdOptions.h"

#include <QJsonObject>
#include <optional>

// The W3C JSON-LD API test suite as both runners use it: its base URL, and a manifest entry's options.
struct JsonLdSuite
{
    static QString base() { return QStringLiteral("https://w3c.github.io/json-ld-api/tests/"); }

    // Why an entry does not apply to an offline JSON-LD 1.1 processor, or nothing when it does.
    static std::optional<QString> skipReason(const QJsonObject &option)
    {
        if (option.value(QStringLiteral("specVersion")).toString() == u"json-ld-1.0")
            return QStringLiteral("specVersion json-ld-1.0 only (a JSON-LD 1.0 processor's result)");
        for (const char *key : {"contentType", "httpLink", "redirectTo", "httpStatus"}) {
            if (option.contains(QLatin1String(key)))
                return QStringLiteral("needs HTTP document loading (%1)").arg(QLatin1String(key));
        }
        return std::nullopt;
    }

    // The processor options an entry asks for; input is the entry's input path, relative to the suite.
    static pf::Result<pf::JsonLdOptions> options(const QJsonObject &option, const QString &input,
                                                 const LocalTestLoader &loader)
    {
        pf::JsonLdOptions options;
        options.loader = &loader;
        options.base = option.contains(QStringLiteral("base"))
                           ? option.value(QStringLiteral("base")).toString()
                           : base() + input;
        if (option.contains(QStringLiteral("processingMode")))
            options.processingMode = option.value(QStringLiteral("processingMode")).toString();
        if (option.contains(QStringLiteral("expandContext"))) {
            auto context = loader.load(base() + option.value(QStringLiteral("expandContext")).toString());
            if (!context)
                return context.error();
            options.expandContext = *context;
        }
        options.produceGeneralizedRdf = option.value(QStringLiteral("produceGeneralizedRdf")).toBool();
        options.rdfDirection = option.value(QStringLiteral("rdfDirection")).toString();
        return options;
    }
};

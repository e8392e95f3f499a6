#pragma once

#include "verify/VerificationContext.h"

#include <QHash>

// The offline cache of the sample tests: documents by URL, a key id's fragment ignored, as the Store answers.
inline pf::VerificationContext::Lookup sampleLookup(QHash<QString, QByteArray> documents)
{
    return [documents = std::move(documents)](const QString &url) -> std::optional<pf::CachedDocument> {
        const QString key = url.left(url.indexOf(u'#') < 0 ? url.size() : url.indexOf(u'#'));
        if (!documents.contains(key))
            return std::nullopt;
        pf::CachedDocument d;
        d.url = key;
        d.content = documents.value(key);
        return d;
    };
}

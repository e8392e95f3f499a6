#pragma once

#include "CredentialParser.h"
#include "ImportOutcome.h"

#include <QList>
#include <QStringList>
#include <atomic>
#include <functional>

namespace pf {

class Store;

// Imports files and folders of badges into the store: each credential whole in one transaction, duplicates
// recognised.
class CredentialImporter
{
public:
    using Progress = std::function<void(int done, int total, const QString &file)>;

    explicit CredentialImporter(Store &store, ImportLimits limits = {});

    // Folders are walked recursively; one broken file never stops the rest.
    QList<ImportOutcome> importPaths(const QStringList &paths, const Progress &progress = {},
                                     const std::atomic_bool *cancel = nullptr);
    QList<ImportOutcome> importBytes(const QByteArray &bytes, const QString &fileName);

    // Every file under the paths, in a stable order.
    static QStringList expand(const QStringList &paths);

    // A parser that resolves referenced documents from this store's offline cache.
    CredentialParser parser() const;

private:
    Result<QByteArray> readInput(const QString &path) const;
    QList<ImportOutcome> store(const QList<ParsedCredential> &parsed, const QString &fileName);
    Result<QList<qint64>> competenciesFor(const QJsonObject &derived);

    Store &m_store;
    ImportLimits m_limits;
};

} // namespace pf

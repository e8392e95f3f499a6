#pragma once

#include "IdentifierIssuer.h"
#include "RdfTerm.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QHash>
#include <QList>
#include <array>

namespace pf {

// RDF Dataset Canonicalization (RDFC-1.0, W3C Recommendation): canonical blank node labels and N-Quads.
class RdfCanonicalizer
{
public:
    struct Output
    {
        QByteArray nquads;                 // sorted canonical lines, each ending in "\n"
        QHash<QString, QString> issuedIds; // input blank node label -> c14nN
    };

    // The work bound: calls of Hash N-Degree Quads allowed per blank node before giving up on a poison graph.
    static constexpr int kMaxDeepCallsPerNode = 256;

    explicit RdfCanonicalizer(QCryptographicHash::Algorithm hash = QCryptographicHash::Sha256) : m_hash(hash)
    {
    }

    Result<Output> canonicalize(const QList<RdfQuad> &dataset);

private:
    QByteArray hashFirstDegree(const QString &node);
    QByteArray hashRelated(const QString &related, const QByteArray &predicate,
                           const IdentifierIssuer &issuer, char position);
    Result<std::pair<QByteArray, IdentifierIssuer>> hashNDegree(const QString &node,
                                                                const IdentifierIssuer &issuer);
    QByteArray hex(const QByteArray &data) const;

    // A quad with its terms serialized once: blank nodes are left as labels, to be relabelled per use.
    struct Prepared
    {
        std::array<QByteArray, 4>
            term;                     // subject, predicate, object, graph in N-Quads form (empty where blank)
        std::array<QString, 4> blank; // the blank node label at that position, else empty
        QByteArray given;             // the line with the input labels: the canonical line when none is blank
        bool hasBlank = false;
    };
    template <typename Label> static QByteArray line(const Prepared &quad, Label label);

    QCryptographicHash::Algorithm m_hash;
    QList<const RdfQuad *> m_quads;             // into the dataset being canonicalized, duplicates left out
    QList<Prepared> m_prepared;                 // parallel to m_quads
    QHash<QString, QList<qsizetype>> m_quadsOf; // blank node -> indexes into m_quads
    QHash<QString, QByteArray> m_firstDegree;
    IdentifierIssuer m_canonical{QStringLiteral("c14n")};
    qint64 m_deepCalls = 0;
    qint64 m_deepCallLimit = 0;
};

} // namespace pf

#include "RdfCanonicalizer.h"

#include "NQuads.h"
#include "crypto/Digest.h"

#include <QSet>
#include <algorithm>

namespace pf {

namespace {

// RDFC-1.0 orders strings by code point; UTF-8 byte order is exactly that (UTF-16 order is not).
bool codePointLess(const QByteArray &a, const QByteArray &b)
{
    return a < b;
}

} // namespace

QByteArray RdfCanonicalizer::hex(const QByteArray &data) const
{
    return Digest::hash(data, m_hash).toHex();
}

template <typename Label> QByteArray RdfCanonicalizer::line(const Prepared &quad, Label label)
{
    QByteArray out;
    out.reserve(quad.term[0].size() + quad.term[1].size() + quad.term[2].size() + quad.term[3].size() + 64);
    for (int k = 0; k < 4; ++k) {
        if (k == 3 && quad.term[3].isEmpty() && quad.blank[3].isEmpty())
            break; // the default graph
        if (k > 0)
            out += ' ';
        if (quad.blank[k].isEmpty()) {
            out += quad.term[k];
        } else {
            out += "_:";
            out += label(quad.blank[k]);
        }
    }
    out += " .\n";
    return out;
}

QByteArray RdfCanonicalizer::hashFirstDegree(const QString &node)
{
    if (auto it = m_firstDegree.constFind(node); it != m_firstDegree.cend())
        return *it;
    QList<QByteArray> lines;
    for (qsizetype i : m_quadsOf.value(node)) {
        lines << line(m_prepared.at(i), [&node](const QString &label) -> QByteArray {
            return label == node ? QByteArrayLiteral("a") : QByteArrayLiteral("z");
        });
    }
    std::sort(lines.begin(), lines.end(), codePointLess);
    const QByteArray hash = hex(lines.join());
    m_firstDegree.insert(node, hash);
    return hash;
}

QByteArray RdfCanonicalizer::hashRelated(const QString &related, const QByteArray &predicate,
                                         const IdentifierIssuer &issuer, char position)
{
    QByteArray input(1, position);
    if (position != 'g')
        input += predicate;
    if (m_canonical.has(related))
        input += "_:" + m_canonical.get(related).toUtf8();
    else if (issuer.has(related))
        input += "_:" + issuer.get(related).toUtf8();
    else
        input += hashFirstDegree(related);
    return hex(input);
}

Result<std::pair<QByteArray, IdentifierIssuer>>
RdfCanonicalizer::hashNDegree(const QString &node, const IdentifierIssuer &issuerIn)
{
    if (++m_deepCalls > m_deepCallLimit) {
        return Error{ErrorCode::CanonicalizationLimit,
                     QStringLiteral("canonicalization exceeded its work bound (%1 deep hashing steps): "
                                    "the graph's blank nodes are too symmetric to canonicalize safely")
                         .arg(m_deepCallLimit)};
    }
    IdentifierIssuer issuer = issuerIn;
    // Related blank nodes grouped by the hash of how they relate to node.
    QHash<QByteArray, QList<QString>> related;
    for (qsizetype i : m_quadsOf.value(node)) {
        const RdfQuad &q = *m_quads.at(i);
        const std::pair<const RdfTerm *, char> parts[] = {
            {&q.subject, 's'}, {&q.object, 'o'}, {&q.graph, 'g'}};
        for (const auto &[term, position] : parts) {
            if (term->isBlank() && term->value != node)
                related[hashRelated(term->value, m_prepared.at(i).term[1], issuer, position)].append(
                    term->value);
        }
    }
    QList<QByteArray> hashes = related.keys();
    std::sort(hashes.begin(), hashes.end(), codePointLess);

    QByteArray dataToHash;
    for (const QByteArray &hash : hashes) {
        dataToHash += hash;
        QByteArray chosenPath;
        std::optional<IdentifierIssuer> chosenIssuer;
        QList<QString> nodes = related.value(hash);
        std::sort(nodes.begin(), nodes.end());
        do {
            IdentifierIssuer issuerCopy = issuer;
            QByteArray path;
            QList<QString> recursion;
            bool skip = false;
            for (const QString &r : nodes) {
                if (m_canonical.has(r)) {
                    path += "_:" + m_canonical.get(r).toUtf8();
                } else {
                    if (!issuerCopy.has(r))
                        recursion << r;
                    path += "_:" + issuerCopy.issue(r).toUtf8();
                }
                if (!chosenPath.isEmpty() && path.size() >= chosenPath.size() && path > chosenPath) {
                    skip = true;
                    break;
                }
            }
            if (skip)
                continue;
            for (const QString &r : recursion) {
                auto result = hashNDegree(r, issuerCopy);
                if (!result)
                    return result.error();
                path += "_:" + issuerCopy.issue(r).toUtf8();
                path += '<' + result->first + '>';
                issuerCopy = result->second;
                if (!chosenPath.isEmpty() && path.size() >= chosenPath.size() && path > chosenPath) {
                    skip = true;
                    break;
                }
            }
            if (skip)
                continue;
            if (chosenPath.isEmpty() || path < chosenPath) {
                chosenPath = path;
                chosenIssuer = issuerCopy;
            }
        } while (std::next_permutation(nodes.begin(), nodes.end()));
        dataToHash += chosenPath;
        if (chosenIssuer)
            issuer = *chosenIssuer;
    }
    return std::pair{hex(dataToHash), issuer};
}

Result<RdfCanonicalizer::Output> RdfCanonicalizer::canonicalize(const QList<RdfQuad> &dataset)
{
    m_quads.clear();
    m_prepared.clear();
    m_quads.reserve(dataset.size());
    m_prepared.reserve(dataset.size());
    QSet<QByteArray> seen; // a dataset is a set: duplicates count once
    seen.reserve(dataset.size());
    // IRIs repeat: each is serialized once, looked up in a small cache checked by equality (cheaper than
    // hashing the whole IRI); a collision only costs serializing it again.
    struct SerializedIri
    {
        QString iri;
        QByteArray term;
    };
    std::array<SerializedIri, 128> iris;
    for (const RdfQuad &q : dataset) {
        Prepared p;
        const RdfTerm *terms[] = {&q.subject, &q.predicate, &q.object, &q.graph};
        for (int k = 0; k < 4; ++k) {
            if (terms[k]->isBlank() && k != 1) {
                p.blank[k] = terms[k]->value;
                p.hasBlank = true;
            } else if (const QString &iri = terms[k]->value;
                       terms[k]->kind == RdfTerm::Kind::Iri && !iri.isEmpty()) {
                SerializedIri &cached = iris[(size_t(iri.size()) * 31u + iri.back().unicode() +
                                              size_t(iri[iri.size() / 2].unicode()) * 7u) %
                                             iris.size()];
                if (cached.iri.size() != iri.size() || cached.iri != iri) {
                    cached.iri = iri;
                    cached.term = NQuads::serializeTerm(*terms[k]);
                }
                p.term[k] = cached.term;
            } else {
                p.term[k] = NQuads::serializeTerm(*terms[k]);
            }
        }
        p.given = line(p, [](const QString &label) { return label.toUtf8(); });
        if (seen.contains(p.given))
            continue;
        seen.insert(p.given);
        m_quads << &q;
        m_prepared << std::move(p);
    }
    m_quadsOf.clear();
    m_firstDegree.clear();
    m_canonical = IdentifierIssuer(QStringLiteral("c14n"));
    for (qsizetype i = 0; i < m_quads.size(); ++i) {
        const RdfQuad &q = *m_quads.at(i);
        for (const RdfTerm *t : {&q.subject, &q.object, &q.graph}) {
            if (!t->isBlank())
                continue;
            QList<qsizetype> &of = m_quadsOf[t->value];
            if (of.isEmpty() || of.last() != i)
                of.append(i);
        }
    }
    m_deepCalls = 0;
    m_deepCallLimit = qMax<qint64>(64, qint64(m_quadsOf.size()) * kMaxDeepCallsPerNode);

    // Blank nodes whose first-degree hash is unique get their canonical label straight away.
    QHash<QByteArray, QList<QString>> byHash;
    QList<QString> nodes = m_quadsOf.keys();
    std::sort(nodes.begin(), nodes.end());
    for (const QString &n : nodes)
        byHash[hashFirstDegree(n)].append(n);
    QList<QByteArray> hashes = byHash.keys();
    std::sort(hashes.begin(), hashes.end(), codePointLess);
    QList<QByteArray> shared;
    for (const QByteArray &h : hashes) {
        if (byHash.value(h).size() == 1)
            m_canonical.issue(byHash.value(h).first());
        else
            shared << h;
    }
    // The rest by N-degree hashing, group by group in hash order.
    for (const QByteArray &h : shared) {
        QList<std::pair<QByteArray, IdentifierIssuer>> paths;
        for (const QString &n : byHash.value(h)) {
            if (m_canonical.has(n))
                continue;
            IdentifierIssuer temporary(QStringLiteral("b"));
            temporary.issue(n);
            auto result = hashNDegree(n, temporary);
            if (!result)
                return result.error();
            paths << *result;
        }
        std::stable_sort(paths.begin(), paths.end(),
                         [](const auto &a, const auto &b) { return codePointLess(a.first, b.first); });
        for (const auto &[hash, issuer] : paths) {
            for (const QString &existing : issuer.order())
                m_canonical.issue(existing);
        }
    }

    QHash<QString, QByteArray> canonicalLabels;
    for (const QString &n : m_canonical.order())
        canonicalLabels.insert(n, m_canonical.get(n).toUtf8());
    QList<QByteArray> lines;
    lines.reserve(m_prepared.size());
    for (const Prepared &p : std::as_const(m_prepared)) {
        if (p.hasBlank)
            lines << line(p,
                          [&canonicalLabels](const QString &label) { return canonicalLabels.value(label); });
        else
            lines << p.given;
    }
    std::sort(lines.begin(), lines.end(), codePointLess);
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    Output out;
    out.nquads = lines.join();
    for (const QString &n : m_canonical.order())
        out.issuedIds.insert(n, m_canonical.get(n));
    return out;
}

} // namespace pf

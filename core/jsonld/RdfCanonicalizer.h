#pragma once

#include "CompactDataset.h"
#include "RdfTerm.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QHash>
#include <QList>
#include <QString>
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

    explicit RdfCanonicalizer(QCryptographicHash::Algorithm hash = QCryptographicHash::Sha256);

    // The algorithm runs on term ids; this interns the quads first (duplicates count once).
    Result<Output> canonicalize(const QList<RdfQuad> &dataset);
    Result<Output> canonicalize(const CompactDataset &dataset);

private:
    // A blank node by its ordinal, 0..n-1, numbered in the order of the labels.
    using Node = int;

    // An identifier issuer over ordinals (RDFC-1.0 section 4.5); the prefix is the caller's to know.
    struct Issuer
    {
        std::vector<int> issued; // per ordinal: the number issued, -1 if none
        std::vector<Node> order; // the ordinals in issuing order

        explicit Issuer(size_t nodes = 0) : issued(nodes, -1) {}
        bool has(Node n) const { return issued[size_t(n)] >= 0; }
        int issue(Node n)
        {
            int &id = issued[size_t(n)];
            if (id < 0) {
                id = int(order.size());
                order.push_back(n);
            }
            return id;
        }
    };

    // A quad's blank nodes by position (subject, predicate, object, graph); -1 where the term is not one.
    // A blank predicate is not a blank node to relabel: it is printed as given.
    using QuadNodes = std::array<Node, 4>;

    // Appends node's first-degree hash to m_firstDegree; nodes are taken in ordinal order.
    void appendFirstDegree(Node node);
    std::string_view firstDegree(Node node) const
    {
        return std::string_view(m_firstDegree).substr(size_t(node) * m_hexSize, m_hexSize);
    }
    void appendRelatedHash(std::string &out, Node related, CompactDataset::TermId predicate,
                           const Issuer &issuer, char position);
    Result<std::pair<std::string, Issuer>> hashNDegree(Node node, const Issuer &issuer);
    // Appends the lowercase hex digest of data.
    void appendHex(std::string &out, std::string_view data) const;
    // Appends the quad's line to m_lines and marks it in m_spans; term(out, node) writes each blank node.
    template <typename Term> void addLine(size_t quad, Term term);
    // Sorts the lines marked in m_spans by byte order and appends them to out.
    template <typename Out> void appendSortedLines(Out &out, bool unique);
    std::span<const quint32> quadsOf(Node node) const
    {
        return std::span(m_quadsOf).subspan(m_quadsOfStart[size_t(node)],
                                            m_quadsOfStart[size_t(node) + 1] - m_quadsOfStart[size_t(node)]);
    }

    QCryptographicHash::Algorithm m_hash;
    size_t m_hexSize = 0; // characters of a hex digest

    const CompactDataset *m_dataset = nullptr;
    std::vector<QuadNodes> m_quadNodes;               // parallel to the dataset's quads
    std::vector<quint32> m_quadsOf;                   // per node, the indexes of the quads it is in, ...
    std::vector<quint32> m_quadsOfStart;              // ... from m_quadsOfStart[n] to m_quadsOfStart[n + 1]
    std::vector<QString> m_labels;                    // per node: its input label
    std::string m_firstDegree;                        // per node: its first-degree hash, m_hexSize characters
    std::string m_lines;                              // reused: lines to sort, ...
    std::vector<std::pair<quint32, quint32>> m_spans; // ... each as offset and size in m_lines
    std::string m_joined;                             // reused: the sorted lines of a first-degree hash
    std::string m_related;                            // reused: the input of a related hash
    Issuer m_canonical;                               // issues c14nN
    qint64 m_deepCalls = 0;
    qint64 m_deepCallLimit = 0;
};

} // namespace pf

#include "RdfCanonicalizer.h"

#include "crypto/Digest.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <numeric>
#include <optional>

namespace pf {

namespace {

using TermId = CompactDataset::TermId;

constexpr std::string_view kCanonicalPrefix = "c14n";
constexpr std::string_view kTemporaryPrefix = "b";
// The positions whose blank nodes are relabelled, with their letter in Hash Related Blank Node.
constexpr std::pair<int, char> kNodePositions[] = {{0, 's'}, {2, 'o'}, {3, 'g'}};

// "_:" and an issued identifier: the prefix and its number.
void appendIssued(std::string &out, std::string_view prefix, int number)
{
    out += "_:";
    out += prefix;
    char digits[16];
    char *end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    out.append(digits, size_t(end - digits));
}

// RDFC-1.0 orders strings by code point; UTF-8 byte order is exactly that, and std::string_view compares
// bytes as unsigned char.
bool codePointLess(std::string_view a, std::string_view b)
{
    return a < b;
}

} // namespace

RdfCanonicalizer::RdfCanonicalizer(QCryptographicHash::Algorithm hash)
    : m_hash(hash), m_hexSize(2 * size_t(QCryptographicHash::hashLength(hash)))
{
}

void RdfCanonicalizer::appendHex(std::string &out, std::string_view data) const
{
    static constexpr char digits[] = "0123456789abcdef";
    const QByteArray digest = Digest::hash(QByteArrayView(data.data(), qsizetype(data.size())), m_hash);
    for (const char c : digest) {
        out += digits[uchar(c) >> 4];
        out += digits[uchar(c) & 15];
    }
}

template <typename Term> void RdfCanonicalizer::addLine(size_t quad, Term term)
{
    const CompactDataset::Quad &q = m_dataset->quads()[quad];
    const QuadNodes &nodes = m_quadNodes[quad];
    const auto start = quint32(m_lines.size());
    for (int k = 0; k < 4; ++k) {
        const TermId t = q.terms[size_t(k)];
        if (k == 3 && t == CompactDataset::kDefaultGraph)
            break;
        if (k > 0)
            m_lines += ' ';
        if (nodes[size_t(k)] >= 0)
            term(m_lines, nodes[size_t(k)]);
        else if (t != CompactDataset::kDefaultGraph)
            m_lines += m_dataset->text(t);
    }
    m_lines += " .\n";
    m_spans.emplace_back(start, quint32(m_lines.size()) - start);
}

template <typename Out> void RdfCanonicalizer::appendSortedLines(Out &out, bool unique)
{
    // By byte order, as codePointLess: memcmp compares bytes as unsigned char.
    const char *const lines = m_lines.data();
    std::sort(m_spans.begin(), m_spans.end(), [lines](const auto &a, const auto &b) {
        const int c = std::memcmp(lines + a.first, lines + b.first, std::min(a.second, b.second));
        return c != 0 ? c < 0 : a.second < b.second;
    });
    if (unique) {
        m_spans.erase(std::unique(m_spans.begin(), m_spans.end(),
                                  [lines](const auto &a, const auto &b) {
                                      return a.second == b.second &&
                                             std::memcmp(lines + a.first, lines + b.first, a.second) == 0;
                                  }),
                      m_spans.end());
    }
    size_t size = 0;
    for (const auto &span : m_spans)
        size += span.second;
    const auto at = out.size();
    out.resize(at + decltype(out.size())(size));
    char *to = out.data() + at;
    for (const auto &span : m_spans) {
        std::memcpy(to, lines + span.first, span.second);
        to += span.second;
    }
}

void RdfCanonicalizer::appendFirstDegree(Node node)
{
    m_lines.clear();
    m_spans.clear();
    for (const quint32 i : quadsOf(node))
        addLine(i, [node](std::string &out, Node n) { out += n == node ? "_:a" : "_:z"; });
    m_joined.clear();
    appendSortedLines(m_joined, false);
    appendHex(m_firstDegree, m_joined);
}

void RdfCanonicalizer::appendRelatedHash(std::string &out, Node related, TermId predicate,
                                         const Issuer &issuer, char position)
{
    m_related.assign(1, position);
    if (position != 'g')
        m_related += m_dataset->text(predicate);
    if (m_canonical.has(related))
        appendIssued(m_related, kCanonicalPrefix, m_canonical.issued[size_t(related)]);
    else if (issuer.has(related))
        appendIssued(m_related, kTemporaryPrefix, issuer.issued[size_t(related)]);
    else
        m_related += firstDegree(related);
    appendHex(out, m_related);
}

Result<std::pair<std::string, RdfCanonicalizer::Issuer>> RdfCanonicalizer::hashNDegree(Node node,
                                                                                       const Issuer &issuerIn)
{
    if (++m_deepCalls > m_deepCallLimit) {
        return Error{ErrorCode::CanonicalizationLimit,
                     QStringLiteral("canonicalization exceeded its work bound (%1 deep hashing steps): "
                                    "the graph's blank nodes are too symmetric to canonicalize safely")
                         .arg(m_deepCallLimit)};
    }
    Issuer issuer = issuerIn;
    // Related blank nodes with the hash of how they relate to node; sorted, they come grouped by hash.
    struct Related
    {
        std::string hash;
        Node node;
    };
    std::vector<Related> related;
    for (const quint32 i : quadsOf(node)) {
        const QuadNodes &nodes = m_quadNodes[i];
        for (const auto &[k, position] : kNodePositions) {
            const Node r = nodes[size_t(k)];
            if (r < 0 || r == node)
                continue;
            Related &entry = related.emplace_back();
            entry.node = r;
            appendRelatedHash(entry.hash, r, m_dataset->quads()[i].terms[1], issuer, position);
        }
    }
    std::sort(related.begin(), related.end(), [](const Related &a, const Related &b) {
        const int c = a.hash.compare(b.hash);
        return c != 0 ? c < 0 : a.node < b.node;
    });

    std::string dataToHash;
    std::vector<Node> nodes;
    std::vector<Node> recursion;
    std::string path;
    std::string chosenPath;
    // The path being built already sorts after the chosen one, and can only grow.
    const auto worse = [&path, &chosenPath] {
        return !chosenPath.empty() && path.size() >= chosenPath.size() && codePointLess(chosenPath, path);
    };
    for (size_t group = 0; group < related.size();) {
        const std::string &hash = related[group].hash;
        dataToHash += hash;
        nodes.clear();
        size_t end = group;
        for (; end < related.size() && related[end].hash == hash; ++end)
            nodes.push_back(related[end].node);
        group = end;
        chosenPath.clear();
        std::optional<Issuer> chosenIssuer;
        do {
            Issuer issuerCopy = issuer;
            path.clear();
            recursion.clear();
            bool skip = false;
            for (const Node r : nodes) {
                if (m_canonical.has(r)) {
                    appendIssued(path, kCanonicalPrefix, m_canonical.issued[size_t(r)]);
                } else {
                    if (!issuerCopy.has(r))
                        recursion.push_back(r);
                    appendIssued(path, kTemporaryPrefix, issuerCopy.issue(r));
                }
                if (worse()) {
                    skip = true;
                    break;
                }
            }
            if (skip)
                continue;
            for (const Node r : recursion) {
                auto result = hashNDegree(r, issuerCopy);
                if (!result)
                    return result.error();
                appendIssued(path, kTemporaryPrefix, issuerCopy.issue(r));
                path += '<';
                path += result->first;
                path += '>';
                issuerCopy = std::move(result->second);
                if (worse()) {
                    skip = true;
                    break;
                }
            }
            if (skip)
                continue;
            if (chosenPath.empty() || codePointLess(path, chosenPath)) {
                chosenPath = path;
                chosenIssuer = std::move(issuerCopy);
            }
        } while (std::next_permutation(nodes.begin(), nodes.end()));
        dataToHash += chosenPath;
        if (chosenIssuer)
            issuer = std::move(*chosenIssuer);
    }
    std::string result;
    appendHex(result, dataToHash);
    return std::pair{std::move(result), std::move(issuer)};
}

Result<RdfCanonicalizer::Output> RdfCanonicalizer::canonicalize(const QList<RdfQuad> &dataset)
{
    return canonicalize(CompactDataset::fromQuads(dataset));
}

Result<RdfCanonicalizer::Output> RdfCanonicalizer::canonicalize(const CompactDataset &dataset)
{
    m_dataset = &dataset;
    const std::vector<CompactDataset::Quad> &quads = dataset.quads();

    // The blank nodes, numbered in the order of their labels (the order in which tied nodes are taken).
    constexpr Node kNotNode = -1;
    constexpr Node kUnnumbered = -2;
    constexpr Node kUnseen = -3;
    std::vector<Node> ordinalOf(size_t(dataset.termCount()), kUnseen);
    std::vector<std::pair<QString, TermId>> blanks;
    for (const CompactDataset::Quad &q : quads) {
        for (const auto &[k, position] : kNodePositions) {
            const TermId t = q.terms[size_t(k)];
            if (t == CompactDataset::kDefaultGraph || ordinalOf[t] != kUnseen)
                continue;
            if (!dataset.isBlank(t)) {
                ordinalOf[t] = kNotNode;
                continue;
            }
            ordinalOf[t] = kUnnumbered;
            const std::string_view label = dataset.label(t);
            blanks.emplace_back(QString::fromUtf8(label.data(), qsizetype(label.size())), t);
        }
    }
    std::sort(blanks.begin(), blanks.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    const size_t n = blanks.size();
    m_labels.clear();
    m_labels.reserve(n);
    for (size_t v = 0; v < n; ++v) {
        ordinalOf[blanks[v].second] = Node(v);
        m_labels.push_back(std::move(blanks[v].first));
    }

    // Each quad's nodes, and each node's quads (a quad once per node, in quad order).
    m_quadNodes.resize(quads.size());
    m_quadsOfStart.assign(n + 1, 0);
    const auto firstInQuad = [](const QuadNodes &nodes, int k) {
        return nodes[size_t(k)] >= 0 && (k == 0 || nodes[size_t(k)] != nodes[0]) &&
               (k != 3 || nodes[3] != nodes[2]);
    };
    for (size_t i = 0; i < quads.size(); ++i) {
        QuadNodes &nodes = m_quadNodes[i];
        nodes.fill(-1);
        for (const auto &[k, position] : kNodePositions) {
            const TermId t = quads[i].terms[size_t(k)];
            if (t != CompactDataset::kDefaultGraph)
                nodes[size_t(k)] = ordinalOf[t];
        }
        for (const auto &[k, position] : kNodePositions) {
            if (firstInQuad(nodes, k))
                ++m_quadsOfStart[size_t(nodes[size_t(k)]) + 1];
        }
    }
    std::partial_sum(m_quadsOfStart.begin(), m_quadsOfStart.end(), m_quadsOfStart.begin());
    m_quadsOf.resize(m_quadsOfStart.back());
    std::vector<quint32> fill(m_quadsOfStart.begin(), m_quadsOfStart.end() - 1);
    for (size_t i = 0; i < quads.size(); ++i) {
        for (const auto &[k, position] : kNodePositions) {
            if (firstInQuad(m_quadNodes[i], k))
                m_quadsOf[fill[size_t(m_quadNodes[i][size_t(k)])]++] = quint32(i);
        }
    }

    m_deepCalls = 0;
    m_deepCallLimit = qMax<qint64>(64, qint64(n) * kMaxDeepCallsPerNode);
    m_canonical = Issuer(n);
    m_firstDegree.clear();
    m_firstDegree.reserve(n * m_hexSize);
    m_lines.reserve(quads.size() * 128);
    m_spans.reserve(quads.size());
    for (size_t v = 0; v < n; ++v)
        appendFirstDegree(Node(v));

    // Blank nodes whose first-degree hash is unique get their canonical label straight away.
    std::vector<Node> byHash(n);
    std::iota(byHash.begin(), byHash.end(), 0);
    std::stable_sort(byHash.begin(), byHash.end(),
                     [this](Node a, Node b) { return codePointLess(firstDegree(a), firstDegree(b)); });
    std::vector<std::pair<size_t, size_t>> shared; // groups of nodes sharing a hash, as ranges in byHash
    for (size_t group = 0; group < n;) {
        size_t end = group + 1;
        while (end < n && firstDegree(byHash[end]) == firstDegree(byHash[group]))
            ++end;
        if (end - group == 1)
            m_canonical.issue(byHash[group]);
        else
            shared.emplace_back(group, end);
        group = end;
    }
    // The rest by N-degree hashing, group by group in hash order.
    for (const auto &[begin, end] : shared) {
        std::vector<std::pair<std::string, Issuer>> paths;
        for (size_t j = begin; j < end; ++j) {
            const Node v = byHash[j];
            if (m_canonical.has(v))
                continue;
            Issuer temporary(n);
            temporary.issue(v);
            auto result = hashNDegree(v, temporary);
            if (!result)
                return result.error();
            paths.push_back(std::move(*result));
        }
        std::stable_sort(paths.begin(), paths.end(),
                         [](const auto &a, const auto &b) { return codePointLess(a.first, b.first); });
        for (const auto &[hash, issuer] : paths) {
            for (const Node existing : issuer.order)
                m_canonical.issue(existing);
        }
    }

    m_lines.clear();
    m_spans.clear();
    for (size_t i = 0; i < quads.size(); ++i) {
        addLine(i, [this](std::string &out, Node v) {
            appendIssued(out, kCanonicalPrefix, m_canonical.issued[size_t(v)]);
        });
    }
    Output out;
    appendSortedLines(out.nquads, true);
    out.issuedIds.reserve(qsizetype(n));
    for (const Node v : m_canonical.order) {
        out.issuedIds.insert(m_labels[size_t(v)],
                             QStringLiteral("c14n") + QString::number(m_canonical.issued[size_t(v)]));
    }
    m_dataset = nullptr;
    return out;
}

} // namespace pf

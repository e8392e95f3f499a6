#pragma once

#include "RdfTerm.h"

#include <QList>
#include <QtGlobal>
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace pf {

// An RDF dataset whose terms are interned once, in their N-Quads form: what canonicalization hashes, sorts
// and prints, without a string per quad. Terms are UTF-8; a dataset holds each quad once.
class CompactDataset
{
public:
    using TermId = quint32;
    static constexpr TermId kDefaultGraph = 0xFFFFFFFFu;

    struct Quad
    {
        std::array<TermId, 4> terms; // subject, predicate, object, graph (kDefaultGraph for the default one)
        friend bool operator==(const Quad &, const Quad &) = default;
    };

    CompactDataset();

    TermId iri(std::string_view iri);
    // The same label gives the same node.
    TermId blank(std::string_view label);
    // A node no other label names.
    TermId freshBlank();
    // An empty datatype is xsd:string; a language makes an rdf:langString (the datatype is then ignored).
    TermId literal(std::string_view lexical, std::string_view datatype, std::string_view language = {});
    TermId term(const RdfTerm &term);

    // Adds the quad unless the dataset holds it already.
    void add(TermId subject, TermId predicate, TermId object, TermId graph = kDefaultGraph);

    const std::vector<Quad> &quads() const { return m_quads; }
    qsizetype termCount() const { return qsizetype(m_spans.size()); }
    bool isBlank(TermId id) const { return m_text[m_spans[id].first] == '_'; }
    // The N-Quads form: "<iri>", a literal with its datatype or language, or "_:label".
    std::string_view text(TermId id) const
    {
        return std::string_view(m_text).substr(m_spans[id].first, m_spans[id].second);
    }
    // A blank node's label, without "_:".
    std::string_view label(TermId id) const { return text(id).substr(2); }

    static CompactDataset fromQuads(const QList<RdfQuad> &quads);

private:
    TermId intern();

    static size_t hashOf(const Quad &q)
    {
        size_t h = 0;
        for (TermId t : q.terms)
            h = (h ^ t) * 0x9E3779B97F4A7C15ull;
        return h ^ (h >> 29);
    }
    template <typename Equal> static quint32 *probe(std::vector<quint32> &table, size_t hash, Equal equal);
    void growTerms();
    void growQuads();

    // All term texts in one buffer (a term is a span of it), found through open addressing: a credential's
    // dataset is built and dropped in microseconds, so an allocation per term would dominate.
    std::string m_text;
    std::vector<std::pair<quint32, quint32>> m_spans; // offset and length of each term's text
    std::vector<quint32> m_termSlots;                 // term id + 1, 0 for empty
    std::vector<Quad> m_quads;
    std::vector<quint32> m_quadSlots; // quad index + 1, 0 for empty
    quint32 m_nextFresh = 0;
    std::string m_scratch;
};

} // namespace pf

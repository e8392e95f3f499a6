#include "CompactDataset.h"

#include "NQuads.h"

namespace pf {

CompactDataset::CompactDataset()
{
    // A credential makes some 40 quads over some 70 terms: room for that without growing.
    m_text.reserve(4096);
    m_spans.reserve(128);
    m_termSlots.assign(256, 0);
    m_quads.reserve(64);
    m_quadSlots.assign(128, 0);
}

template <typename Equal>
quint32 *CompactDataset::probe(std::vector<quint32> &table, size_t hash, Equal equal)
{
    const size_t mask = table.size() - 1; // a power of two
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        if (table[i] == 0 || equal(table[i] - 1))
            return &table[i];
    }
}

void CompactDataset::growTerms()
{
    std::vector<quint32> table(m_termSlots.size() * 2, 0);
    for (TermId id = 0; id < TermId(m_spans.size()); ++id)
        *probe(table, std::hash<std::string_view>()(text(id)), [](quint32) { return false; }) = id + 1;
    m_termSlots.swap(table);
}

void CompactDataset::growQuads()
{
    std::vector<quint32> table(m_quadSlots.size() * 2, 0);
    for (quint32 i = 0; i < quint32(m_quads.size()); ++i)
        *probe(table, hashOf(m_quads[i]), [](quint32) { return false; }) = i + 1;
    m_quadSlots.swap(table);
}

CompactDataset::TermId CompactDataset::intern()
{
    // The text is built in m_scratch, and copied only when it is new.
    const std::string_view candidate = m_scratch;
    quint32 *slot = probe(m_termSlots, std::hash<std::string_view>()(candidate),
                          [&](quint32 id) { return text(id) == candidate; });
    if (*slot != 0)
        return *slot - 1;
    const TermId id = TermId(m_spans.size());
    m_spans.emplace_back(quint32(m_text.size()), quint32(candidate.size()));
    m_text.append(candidate);
    *slot = id + 1;
    if (m_spans.size() * 2 > m_termSlots.size())
        growTerms();
    return id;
}

CompactDataset::TermId CompactDataset::iri(std::string_view iri)
{
    m_scratch.clear();
    m_scratch += '<';
    m_scratch += iri;
    m_scratch += '>';
    return intern();
}

CompactDataset::TermId CompactDataset::blank(std::string_view label)
{
    m_scratch.clear();
    m_scratch += "_:";
    m_scratch += label;
    return intern();
}

CompactDataset::TermId CompactDataset::freshBlank()
{
    while (true) {
        m_scratch = "_:b" + std::to_string(m_nextFresh++);
        const std::string_view candidate = m_scratch;
        if (*probe(m_termSlots, std::hash<std::string_view>()(candidate),
                   [&](quint32 id) { return text(id) == candidate; }) == 0)
            return intern();
    }
}

CompactDataset::TermId CompactDataset::literal(std::string_view lexical, std::string_view datatype,
                                               std::string_view language)
{
    m_scratch.clear();
    NQuads::appendLiteral(m_scratch, lexical, datatype, language);
    return intern();
}

CompactDataset::TermId CompactDataset::term(const RdfTerm &term)
{
    switch (term.kind) {
    case RdfTerm::Kind::None:
        return kDefaultGraph;
    case RdfTerm::Kind::Iri:
        return iri(term.value.toStdString());
    case RdfTerm::Kind::Blank:
        return blank(term.value.toStdString());
    case RdfTerm::Kind::Literal:
        return literal(term.value.toStdString(), term.datatype.toStdString(), term.language.toStdString());
    }
    return kDefaultGraph;
}

void CompactDataset::add(TermId subject, TermId predicate, TermId object, TermId graph)
{
    const Quad quad{{subject, predicate, object, graph}};
    quint32 *slot = probe(m_quadSlots, hashOf(quad), [&](quint32 i) { return m_quads[i] == quad; });
    if (*slot != 0)
        return;
    m_quads.push_back(quad);
    *slot = quint32(m_quads.size());
    if (m_quads.size() * 2 > m_quadSlots.size())
        growQuads();
}

CompactDataset CompactDataset::fromQuads(const QList<RdfQuad> &quads)
{
    CompactDataset dataset;
    dataset.m_quads.reserve(size_t(quads.size()));
    for (const RdfQuad &q : quads)
        dataset.add(dataset.term(q.subject), dataset.term(q.predicate), dataset.term(q.object),
                    dataset.term(q.graph));
    return dataset;
}

} // namespace pf

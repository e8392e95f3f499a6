#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace pf {

// One term of an active context (JSON-LD 1.1 API, section 4.1: term definition).
struct TermDefinition
{
    enum Container : quint8 {
        List = 1,
        Set = 2,
        Language = 4,
        Index = 8,
        Id = 16,
        Type = 32,
        Graph = 64,
    };

    QString iri;           // the IRI mapping; null when the term is defined with "@id": null
    QString typeMapping;   // empty when absent
    QString index;         // the index mapping; empty when absent
    QString nest;          // the nest value; empty when absent
    QString language;      // the language mapping when hasLanguage; a null QString is the null mapping
    QString direction;     // the direction mapping when hasDirection; a null QString is the null mapping
    QJsonValue context;    // the scoped (local) context when hasContext
    QString baseUrl;       // the base URL the scoped context was defined with
    quint64 contextId = 0; // identifies the scoped context for the context cache
    // {"@type": typeMapping, "@value": null} when values of the term are typed: expansion copies it per value
    // rather than encode the same two keys and type IRI into a new object each time. Derived, so not
    // compared.
    QJsonObject typedValueShape;
    // [iri] when the IRI mapping is not a keyword: a node's @type is usually one term, whose expanded array
    // this is. Derived, so not compared.
    QJsonArray iriArray;
    quint8 containers = 0; // Container flags
    bool hasLanguage = false;
    bool hasDirection = false;
    bool hasContext = false;
    bool hasBaseUrl = false;
    bool prefix = false;
    bool isProtected = false;
    bool reverse = false;

    bool hasContainer(Container c) const { return (containers & c) != 0; }

    // Fills the derived members once the definition is complete, before it is shared.
    void prepare();

    // True when both define the term the same way, ignoring @protected (the "identical redefinition" rule).
    bool sameAs(const TermDefinition &other) const;
};

} // namespace pf

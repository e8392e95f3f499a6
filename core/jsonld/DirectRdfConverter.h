#pragma once

#include "ActiveContext.h"
#include "CompactDataset.h"
#include "JsonLdOptions.h"
#include "JsonTree.h"
#include "common/Result.h"

#include <QString>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace pf {

class ContextCache;
class ContextProcessor;

// Turns the JSON-LD that credentials are made of straight into an RDF dataset, for canonicalization, without
// building the expanded form and the node map in between. It shares context processing with the full
// algorithms (JsonLdExpander, JsonLdToRdf) and takes only what it can convert exactly as they would: node
// objects with @id, @type and properties whose values are strings, numbers, booleans, nested nodes or
// arrays of them, typed and @id/@vocab-coerced values, property- and type-scoped contexts. Anything else
// (lists, language-tagged or directed strings, value objects, @graph, @reverse, @nest, @included, maps,
// @json, anything the full algorithms would reject or that safe mode would report) makes it decline, and
// the caller runs the full algorithms, which then give the result or the precise error. Blank node labels
// differ from the full algorithms' (canonicalization relabels them).
class DirectRdfConverter
{
public:
    explicit DirectRdfConverter(JsonLdOptions options);
    ~DirectRdfConverter();

    // The dataset of the document at root, or nothing when it must go through the full algorithms.
    std::optional<CompactDataset> convert(const JsonTree &tree, JsonTree::NodeId root);

    // How many documents of this converter's lifetime were declined, and what the last one declined on (for
    // tests and benchmarks).
    int declined() const { return m_declined; }
    const char *lastDeclineReason() const { return m_reason; }

private:
    using TermId = CompactDataset::TermId;

    // What a member name means in a context. Resolving never declines by itself, because expansion also
    // asks about names in contexts where they need not be defined (before type-scoped contexts apply).
    struct Key
    {
        enum class Kind { Context, Id, Type, Value, Property, Unusable } kind = Kind::Property;
        const TermDefinition *definition = nullptr;
        std::string iri;                // a Property's IRI
        const char *unusable = nullptr; // why a Property cannot be converted here, or the Unusable reason
        // The IRI's term in the dataset of the conversion numbered generation.
        mutable quint64 generation = 0;
        mutable TermId predicate = 0;
    };
    // What a @type value names in a context.
    struct TypeName
    {
        const TermDefinition *definition = nullptr; // the type's term, for its type-scoped context
        bool usable = false;                        // expands to an absolute IRI or a blank node
        std::string iri;
    };
    struct StringHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>()(s); }
    };
    // The names resolved in one context, kept per thread across documents: credentials repeat the same
    // members under the same contexts, and resolving a name costs more than converting its value.
    struct ContextKeys
    {
        ActiveContextPtr context; // kept alive, since the definitions above point into it
        std::unordered_map<std::string, Key, StringHash, std::equal_to<>> keys;
        std::unordered_map<std::string, TypeName, StringHash, std::equal_to<>> types;
    };

    struct Decline
    {
    };

    // ContextKeys by context identity, with the last one found.
    struct KeyCache
    {
        std::unordered_map<quint64, ContextKeys> contexts;
        quint64 lastId = 0;
        ContextKeys *last = nullptr;
        void clear();
    };
    static KeyCache &threadKeys();
    ContextKeys &keysOf(const ActiveContextPtr &context);
    const Key &resolve(const ActiveContextPtr &context, std::string_view name);
    TermId predicateOf(const Key &key);
    const TypeName &typeName(const ActiveContextPtr &typeScoped, std::string_view name);
    TermId typeTerm(const ActiveContextPtr &typeScoped, std::string_view name);
    TermId node(ActiveContextPtr context, const TermDefinition *propertyDefinition, JsonTree::NodeId object,
                int depth, bool topLevel);
    void values(const ActiveContextPtr &context, std::string_view name, const TermDefinition *definition,
                JsonTree::NodeId value, TermId subject, TermId predicate, int depth, bool *counted);
    TermId scalar(const ActiveContext &context, const TermDefinition *definition, JsonTree::NodeId value);
    TermId reference(const QString &id);
    TermId numberLiteral(double number, const QString &datatype);
    ActiveContextPtr keep(Result<ActiveContextPtr> context);
    [[noreturn]] void decline(const char *reason);

    JsonLdOptions m_options;
    std::unique_ptr<ContextCache> m_ownCache;
    ContextCache *m_cache = nullptr;

    // Per document.
    const JsonTree *m_tree = nullptr;
    ContextProcessor *m_processor = nullptr;
    CompactDataset *m_dataset = nullptr;
    std::vector<ActiveContextPtr> m_contexts; // keeps alive every context of the document
    quint64 m_generation = 0;
    KeyCache m_documentKeys;                              // for the document's own contexts
    std::unordered_map<std::string, TermId> m_blankNodes; // input labels to the dataset's nodes
    TermId m_rdfType = 0;

    int m_declined = 0;
    const char *m_reason = "";
};

} // namespace pf

#include "TermDefinition.h"

namespace pf {

bool TermDefinition::sameAs(const TermDefinition &other) const
{
    // The scoped context is compared as JSON, never its identity or base URL: two context files that define a
    // protected term with the same scoped context must count as identical.
    return iri == other.iri && iri.isNull() == other.iri.isNull() && typeMapping == other.typeMapping &&
           index == other.index && nest == other.nest && hasLanguage == other.hasLanguage &&
           (!hasLanguage || (language == other.language && language.isNull() == other.language.isNull())) &&
           hasDirection == other.hasDirection &&
           (!hasDirection ||
            (direction == other.direction && direction.isNull() == other.direction.isNull())) &&
           hasContext == other.hasContext && (!hasContext || context == other.context) &&
           containers == other.containers && prefix == other.prefix && reverse == other.reverse;
}

void TermDefinition::prepare()
{
    iriArray = QJsonArray();
    if (!iri.isNull() && !iri.startsWith(u'@'))
        iriArray.append(iri);
    typedValueShape = QJsonObject();
    if (typeMapping.isEmpty() || typeMapping == u"@id" || typeMapping == u"@vocab" || typeMapping == u"@none")
        return;
    typedValueShape.insert(QStringLiteral("@type"), typeMapping);
    typedValueShape.insert(QStringLiteral("@value"), QJsonValue());
}

} // namespace pf

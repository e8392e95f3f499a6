#pragma once

#include <QStringView>
#include <initializer_list>

namespace pf {

// The JSON-LD 1.1 keywords and the "has the form of a keyword" test.
class JsonLdKeywords
{
public:
    static bool isKeyword(QStringView text)
    {
        if (text.size() < 3 || text[0] != u'@')
            return false;
        // Grouped by length: this runs for every key and IRI expansion, and a length leaves at most six
        // candidates to compare instead of 29.
        const auto any = [text](std::initializer_list<QStringView> keywords) {
            for (const QStringView keyword : keywords) {
                if (keyword == text)
                    return true;
            }
            return false;
        };
        switch (text.size()) {
        case 3:
            return text == u"@id";
        case 4:
            return text == u"@set";
        case 5:
            return any({u"@type", u"@list", u"@base", u"@json", u"@nest", u"@none"});
        case 6:
            return any({u"@value", u"@graph", u"@index", u"@vocab", u"@embed"});
        case 7:
            return any({u"@import", u"@prefix"});
        case 8:
            return any({u"@context", u"@reverse", u"@default", u"@version"});
        case 9:
            return any({u"@language", u"@included", u"@explicit", u"@preserve"});
        case 10:
            return any({u"@container", u"@direction", u"@protected", u"@propagate"});
        case 11:
            return text == u"@requireAll";
        case 12:
            return text == u"@omitDefault";
        default:
            return false;
        }
    }

    // "@" followed by one or more ALPHA: reserved for future keywords, ignored with a warning.
    static bool hasKeywordForm(QStringView text)
    {
        if (text.size() < 2 || text[0] != u'@')
            return false;
        for (qsizetype i = 1; i < text.size(); ++i) {
            const QChar c = text[i];
            if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
                return false;
        }
        return true;
    }
};

} // namespace pf

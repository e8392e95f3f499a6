#include "JsonReader.h"

#include "Utf8Validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <array>

namespace pf {

QString JsonReader::position(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters, not continuation bytes
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

Result<QJsonValue> JsonReader::parse(const QByteArray &input, int maxDepth)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (const qsizetype bad = Utf8Validator::firstInvalidOffset(bytes); bad >= 0)
        return Error{ErrorCode::InvalidUtf8,
                     QStringLiteral("the text is not valid UTF-8 at %1").arg(position(bytes, bad))};

    // Bound the nesting before Qt's parser sees it: depth is counted outside strings only.
    // Most bytes are none of the six that matter here: one table look-up passes them.
    static constexpr auto kSpecial = [] {
        std::array<bool, 256> table{};
        for (const char c : {'"', '\\', '{', '[', '}', ']'})
            table[static_cast<unsigned char>(c)] = true;
        return table;
    }();
    int depth = 0;
    bool inString = false;
    const char *const data = bytes.constData();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = data[i];
        if (!kSpecial[static_cast<unsigned char>(c)])
            continue;
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth) {
                return Error{ErrorCode::TooDeep,
                             QStringLiteral("the JSON is nested more than %1 levels deep at %2")
                                 .arg(maxDepth)
                                 .arg(position(bytes, i))};
            }
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        return Error{
            ErrorCode::MalformedJson,
            QStringLiteral("the JSON is malformed at %1: %2")
                .arg(position(bytes, qMax(0, error.offset - 1)) /* Qt points just past the culprit */,
                     error.errorString())};
    }
    if (doc.isObject())
        return QJsonValue(doc.object());
    return QJsonValue(doc.array());
}

} // namespace pf

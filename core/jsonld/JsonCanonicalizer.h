#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace pf {

// The JSON Canonicalization Scheme (RFC 8785): one byte sequence per JSON value, for hashing and rdf:JSON.
class JsonCanonicalizer
{
public:
    static QByteArray canonicalize(const QJsonValue &value);

    // A number as ECMAScript's Number.prototype.toString writes it (RFC 8785, section 3.2.2.3).
    static QByteArray number(double value);

private:
    static void append(QByteArray &out, const QJsonValue &value);
    static void appendString(QByteArray &out, const QString &text);
};

} // namespace pf

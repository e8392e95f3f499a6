#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace pf {

// A byte-level XML tokenizer that keeps each token's exact byte range, so an SVG can be edited in place.
class XmlByteScanner
{
public:
    // Works on UTF-8 (or any ASCII-compatible encoding). It does not check well-formedness, so run
    // QXmlStreamReader over the document first. It never reads past the end, whatever the input.
    enum class Kind { Text, Comment, ProcessingInstruction, CData, Doctype, StartTag, EndTag, End, Error };

    struct Attribute
    {
        QByteArrayView name;
        QByteArrayView rawValue;  // between the quotes, references unresolved
        qsizetype valueBegin = 0; // offset of the first byte after the opening quote
        qsizetype end = 0;        // offset just past the closing quote
    };

    struct Token
    {
        Kind kind = Kind::End;
        qsizetype begin = 0; // [begin, end) in the document
        qsizetype end = 0;
        QByteArrayView name;         // start and end tags, DOCTYPE: the qualified name
        qsizetype nameEnd = 0;       // start tags: offset just past the name
        QList<Attribute> attributes; // start tags
        bool selfClosing = false;    // start tags ending in "/>"
        bool internalSubset = false; // DOCTYPE with an internal subset "[...]"
    };

    explicit XmlByteScanner(QByteArrayView xml); // skips a UTF-8 byte order mark

    Token next(); // End at the end of input; Error (see errorString) on markup it cannot delimit
    QString errorString() const { return m_error; }

    // The encoding named in the XML declaration, lower-cased; empty when there is none (UTF-8 then).
    static QByteArray declaredEncoding(QByteArrayView xml);

    // Resolves the predefined entities and character references in an attribute value (UTF-8).
    static QString decodeAttributeValue(QByteArrayView raw);

private:
    Token fail(qsizetype at, const QString &message);
    bool startsWith(qsizetype at, QByteArrayView what) const;
    qsizetype find(qsizetype from, QByteArrayView what) const;
    Token scanDoctype(qsizetype begin);
    Token scanStartTag(qsizetype begin);

    QByteArrayView m_xml;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace pf

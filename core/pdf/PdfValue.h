#pragma once

#include <QByteArray>
#include <vector>

namespace pf {

// One PDF object as the file spells it (ISO 32000-1, 7.3): enough of the syntax to read a document's
// trailer, catalogue and embedded files, and to write the objects of an incremental update.
struct PdfValue
{
    enum class Type { Null, Boolean, Number, Name, String, Array, Dictionary, Reference };

    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    QByteArray text; // a name (without '/', #xx decoded), a string's bytes, or a number as written
    std::vector<PdfValue> items;  // an array's items, or a dictionary's values
    std::vector<QByteArray> keys; // a dictionary's keys, in file order, parallel to items
    int objectNumber = 0;         // a reference's target
    int generation = 0;

    static PdfValue name(const QByteArray &n);
    static PdfValue string(const QByteArray &bytes);
    // A text string (7.9.2.2): PDFDocEncoding's ASCII subset as is, anything else as UTF-16BE with a BOM.
    static PdfValue textString(const QString &text);
    static PdfValue integer(qint64 n);
    static PdfValue reference(int objectNumber, int generation = 0);
    static PdfValue array(std::vector<PdfValue> items = {});
    static PdfValue dictionary();

    bool isInteger() const;
    qint64 toInteger() const { return static_cast<qint64>(number); }
    bool isName(const char *n) const { return type == Type::Name && text == n; }
    // A text string decoded (UTF-16BE with a BOM, UTF-8 with a BOM, or PDFDocEncoding read as Latin-1).
    QString toText() const;

    // A dictionary's value for key, or nullptr.
    const PdfValue *value(const char *key) const;
    // Sets key in a dictionary, replacing an earlier value.
    void insert(const QByteArray &key, PdfValue value);
    void append(PdfValue value) { items.push_back(std::move(value)); }

    // The object in PDF syntax; strings are written in hex so no byte needs escaping.
    QByteArray serialize() const;
};

} // namespace pf

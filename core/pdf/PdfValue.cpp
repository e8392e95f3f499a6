#include "PdfValue.h"

#include <QString>
#include <cmath>

namespace pf {

PdfValue PdfValue::name(const QByteArray &n)
{
    PdfValue v;
    v.type = Type::Name;
    v.text = n;
    return v;
}

PdfValue PdfValue::string(const QByteArray &bytes)
{
    PdfValue v;
    v.type = Type::String;
    v.text = bytes;
    return v;
}

PdfValue PdfValue::textString(const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return string(text.toLatin1());
    QByteArray utf16("\xfe\xff");
    for (QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xff));
    }
    return string(utf16);
}

PdfValue PdfValue::integer(qint64 n)
{
    PdfValue v;
    v.type = Type::Number;
    v.number = double(n);
    v.text = QByteArray::number(n);
    return v;
}

PdfValue PdfValue::reference(int objectNumber, int generation)
{
    PdfValue v;
    v.type = Type::Reference;
    v.objectNumber = objectNumber;
    v.generation = generation;
    return v;
}

PdfValue PdfValue::array(std::vector<PdfValue> items)
{
    PdfValue v;
    v.type = Type::Array;
    v.items = std::move(items);
    return v;
}

PdfValue PdfValue::dictionary()
{
    PdfValue v;
    v.type = Type::Dictionary;
    return v;
}

bool PdfValue::isInteger() const
{
    return type == Type::Number && std::floor(number) == number && std::fabs(number) < 9.0e15;
}

QString PdfValue::toText() const
{
    if (text.startsWith("\xfe\xff")) {
        QString out;
        for (qsizetype i = 2; i + 1 < text.size(); i += 2)
            out.append(QChar(char16_t((uchar(text.at(i)) << 8) | uchar(text.at(i + 1)))));
        return out;
    }
    if (text.startsWith("\xef\xbb\xbf"))
        return QString::fromUtf8(text.mid(3));
    return QString::fromLatin1(text);
}

const PdfValue *PdfValue::value(const char *key) const
{
    if (type != Type::Dictionary)
        return nullptr;
    for (size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] == key)
            return &items[i];
    }
    return nullptr;
}

void PdfValue::insert(const QByteArray &key, PdfValue value)
{
    for (size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] == key) {
            items[i] = std::move(value);
            return;
        }
    }
    keys.push_back(key);
    items.push_back(std::move(value));
}

namespace {

QByteArray serializeName(const QByteArray &n)
{
    QByteArray out("/");
    for (char c : n) {
        const uchar u = uchar(c);
        // Regular characters go as they are; delimiters, white space, '#' and bytes outside '!'..'~' as #xx.
        if (u > 0x20 && u < 0x7f && !QByteArrayView("#()<>[]{}/%").contains(c))
            out.append(c);
        else
            out.append('#').append(QByteArray::number(u, 16).rightJustified(2, '0'));
    }
    return out;
}

} // namespace

QByteArray PdfValue::serialize() const
{
    switch (type) {
    case Type::Null:
        return "null";
    case Type::Boolean:
        return boolean ? "true" : "false";
    case Type::Number:
        return text.isEmpty() ? QByteArray::number(number) : text;
    case Type::Name:
        return serializeName(text);
    case Type::String:
        return '<' + text.toHex() + '>';
    case Type::Reference:
        return QByteArray::number(objectNumber) + ' ' + QByteArray::number(generation) + " R";
    case Type::Array: {
        QByteArray out("[");
        for (size_t i = 0; i < items.size(); ++i)
            out.append(i ? " " : "").append(items[i].serialize());
        return out + ']';
    }
    case Type::Dictionary: {
        QByteArray out("<<");
        for (size_t i = 0; i < keys.size(); ++i)
            out.append(serializeName(keys[i])).append(' ').append(items[i].serialize()).append('\n');
        return out + ">>";
    }
    }
    return "null";
}

} // namespace pf

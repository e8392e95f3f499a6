#include "PdfAttachmentReader.h"

#include "PdfCrossReference.h"

namespace pf {

namespace {

constexpr int kMaxTreeDepth = 32;
constexpr int kMaxTreeNodes = 4096;

Error malformed(const QString &what)
{
    return {ErrorCode::MalformedPdf, what};
}

// Walks the name tree below node, collecting its (name, file specification) pairs.
class NameTreeWalker
{
public:
    explicit NameTreeWalker(const PdfCrossReference &xref) : m_xref(xref) {}

    Status walk(const PdfValue &nodeValue, int depth)
    {
        if (depth > kMaxTreeDepth)
            return malformed(
                QStringLiteral("the embedded files' name tree is deeper than %1").arg(kMaxTreeDepth));
        if (++m_nodes > kMaxTreeNodes)
            return malformed(
                QStringLiteral("the embedded files' name tree has more than %1 nodes").arg(kMaxTreeNodes));
        auto node = m_xref.resolve(nodeValue);
        if (!node)
            return node.error();
        if (node->type != PdfValue::Type::Dictionary)
            return malformed(QStringLiteral("a node of the embedded files' name tree is not a dictionary"));
        if (const PdfValue *names = node->value("Names")) {
            auto list = m_xref.resolve(*names);
            if (!list)
                return list.error();
            if (list->type != PdfValue::Type::Array || list->items.size() % 2)
                return malformed(QStringLiteral("an embedded files' /Names is not an array of pairs"));
            for (size_t i = 0; i < list->items.size(); i += 2) {
                if (list->items[i].type != PdfValue::Type::String)
                    return malformed(QStringLiteral("an embedded file's key is not a string"));
                if (pairs.size() >= PdfAttachmentReader::kMaxAttachments)
                    return malformed(QStringLiteral("more than %1 embedded files")
                                         .arg(PdfAttachmentReader::kMaxAttachments));
                pairs.append({list->items[i].toText(), list->items[i + 1]});
            }
        }
        if (const PdfValue *kids = node->value("Kids")) {
            auto list = m_xref.resolve(*kids);
            if (!list)
                return list.error();
            if (list->type != PdfValue::Type::Array)
                return malformed(QStringLiteral("an embedded files' /Kids is not an array"));
            for (const PdfValue &kid : list->items) {
                if (kid.type != PdfValue::Type::Reference)
                    return malformed(
                        QStringLiteral("a kid of the embedded files' name tree is not a reference"));
                if (Status s = walk(kid, depth + 1); !s)
                    return s;
            }
        }
        return {};
    }

    QList<QPair<QString, PdfValue>> pairs;

private:
    const PdfCrossReference &m_xref;
    int m_nodes = 0;
};

QDateTime parsePdfDate(const PdfValue *value)
{
    if (!value || value->type != PdfValue::Type::String)
        return {};
    QByteArray digits = value->text;
    if (digits.startsWith("D:"))
        digits = digits.mid(2);
    QDateTime at =
        QDateTime::fromString(QString::fromLatin1(digits.left(14)), QStringLiteral("yyyyMMddHHmmss"));
    at.setTimeSpec(Qt::UTC);
    return at;
}

} // namespace

Result<QList<PdfAttachment>> PdfAttachmentReader::read(const QByteArray &pdf, qint64 maxTotalSize)
{
    auto xref = PdfCrossReference::read(pdf);
    if (!xref)
        return xref.error();
    auto catalog = xref->resolve(*xref->trailer().value("Root"));
    if (!catalog)
        return catalog.error();
    if (catalog->type != PdfValue::Type::Dictionary)
        return malformed(QStringLiteral("the document catalogue is not a dictionary"));
    QList<PdfAttachment> attachments;
    const PdfValue *namesValue = catalog->value("Names");
    if (!namesValue)
        return attachments;
    auto names = xref->resolve(*namesValue);
    if (!names)
        return names.error();
    const PdfValue *tree = names->value("EmbeddedFiles");
    if (!tree)
        return attachments;

    NameTreeWalker walker(*xref);
    if (Status s = walker.walk(*tree, 0); !s)
        return s.error();

    qint64 total = 0;
    for (const auto &[key, specValue] : std::as_const(walker.pairs)) {
        auto spec = xref->resolve(specValue);
        if (!spec)
            return spec.error();
        const PdfValue *ef = spec->value("EF");
        auto files = ef ? xref->resolve(*ef) : Result<PdfValue>(PdfValue());
        if (!files)
            return files.error();
        const PdfValue *stream = files->value("UF");
        if (!stream)
            stream = files->value("F");
        if (!stream || stream->type != PdfValue::Type::Reference)
            return malformed(QStringLiteral("the embedded file \"%1\" has no file stream").arg(key));
        auto data = xref->streamData(stream->objectNumber, maxTotalSize - total);
        if (!data)
            return Error{data.code(),
                         QStringLiteral("the embedded file \"%1\": %2").arg(key, data.error().message)};
        total += data->size();

        PdfAttachment attachment;
        const PdfValue *fileName = spec->value("UF");
        if (!fileName || fileName->type != PdfValue::Type::String)
            fileName = spec->value("F");
        attachment.name = fileName && fileName->type == PdfValue::Type::String ? fileName->toText() : key;
        if (const PdfValue *desc = spec->value("Desc"); desc && desc->type == PdfValue::Type::String)
            attachment.description = desc->toText();
        auto streamDict = xref->object(stream->objectNumber);
        if (streamDict) {
            if (const PdfValue *subtype = streamDict->value("Subtype");
                subtype && subtype->type == PdfValue::Type::Name)
                attachment.mediaType = QString::fromLatin1(subtype->text);
            if (const PdfValue *params = streamDict->value("Params");
                params && params->type == PdfValue::Type::Dictionary)
                attachment.modified = parsePdfDate(params->value("ModDate"));
        }
        attachment.data = std::move(data).value();
        attachments.append(std::move(attachment));
    }
    return attachments;
}

} // namespace pf

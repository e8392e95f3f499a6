#include "PdfAttachmentWriter.h"

#include "PdfCrossReference.h"
#include "common/Inflater.h"

#include <QCryptographicHash>
#include <map>

namespace pf {

namespace {

Error malformed(const QString &what)
{
    return {ErrorCode::MalformedPdf, what};
}

// The objects of one incremental update and their offsets, as they are appended.
class UpdateBuilder
{
public:
    UpdateBuilder(QByteArray *out, int firstFree) : m_out(out), m_next(firstFree) {}

    int reserve() { return m_next++; }
    int next() const { return m_next; }

    void object(int number, const PdfValue &value, const QByteArray &stream = {}, bool isStream = false)
    {
        m_offsets[number] = m_out->size();
        m_out->append(QByteArray::number(number)).append(" 0 obj\n").append(value.serialize());
        if (isStream)
            m_out->append("\nstream\n").append(stream).append("\nendstream");
        m_out->append("\nendobj\n");
    }

    // The cross-reference section of every object written, in subsections of consecutive numbers.
    QByteArray section() const
    {
        QByteArray xref("xref\n");
        for (auto it = m_offsets.begin(); it != m_offsets.end();) {
            auto end = it;
            int count = 0;
            while (end != m_offsets.end() && end->first == it->first + count) {
                ++end;
                ++count;
            }
            xref.append(QByteArray::number(it->first))
                .append(' ')
                .append(QByteArray::number(count))
                .append('\n');
            for (; it != end; ++it)
                xref.append(QByteArray::number(it->second).rightJustified(10, '0')).append(" 00000 n\r\n");
        }
        return xref;
    }

private:
    QByteArray *m_out;
    int m_next;
    std::map<int, qsizetype> m_offsets;
};

} // namespace

QByteArray PdfAttachmentWriter::pdfDate(const QDateTime &at)
{
    return "D:" + at.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + 'Z';
}

Result<QByteArray> PdfAttachmentWriter::write(const QByteArray &pdf, const QList<PdfAttachment> &attachments,
                                              const Information &information)
{
    auto xref = PdfCrossReference::read(pdf);
    if (!xref)
        return xref.error();
    const PdfValue &root = *xref->trailer().value("Root");
    if (root.type != PdfValue::Type::Reference)
        return malformed(QStringLiteral("the trailer's /Root is not a reference"));
    auto catalog = xref->object(root.objectNumber);
    if (!catalog)
        return catalog.error();
    if (catalog->type != PdfValue::Type::Dictionary)
        return malformed(QStringLiteral("the document catalogue is not a dictionary"));

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out.append('\n');
    UpdateBuilder update(&out, xref->size());

    // A name tree's keys are sorted by their bytes (7.9.6), and unique.
    std::map<QByteArray, int> tree;
    PdfValue associated = PdfValue::array();
    for (const PdfAttachment &a : attachments) {
        const int streamNumber = update.reserve();
        PdfValue params = PdfValue::dictionary();
        params.insert("Size", PdfValue::integer(a.data.size()));
        if (a.modified.isValid())
            params.insert("ModDate", PdfValue::string(pdfDate(a.modified)));
        params.insert("CheckSum",
                      PdfValue::string(QCryptographicHash::hash(a.data, QCryptographicHash::Md5)));
        const QByteArray compressed = Inflater::deflate(a.data);
        if (compressed.isEmpty() && !a.data.isEmpty())
            return Error{ErrorCode::Io, QStringLiteral("could not compress the attachment %1").arg(a.name)};
        PdfValue stream = PdfValue::dictionary();
        stream.insert("Type", PdfValue::name("EmbeddedFile"));
        if (!a.mediaType.isEmpty())
            stream.insert("Subtype", PdfValue::name(a.mediaType.toUtf8()));
        stream.insert("Filter", PdfValue::name("FlateDecode"));
        stream.insert("Length", PdfValue::integer(compressed.size()));
        stream.insert("Params", params);
        update.object(streamNumber, stream, compressed, true);

        const int specNumber = update.reserve();
        PdfValue files = PdfValue::dictionary();
        files.insert("F", PdfValue::reference(streamNumber));
        files.insert("UF", PdfValue::reference(streamNumber));
        PdfValue spec = PdfValue::dictionary();
        spec.insert("Type", PdfValue::name("Filespec"));
        spec.insert("F", PdfValue::textString(a.name));
        spec.insert("UF", PdfValue::textString(a.name));
        if (!a.description.isEmpty())
            spec.insert("Desc", PdfValue::textString(a.description));
        spec.insert("EF", files);
        // The originals are the source of what the pages show (PDF 2.0 and PDF/A-3 associated files).
        spec.insert("AFRelationship", PdfValue::name("Source"));
        update.object(specNumber, spec);
        associated.append(PdfValue::reference(specNumber));

        QByteArray key = a.name.toUtf8();
        for (int n = 2; tree.count(key); ++n)
            key = a.name.toUtf8() + " (" + QByteArray::number(n) + ')';
        tree[key] = specNumber;
    }

    PdfValue names = PdfValue::array();
    for (const auto &[key, number] : tree) {
        names.append(PdfValue::string(key));
        names.append(PdfValue::reference(number));
    }
    PdfValue embedded = PdfValue::dictionary();
    embedded.insert("Names", names);
    PdfValue nameDictionary = PdfValue::dictionary();
    if (const PdfValue *existing = catalog->value("Names")) {
        auto resolved = xref->resolve(*existing);
        if (!resolved)
            return resolved.error();
        if (resolved->type == PdfValue::Type::Dictionary)
            nameDictionary = std::move(resolved).value();
    }
    nameDictionary.insert("EmbeddedFiles", embedded);
    PdfValue newCatalog = *catalog;
    newCatalog.insert("Names", nameDictionary);
    newCatalog.insert("AF", associated);
    if (!attachments.isEmpty())
        newCatalog.insert("PageMode", PdfValue::name("UseAttachments"));
    update.object(root.objectNumber, newCatalog);

    PdfValue info = PdfValue::dictionary();
    const auto text = [&info](const char *key, const QString &value) {
        if (!value.isEmpty())
            info.insert(key, PdfValue::textString(value));
    };
    text("Title", information.title);
    text("Author", information.author);
    text("Subject", information.subject);
    text("Keywords", information.keywords);
    text("Creator", information.creator);
    text("Producer", information.creator);
    if (information.created.isValid()) {
        info.insert("CreationDate", PdfValue::string(pdfDate(information.created)));
        info.insert("ModDate", PdfValue::string(pdfDate(information.created)));
    }
    const int infoNumber = update.reserve();
    update.object(infoNumber, info);

    const qsizetype sectionStart = out.size();
    out.append(update.section());
    PdfValue trailer = PdfValue::dictionary();
    trailer.insert("Size", PdfValue::integer(update.next()));
    trailer.insert("Root", root);
    trailer.insert("Info", PdfValue::reference(infoNumber));
    trailer.insert("Prev", PdfValue::integer(xref->startXref()));
    if (const PdfValue *id = xref->trailer().value("ID"))
        trailer.insert("ID", *id);
    out.append("trailer\n").append(trailer.serialize()).append("\nstartxref\n");
    out.append(QByteArray::number(sectionStart)).append("\n%%EOF\n");
    return out;
}

} // namespace pf

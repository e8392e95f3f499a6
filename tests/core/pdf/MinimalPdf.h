#pragma once

#include <QByteArray>
#include <QList>

// Writes small PDFs by hand, object by object, with a correct cross-reference table: the base of the
// attachment tests and of the hostile variants they make from it.
struct MinimalPdf
{
    QList<QByteArray> objects; // object n + 1 is objects[n], without "n 0 obj" and "endobj"
    QByteArray trailerExtra;   // more trailer entries
    bool withXref = true;

    static MinimalPdf onePage()
    {
        MinimalPdf pdf;
        pdf.objects << "<< /Type /Catalog /Pages 2 0 R >>"
                    << "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
                    << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>";
        return pdf;
    }

    QByteArray bytes() const
    {
        QByteArray out("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
        QList<qsizetype> offsets;
        for (qsizetype i = 0; i < objects.size(); ++i) {
            offsets << out.size();
            out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
        }
        const qsizetype xref = out.size();
        if (withXref) {
            out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
            for (qsizetype o : offsets)
                out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
            out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R " +
                   trailerExtra + ">>\n";
        }
        out += "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
        return out;
    }
};

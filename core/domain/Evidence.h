#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pf {

// A file attached to an evidence item; the bytes live in the BlobStore under sha256.
struct EvidenceFile
{
    // How the file can be shown in place of opening it in another program.
    enum class Preview { None, Image, Pdf, Text };

    // Judged by the media type, which the store took from the file's content when it was attached.
    Preview preview() const;

    qint64 id = 0;
    QString originalName;
    QString mediaType;
    qint64 size = 0;
    QString sha256;
};

// A piece of coursework evidence: a file, a link or a note, with the learner's reflection.
struct Evidence
{
    enum class Kind { File, Link, Note };

    qint64 id = 0;
    QString title;
    Kind kind = Kind::Note;
    QString url;
    QString description;
    QString reflection;
    QString course;
    QString term;
    QDate date;
    QStringList tags;
    QList<EvidenceFile> files;
    QList<qint64> competencyIds;
    QDateTime createdAt;
    QDateTime updatedAt;

    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);
};

} // namespace pf

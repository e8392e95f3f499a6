#include "Format.h"

#include <QLocale>
#include <QVariantMap>

namespace pf {

QString Format::joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            kept << part.trimmed();
    }
    return kept.join(QStringLiteral(" · "));
}

QString Format::date(const QDate &date)
{
    if (!date.isValid())
        return {};
    //: How a date reads in lists; a QDate format string (d, MMM, yyyy).
    return QLocale().toString(date, tr("d MMM yyyy"));
}

QString Format::period(const QDate &start, const QDate &end)
{
    if (!end.isValid())
        return tr("since %1").arg(date(start));
    return tr("%1 – %2").arg(date(start), date(end));
}

QString Format::hours(int centiHours)
{
    const int decimals = centiHours % 100 == 0 ? 0 : (centiHours % 10 == 0 ? 1 : 2);
    //: Hours worked; %1 is a number such as 7.5
    return tr("%1 h").arg(QLocale().toString(centiHours / 100.0, 'f', decimals));
}

QString Format::hoursForEditing(int centiHours)
{
    const int decimals = centiHours % 100 == 0 ? 0 : (centiHours % 10 == 0 ? 1 : 2);
    return QString::number(centiHours / 100.0, 'f', decimals);
}

QString Format::fileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

QString Format::credentialFormat(const QString &format)
{
    const qsizetype dash = format.indexOf(u'-');
    const QString family = format.left(dash);
    const QString container = dash < 0 ? QString() : format.mid(dash + 1);
    QString familyText = family;
    if (family == u"ob3")
        familyText = tr("Open Badges 3.0");
    else if (family == u"ob2")
        familyText = tr("Open Badges 2.0");
    else if (family == u"clr")
        familyText = tr("Comprehensive Learner Record 2.0");
    else if (family == u"vc")
        familyText = tr("Verifiable Credential");
    else if (family == u"vp")
        familyText = tr("Verifiable Presentation");
    else if (family == u"portfolio")
        familyText = tr("Pathfolio portfolio");
    QString containerText = container;
    if (container == u"json")
        containerText = tr("JSON");
    else if (container == u"png")
        containerText = tr("baked PNG");
    else if (container == u"svg")
        containerText = tr("baked SVG");
    else if (container == u"jws" || container == u"vc-jwt")
        containerText = tr("signed JWT");
    else if (container == u"bundle")
        containerText = tr("bundle");
    else if (container == u"pdf")
        containerText = tr("PDF");
    //: A credential's format: %1 the standard, %2 the container, e.g. "Open Badges 3.0 · baked PNG"
    return containerText.isEmpty() ? familyText : tr("%1 · %2").arg(familyText, containerText);
}

QString Format::evidenceKind(Evidence::Kind kind)
{
    switch (kind) {
    case Evidence::Kind::File:
        return tr("File");
    case Evidence::Kind::Link:
        return tr("Link");
    case Evidence::Kind::Note:
        return tr("Note");
    }
    return {};
}

QString Format::placementKind(Placement::Kind kind)
{
    switch (kind) {
    case Placement::Kind::Internship:
        return tr("Internship");
    case Placement::Kind::Apprenticeship:
        return tr("Apprenticeship");
    case Placement::Kind::Mentorship:
        return tr("Mentorship");
    case Placement::Kind::WorkExperience:
        return tr("Work experience");
    case Placement::Kind::Volunteering:
        return tr("Volunteering");
    }
    return {};
}

QVariantList Format::evidenceKindOptions()
{
    QVariantList options;
    for (Evidence::Kind kind : {Evidence::Kind::File, Evidence::Kind::Link, Evidence::Kind::Note})
        options << QVariantMap{{QStringLiteral("value"), Evidence::kindName(kind)},
                               {QStringLiteral("text"), evidenceKind(kind)}};
    return options;
}

QVariantList Format::placementKindOptions()
{
    QVariantList options;
    for (Placement::Kind kind :
         {Placement::Kind::Internship, Placement::Kind::Apprenticeship, Placement::Kind::Mentorship,
          Placement::Kind::WorkExperience, Placement::Kind::Volunteering})
        options << QVariantMap{{QStringLiteral("value"), Placement::kindName(kind)},
                               {QStringLiteral("text"), placementKind(kind)}};
    return options;
}

} // namespace pf

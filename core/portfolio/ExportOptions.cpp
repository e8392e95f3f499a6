#include "ExportOptions.h"

namespace pf {

namespace {

const QList<QPair<ExportOptions::Redaction, QString>> &redactionNames()
{
    static const QList<QPair<ExportOptions::Redaction, QString>> names{
        {ExportOptions::Redaction::RecipientIdentifiers, QStringLiteral("recipient")},
        {ExportOptions::Redaction::Grades, QStringLiteral("grades")},
        {ExportOptions::Redaction::Contact, QStringLiteral("contact")},
        {ExportOptions::Redaction::Reflections, QStringLiteral("reflections")}};
    return names;
}

} // namespace

bool ExportOptions::redactionFromName(const QString &name, Redaction *redaction)
{
    for (const auto &[value, text] : redactionNames()) {
        if (text == name) {
            *redaction = value;
            return true;
        }
    }
    return false;
}

QString ExportOptions::redactionName(Redaction redaction)
{
    for (const auto &[value, text] : redactionNames()) {
        if (value == redaction)
            return text;
    }
    return {};
}

void ExportOptions::usePack(const ApplicationPack &chosen)
{
    pack = chosen;
    targetRole = chosen.targetRole;
    headline = chosen.headline;
    coverNote = chosen.coverNote;
}

} // namespace pf

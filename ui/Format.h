#pragma once

#include "domain/Evidence.h"
#include "domain/Placement.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace pf {

// How dates, periods, hours, sizes and kinds of item read in the UI, in the user's language.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(pf::Format)

public:
    static QString date(const QDate &date);
    static QString period(const QDate &start, const QDate &end); // an open end reads "since ..."
    static QString hours(int centiHours);                        // "7.5 h"
    static QString hoursForEditing(int centiHours);              // "7.5", as the form parses it back
    static QString fileSize(qint64 bytes);
    // The parts that are not blank, trimmed and joined by " · ": "HCI 210 · Autumn 2024 · 18 Oct 2024".
    static QString joined(const QStringList &parts);
    // "Open Badges 3.0 · baked PNG" for core's format names (ob3-png, ob2-jws, clr-json, ...).
    static QString credentialFormat(const QString &format);

    static QString evidenceKind(Evidence::Kind kind);
    static QString placementKind(Placement::Kind kind);
    // {value, text} pairs for a ComboBox, value being core's stable kind name.
    static QVariantList evidenceKindOptions();
    static QVariantList placementKindOptions();
};

} // namespace pf

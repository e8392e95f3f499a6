#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QTest>

// Helpers the credential tests share: reading data files and expectation tables.
namespace badgetest {

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The rows of a tab-separated expectations file, comments and blank lines skipped.
inline QList<QStringList> readTsv(const QString &path)
{
    QList<QStringList> rows;
    const QList<QByteArray> lines = readFile(path).split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        rows.append(QString::fromUtf8(line).split(u'\t'));
    }
    return rows;
}

// The ErrorCode an expectations file names ("CorruptImage"), or None.
inline pf::ErrorCode codeNamed(const QString &name)
{
    static const QHash<QString, pf::ErrorCode> codes = {
        {QStringLiteral("CorruptImage"), pf::ErrorCode::CorruptImage},
        {QStringLiteral("NotABadge"), pf::ErrorCode::NotABadge},
        {QStringLiteral("PayloadTooLarge"), pf::ErrorCode::PayloadTooLarge},
        {QStringLiteral("InvalidUtf8"), pf::ErrorCode::InvalidUtf8},
        {QStringLiteral("UnsafeXml"), pf::ErrorCode::UnsafeXml},
    };
    return codes.value(name, pf::ErrorCode::None);
}

// The error message of a failed result, empty for a success (QVERIFY2 evaluates its message either way).
template <typename T> QByteArray why(const pf::Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

// Rows (file, code, messageFragment) for a data-driven test over a corpus folder and its expected.tsv;
// fails when the table is short or a file on disk is missing from it, so no hostile file goes untested.
inline void addCorpusRows(const QString &folder, const QString &pattern, int minimumRows)
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<pf::ErrorCode>("code");
    QTest::addColumn<QString>("messageFragment");
    const QList<QStringList> rows = readTsv(folder + QStringLiteral("/expected.tsv"));
    QVERIFY(rows.size() >= minimumRows);
    QStringList listed;
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), 3);
        QVERIFY2(codeNamed(row[1]) != pf::ErrorCode::None, qPrintable(row[1]));
        QTest::newRow(qPrintable(row[0])) << row[0] << codeNamed(row[1]) << row[2];
        listed.append(row[0]);
    }
    for (const QString &file : QDir(folder).entryList({pattern}))
        QVERIFY2(listed.contains(file), qPrintable(file + QStringLiteral(" is not in expected.tsv")));
}

} // namespace badgetest

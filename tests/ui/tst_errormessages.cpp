#include "ErrorMessages.h"

#include <QSet>
#include <QTest>

using namespace pf;

// ErrorMessages: every error code reads as its own sentence, and fields get sentences of their own.
class tst_ErrorMessages : public QObject
{
    Q_OBJECT

private slots:
    void everyCodeHasASentence()
    {
        QCOMPARE(ErrorMessages::sentence(ErrorCode::None), QString());
        QSet<QString> seen;
        // Every code core defines, up to the first value errorCodeName() does not know.
        for (int i = int(ErrorCode::None) + 1; errorCodeName(ErrorCode(i)) != u"unknown"; ++i) {
            const ErrorCode code = ErrorCode(i);
            const QString sentence = ErrorMessages::sentence(code);
            QVERIFY2(!sentence.isEmpty(), qPrintable(errorCodeName(code)));
            QVERIFY2(sentence.endsWith(u'.'), qPrintable(sentence));
            QVERIFY2(sentence.at(0).isUpper(), qPrintable(sentence));
            QVERIFY2(!sentence.contains(u'_'), qPrintable(sentence)); // no code names such as store_too_new
            QVERIFY2(!seen.contains(sentence), qPrintable(sentence));
            seen.insert(sentence);
        }
    }

    void fieldsHaveTheirOwnSentences()
    {
        QVERIFY(ErrorMessages::forField(QStringLiteral("title"), ErrorCode::InvalidArgument) !=
                ErrorMessages::sentence(ErrorCode::InvalidArgument));
        QVERIFY(ErrorMessages::forField(QStringLiteral("endDate"), ErrorCode::DateOrder) !=
                ErrorMessages::forField(QStringLiteral("date"), ErrorCode::DateOrder));
        // A field without a sentence of its own falls back to the code's.
        QCOMPARE(ErrorMessages::forField(QStringLiteral("files"), ErrorCode::FileTooLarge),
                 ErrorMessages::sentence(ErrorCode::FileTooLarge));
        QCOMPARE(ErrorMessages::forField(QString(), ErrorCode::DiskFull),
                 ErrorMessages::sentence(ErrorCode::DiskFull));
    }
};

QTEST_GUILESS_MAIN(tst_ErrorMessages)
#include "tst_errormessages.moc"

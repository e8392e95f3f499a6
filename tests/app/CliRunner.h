#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTest>

// Runs pathfolio-cli against one data folder and keeps what it printed.
struct CliRunner
{
    QString dataDir;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray input; // standard input of the next run (a passphrase), then cleared

    int run(const QStringList &arguments,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PATHFOLIO_CLI_PATH),
                QStringList{QStringLiteral("--data-dir"), dataDir} + arguments);
        // Standard input always ends, so a command that reads it never waits.
        p.write(input);
        p.closeWriteChannel();
        input.clear();
        if (!p.waitForFinished(60000))
            qFatal("pathfolio-cli did not finish: %s", qPrintable(arguments.join(u' ')));
        out = p.readAllStandardOutput();
        err = p.readAllStandardError();
        exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return exitCode;
    }

    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
    QString errorCode() const
    {
        return object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
};

#pragma once

#include "ExitCode.h"
#include "common/Error.h"

#include <QJsonValue>
#include <QString>
#include <QTextStream>

namespace pf::cli {

// Where a command writes: results to stdout (JSON with --json), messages and errors to stderr.
class CliOutput
{
public:
    CliOutput(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    void setJson(bool json) { m_json = json; }
    bool json() const { return m_json; }

    void json(const QJsonValue &value);
    void line(const QString &text);
    void write(const QString &text); // as it is, with no newline added
    void message(const QString &text);

    // Reports error (also as {"error": {...}} on stdout with --json) and returns Failure.
    int fail(const Error &error);
    int usage(const QString &problem, const QString &help);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
};

} // namespace pf::cli

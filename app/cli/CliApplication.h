#pragma once

#include "Command.h"

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace pf::cli {

// pathfolio-cli: picks the command, opens the store it needs and maps the outcome to an exit status.
class CliApplication
{
public:
    CliApplication(QTextStream &out, QTextStream &err);

    // arguments without the program name; returns the exit status.
    int run(const QStringList &arguments);

private:
    QString overview() const;

    QTextStream &m_out;
    QTextStream &m_err;
    QList<Command> m_commands;
};

} // namespace pf::cli
